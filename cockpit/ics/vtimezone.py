"""VTIMEZONE blocks the way Outlook reads them: one STANDARD and one DAYLIGHT sub-component,
each with a yearly RRULE for the offsets in force now (Outlook ignores long lists of dates).

The rule is read off the zone's transitions in the reference year: month, weekday and which
weekday of the month ("last" when it falls in the final seven days), at the local wall-clock
time the change happens.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
EPOCH_YEAR = 1601  # what Outlook writes as the first DTSTART of a yearly rule


@dataclass(frozen=True)
class Transition:
    local_before: datetime  # wall-clock time (old offset) at which the change happens
    offset_from: timedelta
    offset_to: timedelta
    name: str


def _offset(zone: ZoneInfo, moment: datetime) -> timedelta:
    value = moment.astimezone(zone).utcoffset()
    assert value is not None
    return value


def transitions(zone: ZoneInfo, year: int) -> list[Transition]:
    """Offset changes of ``zone`` during ``year`` (found hour by hour, refined to the minute)."""
    start = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    found: list[Transition] = []
    step = timedelta(hours=1)
    moment, before = start, _offset(zone, start)
    while moment < end:
        after_moment = moment + step
        after = _offset(zone, after_moment)
        if after != before:
            low, high = moment, after_moment  # the change is in (low, high]
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if _offset(zone, middle) == before:
                    low = middle
                else:
                    high = middle
            change = high.replace(second=0, microsecond=0)
            local = (change + before).replace(tzinfo=None)
            name = change.astimezone(zone).tzname() or ""
            found.append(Transition(local, before, after, name))
            before = after
        moment = after_moment
    return found


def _yearly_rule(local: datetime) -> vRecur:
    days_in_month = calendar.monthrange(local.year, local.month)[1]
    ordinal = -1 if local.day > days_in_month - 7 else (local.day - 1) // 7 + 1
    return vRecur(freq="YEARLY", bymonth=local.month,
                  byday=f"{ordinal}{WEEKDAYS[local.weekday()]}")


def _first_in_epoch(local: datetime) -> datetime:
    """A DTSTART in 1601 on the rule's day, as Outlook writes it."""
    rule = _yearly_rule(local)
    byday = rule["BYDAY"][0]
    ordinal, weekday = int(byday[:-2]), WEEKDAYS.index(byday[-2:])
    month = local.month
    days = [d for d in range(1, calendar.monthrange(EPOCH_YEAR, month)[1] + 1)
            if calendar.weekday(EPOCH_YEAR, month, d) == weekday]
    day = days[ordinal - 1] if ordinal > 0 else days[ordinal]
    return datetime(EPOCH_YEAR, month, day, local.hour, local.minute)


def vtimezone(tzid: str, reference: datetime | None = None) -> Timezone:
    """The VTIMEZONE for IANA zone ``tzid`` with the rules of ``reference``'s year."""
    zone = ZoneInfo(tzid)
    year = (reference or datetime.now(UTC)).year
    component = Timezone()
    component.add("TZID", tzid)
    changes = transitions(zone, year)
    if len(changes) < 2:  # no daylight saving time (now): a single STANDARD block
        offset = _offset(zone, datetime(year, 7, 1, tzinfo=UTC))
        standard = TimezoneStandard()
        standard.add("DTSTART", datetime(EPOCH_YEAR, 1, 1))
        standard.add("TZOFFSETFROM", offset)
        standard.add("TZOFFSETTO", offset)
        standard.add("TZNAME", datetime(year, 7, 1, tzinfo=UTC).astimezone(zone).tzname())
        component.add_component(standard)
        return component
    for change in changes[:2]:
        daylight = change.offset_to > change.offset_from
        sub = TimezoneDaylight() if daylight else TimezoneStandard()
        sub.add("DTSTART", _first_in_epoch(change.local_before))
        sub.add("RRULE", _yearly_rule(change.local_before))
        sub.add("TZOFFSETFROM", change.offset_from)
        sub.add("TZOFFSETTO", change.offset_to)
        sub.add("TZNAME", change.name)
        component.add_component(sub)
    return component
