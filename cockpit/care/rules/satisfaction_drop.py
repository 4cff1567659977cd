"""A falling trend is an early warning (PRODUCT.md §7): act on it before it is a complaint.

- **Falling CSAT**: the rolling three-month CSAT mean is ``drop_tenths`` tenths of a point
  (default 0.5) or more below its highest of the six months before. Owed: a look at it — a red
  flag raised from the month's lowest answer, or the item marked done — within ``days``
  working days of that answer.
- **A low answer** (CSAT 1–2, an NPS detractor 0–6) of the last two months not yet made a red
  flag: the same, for that answer. An answer the falling trend's item already stands for is
  not listed twice.

The action offers the answer as a red flag (``flag:<answer>``).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.care.satisfaction_facts import AnswerFact
from cockpit.domain.enums import MessageKind
from cockpit.domain.satisfaction import Scale, csat_drop, is_low, trend

NAME = "satisfaction_drop"
PARAMS = {"drop_tenths": Param(5, 1, 20, "tenths of a CSAT point"),
          "days": Param(2, 1, 10, "working days")}
LOOK_BACK = timedelta(days=62)


def _low_title(answer: AnswerFact) -> str:
    who = f" from {answer.respondent}" if answer.respondent else ""
    if answer.scale is Scale.NPS:
        return f"NPS detractor: {answer.score}/10{who}"
    return f"low CSAT: {answer.score}/5{who}"


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    if not facts.answers:
        return []
    calendar, items = facts.customer, list[CareItem]()
    today = calendar.day_of(at)
    covered: set[str] = set()
    drop = csat_drop(trend([a.answer() for a in facts.answers], Scale.CSAT, today),
                     setting["drop_tenths"] / 10)
    if drop is not None:
        month = [a for a in facts.answers if a.scale is Scale.CSAT
                 and a.on.replace(day=1) == drop.month]
        if month and not any(a.flagged for a in month):
            lowest = min(month, key=lambda a: (a.score, -a.on.toordinal()))
            covered.add(lowest.id)
            item = facts.owe(
                at, rule=NAME, key=f"{NAME}:csat:{drop.month:%Y-%m}",
                title=f"CSAT falling: {drop.peak:.1f} → {drop.now:.1f} (3-month average)",
                subject=lowest.comment.splitlines()[0] if lowest.comment else "",
                due=calendar.closes(calendar.add_working_days(lowest.on, setting["days"])),
                recipients=facts.recipients_of(MessageKind.SURVEY),
                since=calendar.opens(lowest.on), action=f"flag:{lowest.id}",
                detail=f"{drop.peak:.1f}>{drop.now:.1f}")
            if item:
                items.append(item)
    for answer in facts.answers:
        if answer.flagged or answer.id in covered or not is_low(answer.scale, answer.score) \
                or answer.on < today - LOOK_BACK:
            continue
        item = facts.owe(
            at, rule=NAME, key=f"{NAME}:low:{answer.id}", title=_low_title(answer),
            subject=answer.comment.splitlines()[0] if answer.comment else "",
            due=calendar.closes(calendar.add_working_days(answer.on, setting["days"])),
            recipients=(answer.respondent,) if answer.respondent else (),
            since=calendar.opens(answer.on), action=f"flag:{answer.id}",
            detail=f"{answer.scale.value}:{answer.score}")
        if item:
            items.append(item)
    return items
