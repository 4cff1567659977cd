"""A series' RRULE as Graph's ``patternedRecurrence``, and zones as Graph knows them.

Graph has six patterns (daily, weekly, absolute/relative monthly, absolute/relative yearly)
and a range (no end, end date, numbered). A rule Outlook cannot represent (BYHOUR, a fifth
weekday, several days of the month…) is refused with a message that says which part, rather
than sent as something else. Graph's ``firstDayOfWeek`` defaults to Sunday while iCalendar's
WKST defaults to Monday: for "every 2 weeks" that decides which weeks count, so it is always
set from WKST.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from cockpit.errors import ErrorCode, KnownError

DAYS = {"MO": "monday", "TU": "tuesday", "WE": "wednesday", "TH": "thursday",
        "FR": "friday", "SA": "saturday", "SU": "sunday"}
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
INDEX = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}
SUPPORTED_PARTS = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "UNTIL",
                   "COUNT", "WKST"}


class UnsupportedRecurrence(KnownError):
    def __init__(self, message: str) -> None:
        super().__init__(ErrorCode.VALIDATION, f"Outlook cannot repeat a meeting this way: "
                                               f"{message}")


def _parts(rrule: str) -> dict[str, str]:
    rule = rrule.strip().removeprefix("RRULE:").upper()
    parts = dict(part.partition("=")[::2] for part in rule.split(";") if part)
    unknown = sorted(set(parts) - SUPPORTED_PARTS)
    if unknown:
        raise UnsupportedRecurrence(", ".join(unknown))
    return parts


def _day(code: str) -> tuple[int | None, str]:
    """``2TU`` → (2, "tuesday"); ``TU`` → (None, "tuesday")."""
    ordinal, name = code[:-2], code[-2:]
    if name not in DAYS:
        raise UnsupportedRecurrence(f"unknown day {code}")
    if not ordinal:
        return None, DAYS[name]
    try:
        return int(ordinal), DAYS[name]
    except ValueError:
        raise UnsupportedRecurrence(f"unknown day {code}") from None


def _relative(parts: dict[str, str], first: date) -> tuple[list[str], str] | None:
    """(days, index) of a "2nd Tuesday"-like rule, or None when it names no weekday."""
    if "BYDAY" not in parts:
        return None
    days = [_day(code) for code in parts["BYDAY"].split(",")]
    ordinals = {ordinal for ordinal, _ in days}
    if "BYSETPOS" in parts:
        if "," in parts["BYSETPOS"] or ordinals != {None}:
            raise UnsupportedRecurrence("more than one position in the month")
        ordinals = {int(parts["BYSETPOS"])}
    if len(ordinals) != 1 or None in ordinals:
        raise UnsupportedRecurrence("a weekday without one position in the month")
    (ordinal,) = ordinals
    if ordinal not in INDEX:
        raise UnsupportedRecurrence(f"the {ordinal}th weekday of a month (Outlook knows the "
                                    "first to fourth and the last)")
    return [name for _, name in days], INDEX[ordinal]


def _day_of_month(parts: dict[str, str], first: date) -> int:
    value = parts.get("BYMONTHDAY", str(first.day))
    if "," in value or not value.isdigit() or not 1 <= int(value) <= 31:
        raise UnsupportedRecurrence(f"day of month {value}")
    return int(value)


def _month(parts: dict[str, str], first: date) -> int:
    value = parts.get("BYMONTH", str(first.month))
    if "," in value or not value.isdigit() or not 1 <= int(value) <= 12:
        raise UnsupportedRecurrence(f"month {value}")
    return int(value)


def pattern(rrule: str, first: date) -> dict[str, Any]:
    """Graph's ``recurrencePattern`` for the rule of a series starting on ``first``."""
    parts = _parts(rrule)
    freq = parts.get("FREQ", "")
    interval = parts.get("INTERVAL", "1")
    if not interval.isdigit() or int(interval) < 1:
        raise UnsupportedRecurrence(f"interval {interval}")
    out: dict[str, Any] = {"interval": int(interval)}
    if freq == "DAILY":
        out["type"] = "daily"
    elif freq == "WEEKLY":
        codes = parts.get("BYDAY", WEEKDAY_CODES[first.weekday()]).split(",")
        days = [_day(code) for code in codes]
        if any(ordinal is not None for ordinal, _ in days):
            raise UnsupportedRecurrence("a weekly rule with numbered weekdays")
        out.update(type="weekly", daysOfWeek=[name for _, name in days],
                   firstDayOfWeek=DAYS[parts.get("WKST", "MO")])
    elif freq == "MONTHLY":
        relative = _relative(parts, first)
        if relative is None:
            out.update(type="absoluteMonthly", dayOfMonth=_day_of_month(parts, first))
        else:
            out.update(type="relativeMonthly", daysOfWeek=relative[0], index=relative[1])
    elif freq == "YEARLY":
        relative = _relative(parts, first)
        month = _month(parts, first)
        if relative is None:
            out.update(type="absoluteYearly", dayOfMonth=_day_of_month(parts, first),
                       month=month)
        else:
            out.update(type="relativeYearly", daysOfWeek=relative[0], index=relative[1],
                       month=month)
    else:
        raise UnsupportedRecurrence(f"FREQ={freq or '?'}")
    return out


def recurrence(rrule: str, first: date, zone: str) -> dict[str, Any]:
    """Graph's ``patternedRecurrence``: the pattern and its range in the series' zone."""
    parts = _parts(rrule)
    span: dict[str, Any] = {"startDate": first.isoformat(), "recurrenceTimeZone": zone,
                            "type": "noEnd"}
    if "COUNT" in parts:
        span.update(type="numbered", numberOfOccurrences=int(parts["COUNT"]))
    elif "UNTIL" in parts:
        span.update(type="endDate", endDate=_until(parts["UNTIL"], zone).isoformat())
    return {"pattern": pattern(rrule, first), "range": span}


def _until(value: str, zone: str) -> date:
    """UNTIL as the last day in the series' zone (a UTC moment or a plain date)."""
    try:
        if "T" in value:
            moment = datetime.strptime(value.rstrip("Z"), "%Y%m%dT%H%M%S")
            if value.endswith("Z"):
                moment = moment.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(zone))
            return moment.date()
        return datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        raise UnsupportedRecurrence(f"UNTIL={value}") from None


def graph_time_zone(iana: str) -> str:
    """The zone as Outlook names it: the Windows name when one maps to this IANA zone (what
    Outlook itself writes), else the IANA name (Graph accepts its list of those too)."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    for windows, olson in WINDOWS_TO_OLSON.items():
        if olson == iana:
            return windows
    return "UTC" if iana in ("UTC", "Etc/UTC") else iana
