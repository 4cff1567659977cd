"""From a series' cadence to an RRULE, and from the RRULE to local dates and times.

Times are wall-clock times in the series' zone: a 10:00 Berlin meeting stays at 10:00 Berlin
across daylight-saving changes (and so moves for the people in Tokyo).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from cockpit.domain.meetings import Cadence, SeriesData

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class CadenceError(ValueError):
    """A custom RRULE that cannot be used; the message says why."""


def nth_weekday(day: date) -> str:
    """``2TU`` for the second Tuesday of its month, ``-1FR`` for a last Friday (day 29-31)."""
    ordinal = (day.day - 1) // 7 + 1
    return f"{-1 if ordinal == 5 else ordinal}{WEEKDAYS[day.weekday()]}"


def rrule_text(series: SeriesData) -> str:
    """The RRULE value (without ``RRULE:``) for the series' cadence."""
    if series.first_date is None:
        raise CadenceError("the series has no first date")
    first = series.first_date
    weekday = WEEKDAYS[first.weekday()]
    interval = max(1, series.interval)
    if series.cadence is Cadence.WEEKLY:
        rule = f"FREQ=WEEKLY;BYDAY={weekday}"
    elif series.cadence is Cadence.EVERY_N_WEEKS:
        rule = f"FREQ=WEEKLY;INTERVAL={interval};BYDAY={weekday}"
    elif series.cadence is Cadence.MONTHLY:
        rule = f"FREQ=MONTHLY;BYDAY={nth_weekday(first)}"
    elif series.cadence is Cadence.EVERY_N_MONTHS:
        rule = f"FREQ=MONTHLY;INTERVAL={interval};BYDAY={nth_weekday(first)}"
    elif series.cadence is Cadence.YEARLY:
        rule = f"FREQ=YEARLY;BYMONTH={first.month};BYDAY={nth_weekday(first)}"
    else:
        rule = check_custom_rrule(series.custom_rrule,
                                  datetime.combine(first, series.start_time))
    if series.until is not None and "UNTIL=" not in rule and "COUNT=" not in rule:
        # the end of the last day where the meetings are held, in UTC (RFC 5545: UNTIL is
        # UTC when DTSTART has a zone); 23:59:59Z would cut an evening meeting west of UTC
        end = datetime.combine(series.until, time(23, 59, 59), ZoneInfo(series.time_zone))
        rule += f";UNTIL={end.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return rule


def check_custom_rrule(text: str, start: datetime | None = None) -> str:
    """The rule, upper-cased, if it is usable from ``start`` (the first meeting)."""
    rule = text.strip().removeprefix("RRULE:").strip()
    if not rule:
        raise CadenceError("the custom rule is empty")
    parts = dict(part.partition("=")[::2] for part in rule.upper().split(";"))
    if "FREQ" not in parts:
        raise CadenceError("an RRULE needs FREQ=")
    if "INTERVAL" in parts and not (parts["INTERVAL"].isdigit() and int(parts["INTERVAL"]) > 0):
        raise CadenceError(f"INTERVAL must be a whole number from 1, not {parts['INTERVAL']}")
    if "COUNT" in parts and "UNTIL" in parts:
        raise CadenceError("an RRULE has COUNT or UNTIL, not both")
    try:
        begin = (start or datetime(2026, 1, 5, 10, 0)).replace(tzinfo=None)
        first = next(iter(rrulestr(rule, dtstart=begin, ignoretz=True)), None)
    except (ValueError, TypeError) as exc:
        raise CadenceError(f"not a valid RRULE: {exc}") from exc
    if first is None:
        raise CadenceError("the rule gives no meeting at all")
    return rule.upper()


def local_start(series: SeriesData) -> datetime:
    """The first occurrence as an aware datetime in the series' zone."""
    assert series.first_date is not None
    return datetime.combine(series.first_date, series.start_time, ZoneInfo(series.time_zone))


def _rule(series: SeriesData):  # -> dateutil rrule
    naive = local_start(series).replace(tzinfo=None)
    return rrulestr(rrule_text(series), dtstart=naive, ignoretz=True)


def next_start(series: SeriesData, after: datetime) -> datetime | None:
    """The first planned start at or after ``after`` (aware, in the series' zone); None when
    the series has no date left. Cheaper than ``series_starts`` over a long window."""
    zone = ZoneInfo(series.time_zone)
    lower = after.astimezone(zone).replace(tzinfo=None) - timedelta(days=1)
    for moment in _rule(series).xafter(lower, inc=True):
        aware = moment.replace(tzinfo=zone)
        if aware >= after:
            return aware
    return None


def last_start(series: SeriesData, before: datetime) -> datetime | None:
    """The latest planned start before ``before``; None when there is none."""
    zone = ZoneInfo(series.time_zone)
    upper = before.astimezone(zone).replace(tzinfo=None) + timedelta(days=1)
    found = None
    for moment in _rule(series).xafter(datetime.min, inc=True):
        if moment > upper:
            break
        aware = moment.replace(tzinfo=zone)
        if aware < before:
            found = aware
    return found


def series_starts(series: SeriesData, after: datetime, before: datetime) -> Iterator[datetime]:
    """Planned starts (aware, in the series' zone) with ``after <= start < before``."""
    start = local_start(series)
    naive = start.replace(tzinfo=None)
    rule = rrulestr(rrule_text(series), dtstart=naive, ignoretz=True)
    zone = ZoneInfo(series.time_zone)
    lower = after.astimezone(zone).replace(tzinfo=None) - timedelta(days=1)
    upper = before.astimezone(zone).replace(tzinfo=None) + timedelta(days=1)
    for moment in rule.between(lower, upper, inc=True):
        aware = moment.replace(tzinfo=zone)
        if after <= aware < before:
            yield aware
