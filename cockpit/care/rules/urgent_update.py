"""While a task is urgent the customer hears about it every hour of working time (PRODUCT.md
§4): "we are on it, here is where we are".

Owed for each open urgent task from the moment it became urgent (the passport keeps it). It
falls due ``every_minutes`` of the customer's working time after the later of: the task
becoming urgent, the last task update sent, or this item marked done — the clock stops at the
end of the customer's working day and starts again when it next begins, so a task made urgent
at 17:30 owes its first update at 09:30 the next working day. The task update (which lists
urgent tasks first) satisfies it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.domain.enums import MessageKind

NAME = "urgent_update"
KIND = MessageKind.TASK_UPDATE
PARAMS = {"every_minutes": Param(60, 15, 480, "minutes of working time")}


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    calendar, items = facts.customer, []
    sent = facts.last_sent.get(KIND)
    span = timedelta(minutes=setting["every_minutes"])
    for task in facts.urgent:
        moments = [task.since, sent, facts.done_since(f"{NAME}:{task.id}@")]
        since = max(m for m in moments if m is not None)
        item = facts.owe(at, rule=NAME, key=f"{NAME}:{task.id}@{since:%Y-%m-%dT%H:%M:%S}",
                         title=f"urgent update: {task.name}", subject=task.name,
                         due=calendar.add_working_time(since, span),
                         recipients=facts.recipients_of(KIND), since=since,
                         action=f"compose:{KIND.value}",
                         detail=f"urgent since {task.since.astimezone(calendar.tz):%Y-%m-%d %H:%M}")
        if item:
            items.append(item)
    return items
