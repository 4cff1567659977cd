"""Open-task update: every open task with status and ETA, urgent first, late ones marked."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.messages.kinds.samples import TASKS
from cockpit.messages.kinds.shared import Prepared, open_first, people, task_context, task_links
from cockpit.messages.kinds.spec import (
    QT_TRANSLATE_NOOP,
    Audience,
    KindSpec,
    StartFrom,
    TasksEntry,
)
from cockpit.messages.sources import Source


def build(session: Session, source: Source, today: date) -> Prepared:
    from cockpit.messages.kinds.shared import tasks_of

    names = people(session)
    tasks = open_first([task_context(t, names, today) for t in tasks_of(session, source.project_id)
                        if t.status.is_open])
    return Prepared({"tasks": tasks, "urgent_tasks": [t for t in tasks if t["urgent"]]},
                    task_links(tasks))


SPEC = KindSpec(
    value=MessageKind.TASK_UPDATE,
    label=QT_TRANSLATE_NOOP("MessageKind", "Open-task update"),
    short_label=QT_TRANSLATE_NOOP("MessageKind", "Task update"),
    order=20,
    audience=Audience(report=True, receivers=MessageKind.TASK_UPDATE),
    build=build,
    names=("tasks", "urgent_tasks"),
    sample={"tasks": TASKS, "urgent_tasks": TASKS[:1]},
    default_names={Language.EN: "Open-task update (default)",
                   Language.JA: "未完了タスクのご報告（既定）"},
    start_from=StartFrom.PROJECT,
    new_menu=QT_TRANSLATE_NOOP("MessageKind", "Open-task update"),
    tasks=TasksEntry(
        QT_TRANSLATE_NOOP("MessageKind", "Write open-task update…"), button=True,
        tooltip=QT_TRANSLATE_NOOP(
            "MessageKind", "Every client gets the status of the open tasks every 2 working "
            "days: task, status, ETA")),
)
