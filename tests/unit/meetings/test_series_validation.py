"""What the planner refuses when a PM saves a series, and what an edit keeps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from cockpit.domain.meetings import AttendeeData, AttendeeRole, Cadence, SeriesData
from cockpit.errors import ErrorCode, KnownError
from cockpit.services import meetings, occurrences
from cockpit.services.meetings import SeriesProblem
from cockpit.store.models import MeetingSeries, Person, SeriesAttendee
from cockpit.store.store import Store
from tests.unit.meetings.helpers import (
    attendee,
    count,
    customer_pm,
    edited,
    members,
    save,
    series_data,
    vendor_pm,
)

pytestmark = pytest.mark.both_databases

GHOST = AttendeeData(person_id="00000000-0000-0000-0000-000000000000", name="Ghost Person",
                     email="ghost@example.com")
BAD = [
    ("empty title", {"title": "   "}, "title", "title"),
    ("no first date", {"first_date": None}, "first_date", "first meeting"),
    ("unknown time zone", {"time_zone": "Asia/Tokio"}, "time_zone", "Asia/Tokio"),
    ("too short", {"duration_minutes": 4}, "duration_minutes", "minutes"),
    ("too long", {"duration_minutes": 12 * 60 + 1}, "duration_minutes", "minutes"),
    ("zero minutes", {"duration_minutes": 0}, "duration_minutes", "minutes"),
    ("online link with spaces", {"online_url": "zoom meeting 123"}, "online_url", "web"),
    ("online link without host", {"online_url": "https://"}, "online_url", "web"),
    ("script link", {"online_url": "javascript:alert(1)"}, "online_url", "web"),
    ("ends before it starts", {"until": date(2027, 1, 4)}, "until", "before"),
    ("interval zero", {"cadence": Cadence.EVERY_N_WEEKS, "interval": 0}, "interval", "1"),
    ("attendee not a person", {"attendees": [GHOST]}, "attendees", "Ghost Person"),
]


@pytest.mark.parametrize(("change", "field", "says"), [b[1:] for b in BAD],
                         ids=[b[0] for b in BAD])
def test_save_refuses_a_bad_series_and_writes_nothing(
        demo_store: Store, jp104: str, change: dict[str, Any], field: str, says: str) -> None:
    series = series_data(demo_store, jp104, **change)
    with pytest.raises(SeriesProblem) as caught:
        meetings.save_series(demo_store, series)
    assert caught.value.code is ErrorCode.VALIDATION
    assert caught.value.field == field
    assert says in str(caught.value)
    assert meetings.list_series(demo_store, jp104) == []
    assert count(demo_store, MeetingSeries) == 0


@pytest.mark.parametrize(("change", "field", "says"),
                         [b[1:] for b in BAD if b[2] != "attendees"],
                         ids=[b[0] for b in BAD if b[2] != "attendees"])
def test_validate_series_says_the_same_before_saving(
        demo_store: Store, jp104: str, change: dict[str, Any], field: str, says: str) -> None:
    with pytest.raises(SeriesProblem) as caught:
        meetings.validate_series(series_data(demo_store, jp104, **change))
    assert caught.value.field == field


@pytest.mark.parametrize("change", [
    {"duration_minutes": 5}, {"duration_minutes": 12 * 60}, {"until": date(2027, 1, 5)},
    {"online_url": ""}, {"online_url": "https://teams.microsoft.com/l/meetup-join/19%3a"},
    {"cadence": Cadence.CUSTOM, "custom_rrule": "RRULE:FREQ=WEEKLY;BYDAY=TU,TH"},
    {"cadence": Cadence.CUSTOM, "custom_rrule": "FREQ=WEEKLY;UNTIL=20270630T000000Z"},
    {"time_zone": "America/Argentina/Buenos_Aires"},
], ids=str)
def test_the_limits_themselves_are_accepted(demo_store: Store, jp104: str,
                                            change: dict[str, Any]) -> None:
    saved = save(demo_store, jp104, **change)
    assert meetings.get_series(demo_store, saved.id).title == saved.title


@pytest.mark.parametrize(("rule", "names"), [
    ("", "empty"),
    ("FREQ=SOMETIMES", "SOMETIMES"),
    ("FREQ=WEEKLY;BYDAY=XX", "XX"),
    ("FREQ=WEEKLY;COLOUR=BLUE", "COLOUR"),
    ("BYDAY=MO", "FREQ"),
    ("every monday", "RRULE"),
])
def test_a_bad_custom_rule_is_refused_with_a_message_naming_the_problem(
        demo_store: Store, jp104: str, rule: str, names: str) -> None:
    series = series_data(demo_store, jp104, cadence=Cadence.CUSTOM, custom_rrule=rule)
    with pytest.raises(SeriesProblem) as caught:
        meetings.save_series(demo_store, series)
    assert caught.value.field == "custom_rrule"
    assert names.lower() in str(caught.value).lower()
    assert "__init__" not in str(caught.value)  # words for a PM, not Python internals
    assert count(demo_store, MeetingSeries) == 0


def test_a_custom_rule_with_interval_zero_is_refused_not_saved_to_break_the_planner(
        demo_store: Store, jp104: str) -> None:
    """RFC 5545: INTERVAL is a positive integer. Accepting 0 stores a series that every view
    of upcoming meetings then fails on."""
    series = series_data(demo_store, jp104, cadence=Cadence.CUSTOM,
                         custom_rrule="FREQ=WEEKLY;INTERVAL=0")
    with pytest.raises(SeriesProblem) as caught:
        meetings.save_series(demo_store, series)
    assert caught.value.field == "custom_rrule"
    assert "INTERVAL" in str(caught.value).upper()
    week = datetime(2027, 1, 1).astimezone()
    assert occurrences.upcoming(demo_store, week, week + timedelta(days=30)) == []


def test_a_valid_custom_rule_plans_its_dates(demo_store: Store, jp104: str) -> None:
    series = save(demo_store, jp104, cadence=Cadence.CUSTOM,
                  custom_rrule="FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4")
    start = datetime(2027, 1, 1).astimezone()
    views = occurrences.upcoming(demo_store, start, start + timedelta(days=60))
    assert [v.occurrence.start.date().isoformat() for v in views if v.series_id == series.id] \
        == ["2027-01-05", "2027-01-07", "2027-01-12", "2027-01-14"]


@pytest.mark.parametrize("who", ["organizer_person_id", "agenda_template_id"])
def test_an_unknown_organiser_or_template_is_a_clear_refusal(
        demo_store: Store, jp104: str, who: str) -> None:
    series = series_data(demo_store, jp104, **{who: "00000000-0000-0000-0000-000000000000"})
    with pytest.raises(KnownError) as caught:  # not a database error
        meetings.save_series(demo_store, series)
    assert caught.value.code is ErrorCode.VALIDATION
    assert count(demo_store, MeetingSeries) == 0


def test_a_series_cannot_move_to_another_project(demo_store: Store, jp104: str,
                                                 de102: str) -> None:
    series = save(demo_store, jp104)
    with pytest.raises(KnownError) as caught:
        meetings.save_series(demo_store, edited(series, project_id=de102, title="Moved?"))
    assert caught.value.code is ErrorCode.VALIDATION
    assert [s.id for s in meetings.list_series(demo_store, jp104)] == [series.id]
    assert meetings.list_series(demo_store, de102) == []
    assert meetings.get_series(demo_store, series.id).title == series.title


def test_saving_into_an_unknown_project_is_refused(demo_store: Store, jp104: str) -> None:
    series = edited(series_data(demo_store, jp104), project_id="no-such-project")
    with pytest.raises(KnownError) as caught:
        meetings.save_series(demo_store, series)
    assert caught.value.code is ErrorCode.NOT_FOUND


def test_editing_attendees_add_remove_reorder_and_role_persist(demo_store: Store,
                                                               jp104: str) -> None:
    people = {m.role: m for m in members(demo_store, jp104)}
    their_pm, owner = customer_pm(demo_store, jp104), people["Product owner"]
    tech, director = people["Tech lead"], people["IT director"]
    series = save(demo_store, jp104, attendees=[attendee(their_pm), attendee(owner),
                                                attendee(tech)])
    assert [a.person_id for a in series.attendees] == [
        their_pm.person_id, owner.person_id, tech.person_id]

    kept_pm, kept_owner, _dropped = series.attendees
    kept_owner.role = AttendeeRole.OPTIONAL
    series.attendees = [attendee(director), kept_owner, kept_pm]  # add, drop, reorder
    meetings.save_series(demo_store, series)

    stored = meetings.get_series(demo_store, series.id)
    assert [(a.person_id, a.role) for a in stored.attendees] == [
        (director.person_id, AttendeeRole.REQUIRED),
        (owner.person_id, AttendeeRole.OPTIONAL),
        (their_pm.person_id, AttendeeRole.REQUIRED)]
    assert [a.customer_side for a in stored.attendees] == [True, True, True]
    assert [a.name for a in stored.attendees] == [director.name, owner.name, their_pm.name]
    with demo_store.session() as s:
        rows = s.scalars(select(SeriesAttendee).where(SeriesAttendee.series_id == series.id))
        assert sorted(r.person_id for r in rows) == sorted(
            [director.person_id, owner.person_id, their_pm.person_id])
        assert s.get(Person, tech.person_id) is not None  # dropped from the series, not deleted

    # the list of the project shows the same, and removing everyone is allowed
    listed = meetings.list_series(demo_store, jp104)[0]
    assert [a.person_id for a in listed.attendees] == [
        director.person_id, owner.person_id, their_pm.person_id]
    stored.attendees = []
    assert meetings.save_series(demo_store, stored).attendees == []
    assert count(demo_store, SeriesAttendee) == 0


def test_editing_a_series_keeps_its_id_uid_and_changes_the_fields(demo_store: Store,
                                                                  jp104: str) -> None:
    series = save(demo_store, jp104)
    changed = edited(series, title="Weekly status (new slot)", start_time=time(11, 30),
                     duration_minutes=60, location="会議室 A", reminder_minutes=None,
                     organizer_person_id=vendor_pm(demo_store, jp104).person_id)
    meetings.save_series(demo_store, changed)
    stored = meetings.get_series(demo_store, series.id)
    assert (stored.uid, stored.title, stored.start_time, stored.duration_minutes,
            stored.location, stored.reminder_minutes) == (
        series.uid, "Weekly status (new slot)", time(11, 30), 60, "会議室 A", None)
    assert count(demo_store, MeetingSeries) == 1


def test_a_failed_edit_leaves_the_stored_series_as_it_was(demo_store: Store, jp104: str) -> None:
    series = save(demo_store, jp104)
    bad: list[Callable[[SeriesData], SeriesData]] = [
        lambda s: edited(s, title=""),
        lambda s: edited(s, attendees=[*s.attendees, GHOST], title="Half saved?"),
    ]
    for make in bad:
        with pytest.raises(KnownError):
            meetings.save_series(demo_store, make(series))
    stored = meetings.get_series(demo_store, series.id)
    assert stored.title == series.title
    assert [a.person_id for a in stored.attendees] == [a.person_id for a in series.attendees]
