"""A customer's mail is acknowledged at once and answered within 2 hours of working time
(PRODUCT.md §4), read from the synced Inbox.

For each conversation's latest customer mail of the last ``look_back_days``:

- until it is acknowledged — a reply of ours in the same conversation (or one naming it in
  In-Reply-To, from Outlook or PM Cockpit, pulled by the sync), or the PM's "acknowledged"
  mark — it owes an acknowledgement, due ``acknowledge_minutes`` of the customer's working
  time after it arrived;
- once acknowledged by hand, it owes the answer, due ``answer_hours`` of working time after
  it arrived, until a reply shows up or the PM marks it answered.

A reply answers both: the PM who only acknowledged in writing marks the mail "acknowledged"
before replying, or marks the answer item done when the real answer went another way.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting

NAME = "customer_mail"
PARAMS = {
    "acknowledge_minutes": Param(30, 5, 240, "minutes of working time"),
    "answer_hours": Param(2, 1, 16, "hours of working time"),
    "look_back_days": Param(7, 1, 30, "days"),
}


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    calendar, items = facts.customer, []
    oldest = at - timedelta(days=setting["look_back_days"])
    for mail in facts.mail:
        if mail.received < oldest or mail.replied_at is not None:
            continue
        ack_key, answer_key = f"{NAME}:ack:{mail.id}", f"{NAME}:answer:{mail.id}"
        if mail.answered_at is not None or facts.is_done(answer_key):
            continue
        acknowledged = mail.acknowledged_at is not None or facts.is_done(ack_key)
        if acknowledged:
            key, what = answer_key, "answer"
            due = calendar.add_working_time(mail.received,
                                            timedelta(hours=setting["answer_hours"]))
        else:
            key, what = ack_key, "acknowledge"
            due = calendar.add_working_time(mail.received,
                                            timedelta(minutes=setting["acknowledge_minutes"]))
        item = facts.owe(at, rule=NAME, key=key, title=f"{what}: {mail.subject or '(no subject)'}",
                         subject=mail.subject,
                         due=due, recipients=(mail.sender,), since=mail.received,
                         action=f"reply:{mail.id}", detail=mail.preview)
        if item:
            items.append(item)
    return items
