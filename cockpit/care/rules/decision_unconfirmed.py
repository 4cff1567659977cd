"""Important decisions and agreed changes are traced in writing (PRODUCT.md §4): a decision
of the minutes, or one recorded from a message or by hand, with nothing in writing yet owes
its confirmation to the customer once it is older than ``days`` working days.

Internal decisions owe the customer nothing; one recorded from the customer's own mail is
already in writing. The confirmation is satisfied by a decision confirmation (or any message)
sent about it, or a written message the PM links to it.
"""

from __future__ import annotations

from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.domain.enums import MessageKind

NAME = "decision_unconfirmed"
KIND = MessageKind.DECISION
PARAMS = {"days": Param(1, 1, 10, "working days")}


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    calendar, items = facts.customer, []
    for decision in facts.decisions:
        due = calendar.closes(calendar.add_working_days(decision.decided_on, setting["days"]))
        item = facts.owe(at, rule=NAME, key=f"{NAME}:{decision.id}",
                         title=f"confirm in writing: {decision.text}", subject=decision.text,
                         due=due, recipients=facts.recipients_of(MessageKind.FOLLOW_UP),
                         since=calendar.opens(decision.decided_on),
                         action=f"compose:{KIND.value}")
        if item:
            items.append(item)
    return items
