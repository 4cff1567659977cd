"""Every customer gets an update on their open tasks every 2 working days (name, status, ETA).

Owed while the project has open tasks. It falls due at the end of the customer's working day
2 working days after the last update was sent (or marked sent) — in the customer's calendar,
their weekends and public holidays — and is satisfied by the next one sent. A project that
never had one owes it 2 working days after its oldest open task last changed.
"""

from __future__ import annotations

from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem, state_at
from cockpit.domain.enums import MessageKind

NAME = "open_task_update"
KIND = MessageKind.TASK_UPDATE
WORKING_DAYS = 2


def evaluate(facts: ProjectFacts, at: datetime) -> list[CareItem]:
    if not facts.open_tasks:
        return []
    since = facts.last_sent.get(KIND) or facts.open_since
    if since is None:
        return []
    calendar = facts.customer
    due = calendar.closes(calendar.add_working_days(calendar.day_of(since), WORKING_DAYS))
    state = state_at(due, at, same_day=calendar.day_of(due) == calendar.day_of(at))
    if state is None:
        return []
    tasks = f"{facts.open_tasks} open task" + ("s" if facts.open_tasks != 1 else "")
    return [CareItem(
        project_id=facts.id, project_code=facts.code, rule=NAME,
        title=f"update on open tasks ({tasks})", recipients=facts.recipients_of(KIND),
        due=due, state=state, since=since,
        action=f"compose:{KIND.value}", customer_zone=calendar.zone)]
