"""Working days and working hours of one side of a project: the customer's or the PM's.

A promise to a customer falls due in the customer's working time ("every 2 working days",
"answered within 2 hours of working time"), so the care engine asks a ``WorkingCalendar`` built
from the customer's zone and country; the PM's own calendar (settings) adds the company's days
off. Working days are the country's working week (Monday to Friday for most; Sunday to
Thursday in Israel or Saudi Arabia, as the ``holidays`` library knows it) minus its public
holidays and the given days off; working hours are ``start``–``end`` in the zone, the same
every working day.

Moments in and out are aware datetimes (any zone); days are the side's local dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

WORK_START, WORK_END = time(9, 0), time(18, 0)
DEFAULT_WEEKEND = frozenset({5, 6})  # Saturday, Sunday
SEARCH_DAYS = 400  # a calendar with no working day in a year and a month is not one


@lru_cache(maxsize=256)
def _public_holidays(country: str, year: int) -> dict[date, str]:
    import holidays

    try:
        return dict(holidays.country_holidays(country, years=year).items())
    except NotImplementedError:  # a country the library does not know: no public holidays
        return {}


@lru_cache(maxsize=64)
def _weekend(country: str) -> frozenset[int]:
    if not country:
        return DEFAULT_WEEKEND
    import holidays

    try:
        return frozenset(holidays.country_holidays(country).weekend)
    except NotImplementedError:
        return DEFAULT_WEEKEND


@dataclass(frozen=True)
class WorkingCalendar:
    zone: str  # IANA time zone, e.g. Asia/Tokyo
    country: str = ""  # ISO 3166 alpha-2 for public holidays; "" for none
    days_off: frozenset[date] = field(default_factory=frozenset)  # company days off
    start: time = WORK_START
    end: time = WORK_END

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError(f"working hours must start before they end ({self.start}–"
                             f"{self.end})")
        object.__setattr__(self, "country", self.country.strip().upper())

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    # --- days ---------------------------------------------------------------------------
    def holiday(self, day: date) -> str | None:
        """The public holiday's name, or "day off" for a company day off; None otherwise."""
        if day in self.days_off:
            return "day off"
        if not self.country:
            return None
        return _public_holidays(self.country, day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() not in _weekend(self.country) and self.holiday(day) is None

    def day_of(self, moment: datetime) -> date:
        """The side's local date at ``moment`` (a message at 23:30 in Berlin is on the next
        day in Tokyo)."""
        return moment.astimezone(self.tz).date()

    def next_working_day(self, day: date) -> date:
        """The first working day after ``day``."""
        for offset in range(1, SEARCH_DAYS):
            candidate = day + timedelta(days=offset)
            if self.is_working_day(candidate):
                return candidate
        raise ValueError(f"no working day in the {SEARCH_DAYS} days after {day}")

    def add_working_days(self, day: date, count: int) -> date:
        """``count`` working days after ``day`` (0: ``day`` when it is a working day, else the
        next one)."""
        if count < 0:
            raise ValueError("count must not be negative")
        current = day if self.is_working_day(day) else self.next_working_day(day)
        for _ in range(count):
            current = self.next_working_day(current)
        return current

    # --- hours --------------------------------------------------------------------------
    def opens(self, day: date) -> datetime:
        return datetime.combine(day, self.start, self.tz)

    def closes(self, day: date) -> datetime:
        return datetime.combine(day, self.end, self.tz)

    def is_working_time(self, moment: datetime) -> bool:
        day = self.day_of(moment)
        return self.is_working_day(day) and self.opens(day) <= moment < self.closes(day)

    def working_moment(self, moment: datetime) -> datetime:
        """``moment`` itself within working hours, else when work next begins."""
        day = self.day_of(moment)
        if self.is_working_day(day):
            if moment < self.opens(day):
                return self.opens(day)
            if moment < self.closes(day):
                return moment
        return self.opens(self.next_working_day(day))

    def add_working_time(self, moment: datetime, span: timedelta) -> datetime:
        """The moment ``span`` of working time after ``moment``: hours outside work, weekends
        and holidays do not count (2 hours from Friday 17:00 is Monday 10:00)."""
        if span < timedelta(0):
            raise ValueError("span must not be negative")
        current, left = self.working_moment(moment), span
        while True:
            day = self.day_of(current)
            available = self.closes(day) - current
            if left <= available:
                return current + left
            left -= available
            current = self.opens(self.next_working_day(day))

    def working_time_between(self, earlier: datetime, later: datetime) -> timedelta:
        """How much working time lies between two moments (zero when ``later`` is not
        later)."""
        total = timedelta(0)
        if later <= earlier:
            return total
        day, last = self.day_of(earlier), self.day_of(later)
        while day <= last:
            if self.is_working_day(day):
                begin = max(earlier, self.opens(day))
                finish = min(later, self.closes(day))
                if finish > begin:
                    total += finish - begin
            day += timedelta(days=1)
        return total
