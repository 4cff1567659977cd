"""Sprint report: the tasks of a sprint (the latest by default), hours and total."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.messages.kinds.samples import TASKS
from cockpit.messages.kinds.shared import (
    CLOSED_TEXT,
    Prepared,
    natural_key,
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
    names = people(session)
    rows = tasks_of(session, source.project_id)
    labels = sorted({t.sprint for t in rows if t.sprint}, key=natural_key)
    sprint = source.sprint or (labels[-1] if labels else "")
    worked = [task_context(t, names, today) for t in rows if t.sprint == sprint and sprint]
    hours = [t["hours"] for t in worked if t["hours"] is not None]
    total = sum(hours, Decimal(0)) if hours else None
    carried = [t for t in worked if t["status"] not in CLOSED_TEXT]
    return Prepared({"sprint": sprint, "tasks": worked, "total_hours": total,
                     "carried_over": carried}, task_links(worked))


SPEC = KindSpec(
    value=MessageKind.SPRINT_REPORT,
    label=QT_TRANSLATE_NOOP("MessageKind", "Sprint report"),
    short_label=QT_TRANSLATE_NOOP("MessageKind", "Sprint rep."),
    order=30,
    audience=Audience(report=True, receivers=MessageKind.SPRINT_REPORT),
    build=build,
    names=("sprint", "tasks", "total_hours", "carried_over"),
    sample={"sprint": "Sprint 14", "tasks": TASKS, "total_hours": Decimal("18.5"),
            "carried_over": TASKS[2:]},
    default_names={Language.EN: "Sprint report (default)",
                   Language.JA: "スプリント報告（既定）"},
    start_from=StartFrom.SPRINT,
    new_menu=QT_TRANSLATE_NOOP("MessageKind", "Sprint report"),
    tasks=TasksEntry(QT_TRANSLATE_NOOP("MessageKind", "Sprint report…")),
)
