"""After each call, a follow-up (points, decisions, action items with owners and dates) goes to
the customer the same working day (PRODUCT.md §4).

Owed for the latest held meeting of each series — marked held by the PM, or with minutes and
not marked "not held" — until a follow-up linked to that meeting is sent (by the sync, or
marked sent). It falls due at the end of the customer's working day the meeting ended on; a
meeting that ended after hours, or on a day off, owes it by the end of the next working day.
"""

from __future__ import annotations

from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.domain.enums import MessageKind

NAME = "follow_up"
KIND = MessageKind.FOLLOW_UP
PARAMS: dict[str, Param] = {}


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    calendar, items = facts.customer, []
    for meeting in facts.held_meetings:
        if meeting.followed_up:
            continue
        due = calendar.closes(calendar.day_of(calendar.working_moment(meeting.end)))
        local = meeting.start.astimezone(calendar.tz)
        item = facts.owe(at, rule=NAME, key=f"{NAME}:{meeting.occurrence_id}",
                         title=f"follow-up of {meeting.title} on {local:%Y-%m-%d}", due=due,
                         subject=f"{meeting.title} ({local:%Y-%m-%d})",
                         recipients=facts.recipients_of(KIND), since=meeting.end,
                         action=f"follow_up:{meeting.occurrence_id}")
        if item:
            items.append(item)
    return items
