"""Working days and hours as a customer lives them: weekends, public holidays of their
country, company days off, their zone — on both sides of the date line — and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from cockpit.care.working_time import WorkingCalendar

TOKYO = WorkingCalendar("Asia/Tokyo", "JP")
BERLIN = WorkingCalendar("Europe/Berlin", "DE")
NEW_YORK = WorkingCalendar("America/New_York", "US")


def _at(zone: str, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(zone))  # type: ignore[misc]


@pytest.mark.parametrize(("calendar", "day", "count", "due"), [
    (BERLIN, date(2026, 12, 4), 1, date(2026, 12, 7)),  # Friday + 1: Monday
    (BERLIN, date(2026, 12, 5), 0, date(2026, 12, 7)),  # a Saturday counts from Monday
    (BERLIN, date(2026, 12, 3), 2, date(2026, 12, 7)),  # Thursday + 2: over the weekend
    (TOKYO, date(2026, 4, 28), 1, date(2026, 4, 30)),  # Showa Day, 29 April
    (TOKYO, date(2026, 5, 1), 1, date(2026, 5, 7)),  # Golden Week: 2–6 May are off
    (BERLIN, date(2025, 10, 2), 1, date(2025, 10, 6)),  # German Unity Day, a Friday
    (NEW_YORK, date(2026, 11, 25), 1, date(2026, 11, 27)),  # Thanksgiving, 26 November
    (WorkingCalendar("Asia/Jerusalem", "IL"), date(2026, 12, 3), 1, date(2026, 12, 6)),
], ids=["weekend", "from-saturday", "two-days", "showa-day", "golden-week", "unity-day",
        "thanksgiving", "sunday-to-thursday-week"])
def test_working_days_skip_weekends_and_public_holidays(
        calendar: WorkingCalendar, day: date, count: int, due: date) -> None:
    assert calendar.add_working_days(day, count) == due


def test_the_holiday_is_named_and_company_days_off_count_too() -> None:
    assert TOKYO.holiday(date(2026, 5, 5)) == "Children's Day"
    assert NEW_YORK.holiday(date(2026, 11, 26)) == "Thanksgiving Day"
    assert BERLIN.holiday(date(2026, 12, 7)) is None
    office = WorkingCalendar("America/New_York", "US",
                             days_off=frozenset({date(2026, 11, 27)}))
    assert office.add_working_days(date(2026, 11, 25), 1) == date(2026, 11, 30)
    assert office.holiday(date(2026, 11, 27)) == "day off"
    assert WorkingCalendar("UTC", "").is_working_day(date(2026, 12, 25))  # no country: no
    assert WorkingCalendar("UTC", "XX").is_working_day(date(2026, 12, 25))  # holidays


def test_the_day_is_the_sides_own_on_both_sides_of_the_date_line() -> None:
    moment = datetime(2026, 12, 4, 22, 0, tzinfo=UTC)  # Friday in Honolulu, Saturday in Auckland
    auckland = WorkingCalendar("Pacific/Auckland", "NZ")
    honolulu = WorkingCalendar("Pacific/Honolulu", "US")
    assert auckland.day_of(moment) == date(2026, 12, 5)
    assert honolulu.day_of(moment) == date(2026, 12, 4)
    assert honolulu.is_working_time(moment)  # noon on a Friday
    assert not auckland.is_working_time(moment)
    assert auckland.working_moment(moment) == _at("Pacific/Auckland", 2026, 12, 7, 9, 0)
    assert honolulu.working_moment(moment) == moment


def test_a_message_at_half_past_eleven_at_night_is_on_the_next_day_in_tokyo() -> None:
    sent = _at("Europe/Berlin", 2026, 12, 7, 23, 30)  # Monday night in Berlin
    assert BERLIN.day_of(sent) == date(2026, 12, 7)
    assert TOKYO.day_of(sent) == date(2026, 12, 8)  # Tuesday morning for the customer


@pytest.mark.parametrize(("start", "hours", "answer_by"), [
    ((2026, 12, 7, 10, 0), 2, (2026, 12, 7, 12, 0)),  # within the day
    ((2026, 12, 4, 17, 0), 2, (2026, 12, 7, 10, 0)),  # Friday late: Monday morning
    ((2026, 12, 5, 10, 0), 2, (2026, 12, 7, 11, 0)),  # a Saturday mail: from Monday 09:00
    ((2026, 12, 7, 7, 15), 2, (2026, 12, 7, 11, 0)),  # before work: from 09:00
    ((2026, 12, 7, 20, 0), 1, (2026, 12, 8, 10, 0)),  # after work: the next morning
    ((2026, 12, 24, 17, 0), 2, (2026, 12, 28, 10, 0)),  # over Christmas (25th, 26th off)
    ((2026, 3, 27, 17, 30), 1, (2026, 3, 30, 9, 30)),  # over the spring DST change
], ids=["same-day", "over-weekend", "saturday", "early", "late", "christmas", "dst"])
def test_working_time_runs_only_in_working_hours(
        start: tuple[int, ...], hours: int, answer_by: tuple[int, ...]) -> None:
    begin = _at("Europe/Berlin", *start)
    due = BERLIN.add_working_time(begin, timedelta(hours=hours))
    assert due == _at("Europe/Berlin", *answer_by)
    assert due.utcoffset() == _at("Europe/Berlin", *answer_by).utcoffset()
    assert BERLIN.working_time_between(begin, due) == timedelta(hours=hours)


def test_working_time_between_two_moments() -> None:
    friday = _at("Europe/Berlin", 2026, 12, 4, 17, 0)
    monday = _at("Europe/Berlin", 2026, 12, 7, 10, 0)
    assert BERLIN.working_time_between(friday, monday) == timedelta(hours=2)
    assert BERLIN.working_time_between(monday, friday) == timedelta(0)
    week = BERLIN.working_time_between(_at("Europe/Berlin", 2026, 11, 30, 0, 0),
                                       _at("Europe/Berlin", 2026, 12, 7, 0, 0))
    assert week == timedelta(hours=45)  # five days of 09:00–18:00


def test_own_working_hours_and_what_is_refused() -> None:
    early = WorkingCalendar("Asia/Tokyo", "JP", start=time(8, 0), end=time(17, 0))
    assert early.closes(date(2026, 12, 7)) == _at("Asia/Tokyo", 2026, 12, 7, 17, 0)
    assert early.add_working_time(_at("Asia/Tokyo", 2026, 12, 7, 16, 30),
                                  timedelta(hours=1)) == _at("Asia/Tokyo", 2026, 12, 8, 8, 30)
    with pytest.raises(ValueError):
        WorkingCalendar("UTC", start=time(18, 0), end=time(9, 0))
    with pytest.raises(ValueError):
        BERLIN.add_working_days(date(2026, 12, 7), -1)
    with pytest.raises(ValueError):
        WorkingCalendar("UTC", days_off=frozenset(
            date(2026, 1, 1) + timedelta(days=n) for n in range(800))).next_working_day(
            date(2026, 1, 1))
