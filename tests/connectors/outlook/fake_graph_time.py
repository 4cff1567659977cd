"""Time for the fake Graph server: zones (IANA or Windows names), Graph's date strings, and
the expansion of an event's ``patternedRecurrence`` into occurrence dates.

Graph writes a ``dateTimeTimeZone`` as ``{"dateTime": "2024-05-06T09:00:00.0000000",
"timeZone": "UTC"}`` (seven fractional digits, no offset) and instants such as
``createdDateTime`` as ``2024-05-06T09:00:00Z``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# the Windows names Outlook uses most, for clients (and Outlook itself) that send them
WINDOWS_ZONES = {
    "W. Europe Standard Time": "Europe/Berlin",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "Romance Standard Time": "Europe/Paris",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "Pacific Standard Time": "America/Los_Angeles",
    "Tokyo Standard Time": "Asia/Tokyo",
    "India Standard Time": "Asia/Kolkata",
    "China Standard Time": "Asia/Shanghai",
    "AUS Eastern Standard Time": "Australia/Sydney",
}
_UTC_NAMES = {"utc", "etc/utc", "z", "coordinated universal time", "gmt", "etc/gmt"}
_FRACTION = re.compile(r"(\.\d{1,6})\d*")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_INDEX = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}
MAX_EXPANSION_DAYS = 366 * 30  # a "noEnd" series is expanded at most this far


class TimeProblem(ValueError):
    """A zone, date or recurrence the fake cannot understand (the API answers 400)."""


def zone(name: str | None) -> tzinfo:
    if not name or name.strip().lower() in _UTC_NAMES:
        return UTC
    iana = WINDOWS_ZONES.get(name.strip(), name.strip())
    try:
        return ZoneInfo(iana)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise TimeProblem(f"unknown time zone {name!r}") from exc


def parse_local(value: str, tz_name: str | None) -> datetime:
    """An aware datetime for Graph's ``dateTime`` in ``timeZone`` (an offset wins if given)."""
    try:
        parsed = datetime.fromisoformat(_FRACTION.sub(r"\1", value.strip()))
    except (AttributeError, ValueError) as exc:
        raise TimeProblem(f"bad dateTime {value!r}") from exc
    if parsed.tzinfo is not None:
        return parsed
    return parsed.replace(tzinfo=zone(tz_name))


def parse_instant(value: str) -> datetime:
    """A query-string instant (``startDateTime=2024-05-01T00:00:00Z``); naive means UTC."""
    return parse_local(value, "UTC")


def as_dtz(moment: datetime, tz_name: str) -> dict[str, str]:
    """Graph's ``dateTimeTimeZone`` for an aware ``moment`` shown in ``tz_name``."""
    local = moment.astimezone(zone(tz_name))
    return {"dateTime": local.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0", "timeZone": tz_name}


def instant(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def coerce_dtz(value: Any, tz_name: str) -> dict[str, str]:
    """A test helper's start/end (datetime, ISO string or dtz dict) as a dtz dict."""
    if isinstance(value, dict):
        return {"dateTime": value["dateTime"], "timeZone": value.get("timeZone") or tz_name}
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(zone(tz_name))
        return {"dateTime": value.replace(tzinfo=None).isoformat(), "timeZone": tz_name}
    return {"dateTime": str(value), "timeZone": tz_name}


# --- recurrence --------------------------------------------------------------------------
def _weekdays(pattern: dict[str, Any], fallback: date) -> set[int]:
    names = pattern.get("daysOfWeek") or []
    try:
        days = {WEEKDAYS.index(str(n).lower()) for n in names}
    except ValueError as exc:
        raise TimeProblem(f"bad daysOfWeek {names!r}") from exc
    return days or {fallback.weekday()}


def _nth_in_month(day: date, weekdays: set[int], index: str) -> bool:
    """Whether ``day`` is the ``index``-th (first…fourth, last) of ``weekdays`` in its month."""
    first = day.replace(day=1)
    candidates = []
    probe = first
    while probe.month == first.month:
        if probe.weekday() in weekdays:
            candidates.append(probe)
        probe += timedelta(days=1)
    position = _INDEX.get(str(index).lower())
    if position is None:
        raise TimeProblem(f"bad recurrence index {index!r}")
    return len(candidates) > max(position, 0) and candidates[position] == day


def _daily(p: dict[str, Any], start: date, day: date, interval: int) -> bool:
    return (day - start).days % interval == 0


def _weekly(p: dict[str, Any], start: date, day: date, interval: int) -> bool:
    first = WEEKDAYS.index(str(p.get("firstDayOfWeek") or "sunday").lower())

    def week_of(d: date) -> date:
        return d - timedelta(days=(d.weekday() - first) % 7)

    weeks = (week_of(day) - week_of(start)).days // 7
    return day.weekday() in _weekdays(p, start) and weeks % interval == 0


def _months(start: date, day: date) -> int:
    return (day.year - start.year) * 12 + day.month - start.month


def _absolute_monthly(p: dict[str, Any], start: date, day: date, interval: int) -> bool:
    return _months(start, day) % interval == 0 and day.day == int(p.get("dayOfMonth") or 0)


def _relative_monthly(p: dict[str, Any], start: date, day: date, interval: int) -> bool:
    return _months(start, day) % interval == 0 and _nth_in_month(
        day, _weekdays(p, start), p.get("index") or "first")


def _absolute_yearly(p: dict[str, Any], start: date, day: date, interval: int) -> bool:
    return ((day.year - start.year) % interval == 0 and day.month == int(p.get("month") or 0)
            and day.day == int(p.get("dayOfMonth") or 0))


def _relative_yearly(p: dict[str, Any], start: date, day: date, interval: int) -> bool:
    return ((day.year - start.year) % interval == 0 and day.month == int(p.get("month") or 0)
            and _nth_in_month(day, _weekdays(p, start), p.get("index") or "first"))


_PATTERNS = {
    "daily": _daily,
    "weekly": _weekly,
    "absolutemonthly": _absolute_monthly,
    "relativemonthly": _relative_monthly,
    "absoluteyearly": _absolute_yearly,
    "relativeyearly": _relative_yearly,
}


def validate_recurrence(recurrence: dict[str, Any]) -> None:
    try:
        pattern, rng = recurrence["pattern"], recurrence["range"]
        date.fromisoformat(rng["startDate"])
        if rng.get("type") == "endDate":
            date.fromisoformat(rng["endDate"])
    except (KeyError, TypeError, ValueError) as exc:
        raise TimeProblem("recurrence needs pattern and range with a startDate") from exc
    if str(pattern.get("type", "")).lower() not in _PATTERNS:
        raise TimeProblem(f"unsupported recurrence pattern {pattern.get('type')!r}")
    if rng.get("type") not in ("endDate", "noEnd", "numbered"):
        raise TimeProblem(f"unsupported recurrence range {rng.get('type')!r}")


def recurrence_dates(recurrence: dict[str, Any], until: date) -> list[date]:
    """The series' local occurrence dates from ``range.startDate`` up to ``until`` inclusive
    (and up to ``endDate`` / ``numberOfOccurrences``)."""
    validate_recurrence(recurrence)
    pattern, rng = recurrence["pattern"], recurrence["range"]
    matches = _PATTERNS[str(pattern["type"]).lower()]
    interval = max(1, int(pattern.get("interval") or 1))
    start = date.fromisoformat(rng["startDate"])
    last = min(until, start + timedelta(days=MAX_EXPANSION_DAYS))
    if rng["type"] == "endDate":
        last = min(last, date.fromisoformat(rng["endDate"]))
    count = int(rng.get("numberOfOccurrences") or 0) if rng["type"] == "numbered" else None
    found: list[date] = []
    day = start
    while day <= last and (count is None or len(found) < count):
        if matches(pattern, start, day, interval):
            found.append(day)
        day += timedelta(days=1)
    return found
