"""The company's side of the care engine, from the store's company settings: the PM's own
calendar (zone, country, working hours), the company's days off, each rule's defaults.

The company's days off count on both sides: the company is closed, so a promise falling on
one moves to its next open day (customers are told of the closure in advance), and the PM's
own day off is never a day anything falls due for the PM to do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.care.working_time import WORK_END, WORK_START, WorkingCalendar
from cockpit.domain.validation import is_valid_time_zone

PM_CALENDAR = "pm_calendar"  # {"zone": "Europe/Berlin", "country": "DE", "start": "09:00", …}
DAYS_OFF = "days_off"  # ["2026-12-24", "2026-12-31", …]
RULE_PREFIX = "care_rule:"  # care_rule:<name> -> {"enabled": true, "<param>": 3, …}


@dataclass(frozen=True)
class Company:
    pm: WorkingCalendar = field(default_factory=lambda: WorkingCalendar("UTC"))
    days_off: frozenset[date] = frozenset()
    rule_defaults: dict[str, dict[str, Any]] = field(default_factory=dict)


def _time(text: Any, fallback: time) -> time:
    try:
        return time.fromisoformat(str(text))
    except ValueError:
        return fallback


def _days(value: Any) -> frozenset[date]:
    days = set()
    for text in value if isinstance(value, list) else []:
        try:
            days.add(date.fromisoformat(str(text)))
        except ValueError:
            continue
    return frozenset(days)


def pm_calendar(value: Any, days_off: frozenset[date]) -> WorkingCalendar:
    value = value if isinstance(value, dict) else {}
    zone = str(value.get("zone") or "UTC")
    start, end = _time(value.get("start"), WORK_START), _time(value.get("end"), WORK_END)
    if not start < end:
        start, end = WORK_START, WORK_END
    return WorkingCalendar(zone if is_valid_time_zone(zone) else "UTC",
                           str(value.get("country") or ""), days_off, start, end)


def load_company(session: Session) -> Company:
    from cockpit.store.models import CompanySetting

    values = {key: value for key, value in session.execute(
        select(CompanySetting.key, CompanySetting.value))}
    days_off = _days(values.get(DAYS_OFF))
    rules = {key.removeprefix(RULE_PREFIX): value for key, value in values.items()
             if key.startswith(RULE_PREFIX) and isinstance(value, dict)}
    return Company(pm_calendar(values.get(PM_CALENDAR), days_off), days_off, rules)
