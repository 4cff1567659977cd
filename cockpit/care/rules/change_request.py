"""Change requests move on (PRODUCT.md §4: estimated one by one; after the customer confirms it
goes into this sprint or the next; the team is told). What each state waits for:

- *submitted*: the estimate, due ``estimate_days`` working days after it was submitted;
- *sent for confirmation*: the customer's answer — chased ``confirm_days`` working days
  after the estimate went out (a reminder, or the confirmation recorded);
- *confirmed*: the sprint it goes into, then the team told — due ``team_days`` working days
  after the customer confirmed it (scheduled, it is the team notice that is owed).

Days are the customer's working days for the first two, the PM's for the team.
"""

from __future__ import annotations

from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.domain.enums import MessageKind
from cockpit.domain.work import ChangeRequestStatus as S

NAME = "change_request"
PARAMS = {
    "estimate_days": Param(2, 1, 10, "working days"),
    "confirm_days": Param(3, 1, 15, "working days"),
    "team_days": Param(1, 1, 5, "working days"),
}


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    customer, pm, items = facts.customer, facts.pm, []
    for cr in facts.changes:
        label = f"{cr.key} {cr.title}".strip()
        if cr.status is S.SUBMITTED:
            day = customer.add_working_days(customer.day_of(cr.since), setting["estimate_days"])
            item = facts.owe(at, rule=NAME, key=f"{NAME}:estimate:{cr.id}",
                             title=f"estimate {label}", subject=label, due=customer.closes(day),
                             since=cr.since, action=f"register:change_request:{cr.id}",
                             detail=cr.status.value)
        elif cr.status is S.SENT:
            day = customer.add_working_days(customer.day_of(cr.since), setting["confirm_days"])
            item = facts.owe(at, rule=NAME, key=f"{NAME}:customer:{cr.id}",
                             title=f"{label} awaits the customer's confirmation",
                             subject=label, due=customer.closes(day),
                             recipients=facts.recipients_of(MessageKind.FOLLOW_UP),
                             since=cr.since, action=f"register:change_request:{cr.id}",
                             detail=cr.status.value)
        else:  # confirmed or scheduled: the team is to be told
            day = pm.add_working_days(pm.day_of(cr.since), setting["team_days"])
            action = "compose:team_notice" if cr.status is S.SCHEDULED else \
                f"register:change_request:{cr.id}"
            item = facts.owe(at, rule=NAME, key=f"{NAME}:team:{cr.id}",
                             title=f"tell the team about {label}", subject=label,
                             due=pm.closes(day), since=cr.since, action=action,
                             detail=cr.status.value)
        if item:
            items.append(item)
    return items
