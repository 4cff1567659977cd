"""Every project runs the governance model (PRODUCT.md §3): a weekly status, a biweekly status
and an executive review, each with a next date planned.

A type with no series (a cancelled one does not count) is owed from the project's start — as
one item when none of the three exists yet (a new project sets them up together, from one
proposal); a series with nothing planned any more is owed from its last date. Both fall due
at the end of the customer's working day they were owed from, and stay owed until the series
exists and has a next date.
"""

from __future__ import annotations

from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.governance_facts import GOVERNANCE_TYPES
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting

NAME = "governance"
PARAMS: dict[str, Param] = {}
TITLES = {"weekly_status": "weekly status", "biweekly_status": "biweekly status",
          "executive_review": "executive review"}


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    calendar, items = facts.customer, []
    by_type = {s.type: s for s in facts.governance if s.next_start is not None}
    stalled = [s for s in facts.governance if s.next_start is None and s.type not in by_type]
    if not by_type and not stalled:
        since = facts.started
        item = facts.owe(
            at, rule=NAME, key=f"{NAME}:all",
            title="set up the governance meetings (weekly status, biweekly status, "
                  "executive review)",
            due=calendar.closes(calendar.add_working_days(calendar.day_of(since), 0)),
            since=since, action=f"governance:{facts.id}")
        return [item] if item else []
    for kind in GOVERNANCE_TYPES:
        if kind in by_type:
            continue
        series = next((s for s in stalled if s.type is kind), None)
        since = (series.last_start if series else None) or facts.started
        what = TITLES[kind.value]
        item = facts.owe(
            at, rule=NAME, key=f"{NAME}:{kind.value}",
            title=f"plan the next {what}: {series.title}" if series
            else f"set up the {what} meeting", subject=series.title if series else "",
            due=calendar.closes(calendar.add_working_days(calendar.day_of(since), 0)),
            since=since, action=f"series:{series.id}" if series else f"governance:{facts.id}")
        if item:
            items.append(item)
    return items
