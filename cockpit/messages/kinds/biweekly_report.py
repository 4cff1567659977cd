"""Biweekly Friday report: done in the last 14 days, issues, decisions, plans."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.messages.kinds.samples import TASKS
from cockpit.messages.kinds.shared import (
    CLOSED_TEXT,
    STATUS_TEXT,
    Prepared,
    decisions_since,
    open_first,
    people,
    task_context,
    task_links,
    tasks_of,
)
from cockpit.messages.kinds.spec import (
    QT_TRANSLATE_NOOP,
    Audience,
    KindSpec,
    StartFrom,
    TasksEntry,
)
from cockpit.messages.sources import Source


def build(session: Session, source: Source, today: date) -> Prepared:
    from cockpit.domain.work import TaskStatus

    names = people(session)
    start, horizon = today - timedelta(days=13), today + timedelta(days=14)
    tasks = [task_context(t, names, today) for t in tasks_of(session, source.project_id)]
    done = [t for t in tasks if t["done_on"] and t["done_on"] >= start]
    issues = [t for t in tasks if t["status"] == STATUS_TEXT[TaskStatus.BLOCKED]
              or t["slipped"]]
    plans = open_first([t for t in tasks if t["status"] not in CLOSED_TEXT
                        and (t["eta"] is None or t["eta"] <= horizon)])
    decisions = [d.text for d in decisions_since(session, source.project_id, start)]
    decisions += recorded_decisions_since(session, source.project_id, start)
    return Prepared({"period_start": start, "period_end": today, "done": done,
                     "issues": issues, "plans": plans, "decisions": decisions,
                     "milestones": next_milestones(session, source.project_id)},
                    task_links(done + issues))


def recorded_decisions_since(session: Session, project_id: str, start: date) -> list[str]:
    """The decision log's entries recorded from a mail, a message or by hand (not internal)
    decided on ``start`` or later."""
    from sqlalchemy import select

    from cockpit.store.models import Decision

    return list(session.scalars(
        select(Decision.text).where(Decision.project_id == project_id,
                                    Decision.internal.is_(False),
                                    Decision.decided_on >= start)
        .order_by(Decision.decided_on, Decision.created_at)))


def next_milestones(session: Session, project_id: str, count: int = 3) -> list[dict[str, Any]]:
    """The next milestones not reached yet, the dated ones first."""
    from sqlalchemy import select

    from cockpit.store.models import Milestone

    rows = session.scalars(select(Milestone).where(
        Milestone.project_id == project_id, Milestone.done_on.is_(None))
        .order_by(Milestone.due_on.is_(None), Milestone.due_on, Milestone.position)
        .limit(count))
    return [{"name": row.name, "due_on": row.due_on} for row in rows]


SPEC = KindSpec(
    value=MessageKind.BIWEEKLY_REPORT,
    label=QT_TRANSLATE_NOOP("MessageKind", "Biweekly report"),
    short_label=QT_TRANSLATE_NOOP("MessageKind", "Biweekly rep."),
    order=40,
    audience=Audience(report=True, receivers=MessageKind.BIWEEKLY_REPORT),
    build=build,
    names=("period_start", "period_end", "done", "issues", "plans", "decisions", "milestones"),
    sample={"period_start": date(2026, 11, 11), "period_end": date(2026, 11, 24),
            "done": TASKS[1:2], "issues": TASKS[2:], "plans": TASKS[:1],
            "decisions": ["Go-live moved to 15 January"],
            "milestones": [{"name": "UAT starts", "due_on": date(2026, 12, 7)},
                           {"name": "Go-live", "due_on": date(2027, 1, 15)}]},
    default_names={Language.EN: "Biweekly Friday report (default)",
                   Language.JA: "隔週金曜のご報告（既定）"},
    start_from=StartFrom.PROJECT,
    new_menu=QT_TRANSLATE_NOOP("MessageKind", "Biweekly report"),
    tasks=TasksEntry(QT_TRANSLATE_NOOP("MessageKind", "Biweekly Friday report…")),
)
