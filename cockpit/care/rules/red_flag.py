"""Every customer complaint gets a red flag and is answered as soon as possible; a level that
does not resolve it in time hands it up the escalation path (PRODUCT.md §5).

For each open flag, at the level it stands at the moment asked about
(``cockpit.care.escalation_clock``):

- at the project manager's level, until an answer to the customer is in its history: the
  answer, due ``answer_hours`` of the customer's working time after it reached the level;
- at a higher level, until an escalation notice about it went out after it got there: the
  notice to that level's people (from the communication map), due ``notice_hours`` after;
- at any level below the top: resolving it before the level's time runs out, due when it
  moves up — so the PM sees the deadline coming.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.domain.enums import EscalationLevel
from cockpit.domain.red_flags import next_level

NAME = "red_flag"
PARAMS = {
    "answer_hours": Param(2, 1, 16, "hours of working time"),
    "notice_hours": Param(1, 1, 8, "hours of working time"),
}
LEVEL_WORDS = {EscalationLevel.PROJECT: "the project manager",
               EscalationLevel.DEPARTMENT: "the department director",
               EscalationLevel.EXECUTIVE: "C-level"}


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    calendar, items = facts.customer, list[CareItem]()
    for flag in facts.flags:
        owed: list[CareItem | None] = []
        level = flag.level.value
        if flag.level is EscalationLevel.PROJECT:
            if flag.answered_at is None:
                owed.append(facts.owe(
                    at, rule=NAME, key=f"{NAME}:answer:{flag.id}",
                    title=f"answer the complaint {flag.key}: {flag.title}", subject=flag.title,
                    due=calendar.add_working_time(flag.level_since,
                                                  timedelta(hours=setting["answer_hours"])),
                    recipients=(flag.raised_by,) if flag.raised_by else (),
                    since=flag.level_since, action=f"register:red_flag:{flag.id}",
                    detail=flag.key))
        elif flag.notice_sent_at is None or flag.notice_sent_at < flag.level_since:
            owed.append(facts.owe(
                at, rule=NAME, key=f"{NAME}:{level}:{flag.id}",
                title=f"{flag.key} is with {LEVEL_WORDS[flag.level]}: tell them",
                subject=flag.title,
                due=calendar.add_working_time(flag.level_since,
                                              timedelta(hours=setting["notice_hours"])),
                recipients=flag.people, since=flag.level_since,
                action="compose:escalation_notice", detail=level))
        above = next_level(flag.level)
        if flag.moves_at is not None and above is not None:
            owed.append(facts.owe(
                at, rule=NAME, key=f"{NAME}:resolve:{level}:{flag.id}",
                title=f"resolve {flag.key} before it goes to {LEVEL_WORDS[above]}",
                subject=flag.title, due=flag.moves_at, since=flag.level_since,
                action=f"register:red_flag:{flag.id}", detail=above.value))
        items.extend(item for item in owed if item)
    return items
