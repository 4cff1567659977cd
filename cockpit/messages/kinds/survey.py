"""Satisfaction survey (PRODUCT.md §7): the CSAT question every month, and the NPS question
when it is due (every six months by default: the ``satisfaction_survey`` care rule's cadence).
To the communication map's "Surveys" receivers; the answers are recorded on the passport's
*Satisfaction* tab."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.messages.kinds.shared import Prepared
from cockpit.messages.kinds.spec import QT_TRANSLATE_NOOP, Audience, KindSpec
from cockpit.messages.sources import Source

REPLY_WITHIN = timedelta(days=7)


def build(session: Session, source: Source, today: date) -> Prepared:
    from cockpit.services.satisfaction import survey_plan

    plan = survey_plan(session, source.project_id, today)
    return Prepared({"survey": {"nps": plan.asks_nps, "reply_by": today + REPLY_WITHIN,
                                "period": today.replace(day=1)}})


SPEC = KindSpec(
    value=MessageKind.SURVEY,
    label=QT_TRANSLATE_NOOP("MessageKind", "Satisfaction survey"),
    short_label=QT_TRANSLATE_NOOP("MessageKind", "Surveys"),
    order=45,
    audience=Audience(report=True, receivers=MessageKind.SURVEY),
    build=build,
    names=("survey",),
    sample={"survey": {"nps": True, "reply_by": date(2026, 12, 9),
                       "period": date(2026, 12, 1)}},
    default_names={Language.EN: "Satisfaction survey (default)",
                   Language.JA: "満足度アンケートのお願い（既定）"},
)
