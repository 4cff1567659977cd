"""Warnings about when a series meets: outside the vendor's or the customer's working hours, on
a public holiday of the project's country, or with an agenda longer than the meeting.

JP-104 has a Tokyo customer (working days: Japan) and a Warsaw project manager: 17:00 in
Tokyo is 09:00 (winter) or 10:00 (summer) in Warsaw."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from cockpit.domain.meetings import Cadence
from cockpit.services import meetings, occurrences, projects
from cockpit.services.meeting_checks import (
    MeetingWarning,
    WarningKind,
    check_series,
    inside_working_hours,
    local_times,
)
from cockpit.store.store import Store
from tests.unit.meetings.helpers import at, save, series_data

pytestmark = pytest.mark.both_databases

TOKYO, WARSAW = ZoneInfo("Asia/Tokyo"), ZoneInfo("Europe/Warsaw")
MONDAY_BEFORE = date(2027, 1, 4)  # the series below start on Tuesday 2027-01-05


def _kinds(warnings: list[MeetingWarning]) -> list[WarningKind]:
    return [w.kind for w in warnings]


def _by_kind(warnings: list[MeetingWarning], kind: WarningKind) -> MeetingWarning:
    return next(w for w in warnings if w.kind is kind)


def _set_country(store: Store, project_id: str, country: str) -> None:
    passport = projects.get_passport(store, project_id)
    passport.fields.working_days_country = country
    projects.save_passport(store, passport)


def test_17_00_in_tokyo_suits_a_tokyo_customer_and_a_warsaw_pm(demo_store: Store,
                                                                jp104: str) -> None:
    series = series_data(demo_store, jp104, start_time=time(17, 0))
    assert check_series(demo_store, series, horizon_days=30, today=MONDAY_BEFORE) == []


def test_17_00_in_tokyo_stays_fine_across_warsaws_summer_time(demo_store: Store,
                                                              jp104: str) -> None:
    _set_country(demo_store, jp104, "")  # only the hours here
    series = series_data(demo_store, jp104, start_time=time(17, 0))
    assert check_series(demo_store, series, horizon_days=180, today=MONDAY_BEFORE) == []


def test_10_00_in_tokyo_is_the_middle_of_the_night_in_warsaw(demo_store: Store,
                                                             jp104: str) -> None:
    series = series_data(demo_store, jp104, start_time=time(10, 0))
    warnings = check_series(demo_store, series, horizon_days=30, today=MONDAY_BEFORE)

    assert _kinds(warnings) == [WarningKind.OUTSIDE_VENDOR_HOURS]
    vendor = warnings[0]
    assert vendor.first == datetime(2027, 1, 5, 2, 0, tzinfo=WARSAW)
    assert vendor.first.tzinfo == WARSAW  # in the vendor's zone, for the message
    assert vendor.count == 5  # every Tuesday from 5 January to 2 February
    assert "02:00–02:45 Europe/Warsaw" in vendor.detail


def test_a_tokyo_evening_is_outside_the_customers_hours(demo_store: Store, jp104: str) -> None:
    series = series_data(demo_store, jp104, start_time=time(20, 0))
    warnings = check_series(demo_store, series, horizon_days=30, today=MONDAY_BEFORE)

    assert _kinds(warnings) == [WarningKind.OUTSIDE_CUSTOMER_HOURS]
    assert warnings[0].first == datetime(2027, 1, 5, 20, 0, tzinfo=TOKYO)
    assert "20:00–20:45 Asia/Tokyo" in warnings[0].detail


def test_a_meeting_running_past_18_00_is_outside_working_hours(demo_store: Store,
                                                               jp104: str) -> None:
    series = series_data(demo_store, jp104, start_time=time(17, 30))  # until 18:15 in Tokyo
    warnings = check_series(demo_store, series, horizon_days=30, today=MONDAY_BEFORE)
    assert _kinds(warnings) == [WarningKind.OUTSIDE_CUSTOMER_HOURS]
    assert inside_working_hours(at(date(2027, 1, 5), 17, 0), 60, "Asia/Tokyo")
    assert not inside_working_hours(at(date(2027, 1, 5), 17, 0), 61, "Asia/Tokyo")
    assert not inside_working_hours(at(date(2027, 1, 9), 11, 0), 30, "Asia/Tokyo")  # Saturday


def test_coming_of_age_day_is_a_japanese_holiday(demo_store: Store, jp104: str) -> None:
    series = series_data(demo_store, jp104, first_date=date(2027, 1, 4),  # Mondays
                         start_time=time(17, 0))
    warnings = check_series(demo_store, series, horizon_days=30, today=MONDAY_BEFORE)

    assert _kinds(warnings) == [WarningKind.HOLIDAY]
    assert warnings[0].first == datetime(2027, 1, 11, 17, 0, tzinfo=TOKYO)
    assert warnings[0].count == 1
    assert warnings[0].detail == "Coming of Age Day"
    in_japanese = check_series(demo_store, series, horizon_days=30, today=MONDAY_BEFORE,
                               language="ja")
    assert in_japanese[0].detail == "成人の日"


def test_new_years_day_is_a_japanese_holiday(demo_store: Store, jp104: str) -> None:
    series = series_data(demo_store, jp104, first_date=date(2027, 1, 1),  # Fridays
                         start_time=time(17, 0))
    warnings = check_series(demo_store, series, horizon_days=30, today=date(2026, 12, 31))

    holiday = _by_kind(warnings, WarningKind.HOLIDAY)
    assert holiday.first == datetime(2027, 1, 1, 17, 0, tzinfo=TOKYO)
    assert (holiday.count, holiday.detail) == (1, "New Year's Day")


def test_one_warning_counts_every_meeting_on_a_holiday(demo_store: Store, jp104: str) -> None:
    series = series_data(demo_store, jp104, first_date=date(2027, 1, 4),  # Mondays
                         start_time=time(17, 0))
    warnings = check_series(demo_store, series, horizon_days=365, today=MONDAY_BEFORE)

    assert _kinds(warnings) == [WarningKind.HOLIDAY]
    # Coming of Age, Vernal Equinox (substitute), Constitution, Marine, Respect for the Aged,
    # Sports Day
    assert warnings[0].count == 6
    assert warnings[0].first.date() == date(2027, 1, 11)


def test_no_country_means_no_holiday_warnings(demo_store: Store, jp104: str) -> None:
    _set_country(demo_store, jp104, "")
    series = series_data(demo_store, jp104, first_date=date(2027, 1, 4),
                         start_time=time(17, 0))
    assert check_series(demo_store, series, horizon_days=30, today=MONDAY_BEFORE) == []


def test_a_country_the_holiday_library_does_not_know_is_no_error(demo_store: Store,
                                                                 jp104: str) -> None:
    _set_country(demo_store, jp104, "ZZ")
    series = series_data(demo_store, jp104, first_date=date(2027, 1, 4),
                         start_time=time(17, 0))
    assert WarningKind.HOLIDAY not in _kinds(
        check_series(demo_store, series, horizon_days=30, today=MONDAY_BEFORE))


def test_a_cancelled_holiday_meeting_no_longer_warns(demo_store: Store, jp104: str) -> None:
    series = save(demo_store, jp104, first_date=date(2027, 1, 4), start_time=time(17, 0))
    assert _kinds(check_series(demo_store, series, horizon_days=30, today=MONDAY_BEFORE)) \
        == [WarningKind.HOLIDAY]

    occurrences.cancel(demo_store, series.id, at(date(2027, 1, 11), 17))
    assert check_series(demo_store, series, horizon_days=30, today=MONDAY_BEFORE) == []


def test_without_an_organiser_the_vendor_side_is_the_vendor_pm(demo_store: Store,
                                                               jp104: str) -> None:
    series = series_data(demo_store, jp104, start_time=time(10, 0), organizer_person_id=None)
    warnings = check_series(demo_store, series, horizon_days=30, today=MONDAY_BEFORE)
    assert _kinds(warnings) == [WarningKind.OUTSIDE_VENDOR_HOURS]
    assert warnings[0].first.tzinfo == WARSAW


def test_an_agenda_longer_than_a_saved_meeting_warns(demo_store: Store, jp104: str) -> None:
    # the shipped weekly agenda plans 35 minutes
    short = save(demo_store, jp104, start_time=time(17, 0), duration_minutes=30)
    warnings = check_series(demo_store, short, horizon_days=30, today=MONDAY_BEFORE)

    too_long = _by_kind(warnings, WarningKind.AGENDA_TOO_LONG)
    assert too_long.detail == "35/30"
    assert too_long.first == datetime(2027, 1, 5, 17, 0, tzinfo=TOKYO)
    assert too_long.count == 5

    unsaved = series_data(demo_store, jp104, start_time=time(17, 0), duration_minutes=30)
    assert check_series(demo_store, unsaved, horizon_days=30, today=MONDAY_BEFORE) == []
    long_enough = meetings.save_series(demo_store, series_data(
        demo_store, jp104, start_time=time(17, 0), duration_minutes=45))
    assert check_series(demo_store, long_enough, horizon_days=30, today=MONDAY_BEFORE) == []


def test_a_series_that_cannot_be_planned_gives_no_warnings(demo_store: Store,
                                                           jp104: str) -> None:
    assert check_series(demo_store, series_data(demo_store, jp104, first_date=None)) == []
    assert check_series(demo_store, series_data(demo_store, jp104, time_zone="Mars/Base")) == []
    broken = series_data(demo_store, jp104, cadence=Cadence.CUSTOM, custom_rrule="BYDAY=MO")
    assert check_series(demo_store, broken) == []


def test_local_times_show_the_next_meeting_in_each_zone(demo_store: Store, jp104: str) -> None:
    series = series_data(demo_store, jp104, start_time=time(17, 0))
    after = datetime(2027, 1, 5, 9, 0, tzinfo=TOKYO)  # before that day's meeting

    times = local_times(series, ["Asia/Tokyo", "Europe/Warsaw", "Nowhere/City"], after=after)

    assert times == {"Asia/Tokyo": datetime(2027, 1, 5, 17, 0, tzinfo=TOKYO),
                     "Europe/Warsaw": datetime(2027, 1, 5, 9, 0, tzinfo=WARSAW)}
    assert times["Europe/Warsaw"].tzinfo == WARSAW
    later = local_times(series, ["Europe/Warsaw"], after=datetime(2027, 6, 1, tzinfo=TOKYO))
    assert later["Europe/Warsaw"].hour == 10  # summer time in Warsaw
    assert local_times(series_data(demo_store, jp104, first_date=None), ["UTC"]) == {}


# --- meeting by meeting: what the planner and the Meetings tab flag ------------------------
def test_flags_name_the_side_the_zone_and_the_person(demo_store: Store, jp104: str) -> None:
    from cockpit.services.meeting_checks import flag_meetings
    from tests.unit.meetings.helpers import customer_pm, vendor_pm

    series = save(demo_store, jp104, start_time=time(18, 30))  # Tuesdays 18:30 in Tokyo
    evening = at(date(2027, 1, 5), 18, 30)
    saturday = at(date(2027, 1, 9), 10, 0)  # the same series moved to a Saturday morning
    fine = at(date(2027, 1, 19), 17, 0)
    found = flag_meetings(demo_store, [(series.id, evening, evening, 45),
                                       (series.id, saturday, saturday, 45),
                                       (series.id, fine, fine, 45)])

    (late,) = found[(series.id, evening)]
    assert late.kind is WarningKind.OUTSIDE_CUSTOMER_HOURS
    assert late.local == evening.astimezone(TOKYO) and late.zone == "Asia/Tokyo"
    assert late.who == customer_pm(demo_store, jp104).name
    day_off = found[(series.id, saturday)]
    assert {f.kind for f in day_off} == {WarningKind.OUTSIDE_VENDOR_HOURS,
                                         WarningKind.OUTSIDE_CUSTOMER_HOURS}
    assert all(f.local.weekday() == 5 for f in day_off)  # Saturday on both sides
    vendor = next(f for f in day_off if f.kind is WarningKind.OUTSIDE_VENDOR_HOURS)
    assert vendor.zone == "Europe/Warsaw" and vendor.who == vendor_pm(demo_store, jp104).name
    assert (series.id, fine) not in found  # 17:00 Tokyo, 09:00 Warsaw: nothing to flag


def test_a_holiday_is_flagged_on_its_meeting_only(demo_store: Store, jp104: str) -> None:
    from cockpit.services.meeting_checks import flag_meetings

    series = save(demo_store, jp104, first_date=date(2027, 1, 4), start_time=time(17, 0))
    holiday, working = at(date(2027, 1, 11), 17, 0), at(date(2027, 1, 18), 17, 0)  # Mondays
    found = flag_meetings(demo_store, [(series.id, holiday, holiday, 45),
                                       (series.id, working, working, 45)], language="en_US")
    (flag,) = found[(series.id, holiday)]
    assert flag.kind is WarningKind.HOLIDAY and "Coming of Age" in flag.detail
    assert (series.id, working) not in found
