"""Problem notice: what happened, impact, schedule, options, workaround, remedial plan."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.domain.messages import LinkTarget
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.kinds.problem_context import problem_context
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

EMPTY_PROBLEM: dict[str, Any] = {
    "key": "", "description": "", "found_on": None, "impact_business": "",
    "impact_users": "", "schedule_impact": "", "new_date": None, "solution_options": [],
    "workaround": "", "resources": "", "fix_testing": "", "status": "", "steps": []}


def build(session: Session, source: Source, today: date) -> Prepared:
    problem: dict[str, Any] = {"title": "", "eta": None, "owner": "", "urgent": False,
                               "slipped": False, **EMPTY_PROBLEM}
    links: list[tuple[LinkTarget, str, str]] = []
    if source.problem_id:  # a problem of the register: its picture, as the PM wrote it
        context, link = problem_context(session, source)
        problem.update(context)
        problem["eta"] = context["new_date"]
        links.append(link)
    if source.task_id:
        row = session.get(Task, source.task_id)
        if row is None or row.project_id != source.project_id:
            raise KnownError(ErrorCode.NOT_FOUND, "no such task on this project")
        task = task_context(row, people(session), today)
        problem.update({"title": problem["title"] or task["name"],
                        "eta": problem["eta"] or task["eta"], "owner": task["owner"],
                        "urgent": task["urgent"], "slipped": task["slipped"]})
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
    sample={"problem": {
        "title": "Data migration dry run failed", "eta": date(2026, 12, 2),
        "owner": "Anna Nowak", "urgent": True, "slipped": False, "key": "PB-2",
        "description": "The dry run stopped at 60 % with a constraint error.",
        "found_on": date(2026, 11, 30),
        "impact_business": "The go-live rehearsal moves by two days",
        "impact_users": "None yet: production is not affected",
        "schedule_impact": "The rehearsal moves from 2 to 4 December",
        "new_date": date(2026, 12, 4),
        "solution_options": ["Clean the duplicate customer records first",
                             "Load the records without the constraint, then fix them"],
        "workaround": "None needed: production runs on the old system",
        "resources": "Two developers and the DBA until it runs clean",
        "fix_testing": "", "status": "open",
        "steps": [{"text": "Find and merge the duplicates", "owner": "Anna Nowak",
                   "due_on": date(2026, 12, 2), "done_on": None}]}},
    default_names={Language.EN: "Problem notice (default)",
                   Language.JA: "障害・課題のご連絡（既定）"},
    start_from=StartFrom.TASK,
    new_menu=QT_TRANSLATE_NOOP("MessageKind", "Problem notice"),
    tasks=TasksEntry(QT_TRANSLATE_NOOP("MessageKind", "Problem notice about the selected task…")),
)
