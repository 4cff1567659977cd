"""Remedial-plan update: where the fix of a problem stands — the plan's steps (done, and by
when the others), the workaround, the resources on it, the schedule, how the fix is tested.
To the problem notices' receivers; prefilled from the problem register."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.messages.kinds.problem_context import problem_context
from cockpit.messages.kinds.shared import Prepared
from cockpit.messages.kinds.spec import QT_TRANSLATE_NOOP, Audience, KindSpec, StartFrom
from cockpit.messages.sources import Source


def build(session: Session, source: Source, today: date) -> Prepared:
    context, link = problem_context(session, source)
    return Prepared({"problem": context}, [link])


SPEC = KindSpec(
    value=MessageKind.REMEDIAL_PLAN,
    label=QT_TRANSLATE_NOOP("MessageKind", "Remedial plan update"),
    order=71,
    audience=Audience(receivers=MessageKind.PROBLEM_NOTICE),
    build=build,
    names=("problem",),
    sample={"problem": {
        "key": "PB-2", "title": "Nightly batch stopped: out of memory", "description": "",
        "found_on": date(2026, 12, 7), "impact_business": "Invoices are sent a day late",
        "impact_users": "Accounting cannot close the day", "schedule_impact": "",
        "new_date": date(2026, 12, 11),
        "solution_options": ["Split the batch in two jobs", "Add memory to the batch server"],
        "workaround": "We run the batch in two halves by hand each night",
        "resources": "Two developers full time, the DBA half time",
        "fix_testing": "December's volume replayed on staging", "status": "open",
        "steps": [{"text": "Split the batch in two jobs", "owner": "Piotr Nowak",
                   "due_on": date(2026, 12, 9), "done_on": date(2026, 12, 9)},
                  {"text": "Load test with December's volume", "owner": "Olga Orlova",
                   "due_on": date(2026, 12, 11), "done_on": None}]}},
    default_names={Language.EN: "Remedial plan update (default)",
                   Language.JA: "再発防止・改善計画のご報告（既定）"},
    start_from=StartFrom.PROJECT,
)
