"""What several kinds' context builders share: the project, its PM, its tasks and people."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.meetings import MinutesKind
from cockpit.domain.messages import LinkTarget
from cockpit.domain.work import TaskStatus
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.sources import Source
from cockpit.store.models import (
    MeetingOccurrence,
    MeetingSeries,
    Membership,
    MinutesItem,
    Person,
    Project,
    Task,
)

STATUS_TEXT = {
    TaskStatus.TODO: "To do", TaskStatus.IN_PROGRESS: "In progress",
    TaskStatus.BLOCKED: "Blocked", TaskStatus.IN_REVIEW: "In review", TaskStatus.DONE: "Done",
    TaskStatus.CANCELLED: "Cancelled",
}
CLOSED_TEXT = (STATUS_TEXT[TaskStatus.DONE], STATUS_TEXT[TaskStatus.CANCELLED])
COMMON = ("project", "pm", "today", "greeting", "language")


@dataclass
class Prepared:
    """A context and what the message will be linked to."""

    context: dict[str, Any]
    links: list[tuple[LinkTarget, str, str]] = field(default_factory=list)  # target, id, label
    to: list[str] | None = None  # "Name <address>": these instead of the communication map's


def people(session: Session) -> dict[str, str]:
    return {pid: name for pid, name in session.execute(select(Person.id, Person.name))}


def task_context(row: Task, names: dict[str, str], today: date) -> dict[str, Any]:
    return {
        "name": row.name, "status": STATUS_TEXT[row.status], "eta": row.eta,
        "owner": names.get(row.owner_person_id or "", ""), "urgent": row.urgent,
        "slipped": bool(row.eta and row.eta < today and row.status.is_open),
        "key": row.external_key, "url": row.external_url, "hours": row.hours,
        "sprint": row.sprint, "done_on": row.done_on, "id": row.id, "moved_from": None,
    }


def tasks_of(session: Session, project_id: str) -> list[Task]:
    return list(session.scalars(select(Task).where(Task.project_id == project_id)
                                .order_by(Task.position)))


def open_first(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Urgent first, then by ETA (none last), then as listed."""
    return sorted(tasks, key=lambda t: (not t["urgent"], t["eta"] is None, t["eta"] or date.max))


def task_links(tasks: list[dict[str, Any]]) -> list[tuple[LinkTarget, str, str]]:
    return [(LinkTarget.TASK, t["id"], t["name"]) for t in tasks]


def natural_key(label: str) -> tuple[Any, ...]:
    """"Sprint 9" before "Sprint 10"."""
    return tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", label))


def project_of(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
    return project


def pm_of(session: Session, project_id: str) -> dict[str, str]:
    row = session.execute(
        select(Person.name, Person.email).join(Membership, Membership.person_id == Person.id)
        .where(Membership.project_id == project_id, Membership.side == Side.VENDOR)
        .order_by(Membership.escalation_level != EscalationLevel.PROJECT, Membership.position)
    ).first()
    return {"name": row[0], "email": row[1]} if row else {"name": "", "email": ""}


def common(session: Session, source: Source, today: date) -> dict[str, Any]:
    project = project_of(session, source.project_id)
    return {
        "project": {"code": project.code, "name": project.name, "customer": project.customer},
        "pm": pm_of(session, source.project_id), "today": today, "greeting": "all",
        "language": project.language.value,  # the template's, when it has one (compose)
    }


def local_date(moment: datetime, zone: str) -> date:
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo(zone)).date()


def decisions_since(session: Session, project_id: str, start: date) -> list[MinutesItem]:
    """Decisions of meetings held on ``start`` or later, by the date where each was held."""
    rows = session.execute(
        select(MinutesItem, MeetingOccurrence.start, MeetingSeries.time_zone)
        .select_from(MinutesItem).join(MeetingOccurrence).join(MeetingSeries)
        .where(MeetingSeries.project_id == project_id, MinutesItem.kind == MinutesKind.DECISION,
               MinutesItem.internal.is_(False),
               MeetingOccurrence.start >= datetime.combine(start - timedelta(days=1), time(),
                                                           UTC))
        .order_by(MeetingOccurrence.start, MinutesItem.position))
    return [item for item, held, zone in rows if local_date(held, zone) >= start]
