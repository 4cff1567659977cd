"""What a message template sees, built from the store for the thing it is opened on.

Every kind gets ``project``, ``pm``, ``today`` and ``greeting``; each kind adds its own names
(listed in ``NAMES``). Items marked internal in the minutes never reach a context: everything
here goes to the customer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.meetings import MinutesKind
from cockpit.domain.messages import LinkTarget, MessageKind
from cockpit.domain.work import TaskStatus
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.sources import Source
from cockpit.store.models import (
    ChangeRequest,
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
COMMON = ("project", "pm", "today", "greeting")
NAMES: dict[MessageKind, tuple[str, ...]] = {
    MessageKind.FOLLOW_UP: ("meeting", "points", "decisions", "actions", "next_meeting"),
    MessageKind.TASK_UPDATE: ("tasks", "urgent_tasks"),
    MessageKind.SPRINT_REPORT: ("sprint", "tasks", "total_hours", "carried_over"),
    MessageKind.BIWEEKLY_REPORT: ("period_start", "period_end", "done", "issues", "plans",
                                  "decisions"),
    MessageKind.CHANGE_REQUEST: ("change_request",),
    MessageKind.DECISION: ("decision", "hours"),
    MessageKind.PROBLEM_NOTICE: ("problem",),
    MessageKind.INVITE: (),
    MessageKind.OTHER: (),
}


@dataclass
class Prepared:
    """A context and what the message will be linked to."""

    context: dict[str, Any]
    links: list[tuple[LinkTarget, str, str]] = field(default_factory=list)  # target, id, label


def _people(session: Session) -> dict[str, str]:
    return {pid: name for pid, name in session.execute(select(Person.id, Person.name))}


def _task(row: Task, names: dict[str, str], today: date) -> dict[str, Any]:
    return {
        "name": row.name, "status": STATUS_TEXT[row.status], "eta": row.eta,
        "owner": names.get(row.owner_person_id or "", ""), "urgent": row.urgent,
        "slipped": bool(row.eta and row.eta < today and row.status.is_open),
        "key": row.external_key, "url": row.external_url, "hours": row.hours,
        "sprint": row.sprint, "done_on": row.done_on, "id": row.id,
    }


def _tasks(session: Session, project_id: str) -> list[Task]:
    return list(session.scalars(select(Task).where(Task.project_id == project_id)
                                .order_by(Task.position)))


def _open_first(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Urgent first, then by ETA (none last), then as listed."""
    return sorted(tasks, key=lambda t: (not t["urgent"], t["eta"] is None, t["eta"] or date.max))


def _project(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
    return project


def _pm(session: Session, project_id: str) -> dict[str, str]:
    row = session.execute(
        select(Person.name, Person.email).join(Membership, Membership.person_id == Person.id)
        .where(Membership.project_id == project_id, Membership.side == Side.VENDOR)
        .order_by(Membership.escalation_level != EscalationLevel.PROJECT, Membership.position)
    ).first()
    return {"name": row[0], "email": row[1]} if row else {"name": "", "email": ""}


def _common(session: Session, source: Source, today: date) -> dict[str, Any]:
    project = _project(session, source.project_id)
    return {
        "project": {"code": project.code, "name": project.name, "customer": project.customer},
        "pm": _pm(session, source.project_id), "today": today, "greeting": "all",
    }


def _follow_up(session: Session, source: Source, today: date) -> Prepared:
    from cockpit.services.invites import meeting_context

    if source.series_id is None or source.original_start is None:
        raise KnownError(ErrorCode.VALIDATION, "a follow-up is written about one meeting")
    series = session.get(MeetingSeries, source.series_id)
    if series is None or series.project_id != source.project_id:
        raise KnownError(ErrorCode.NOT_FOUND, f"no meeting series with id {source.series_id}")
    meeting = meeting_context(session, source.series_id, source.original_start)
    occurrence = session.scalars(select(MeetingOccurrence).where(
        MeetingOccurrence.series_id == source.series_id,
        MeetingOccurrence.original_start == source.original_start)).one_or_none()
    items = [m for m in (occurrence.minutes if occurrence else []) if not m.internal]
    names = _people(session)
    when = meeting["occurrence"]
    prepared = Prepared({
        "meeting": {"title": series.title, "date": when[:10], "time": when[11:],
                    "time_zone": series.time_zone},
        "points": [m.text for m in items if m.kind is MinutesKind.POINT],
        "decisions": [m.text for m in items if m.kind is MinutesKind.DECISION],
        "actions": [{"text": m.text, "owner": names.get(m.owner_person_id or "", ""),
                     "due_on": m.due_on} for m in items if m.kind is MinutesKind.ACTION],
        "next_meeting": (f"{meeting['next_occurrence']} ({series.time_zone})"
                         if meeting["next_occurrence"] else ""),
    })
    if occurrence is not None:
        prepared.links.append((LinkTarget.OCCURRENCE, occurrence.id, f"{series.title} {when}"))
    prepared.links += [(LinkTarget.DECISION, m.id, m.text) for m in items
                       if m.kind is MinutesKind.DECISION]
    return prepared


def _task_update(session: Session, source: Source, today: date) -> Prepared:
    names = _people(session)
    tasks = _open_first([_task(t, names, today) for t in _tasks(session, source.project_id)
                         if t.status.is_open])
    return Prepared({"tasks": tasks, "urgent_tasks": [t for t in tasks if t["urgent"]]},
                    [(LinkTarget.TASK, t["id"], t["name"]) for t in tasks])


def natural_key(label: str) -> tuple[Any, ...]:
    """"Sprint 9" before "Sprint 10"."""
    return tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", label))


def _sprint(session: Session, source: Source, today: date) -> Prepared:
    names = _people(session)
    rows = _tasks(session, source.project_id)
    labels = sorted({t.sprint for t in rows if t.sprint}, key=natural_key)
    sprint = source.sprint or (labels[-1] if labels else "")
    worked = [_task(t, names, today) for t in rows if t.sprint == sprint and sprint]
    hours = [t["hours"] for t in worked if t["hours"] is not None]
    total = sum(hours, Decimal(0)) if hours else None
    carried = [t for t in worked if t["status"] not in (STATUS_TEXT[TaskStatus.DONE],
                                                        STATUS_TEXT[TaskStatus.CANCELLED])]
    return Prepared({"sprint": sprint, "tasks": worked, "total_hours": total,
                     "carried_over": carried},
                    [(LinkTarget.TASK, t["id"], t["name"]) for t in worked])


def _decisions_between(session: Session, project_id: str, start: date) -> list[MinutesItem]:
    """Decisions of meetings held on ``start`` or later, by the date where each was held."""
    rows = session.execute(
        select(MinutesItem, MeetingOccurrence.start, MeetingSeries.time_zone)
        .select_from(MinutesItem).join(MeetingOccurrence).join(MeetingSeries)
        .where(MeetingSeries.project_id == project_id, MinutesItem.kind == MinutesKind.DECISION,
               MinutesItem.internal.is_(False),
               MeetingOccurrence.start >= datetime.combine(start - timedelta(days=1), time(),
                                                           UTC))
        .order_by(MeetingOccurrence.start, MinutesItem.position))
    return [item for item, held, zone in rows if _local_date(held, zone) >= start]


def _local_date(moment: datetime, zone: str) -> date:
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo(zone)).date()


def _biweekly(session: Session, source: Source, today: date) -> Prepared:
    names = _people(session)
    start, horizon = today - timedelta(days=13), today + timedelta(days=14)
    tasks = [_task(t, names, today) for t in _tasks(session, source.project_id)]
    done = [t for t in tasks if t["done_on"] and t["done_on"] >= start]
    issues = [t for t in tasks if t["status"] == STATUS_TEXT[TaskStatus.BLOCKED]
              or t["slipped"]]
    plans = _open_first([t for t in tasks if t["status"] not in (
        STATUS_TEXT[TaskStatus.DONE], STATUS_TEXT[TaskStatus.CANCELLED])
        and (t["eta"] is None or t["eta"] <= horizon)])
    decisions = _decisions_between(session, source.project_id, start)
    return Prepared({"period_start": start, "period_end": today, "done": done,
                     "issues": issues, "plans": plans,
                     "decisions": [d.text for d in decisions]},
                    [(LinkTarget.TASK, t["id"], t["name"]) for t in done + issues])


def _change_request(session: Session, source: Source, today: date) -> Prepared:
    row = session.get(ChangeRequest, source.change_request_id or "")
    if row is None or row.project_id != source.project_id:
        raise KnownError(ErrorCode.NOT_FOUND, "no such change request on this project")
    return Prepared({"change_request": {
        "key": row.key, "title": row.title, "description": row.description,
        "estimate_hours": row.estimate_hours, "target_sprint": row.target_sprint,
        "requested_on": row.requested_on, "status": row.status.value}},
        [(LinkTarget.CHANGE_REQUEST, row.id, f"{row.key} {row.title}".strip())])


def _agreed_change(session: Session, source: Source, today: date) -> Prepared:
    """An agreed change request confirmed in writing, with its hours."""
    row = session.get(ChangeRequest, source.change_request_id or "")
    if row is None or row.project_id != source.project_id:
        raise KnownError(ErrorCode.NOT_FOUND, "no such change request on this project")
    label = f"{row.key} {row.title}".strip()
    text = f"{label}: agreed" + (f", planned for {row.target_sprint}" if row.target_sprint
                                 else "")
    return Prepared({"decision": {"text": text, "meeting": "",
                                  "decided_on": row.confirmed_on or today},
                     "hours": row.estimate_hours},
                    [(LinkTarget.CHANGE_REQUEST, row.id, label)])


def _decision(session: Session, source: Source, today: date) -> Prepared:
    if source.change_request_id and not source.decision_id:
        return _agreed_change(session, source, today)
    found = session.execute(
        select(MinutesItem, MeetingSeries.title, MeetingOccurrence.start, MeetingSeries.time_zone)
        .select_from(MinutesItem).join(MeetingOccurrence).join(MeetingSeries)
        .where(MinutesItem.id == (source.decision_id or ""),
               MeetingSeries.project_id == source.project_id)).first()
    if found is None:
        raise KnownError(ErrorCode.NOT_FOUND, "no such decision on this project")
    item, title, start, zone = found
    if item.internal:
        raise KnownError(ErrorCode.VALIDATION,
                         "this decision is marked internal: it is not sent to the customer")
    return Prepared({"decision": {"text": item.text, "meeting": title,
                                  "decided_on": _local_date(start, zone)}, "hours": None},
                    [(LinkTarget.DECISION, item.id, item.text)])


def _problem(session: Session, source: Source, today: date) -> Prepared:
    problem: dict[str, Any] = {"title": "", "eta": None, "owner": "", "urgent": False,
                               "slipped": False}
    links: list[tuple[LinkTarget, str, str]] = []
    if source.task_id:
        row = session.get(Task, source.task_id)
        if row is None or row.project_id != source.project_id:
            raise KnownError(ErrorCode.NOT_FOUND, "no such task on this project")
        task = _task(row, _people(session), today)
        problem = {"title": task["name"], "eta": task["eta"], "owner": task["owner"],
                   "urgent": task["urgent"], "slipped": task["slipped"]}
        links.append((LinkTarget.TASK, row.id, row.name))
    return Prepared({"problem": problem}, links)


BUILDERS = {
    MessageKind.FOLLOW_UP: _follow_up, MessageKind.TASK_UPDATE: _task_update,
    MessageKind.SPRINT_REPORT: _sprint, MessageKind.BIWEEKLY_REPORT: _biweekly,
    MessageKind.CHANGE_REQUEST: _change_request, MessageKind.DECISION: _decision,
    MessageKind.PROBLEM_NOTICE: _problem,
}


def prepare(session: Session, kind: MessageKind, source: Source, today: date) -> Prepared:
    """The context for ``kind`` opened on ``source``; ``KnownError`` when the source is gone."""
    common = _common(session, source, today)
    builder = BUILDERS.get(kind)
    prepared = builder(session, source, today) if builder else Prepared({})
    prepared.context = {**common, **prepared.context}
    return prepared
