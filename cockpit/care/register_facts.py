"""What the registers owe, as facts for the care rules: open red flags with where they stand,
change requests waiting on someone, decisions not yet confirmed in writing, open problems
(the customer told? the remedial plan's steps on time?). One query per kind of fact for the
whole portfolio, as the store stood at the moment asked about."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cockpit.care.escalation_clock import Limits, standing
from cockpit.care.working_time import WorkingCalendar
from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.meetings import MinutesKind
from cockpit.domain.messages import LinkTarget, MessageState
from cockpit.domain.problem_register import ProblemStatus
from cockpit.domain.red_flags import PATH, FlagEventKind
from cockpit.domain.work import ChangeRequestStatus

DECISION_LOOK_BACK = timedelta(days=60)  # decisions older than this are history, not owed


@dataclass(frozen=True)
class FlagFact:
    id: str
    key: str  # RF-<n>
    title: str
    raised_by: str  # who complained: "Name <address>" when one of the project's people
    level: EscalationLevel  # at the moment asked about
    level_since: datetime
    moves_at: datetime | None  # None at the top
    answered_at: datetime | None  # the first answer to the customer since it was raised
    notice_sent_at: datetime | None  # the latest escalation notice about it
    people: tuple[str, ...]  # "Name <address>" of the vendor's people at the level


@dataclass(frozen=True)
class ChangeFact:
    id: str
    key: str
    title: str
    status: ChangeRequestStatus
    since: datetime  # when it reached its state


@dataclass(frozen=True)
class DecisionFact:
    id: str  # a minutes item's or a register decision's
    text: str
    decided_on: date


@dataclass(frozen=True)
class StepFact:
    id: str
    text: str
    due_on: date
    owner: str


@dataclass(frozen=True)
class ProblemFact:
    id: str
    key: str  # PB-<n>
    title: str
    found_at: datetime
    informed_at: datetime | None
    late_steps: tuple[StepFact, ...]  # not done, due by the moment asked about


def _first(found: dict[str, datetime], key: str, moment: datetime | None) -> None:
    if moment is not None and (key not in found or moment < found[key]):
        found[key] = moment


def _latest(found: dict[str, datetime], key: str, moment: datetime | None) -> None:
    if moment is not None and (key not in found or moment > found[key]):
        found[key] = moment


def _sent_links(session: Session, ids: Any, at: datetime, target: LinkTarget,
                kind: str | None = None) -> dict[str, list[datetime]]:
    from cockpit.store.models import Message, MessageLink

    query = (select(MessageLink.target_id, Message.sent_at)
             .join(Message, Message.id == MessageLink.message_id)
             .where(Message.project_id.in_(ids), MessageLink.target == target,
                    Message.state == MessageState.SENT, Message.sent_at <= at))
    if kind is not None:
        query = query.where(Message.kind == kind)
    out: dict[str, list[datetime]] = defaultdict(list)
    for target_id, sent_at in session.execute(query).all():
        if sent_at is not None:
            out[target_id].append(sent_at)
    return out


def flags(session: Session, ids: Any, at: datetime, calendars: dict[str, WorkingCalendar]
          ) -> dict[str, list[FlagFact]]:
    from cockpit.store.models import Membership, Person, Project, RedFlag, RedFlagEvent

    rows = session.execute(
        select(RedFlag.id, RedFlag.project_id, RedFlag.number, RedFlag.title, RedFlag.raised_by,
               Person.email.label("raised_by_email"), RedFlag.level,
               RedFlag.level_since, RedFlag.raised_at, Project.escalation_project_days,
               Project.escalation_department_days)
        .join(Project, Project.id == RedFlag.project_id)
        .outerjoin(Person, Person.id == RedFlag.raised_by_person_id)
        .where(RedFlag.project_id.in_(ids), RedFlag.raised_at <= at,
               (RedFlag.resolved_at.is_(None)) | (RedFlag.resolved_at > at))
        .order_by(RedFlag.project_id, RedFlag.number)).all()
    if not rows:
        return {}
    answered: dict[str, datetime] = {}
    for flag_id, moment in session.execute(
            select(RedFlagEvent.red_flag_id, RedFlagEvent.at)
            .join(RedFlag, RedFlag.id == RedFlagEvent.red_flag_id)
            .where(RedFlag.project_id.in_(ids), RedFlagEvent.kind == FlagEventKind.ANSWER,
                   RedFlagEvent.at <= at)).all():
        _first(answered, flag_id, moment)
    notices: dict[str, datetime] = {}
    for flag_id, moments in _sent_links(session, ids, at, LinkTarget.RED_FLAG).items():
        for moment in moments:
            _latest(notices, flag_id, moment)
    people: dict[tuple[str, EscalationLevel], list[str]] = defaultdict(list)
    for pid, level, name, email in session.execute(
            select(Membership.project_id, Membership.escalation_level, Person.name,
                   Person.email)
            .join(Person, Person.id == Membership.person_id)
            .where(Membership.project_id.in_(ids), Membership.side == Side.VENDOR,
                   Membership.escalation_level.in_(PATH))
            .order_by(Membership.project_id, Membership.position)).all():
        people[(pid, level)].append(f"{name} <{email}>" if email else name)
    out: dict[str, list[FlagFact]] = defaultdict(list)
    for row in rows:
        calendar = calendars.get(row.project_id)
        if calendar is None:
            continue
        place = standing(row.level, row.level_since,
                         Limits(row.escalation_project_days, row.escalation_department_days),
                         calendar, at)
        out[row.project_id].append(FlagFact(
            row.id, f"RF-{row.number}", row.title,
            f"{row.raised_by} <{row.raised_by_email}>" if row.raised_by and row.raised_by_email
            else row.raised_by, place.level, place.since,
            place.next_move.at if place.next_move else None, answered.get(row.id),
            notices.get(row.id), tuple(people.get((row.project_id, place.level), ()))))
    return out


def changes(session: Session, ids: Any, at: datetime) -> dict[str, list[ChangeFact]]:
    from cockpit.store.models import ChangeRequest, ChangeRequestEvent

    waiting = (ChangeRequestStatus.SUBMITTED, ChangeRequestStatus.SENT,
               ChangeRequestStatus.CONFIRMED, ChangeRequestStatus.SCHEDULED)
    since = (select(ChangeRequestEvent.change_request_id,
                    func.max(ChangeRequestEvent.at).label("since"))
             .where(ChangeRequestEvent.at <= at)
             .group_by(ChangeRequestEvent.change_request_id).subquery())
    out: dict[str, list[ChangeFact]] = defaultdict(list)
    for row in session.execute(
            select(ChangeRequest.id, ChangeRequest.project_id, ChangeRequest.key,
                   ChangeRequest.title, ChangeRequest.status, since.c.since)
            .join(since, since.c.change_request_id == ChangeRequest.id)
            .where(ChangeRequest.project_id.in_(ids), ChangeRequest.status.in_(waiting))
            .order_by(ChangeRequest.project_id, ChangeRequest.position)).all():
        out[row.project_id].append(ChangeFact(row.id, row.key, row.title, row.status,
                                              row.since))
    return out


def decisions(session: Session, ids: Any, at: datetime) -> dict[str, list[DecisionFact]]:
    """Decisions of the last ``DECISION_LOOK_BACK`` with nothing in writing yet (internal
    ones are the team's own and owe the customer nothing)."""
    from cockpit.store.models import (
        Decision,
        DecisionConfirmation,
        MailItem,
        MeetingOccurrence,
        MeetingSeries,
        Message,
        MinutesItem,
    )

    oldest = at - DECISION_LOOK_BACK
    confirmed = set(_sent_links(session, ids, at, LinkTarget.DECISION))
    for decision_id, minutes_id in session.execute(
            select(DecisionConfirmation.decision_id, DecisionConfirmation.minutes_item_id)
            .where(DecisionConfirmation.project_id.in_(ids),
                   DecisionConfirmation.confirmed_on <= at.date())).all():
        confirmed.add(decision_id or minutes_id or "")
    out: dict[str, list[DecisionFact]] = defaultdict(list)
    for item_id, pid, text, start in session.execute(
            select(MinutesItem.id, MeetingSeries.project_id, MinutesItem.text,
                   MeetingOccurrence.start)
            .join(MeetingOccurrence, MeetingOccurrence.id == MinutesItem.occurrence_id)
            .join(MeetingSeries, MeetingSeries.id == MeetingOccurrence.series_id)
            .where(MeetingSeries.project_id.in_(ids), MinutesItem.kind == MinutesKind.DECISION,
                   MinutesItem.internal.is_(False), MeetingOccurrence.start <= at,
                   MeetingOccurrence.start >= oldest)
            .order_by(MeetingOccurrence.start, MinutesItem.position)).all():
        if item_id not in confirmed:
            out[pid].append(DecisionFact(item_id, text, start.date()))
    for row in session.execute(
            select(Decision.id, Decision.project_id, Decision.text, Decision.decided_on,
                   Decision.mail_id, Message.state, Message.sent_at, MailItem.id.label("mail"))
            .outerjoin(Message, Message.id == Decision.message_id)
            .outerjoin(MailItem, MailItem.id == Decision.mail_id)
            .where(Decision.project_id.in_(ids), Decision.internal.is_(False),
                   Decision.decided_on <= at.date(), Decision.decided_on >= oldest.date())
            .order_by(Decision.decided_on)).all():
        by_message = row.state is MessageState.SENT and row.sent_at is not None \
            and row.sent_at <= at
        if row.id in confirmed or row.mail is not None or by_message:
            continue
        out[row.project_id].append(DecisionFact(row.id, row.text, row.decided_on))
    return out


def problems(session: Session, ids: Any, at: datetime) -> dict[str, list[ProblemFact]]:
    from cockpit.store.models import Person, ProblemRecord, RemedialStep

    rows = session.execute(
        select(ProblemRecord.id, ProblemRecord.project_id, ProblemRecord.number,
               ProblemRecord.title, ProblemRecord.found_at, ProblemRecord.customer_informed_at)
        .where(ProblemRecord.project_id.in_(ids), ProblemRecord.status == ProblemStatus.OPEN,
               ProblemRecord.found_at <= at)
        .order_by(ProblemRecord.project_id, ProblemRecord.number)).all()
    if not rows:
        return {}
    late: dict[str, list[StepFact]] = defaultdict(list)
    for step in session.execute(
            select(RemedialStep.problem_id, RemedialStep.id, RemedialStep.text,
                   RemedialStep.due_on, Person.name, Person.email)
            .join(ProblemRecord, ProblemRecord.id == RemedialStep.problem_id)
            .outerjoin(Person, Person.id == RemedialStep.owner_person_id)
            .where(ProblemRecord.project_id.in_(ids),
                   ProblemRecord.status == ProblemStatus.OPEN,
                   RemedialStep.done_on.is_(None), RemedialStep.due_on.is_not(None),
                   RemedialStep.due_on <= at.date())
            .order_by(RemedialStep.due_on, RemedialStep.position)).all():
        owner = (f"{step.name} <{step.email}>" if step.email else step.name) if step.name \
            else ""
        late[step.problem_id].append(StepFact(step.id, step.text, step.due_on, owner))
    out: dict[str, list[ProblemFact]] = defaultdict(list)
    for row in rows:
        informed = row.customer_informed_at if row.customer_informed_at and \
            row.customer_informed_at <= at else None
        out[row.project_id].append(ProblemFact(row.id, f"PB-{row.number}", row.title,
                                               row.found_at, informed,
                                               tuple(late.get(row.id, ()))))
    return out
