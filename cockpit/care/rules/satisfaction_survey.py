"""Regular satisfaction measurement (PRODUCT.md §7): a CSAT survey every ``csat_months``
(default every month) and the NPS question every ``nps_months`` (default every six months).

The cadence runs from the project's start, the last answer recorded and the last survey sent
(``cockpit.domain.satisfaction.survey_due``); the survey falls due at the end of the
customer's working day on its date and is satisfied by a survey sent, an answer recorded or the
item marked done.
"""

from __future__ import annotations

from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.domain.enums import MessageKind
from cockpit.domain.satisfaction import Scale, SurveyDue, survey_due

NAME = "satisfaction_survey"
KIND = MessageKind.SURVEY
PARAMS = {"csat_months": Param(1, 1, 12, "months"), "nps_months": Param(6, 1, 24, "months")}


def due_of(facts: ProjectFacts, setting: RuleSetting) -> SurveyDue:
    calendar = facts.customer
    last = {scale: max((a.on for a in facts.answers if a.scale is scale), default=None)
            for scale in Scale}
    sent = facts.last_sent.get(KIND)
    return survey_due(calendar.day_of(facts.started), last[Scale.CSAT], last[Scale.NPS],
                      calendar.day_of(sent) if sent else None, setting["csat_months"],
                      setting["nps_months"])


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    calendar = facts.customer
    due = due_of(facts, setting)
    day = calendar.add_working_days(due.next, 0)
    asks_nps = due.asks_nps(min(calendar.day_of(at), due.next), setting["csat_months"])
    what = "CSAT and NPS" if asks_nps else "CSAT"
    item = facts.owe(at, rule=NAME, key=f"{NAME}:{due.next:%Y-%m-%d}",
                     title=f"satisfaction survey ({what})", subject=what,
                     due=calendar.closes(day), recipients=facts.recipients_of(KIND),
                     since=facts.last_sent.get(KIND), action=f"compose:{KIND.value}",
                     detail="nps" if asks_nps else "csat")
    return [item] if item else []
