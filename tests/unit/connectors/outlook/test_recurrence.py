"""Series rules as Outlook's recurrence patterns; what Outlook cannot repeat is refused."""

from __future__ import annotations

from datetime import date, time

import pytest

from cockpit.connectors.outlook.recurrence import (
    UnsupportedRecurrence,
    graph_time_zone,
    pattern,
    recurrence,
)
from cockpit.domain.cadence import rrule_text
from cockpit.domain.meetings import Cadence, SeriesData

TUESDAY = date(2027, 1, 12)  # the second Tuesday of January 2027


def _series(cadence: Cadence, interval: int = 1, **extra: object) -> SeriesData:
    return SeriesData(project_id="p", title="t", cadence=cadence, interval=interval,
                      first_date=TUESDAY, start_time=time(10), time_zone="Asia/Tokyo",
                      **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(("cadence", "interval", "expected"), [
    (Cadence.WEEKLY, 1, {"type": "weekly", "interval": 1, "daysOfWeek": ["tuesday"],
                         "firstDayOfWeek": "monday"}),
    (Cadence.EVERY_N_WEEKS, 2, {"type": "weekly", "interval": 2, "daysOfWeek": ["tuesday"],
                                "firstDayOfWeek": "monday"}),
    (Cadence.MONTHLY, 1, {"type": "relativeMonthly", "interval": 1, "daysOfWeek": ["tuesday"],
                          "index": "second"}),
    (Cadence.EVERY_N_MONTHS, 6, {"type": "relativeMonthly", "interval": 6,
                                 "daysOfWeek": ["tuesday"], "index": "second"}),
    (Cadence.YEARLY, 1, {"type": "relativeYearly", "interval": 1, "daysOfWeek": ["tuesday"],
                         "index": "second", "month": 1}),
])
def test_every_cadence_the_planner_offers_maps(cadence: Cadence, interval: int,
                                               expected: dict) -> None:  # type: ignore[type-arg]
    assert pattern(rrule_text(_series(cadence, interval)), TUESDAY) == expected


def test_wkst_decides_graphs_first_day_of_week() -> None:
    # every 2 weeks on Monday and Sunday: with WKST=SU the Sunday opens a week, with MO it
    # closes one — different meetings; Graph's default would be Sunday
    sunday = pattern("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;WKST=SU", TUESDAY)
    monday = pattern("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU", TUESDAY)
    assert sunday["firstDayOfWeek"] == "sunday" and monday["firstDayOfWeek"] == "monday"
    assert sunday["daysOfWeek"] == ["monday", "sunday"]


@pytest.mark.parametrize(("rule", "expected"), [
    ("FREQ=MONTHLY;BYMONTHDAY=15", {"type": "absoluteMonthly", "interval": 1,
                                    "dayOfMonth": 15}),
    ("FREQ=MONTHLY", {"type": "absoluteMonthly", "interval": 1, "dayOfMonth": 12}),
    ("FREQ=MONTHLY;BYDAY=-1FR", {"type": "relativeMonthly", "interval": 1,
                                 "daysOfWeek": ["friday"], "index": "last"}),
    ("FREQ=MONTHLY;BYDAY=TH;BYSETPOS=1", {"type": "relativeMonthly", "interval": 1,
                                          "daysOfWeek": ["thursday"], "index": "first"}),
    ("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=1", {"type": "absoluteYearly", "interval": 1,
                                            "dayOfMonth": 1, "month": 4}),
    ("FREQ=DAILY;INTERVAL=3", {"type": "daily", "interval": 3}),
    ("RRULE:freq=weekly;byday=mo,we,fr", {"type": "weekly", "interval": 1,
                                          "daysOfWeek": ["monday", "wednesday", "friday"],
                                          "firstDayOfWeek": "monday"}),
])
def test_custom_rules_outlook_can_represent(rule: str, expected: dict) -> None:  # type: ignore[type-arg]
    assert pattern(rule, TUESDAY) == expected


@pytest.mark.parametrize(("rule", "why"), [
    ("FREQ=MONTHLY;BYDAY=5TU", "5th"),
    ("FREQ=WEEKLY;BYDAY=TU;BYHOUR=9,15", "BYHOUR"),
    ("FREQ=HOURLY", "FREQ=HOURLY"),
    ("FREQ=MONTHLY;BYDAY=1MO,3MO", "position"),
    ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1,3", "position"),
    ("FREQ=MONTHLY;BYMONTHDAY=1,15", "day of month"),
    ("FREQ=MONTHLY;BYMONTHDAY=-1", "day of month"),
    ("FREQ=YEARLY;BYMONTH=1,7;BYDAY=2TU", "month"),
    ("FREQ=YEARLY;BYWEEKNO=20", "BYWEEKNO"),
    ("FREQ=WEEKLY;BYDAY=2TU", "numbered"),
])
def test_rules_outlook_cannot_represent_are_refused_naming_the_part(rule: str,
                                                                    why: str) -> None:
    with pytest.raises(UnsupportedRecurrence) as caught:
        pattern(rule, TUESDAY)
    assert why in caught.value.message
    assert caught.value.message.startswith("Outlook cannot repeat a meeting this way")


def test_the_range_follows_until_and_count_in_the_series_zone() -> None:
    open_ended = recurrence("FREQ=WEEKLY;BYDAY=TU", TUESDAY, "Tokyo Standard Time")
    assert open_ended["range"] == {"type": "noEnd", "startDate": "2027-01-12",
                                   "recurrenceTimeZone": "Tokyo Standard Time"}
    # 2027-03-30 16:00 UTC is already the 31st in Tokyo
    until = recurrence("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T160000Z", TUESDAY, "Asia/Tokyo")
    assert until["range"]["type"] == "endDate" and until["range"]["endDate"] == "2027-03-31"
    assert recurrence("FREQ=WEEKLY;UNTIL=20270330", TUESDAY, "UTC")["range"]["endDate"] == \
        "2027-03-30"
    counted = recurrence("FREQ=WEEKLY;COUNT=10", TUESDAY, "UTC")
    assert counted["range"]["type"] == "numbered"
    assert counted["range"]["numberOfOccurrences"] == 10


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/Los_Angeles", "UTC"])
def test_a_series_with_a_last_date_ends_there_in_its_zone(zone: str) -> None:
    series = _series(Cadence.WEEKLY, until=date(2027, 6, 29))
    series.time_zone = zone
    assert recurrence(rrule_text(series), TUESDAY, zone)["range"]["endDate"] == "2027-06-29"


def test_an_evening_meeting_west_of_utc_is_held_on_its_last_date() -> None:
    from datetime import UTC, datetime

    from cockpit.domain.cadence import series_starts

    series = _series(Cadence.WEEKLY, until=date(2027, 6, 29))
    series.time_zone, series.start_time = "America/Los_Angeles", time(20)
    starts = list(series_starts(series, datetime(2027, 6, 1, tzinfo=UTC),
                                datetime(2027, 8, 1, tzinfo=UTC)))
    assert starts[-1].date() == date(2027, 6, 29)


def test_zones_carry_outlooks_windows_names() -> None:
    assert graph_time_zone("Asia/Tokyo") == "Tokyo Standard Time"
    assert graph_time_zone("Europe/Berlin") == "W. Europe Standard Time"
    assert graph_time_zone("America/New_York") == "Eastern Standard Time"
    assert graph_time_zone("UTC") == "UTC" and graph_time_zone("Etc/UTC") == "UTC"
    assert graph_time_zone("Europe/Vienna") == "Europe/Vienna"  # Graph's IANA list
