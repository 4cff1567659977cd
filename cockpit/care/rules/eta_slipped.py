"""An ETA that slipped is told to the customer (PRODUCT.md §4: "if an ETA changes, say so
before it passes"): it goes into the next task update and is flagged until that is sent.

Owed for each open task whose ETA moved later (or was taken away) after the last task update
went out (or was marked done); one item per task, for its latest slip. It falls due at the end
of the customer's working day the ETA was changed on (the next working day when changed after
hours), and is satisfied by the task update sent after the change.
"""

from __future__ import annotations

from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.care.rules.open_task_update import last_update
from cockpit.domain.enums import MessageKind

NAME = "eta_slipped"
KIND = MessageKind.TASK_UPDATE
PARAMS: dict[str, Param] = {}


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    calendar, told = facts.customer, last_update(facts)
    latest = {slip.task_id: slip for slip in facts.slips
              if told is None or slip.changed_at > told}
    items = []
    for slip in sorted(latest.values(), key=lambda s: (s.changed_at, s.id)):
        new = f"{slip.new_eta:%Y-%m-%d}" if slip.new_eta else "no date"
        item = facts.owe(at, rule=NAME, key=f"{NAME}:{slip.id}",
                         title=f"ETA slipped: {slip.task}", subject=slip.task,
                         due=calendar.closes(calendar.day_of(
                             calendar.working_moment(slip.changed_at))),
                         recipients=facts.recipients_of(KIND), since=slip.changed_at,
                         action=f"compose:{KIND.value}",
                         detail=f"{slip.old_eta:%Y-%m-%d} → {new}")
        if item:
            items.append(item)
    return items
