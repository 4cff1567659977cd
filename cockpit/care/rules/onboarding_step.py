"""Onboarding steps are done by their due date (PRODUCT.md §1): a step not done falls due at
the end of the customer's working day it is due on (the next working day when that is a day
off), and stays owed until it is marked done. Owed to the project; its owner does it."""

from __future__ import annotations

from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem, state_at

NAME = "onboarding_step"


def evaluate(facts: ProjectFacts, at: datetime) -> list[CareItem]:
    calendar, items = facts.customer, []
    for step in facts.open_steps:
        due = calendar.closes(calendar.add_working_days(step.due_on, 0))
        state = state_at(due, at, same_day=calendar.day_of(due) == calendar.day_of(at))
        if state is None:
            continue
        items.append(CareItem(
            project_id=facts.id, project_code=facts.code, rule=NAME,
            title=f"onboarding step: {step.title}",
            recipients=(step.owner,) if step.owner else (), due=due, state=state,
            since=None, action=f"onboarding:{step.id}", customer_zone=calendar.zone))
    return items
