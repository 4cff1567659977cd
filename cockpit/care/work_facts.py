"""The facts of the day's work the rules read, for every project at once (one query per kind):
dated sprints, urgent tasks, slipped ETAs, and the customers' mail with our replies to it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cockpit.domain.work import TaskStatus

MAIL_LOOK_BACK = timedelta(days=30)  # the most a rule looks back for unanswered mail


@dataclass(frozen=True)
class SprintDates:
    id: str
    name: str
    start_on: date
    end_on: date  # the sprint's last day


@dataclass(frozen=True)
class UrgentTask:
    id: str
    name: str
    since: datetime  # urgent since
    eta: date | None


@dataclass(frozen=True)
class EtaSlip:
    id: str  # the ETA change's id
    task_id: str
    task: str
    old_eta: date
    new_eta: date | None  # None: the ETA was taken away
    changed_at: datetime


@dataclass(frozen=True)
class CustomerMail:
    id: str
    subject: str
    sender: str
    received: datetime
    preview: str
    replied_at: datetime | None  # our first mail in the conversation after it
    acknowledged_at: datetime | None  # marked by hand
    answered_at: datetime | None  # marked by hand


def _open() -> list[TaskStatus]:
    return [s for s in TaskStatus if s.is_open]


def sprints(session: Session, ids: Any) -> dict[str, list[SprintDates]]:
    from cockpit.store.models import Sprint

    out: dict[str, list[SprintDates]] = defaultdict(list)
    for row in session.execute(
            select(Sprint.project_id, Sprint.id, Sprint.name, Sprint.start_on, Sprint.end_on)
            .where(Sprint.project_id.in_(ids), Sprint.start_on.is_not(None),
                   Sprint.end_on.is_not(None))
            .order_by(Sprint.project_id, Sprint.end_on)):
        out[row.project_id].append(SprintDates(row.id, row.name, row.start_on, row.end_on))
    return out


def urgent_tasks(session: Session, ids: Any, at: datetime) -> dict[str, list[UrgentTask]]:
    from cockpit.store.models import Task

    out: dict[str, list[UrgentTask]] = defaultdict(list)
    for row in session.execute(
            select(Task.project_id, Task.id, Task.name, Task.urgent_since, Task.eta)
            .where(Task.project_id.in_(ids), Task.urgent.is_(True),
                   Task.status.in_(_open()), Task.urgent_since <= at)
            .order_by(Task.project_id, Task.position)):
        out[row.project_id].append(UrgentTask(row.id, row.name, row.urgent_since, row.eta))
    return out


def eta_slips(session: Session, ids: Any, at: datetime) -> dict[str, list[EtaSlip]]:
    """ETA changes that moved an open task's ETA later (or took it away), by ``at``."""
    from cockpit.store.models import Task, TaskEtaChange

    out: dict[str, list[EtaSlip]] = defaultdict(list)
    change = TaskEtaChange
    for row in session.execute(
            select(change.project_id, change.id, change.task_id, Task.name, change.old_eta,
                   change.new_eta, change.changed_at)
            .join(Task, Task.id == change.task_id)
            .where(change.project_id.in_(ids), change.changed_at <= at,
                   change.old_eta.is_not(None), Task.status.in_(_open()),
                   or_(change.new_eta.is_(None), change.new_eta > change.old_eta))
            .order_by(change.project_id, change.changed_at, change.id)):
        out[row.project_id].append(EtaSlip(row.id, row.task_id, row.name, row.old_eta,
                                           row.new_eta, row.changed_at))
    return out


def customer_mail(session: Session, ids: Any, at: datetime) -> dict[str, list[CustomerMail]]:
    """Per project, each conversation's latest mail from the customer (an earlier one is
    answered with the later), received in the last ``MAIL_LOOK_BACK`` by ``at``, with the
    moment our first reply in that conversation went out (by ``at``), if any."""
    from cockpit.store.models import MailItem, RedFlag

    since = at - MAIL_LOOK_BACK
    latest: dict[tuple[str, str], Any] = {}
    # a mail made a red flag is followed there: the flag's answer is what is owed
    flagged = select(RedFlag.mail_id).where(RedFlag.mail_id.is_not(None),
                                            RedFlag.project_id.in_(ids))
    for row in session.execute(
            select(MailItem.project_id, MailItem.id, MailItem.subject, MailItem.sender,
                   MailItem.moment, MailItem.body_preview, MailItem.conversation_id,
                   MailItem.internet_message_id, MailItem.acknowledged_at,
                   MailItem.answered_at)
            .where(MailItem.project_id.in_(ids), MailItem.folder == "inbox",
                   MailItem.removed.is_(False), MailItem.moment <= at,
                   MailItem.moment >= since, MailItem.id.not_in(flagged))
            .order_by(MailItem.moment, MailItem.id)):
        latest[(row.project_id, row.conversation_id or row.id)] = row  # the later one wins
    replies: dict[str, list[datetime]] = defaultdict(list)  # by conversation or message id
    for conversation, reply_to, moment in session.execute(
            select(MailItem.conversation_id, MailItem.in_reply_to, MailItem.moment)
            .where(MailItem.project_id.in_(ids), MailItem.folder == "sentitems",
                   MailItem.removed.is_(False), MailItem.moment <= at,
                   MailItem.moment >= since)):
        if moment is None:
            continue
        for key in {conversation, reply_to} - {""}:
            replies[key].append(moment)
    answered = _answered_here(session, ids, at, since)
    names = _names_of(session, {row.sender for row in latest.values()})
    out: dict[str, list[CustomerMail]] = defaultdict(list)
    for (pid, _), row in sorted(latest.items(), key=lambda kv: (kv[1].moment, kv[1].id)):
        answers = [m for key in {row.conversation_id, row.internet_message_id} - {""}
                   for m in replies.get(key, []) if m > row.moment]
        answers += [m for m in answered.get(row.id, []) if m > row.moment]
        name = names.get(row.sender.lower())
        sender = f"{name} <{row.sender}>" if name and "<" not in row.sender else row.sender
        out[pid].append(CustomerMail(
            row.id, row.subject, sender, row.moment, row.body_preview,
            min(answers, default=None), _by(row.acknowledged_at, at),
            _by(row.answered_at, at)))
    return out


def _names_of(session: Session, addresses: set[str]) -> dict[str, str]:
    """The people's names by their address (lower case), for "Name <address>"."""
    from sqlalchemy import func

    from cockpit.store.models import Person

    wanted = {a.lower() for a in addresses if a and "<" not in a}
    if not wanted:
        return {}
    return {email.lower(): name for name, email in session.execute(
        select(Person.name, Person.email).where(func.lower(Person.email).in_(wanted)))}


def _answered_here(session: Session, ids: Any, at: datetime, since: datetime
                   ) -> dict[str, list[datetime]]:
    """When our messages linked to a mail (a reply written in PM Cockpit) were sent — through
    Outlook or "sent myself" — by ``at``, by the mail's id."""
    from cockpit.domain.messages import LinkTarget, MessageState
    from cockpit.store.models import Message, MessageLink

    out: dict[str, list[datetime]] = defaultdict(list)
    for mail_id, sent_at in session.execute(
            select(MessageLink.target_id, Message.sent_at).join(Message)
            .where(MessageLink.target == LinkTarget.MAIL, Message.project_id.in_(ids),
                   Message.state == MessageState.SENT, Message.sent_at <= at,
                   Message.sent_at >= since)):
        if sent_at is not None:
            out[mail_id].append(sent_at)
    return out


def _by(moment: datetime | None, at: datetime) -> datetime | None:
    return moment if moment is not None and moment <= at else None
