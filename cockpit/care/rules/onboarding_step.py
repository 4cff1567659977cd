"""Onboarding steps are done by their due date (PRODUCT.md §1): a step not done falls due at
the end of the customer's working day it is due on (the next working day when that is a day
off), and stays owed until it is marked done. Owed to the project; its owner does it."""

from __future__ import annotations

from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting

NAME = "onboarding_step"
PARAMS: dict[str, Param] = {}


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    calendar, items = facts.customer, []
    for step in facts.open_steps:
        item = facts.owe(at, rule=NAME, key=f"{NAME}:{step.id}",
                         title=f"onboarding step: {step.title}", subject=step.title,
                         due=calendar.closes(calendar.add_working_days(step.due_on, 0)),
                         recipients=(step.owner,) if step.owner else (),
                         action=f"onboarding:{step.id}")
        if item:
            items.append(item)
    return items
