"""After each sprint, a report: what was done, what was not and why, the next sprint's plan
(PRODUCT.md §4). One- and two-week sprints alike: each sprint has its own dates.

Owed for every dated sprint that ended in the last two weeks (or ends within the next few
days). It falls due at the end of the customer's working day ``working_days`` after the
sprint's last day (0: on the last day itself; a last day that is a day off moves to the next
working day), and is satisfied by a sprint report sent from the day before the sprint's last
day on — a report sent at the review counts — or by the item marked done.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.domain.enums import MessageKind

NAME = "sprint_report"
KIND = MessageKind.SPRINT_REPORT
PARAMS = {"working_days": Param(1, 0, 5, "working days after the sprint's last day")}
LOOK_BACK = timedelta(days=14)


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    calendar, items = facts.customer, []
    today, last = calendar.day_of(at), facts.last_sent.get(KIND)
    for sprint in facts.sprints:
        if sprint.end_on < today - LOOK_BACK:
            continue
        window_opens = calendar.opens(sprint.end_on - timedelta(days=1))
        if last is not None and last >= window_opens:
            continue
        due = calendar.closes(calendar.add_working_days(sprint.end_on, setting["working_days"]))
        item = facts.owe(at, rule=NAME, key=f"{NAME}:{sprint.id}",
                         title=f"sprint report for {sprint.name} ({sprint.start_on:%Y-%m-%d} – "
                               f"{sprint.end_on:%Y-%m-%d})", subject=sprint.name,
                         due=due, recipients=facts.recipients_of(KIND), since=last,
                         action=f"compose:{KIND.value}")
        if item:
            items.append(item)
    return items
