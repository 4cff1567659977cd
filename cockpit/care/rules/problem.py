"""When a problem happens (PRODUCT.md §6): tell the customer as soon as it is found, and keep
the remedial plan's steps on time.

- an open problem the customer has not been told of owes the problem notice, due by the end of
  the customer's working day it was found on (the next working day when found after hours);
- each step of its remedial plan not done by its due date is owed by its owner, due at the end
  of the PM's day it fell due.
"""

from __future__ import annotations

from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.domain.enums import MessageKind

NAME = "problem"
KIND = MessageKind.PROBLEM_NOTICE
PARAMS: dict[str, Param] = {}


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    calendar, items = facts.customer, list[CareItem]()
    for problem in facts.problems:
        owed: list[CareItem | None] = []
        if problem.informed_at is None:
            found = calendar.working_moment(problem.found_at)
            owed.append(facts.owe(
                at, rule=NAME, key=f"{NAME}:inform:{problem.id}",
                title=f"tell the customer about {problem.key}: {problem.title}",
                subject=problem.title, due=calendar.closes(calendar.day_of(found)),
                recipients=facts.recipients_of(KIND), since=problem.found_at,
                action=f"compose:{KIND.value}", detail=problem.key))
        for step in problem.late_steps:
            owed.append(facts.owe(
                at, rule=NAME, key=f"{NAME}:step:{step.id}",
                title=f"{problem.key} remedial step overdue: {step.text}", subject=step.text,
                due=facts.pm.closes(step.due_on), recipients=(step.owner,) if step.owner else (),
                since=facts.pm.opens(step.due_on), action=f"register:problem:{problem.id}",
                detail=problem.key))
        items.extend(item for item in owed if item)
    return items
