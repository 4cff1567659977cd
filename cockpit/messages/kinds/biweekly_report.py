"""Biweekly Friday report: done in the last 14 days, issues, decisions, plans."""

from __future__ import annotations

from datetime import date, timedelta

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
    decisions = decisions_since(session, source.project_id, start)
    return Prepared({"period_start": start, "period_end": today, "done": done,
                     "issues": issues, "plans": plans,
                     "decisions": [d.text for d in decisions]}, task_links(done + issues))


SPEC = KindSpec(
    value=MessageKind.BIWEEKLY_REPORT,
    label=QT_TRANSLATE_NOOP("MessageKind", "Biweekly report"),
    short_label=QT_TRANSLATE_NOOP("MessageKind", "Biweekly rep."),
    order=40,
    audience=Audience(report=True, receivers=MessageKind.BIWEEKLY_REPORT),
    build=build,
    names=("period_start", "period_end", "done", "issues", "plans", "decisions"),
    sample={"period_start": date(2026, 11, 11), "period_end": date(2026, 11, 24),
            "done": TASKS[1:2], "issues": TASKS[2:], "plans": TASKS[:1],
            "decisions": ["Go-live moved to 15 January"]},
    default_names={Language.EN: "Biweekly Friday report (default)",
                   Language.JA: "隔週金曜のご報告（既定）"},
    start_from=StartFrom.PROJECT,
    new_menu=QT_TRANSLATE_NOOP("MessageKind", "Biweekly report"),
    tasks=TasksEntry(QT_TRANSLATE_NOOP("MessageKind", "Biweekly Friday report…")),
)
