"""Every customer gets an update on their open tasks every 2 working days (name, status, ETA).

Owed while the project has open tasks. It falls due at the end of the customer's working day
2 working days after the last update was sent (or marked sent, or the item marked done) — in
the customer's calendar, their weekends and public holidays — and is satisfied by the next
one. A project that never had one owes it 2 working days after its oldest open task last
changed. Parameter: ``working_days``.
"""

from __future__ import annotations

from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.domain.enums import MessageKind

NAME = "open_task_update"
KIND = MessageKind.TASK_UPDATE
PARAMS = {"working_days": Param(2, 1, 10, "working days")}


def last_update(facts: ProjectFacts) -> datetime | None:
    """The last task update the customer had: sent, or marked done by the PM."""
    moments = [m for m in (facts.last_sent.get(KIND), facts.done_since(f"{NAME}@")) if m]
    return max(moments, default=None)


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    if not facts.open_tasks:
        return []
    since = last_update(facts) or facts.open_since
    if since is None:
        return []
    calendar = facts.customer
    due = calendar.closes(calendar.add_working_days(calendar.day_of(since),
                                                    setting["working_days"]))
    tasks = f"{facts.open_tasks} open task" + ("s" if facts.open_tasks != 1 else "")
    item = facts.owe(at, rule=NAME, key=f"{NAME}@{since:%Y-%m-%dT%H:%M:%S}",
                     title=f"update on open tasks ({tasks})", due=due,
                     subject=str(facts.open_tasks),
                     recipients=facts.recipients_of(KIND), since=since,
                     action=f"compose:{KIND.value}")
    return [item] if item else []
