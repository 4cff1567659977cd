"""Problem notice: what happened, impact, schedule, options, workaround, remedial plan."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.domain.messages import LinkTarget
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.kinds.shared import Prepared, people, task_context
from cockpit.messages.kinds.spec import (
    QT_TRANSLATE_NOOP,
    Audience,
    KindSpec,
    StartFrom,
    TasksEntry,
)
from cockpit.messages.sources import Source
from cockpit.store.models import Task


def build(session: Session, source: Source, today: date) -> Prepared:
    problem: dict[str, Any] = {"title": "", "eta": None, "owner": "", "urgent": False,
                               "slipped": False}
    links: list[tuple[LinkTarget, str, str]] = []
    if source.task_id:
        row = session.get(Task, source.task_id)
        if row is None or row.project_id != source.project_id:
            raise KnownError(ErrorCode.NOT_FOUND, "no such task on this project")
        task = task_context(row, people(session), today)
        problem = {"title": task["name"], "eta": task["eta"], "owner": task["owner"],
                   "urgent": task["urgent"], "slipped": task["slipped"]}
        links.append((LinkTarget.TASK, row.id, row.name))
    return Prepared({"problem": problem}, links)


SPEC = KindSpec(
    value=MessageKind.PROBLEM_NOTICE,
    label=QT_TRANSLATE_NOOP("MessageKind", "Problem notice"),
    short_label=QT_TRANSLATE_NOOP("MessageKind", "Problems"),
    order=70,
    audience=Audience(report=True, receivers=MessageKind.PROBLEM_NOTICE),
    build=build,
    names=("problem",),
    sample={"problem": {"title": "Data migration dry run failed", "eta": date(2026, 12, 2),
                        "owner": "Anna Nowak", "urgent": True, "slipped": False}},
    default_names={Language.EN: "Problem notice (default)",
                   Language.JA: "障害・課題のご連絡（既定）"},
    start_from=StartFrom.TASK,
    new_menu=QT_TRANSLATE_NOOP("MessageKind", "Problem notice"),
    tasks=TasksEntry(QT_TRANSLATE_NOOP("MessageKind", "Problem notice about the selected task…")),
)
