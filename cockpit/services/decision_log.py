"""The decision log (PRODUCT.md §4: important decisions are traced in writing and added to the
project record): the decisions of the meetings' minutes and those recorded from a message, a
synced mail or by hand, each with the written message that confirms it.

A decision is *confirmed* by, in this order of finding: a confirmation the PM linked (a synced
mail, a message, or one logged by hand with its date); the customer's mail it was recorded
from; the PM's message it was recorded from, once sent; a decision confirmation (or any
message) sent about it. Otherwise it is *awaiting confirmation*; the care engine owes its
confirmation once it is older than a working day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.decisions import Confirmation, DecisionOrigin
from cockpit.domain.meetings import MinutesKind
from cockpit.domain.messages import LinkTarget, MessageState
from cockpit.errors import ErrorCode, KnownError
from cockpit.store.models import (
    Decision,
    DecisionConfirmation,
    MailItem,
    MeetingOccurrence,
    MeetingSeries,
    Message,
    MessageLink,
    MinutesItem,
    Project,
)
from cockpit.store.store import Store
from cockpit.store.types import utcnow

MAX_TEXT = 5000


@dataclass(frozen=True)
class LoggedDecision:
    id: str  # the minutes item's id, or the register decision's
    project_id: str
    origin: DecisionOrigin
    text: str
    decided_on: date
    source: str  # the meeting's title, the message's or mail's subject, "" by hand
    internal: bool
    confirmation: Confirmation
    confirmed_on: date | None
    confirmed_by: str  # what confirms it: a mail's or message's subject, or the PM's note

    @property
    def confirmed(self) -> bool:
        return self.confirmation is Confirmation.CONFIRMED


def _day(moment: datetime | None, zone: str = "UTC") -> date | None:
    if moment is None:
        return None
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo(zone)).date()


def _written(session: Session, project_id: str) -> dict[str, tuple[date, str]]:
    """Per decision id: the earliest written confirmation (day, what) found."""
    found: dict[str, tuple[date, str]] = {}

    def keep(decision_id: str, day: date | None, what: str) -> None:
        if day is not None and (decision_id not in found or day < found[decision_id][0]):
            found[decision_id] = (day, what)

    for row, subject in session.execute(
            select(DecisionConfirmation, MailItem.subject)
            .outerjoin(MailItem, MailItem.id == DecisionConfirmation.mail_id)
            .where(DecisionConfirmation.project_id == project_id)).all():
        keep(row.decision_id or row.minutes_item_id or "", row.confirmed_on,
             subject or row.note)
    for target_id, subject, sent_at in session.execute(
            select(MessageLink.target_id, Message.subject, Message.sent_at)
            .join(Message, Message.id == MessageLink.message_id)
            .where(Message.project_id == project_id, MessageLink.target == LinkTarget.DECISION,
                   Message.state == MessageState.SENT)).all():
        keep(target_id, _day(sent_at), subject)
    return found


def _minutes_decisions(session: Session, project_id: str) -> list[tuple[MinutesItem, str, date]]:
    rows = session.execute(
        select(MinutesItem, MeetingSeries.title, MeetingOccurrence.start,
               MeetingSeries.time_zone)
        .join(MeetingOccurrence, MinutesItem.occurrence_id == MeetingOccurrence.id)
        .join(MeetingSeries, MeetingOccurrence.series_id == MeetingSeries.id)
        .where(MeetingSeries.project_id == project_id, MinutesItem.kind == MinutesKind.DECISION)
        .order_by(MeetingOccurrence.start, MinutesItem.position)).all()
    return [(item, title, _day(start, zone) or start.date()) for item, title, start, zone in rows]


def decisions_of(session: Session, project_id: str) -> list[LoggedDecision]:
    written = _written(session, project_id)
    out: list[LoggedDecision] = []
    for item, title, day in _minutes_decisions(session, project_id):
        found = written.get(item.id)
        out.append(LoggedDecision(
            item.id, project_id, DecisionOrigin.MEETING, item.text, day, title, item.internal,
            Confirmation.CONFIRMED if found else Confirmation.AWAITING,
            found[0] if found else None, found[1] if found else ""))
    for row, mail_subject, mail_moment, message_subject, message_state, sent_at in \
            session.execute(
                select(Decision, MailItem.subject, MailItem.moment, Message.subject,
                       Message.state, Message.sent_at)
                .outerjoin(MailItem, MailItem.id == Decision.mail_id)
                .outerjoin(Message, Message.id == Decision.message_id)
                .where(Decision.project_id == project_id)).all():
        candidates: list[tuple[date, str]] = []
        if row.id in written:
            candidates.append(written[row.id])
        mailed, sent = _day(mail_moment), _day(sent_at)
        if row.mail_id and mail_subject is not None and mailed is not None:
            candidates.append((mailed, mail_subject))
        if row.message_id and message_state is MessageState.SENT and sent is not None:
            candidates.append((sent, message_subject or ""))
        found = min(candidates, default=None)
        source = mail_subject or message_subject or ""
        out.append(LoggedDecision(
            row.id, project_id, row.origin, row.text, row.decided_on, source, row.internal,
            Confirmation.CONFIRMED if found else Confirmation.AWAITING,
            found[0] if found else None, found[1] if found else ""))
    return sorted(out, key=lambda d: (d.decided_on, d.text))


def list_decisions(store: Store, project_id: str) -> list[LoggedDecision]:
    with store.session() as s:
        return decisions_of(s, project_id)


def _check_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise KnownError(ErrorCode.VALIDATION, "a decision needs its text")
    if len(text) > MAX_TEXT:
        raise KnownError(ErrorCode.VALIDATION, f"a decision is at most {MAX_TEXT} characters")
    return text


def _one(session: Session, project_id: str, decision_id: str) -> LoggedDecision:
    return next(d for d in decisions_of(session, project_id) if d.id == decision_id)


def record(store: Store, project_id: str, text: str, decided_on: date | None = None, *,
           internal: bool = False) -> LoggedDecision:
    """A decision entered in the log by hand (awaiting its written confirmation)."""
    text = _check_text(text)
    with store.session() as s:
        if s.get(Project, project_id) is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
        row = Decision(project_id=project_id, text=text,
                       decided_on=decided_on or utcnow().date(),
                       origin=DecisionOrigin.MANUAL, internal=internal)
        s.add(row)
        s.flush()
        return _one(s, project_id, row.id)


def from_message(store: Store, message_id: str, text: str = "") -> LoggedDecision:
    """"Record as decision" on a message written in the app: confirmed once it is sent."""
    with store.session() as s:
        message = s.get(Message, message_id)
        if message is None or message.project_id is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that message is not in a project")
        row = Decision(project_id=message.project_id,
                       text=_check_text(text or message.subject),
                       decided_on=_day(message.sent_at or message.created_at) or
                       utcnow().date(), origin=DecisionOrigin.MESSAGE, message_id=message.id)
        s.add(row)
        s.flush()
        return _one(s, row.project_id, row.id)


def from_mail(store: Store, mail_id: str, text: str = "") -> LoggedDecision:
    """"Record as decision" on a synced mail: the mail is its written trace."""
    with store.session() as s:
        mail = s.get(MailItem, mail_id)
        if mail is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that mail is no longer in the store")
        if mail.project_id is None:
            raise KnownError(ErrorCode.VALIDATION, "this mail belongs to no project")
        row = Decision(project_id=mail.project_id, text=_check_text(text or mail.subject),
                       decided_on=_day(mail.moment) or utcnow().date(),
                       origin=DecisionOrigin.MAIL, mail_id=mail.id)
        s.add(row)
        s.flush()
        return _one(s, row.project_id, row.id)


def confirm(store: Store, project_id: str, decision_id: str, *, mail_id: str | None = None,
            message_id: str | None = None, on: date | None = None, note: str = ""
            ) -> LoggedDecision:
    """Link the written message that confirms a decision (of the minutes or the register):
    a synced mail, a message, or one logged by hand (``note`` and ``on``)."""
    note = (note or "").strip()
    if not (mail_id or message_id or note):
        raise KnownError(ErrorCode.VALIDATION, "link the confirming mail or message, or log "
                         "it by hand with its date")
    with store.session() as s:
        decision = s.get(Decision, decision_id)
        minutes = None if decision else s.get(MinutesItem, decision_id)
        if (decision is None or decision.project_id != project_id) and minutes is None:
            raise KnownError(ErrorCode.NOT_FOUND, "no such decision on this project")
        day: date | None = on
        if mail_id:
            mail = s.get(MailItem, mail_id)
            if mail is None:
                raise KnownError(ErrorCode.NOT_FOUND, "that mail is no longer in the store")
            day = day or _day(mail.moment)
        if message_id:
            message = s.get(Message, message_id)
            if message is None or message.project_id != project_id:
                raise KnownError(ErrorCode.NOT_FOUND, "no such message on this project")
            day = day or _day(message.sent_at)
        if day is None:
            raise KnownError(ErrorCode.VALIDATION, "give the date of the message logged by hand")
        if day > datetime.now(UTC).date():
            raise KnownError(ErrorCode.VALIDATION, "the confirmation's date is in the future")
        s.add(DecisionConfirmation(
            project_id=project_id, decision_id=decision.id if decision else None,
            minutes_item_id=minutes.id if minutes else None, mail_id=mail_id or None,
            message_id=message_id or None, confirmed_on=day, note=note[:2000]))
        s.flush()
        return _one(s, project_id, decision_id)


def edit(store: Store, decision_id: str, text: str, decided_on: date, internal: bool
         ) -> LoggedDecision:
    """A decision of the register (one of the minutes is edited in its minutes)."""
    text = _check_text(text)
    with store.session() as s:
        row = s.get(Decision, decision_id)
        if row is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that decision is no longer in the log")
        row.text, row.decided_on, row.internal = text, decided_on, internal
        s.flush()
        return _one(s, row.project_id, row.id)


def delete(store: Store, decision_id: str) -> str:
    with store.session() as s:
        row = s.get(Decision, decision_id)
        if row is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that decision is no longer in the log")
        project_id = row.project_id
        s.delete(row)
        return project_id


__all__ = ["LoggedDecision", "confirm", "decisions_of", "delete", "edit", "from_mail",
           "from_message", "list_decisions", "record"]
