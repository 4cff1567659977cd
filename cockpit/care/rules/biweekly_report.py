"""Every two weeks, on Friday, a report: what was done, issues met, plans for the next one or
two weeks (PRODUCT.md §4).

The Fridays are the project's own: the first Friday a week after its start, then every
second Friday (they do not drift when one report is late). Each falls due at 18:00 of the
customer's day — the working day before, when that Friday is a holiday — and is satisfied by
a biweekly report sent from the Monday of its week on (or the item marked done). Only the
earliest report not sent is shown.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.domain.enums import MessageKind

NAME = "biweekly_report"
PARAMS: dict[str, Param] = {}
KIND = MessageKind.BIWEEKLY_REPORT
FRIDAY = 4
PERIOD = timedelta(days=14)


def _first_friday(day: date) -> date:
    return day + timedelta(days=(FRIDAY - day.weekday()) % 7)


def report_fridays(started: date, today: date) -> tuple[date | None, date]:
    """The project's last report Friday before ``today`` (None before the first) and its
    next one on or after ``today``."""
    anchor = _first_friday(started + timedelta(days=7))
    if today <= anchor:
        return None, anchor
    cycles = -(-(today - anchor).days // PERIOD.days)  # ceiling
    upcoming = anchor + cycles * PERIOD
    return upcoming - PERIOD, upcoming


def _due_day(facts: ProjectFacts, friday: date) -> date:
    calendar, day = facts.customer, friday
    for _ in range(14):  # a holiday Friday: the working day before it
        if calendar.is_working_day(day):
            return day
        day -= timedelta(days=1)
    return friday


def evaluate(facts: ProjectFacts, at: datetime, setting: RuleSetting) -> list[CareItem]:
    calendar = facts.customer
    previous, upcoming = report_fridays(calendar.day_of(facts.started), calendar.day_of(at))
    last = facts.last_sent.get(KIND)
    for friday in (previous, upcoming):
        if friday is None:
            continue
        week_start = friday - timedelta(days=FRIDAY)
        key = f"{NAME}:{friday.isoformat()}"
        if (last is not None and calendar.day_of(last) >= week_start) or facts.is_done(key):
            continue  # this Friday's report went out (or the PM says it did)
        item = facts.owe(at, rule=NAME, key=key, title=f"biweekly report for {friday:%Y-%m-%d}",
                         subject=f"{friday:%Y-%m-%d}",
                         due=calendar.closes(_due_day(facts, friday)),
                         recipients=facts.recipients_of(KIND), since=last,
                         action=f"compose:{KIND.value}")
        return [item] if item else []
    return []
