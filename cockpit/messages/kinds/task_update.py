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
    moved = moved_since_last_update(session, source.project_id)
    for task in tasks:
        task["moved_from"] = moved.get(task["id"])
    return Prepared({"tasks": tasks, "urgent_tasks": [t for t in tasks if t["urgent"]]},
                    task_links(tasks))


def moved_since_last_update(session: Session, project_id: str) -> dict[str, date]:
    """Per task, the ETA the customer last heard of, where it has moved later (or lost its
    date) since the last open-task update was sent: the update says "moved from …"."""
    from sqlalchemy import func, select

    from cockpit.domain.messages import MessageState
    from cockpit.store.models import Message, TaskEtaChange

    told = session.scalar(select(func.max(Message.sent_at)).where(
        Message.project_id == project_id, Message.kind == MessageKind.TASK_UPDATE,
        Message.state == MessageState.SENT))
    query = (select(TaskEtaChange.task_id, TaskEtaChange.old_eta, TaskEtaChange.new_eta)
             .where(TaskEtaChange.project_id == project_id)
             .order_by(TaskEtaChange.changed_at, TaskEtaChange.id))
    if told is not None:
        query = query.where(TaskEtaChange.changed_at > told)
    first: dict[str, date | None] = {}
    last: dict[str, date | None] = {}
    for task_id, old, new in session.execute(query):
        if old is not None:  # a task given its first ETA moved nothing
            first.setdefault(task_id, old)
        last[task_id] = new
    return {task_id: old for task_id, old in first.items()
            if old is not None and (last[task_id] is None
                                    or last[task_id] > old)}  # type: ignore[operator]


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
