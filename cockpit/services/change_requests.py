"""Change requests with a real workflow (PRODUCT.md §4): the customer submits each with a
description; it is estimated one by one (hours, by whom); the estimate goes to the customer
(sending the estimate message moves it on by itself); the customer confirms it in writing (a
synced mail, or a message logged by hand with its date) or rejects it; it is put into this
sprint or the next; the team is told (sending the team notice moves it on); it is done.

``move`` refuses a move the workflow does not have (``cockpit.domain.change_workflow``) with
one line saying what is possible, and one whose step lacks what it needs. Every step is a
``ChangeRequestEvent``: from, to, who, when, a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cockpit.domain.change_workflow import LABELS, Confirmation, refusal
from cockpit.domain.messages import LinkTarget, MessageState
from cockpit.domain.validation import MAX_HOURS
from cockpit.domain.work import ChangeRequestStatus as S
from cockpit.errors import ErrorCode, KnownError
from cockpit.services.actor import actor
from cockpit.store.models import (
    ChangeRequest,
    ChangeRequestEvent,
    MailItem,
    Membership,
    Message,
    MessageLink,
    Person,
    Project,
    Sprint,
)
from cockpit.store.store import Store
from cockpit.store.types import utcnow

MAX_TITLE, MAX_TEXT, MAX_KEY = 500, 20000, 32
_KEY_NUMBER = re.compile(r"(\d+)\s*$")


@dataclass(frozen=True)
class CrEvent:
    at: datetime
    from_status: S | None
    to_status: S
    by: str
    note: str


@dataclass(frozen=True)
class ChangeRequestView:
    id: str
    project_id: str
    project_code: str
    key: str
    title: str
    description: str
    status: S
    submitted_by: str
    submitted_by_person_id: str | None
    requested_on: date | None
    estimate_hours: Decimal | None
    estimated_by: str
    estimated_by_person_id: str | None
    confirmed_on: date | None
    confirmation_mail_id: str | None
    confirmation_message_id: str | None
    confirmation_note: str
    confirmation_label: str  # the confirming mail's subject, or the note
    target_sprint: str
    events: tuple[CrEvent, ...]

    @property
    def since(self) -> datetime | None:
        """When it reached its state."""
        return self.events[-1].at if self.events else None

    @property
    def label(self) -> str:
        return f"{self.key} {self.title}".strip()


def _moment(at: datetime | None) -> datetime:
    if at is None:
        return utcnow()
    if at.tzinfo is None:
        raise KnownError(ErrorCode.VALIDATION, "a moment needs its time zone")
    return at.astimezone(UTC)


def _text(value: str, what: str, limit: int, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise KnownError(ErrorCode.VALIDATION, f"a change request needs {what}")
    if len(value) > limit:
        raise KnownError(ErrorCode.VALIDATION, f"the {what} is longer than {limit} characters")
    return value


def _hours(value: Decimal | str | None) -> Decimal:
    try:
        hours = Decimal(str(value).strip().replace(" ", "")) if value is not None else None
    except InvalidOperation:
        hours = None
    if hours is None or not hours.is_finite() or hours <= 0 or hours >= MAX_HOURS:
        raise KnownError(ErrorCode.VALIDATION, f"the estimate is hours above 0 and below "
                         f"{MAX_HOURS}, such as 16 or 2.5, not {value!r}")
    if hours != hours.quantize(Decimal("0.01")):
        raise KnownError(ErrorCode.VALIDATION, "the estimate keeps at most two decimals")
    return hours


def _member(session: Session, project_id: str, person_id: str | None, what: str
            ) -> Person | None:
    if not person_id:
        return None
    person = session.scalar(select(Person).join(Membership, Membership.person_id == Person.id)
                            .where(Membership.project_id == project_id,
                                   Person.id == person_id))
    if person is None:
        raise KnownError(ErrorCode.VALIDATION, f"{what} is not one of the project's people")
    return person


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    ids.discard("")
    if not ids:
        return {}
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all())


def _view(session: Session, row: ChangeRequest, code: str,
          names: dict[str, str] | None = None) -> ChangeRequestView:
    names = names if names is not None else _names(
        session, {row.submitted_by_person_id or "", row.estimated_by_person_id or ""})
    label = row.confirmation_note
    if row.confirmation_mail_id:
        subject = session.scalar(select(MailItem.subject)
                                 .where(MailItem.id == row.confirmation_mail_id))
        label = subject or label
    return ChangeRequestView(
        id=row.id, project_id=row.project_id, project_code=code, key=row.key, title=row.title,
        description=row.description, status=row.status,
        submitted_by=names.get(row.submitted_by_person_id or "", ""),
        submitted_by_person_id=row.submitted_by_person_id, requested_on=row.requested_on,
        estimate_hours=row.estimate_hours,
        estimated_by=names.get(row.estimated_by_person_id or "", ""),
        estimated_by_person_id=row.estimated_by_person_id, confirmed_on=row.confirmed_on,
        confirmation_mail_id=row.confirmation_mail_id,
        confirmation_message_id=row.confirmation_message_id,
        confirmation_note=row.confirmation_note, confirmation_label=label,
        target_sprint=row.target_sprint,
        events=tuple(CrEvent(e.at, e.from_status, e.to_status, e.by, e.note)
                     for e in row.events))


def _row(session: Session, cr_id: str) -> ChangeRequest:
    row = session.get(ChangeRequest, cr_id, with_for_update=True)
    if row is None:
        raise KnownError(ErrorCode.NOT_FOUND, f"no change request with id {cr_id}")
    return row


def _code(session: Session, project_id: str) -> str:
    return session.scalar(select(Project.code).where(Project.id == project_id)) or ""


def _event(row: ChangeRequest, before: S | None, after: S, at: datetime, by: str,
           note: str) -> None:
    position = 1 + max((e.position for e in row.events if e.at == at), default=-1)
    row.events.append(ChangeRequestEvent(at=at, position=position, from_status=before,
                                         to_status=after, by=by, note=note))


def _next_key(session: Session, project_id: str) -> str:
    numbers = [int(m.group(1)) for key in session.scalars(
        select(ChangeRequest.key).where(ChangeRequest.project_id == project_id))
        if (m := _KEY_NUMBER.search(key or ""))]
    return f"CR-{max(numbers, default=0) + 1}"


# --- reading --------------------------------------------------------------------------------
def list_requests(store: Store, project_id: str | None = None, *, open_only: bool = False
                  ) -> list[ChangeRequestView]:
    query = (select(ChangeRequest, Project.code).join(Project)
             .options(selectinload(ChangeRequest.events))
             .order_by(Project.code, ChangeRequest.position, ChangeRequest.key))
    if project_id is not None:
        query = query.where(ChangeRequest.project_id == project_id)
    if open_only:
        query = query.where(ChangeRequest.status.not_in((S.REJECTED, S.DONE)))
    with store.session() as s:
        rows = list(s.execute(query))
        names = _names(s, {i for r, _ in rows
                           for i in (r.submitted_by_person_id, r.estimated_by_person_id) if i})
        return [_view(s, row, code, names) for row, code in rows]


def get_request(store: Store, cr_id: str) -> ChangeRequestView:
    with store.session() as s:
        row = _row(s, cr_id)
        return _view(s, row, _code(s, row.project_id))


def sprint_choices(store: Store, project_id: str, today: date) -> list[str]:
    """The sprints a confirmed request can go into: this one (running today) and the next,
    from the sprint dates; a project whose sprints have no dates offers all of them."""
    with store.session() as s:
        sprints = list(s.scalars(select(Sprint).where(Sprint.project_id == project_id)
                                 .order_by(Sprint.position)))
    dated = [x for x in sprints if x.start_on and x.end_on]
    if not dated:
        return [x.name for x in sprints]
    dated.sort(key=lambda x: x.start_on or today)
    current = [x for x in dated if x.start_on and x.end_on and x.start_on <= today <= x.end_on]
    later = [x for x in dated if x.start_on and x.start_on > today]
    return [x.name for x in (current[:1] + later[:1])] or [dated[-1].name]


# --- writing --------------------------------------------------------------------------------
def submit(store: Store, project_id: str, *, title: str, description: str = "",
           key: str = "", submitted_by_person_id: str | None = None,
           requested_on: date | None = None, by: str | None = None,
           at: datetime | None = None, id: str | None = None) -> ChangeRequestView:
    """The customer's request, with its description; numbered CR-<n> unless a key is given
    (``id``: a stable id, for the demo)."""
    title = _text(title, "title", MAX_TITLE, required=True)
    description = _text(description, "description", MAX_TEXT)
    key = _text(key, "key", MAX_KEY)
    moment = _moment(at)
    with store.session() as s:
        project = s.get(Project, project_id)
        if project is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
        _member(s, project_id, submitted_by_person_id, "who submitted it")
        position = 1 + (s.scalar(select(func.max(ChangeRequest.position))
                                 .where(ChangeRequest.project_id == project_id)) or 0)
        row = ChangeRequest(id=id or None, project_id=project_id, position=position,
                            key=key or _next_key(s, project_id), title=title,
                            description=description, status=S.SUBMITTED,
                            submitted_by_person_id=submitted_by_person_id or None,
                            requested_on=requested_on or moment.date(), events=[])
        s.add(row)
        _event(row, None, S.SUBMITTED, moment, actor(s, project_id, by), "")
        s.flush()
        return _view(s, row, project.code)


def edit(store: Store, cr_id: str, *, title: str, description: str, key: str,
         submitted_by_person_id: str | None = None) -> ChangeRequestView:
    """What the request says (its state moves only through ``move``)."""
    title = _text(title, "title", MAX_TITLE, required=True)
    description = _text(description, "description", MAX_TEXT)
    key = _text(key, "key", MAX_KEY)
    with store.session() as s:
        row = _row(s, cr_id)
        _member(s, row.project_id, submitted_by_person_id, "who submitted it")
        row.title, row.description = title, description
        row.key = key or row.key
        row.submitted_by_person_id = submitted_by_person_id or None
        s.flush()
        return _view(s, row, _code(s, row.project_id))


def delete(store: Store, cr_id: str) -> str:
    """Gone with its history; returns its project's id."""
    with store.session() as s:
        row = _row(s, cr_id)
        project_id = row.project_id
        s.delete(row)
        return project_id


def move(store: Store, cr_id: str, to: S, *, by: str | None = None, note: str = "",
         at: datetime | None = None, hours: Decimal | str | None = None,
         estimated_by_person_id: str | None = None, sprint: str | None = None,
         confirmation: Confirmation | None = None) -> ChangeRequestView:
    """One step of the workflow, refused (``VALIDATION``, one line) when the workflow has no
    such move or the step lacks what it needs:

    - *estimated*: the hours and who estimated them (given here, or already on it);
    - *confirmed*: the customer's written confirmation (a mail, or a message logged by hand
      with its date); *rejected* keeps one too when it is given;
    - *scheduled*: the sprint (one of the project's), given here or already on it.
    """
    note = _text(note, "note", MAX_TEXT)
    moment = _moment(at)
    with store.session() as s:
        row = _row(s, cr_id)
        name = row.key or row.title
        refused = refusal(name, row.status, to)
        if refused:
            raise KnownError(ErrorCode.VALIDATION, refused)
        if to is S.ESTIMATED:
            _estimate(s, row, hours, estimated_by_person_id)
        elif to in (S.CONFIRMED, S.REJECTED):
            _confirm(s, row, to, confirmation, moment)
        elif to is S.SCHEDULED:
            _schedule(s, row, sprint)
        before = row.status
        row.status = to
        _event(row, before, to, moment, actor(s, row.project_id, by), note)
        s.flush()
        return _view(s, row, _code(s, row.project_id))


def _estimate(session: Session, row: ChangeRequest, hours: Decimal | str | None,
              person_id: str | None) -> None:
    value = _hours(hours) if hours is not None else row.estimate_hours
    if value is None:
        raise KnownError(ErrorCode.VALIDATION, f"{row.key or row.title}: give the estimate's "
                         "hours to move it to estimated")
    person_id = person_id or row.estimated_by_person_id
    if not person_id:
        raise KnownError(ErrorCode.VALIDATION, f"{row.key or row.title}: say who estimated it")
    _member(session, row.project_id, person_id, "who estimated it")
    row.estimate_hours, row.estimated_by_person_id = value, person_id


def _confirm(session: Session, row: ChangeRequest, to: S, given: Confirmation | None,
             moment: datetime) -> None:
    name = row.key or row.title
    if given is None or not (given.mail_id or given.message_id or given.note.strip()):
        if to is S.REJECTED:
            return
        raise KnownError(ErrorCode.VALIDATION, f"{name}: link the customer's confirming mail, "
                         "or log the message by hand with its date, to confirm it")
    on = given.on
    if given.mail_id:
        mail = session.get(MailItem, given.mail_id)
        if mail is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that mail is no longer in the store")
        if mail.project_id not in (None, row.project_id):
            raise KnownError(ErrorCode.VALIDATION, "that mail belongs to another project")
        on = on or (mail.moment.date() if mail.moment else None)
    if given.message_id:
        message = session.get(Message, given.message_id)
        if message is None or message.project_id != row.project_id:
            raise KnownError(ErrorCode.NOT_FOUND, "no such message on this project")
        on = on or (message.sent_at.date() if message.sent_at else None)
    if not given.mail_id and not given.message_id and on is None:
        raise KnownError(ErrorCode.VALIDATION, f"{name}: give the date of the message logged "
                         "by hand")
    if on is not None and on > moment.date():
        raise KnownError(ErrorCode.VALIDATION, f"{name}: the confirmation's date is in the "
                         "future")
    row.confirmation_mail_id = given.mail_id or None
    row.confirmation_message_id = given.message_id or None
    row.confirmation_note = _text(given.note, "confirmation note", 2000)
    row.confirmed_on = on or moment.date()


def _schedule(session: Session, row: ChangeRequest, sprint: str | None) -> None:
    name = (sprint if sprint is not None else row.target_sprint).strip()
    if not name:
        raise KnownError(ErrorCode.VALIDATION, f"{row.key or row.title}: choose the sprint it "
                         "goes into")
    known = set(session.scalars(select(Sprint.name).where(Sprint.project_id == row.project_id)))
    if name not in known:
        raise KnownError(ErrorCode.VALIDATION, f"{row.key or row.title}: the project has no "
                         f"sprint {name!r}; add it in the passport's Sprints first")
    row.target_sprint = name


# --- what a sent message moves --------------------------------------------------------------
def message_sent(session: Session, message: Message) -> list[str]:
    """Called in the transaction that marks ``message`` sent: an estimate message moves its
    estimated requests to *sent*, a team notice its scheduled ones to *team informed*.
    Returns the ids of the requests moved."""
    from cockpit.domain.enums import MessageKind

    wanted = {MessageKind.CHANGE_REQUEST.value: (S.ESTIMATED, S.SENT),
              MessageKind.TEAM_NOTICE.value: (S.SCHEDULED, S.TEAM_INFORMED)}.get(str(message.kind))
    if wanted is None or message.state is not MessageState.SENT or message.project_id is None:
        return []
    ids = [link.target_id for link in session.scalars(
        select(MessageLink).where(MessageLink.message_id == message.id,
                                  MessageLink.target == LinkTarget.CHANGE_REQUEST))]
    moved = []
    for row in session.scalars(select(ChangeRequest).where(
            ChangeRequest.id.in_(ids), ChangeRequest.project_id == message.project_id,
            ChangeRequest.status == wanted[0])):
        row.status = wanted[1]
        _event(row, wanted[0], wanted[1], message.sent_at or utcnow(),
               actor(session, row.project_id, None),
               f"{message.subject}".strip() or LABELS[wanted[1]])
        moved.append(row.id)
    return moved


__all__ = ["ChangeRequestView", "Confirmation", "CrEvent", "delete", "edit", "get_request",
           "list_requests", "message_sent", "move", "sprint_choices", "submit"]
