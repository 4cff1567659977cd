"""Invites through the services: SEQUENCE goes up exactly when attendees would see a
difference, the UID never changes, cancellations reach every changed date, internal minutes
never reach the customer, and the preview shows each attendee their own local time."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from cockpit.domain.cadence import series_starts
from cockpit.domain.meetings import (
    AttendeeRole,
    Cadence,
    MinutesItemData,
    MinutesKind,
    OccurrenceState,
    PartStat,
    SeriesData,
)
from cockpit.ics.export import Method
from cockpit.services import invites, meetings, occurrences
from cockpit.services.invites import Change
from cockpit.store.store import Store
from tests.unit.meetings.helpers import (
    attendee,
    customer_pm,
    edited,
    members,
    save,
    soon_tuesday,
    vendor_pm,
)

pytestmark = pytest.mark.both_databases

TOKYO = "Asia/Tokyo"


def _series(store: Store, project_id: str, **overrides: object) -> SeriesData:
    """Weekly, Tuesdays 10:00 Tokyo, starting 8-14 days from today (so 'now' is before it)."""
    return save(store, project_id, first_date=soon_tuesday(), **overrides)


def _dates(series: SeriesData, n: int = 6) -> list[datetime]:
    """The first ``n`` planned starts, in UTC, as the services name occurrences."""
    start = datetime.combine(series.first_date or date.today(), time(0), UTC) - timedelta(days=1)
    starts = series_starts(series, start, start + timedelta(days=400))
    return [s.astimezone(UTC) for s in starts][:n]


def _parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def _events(data: bytes) -> list[Event]:
    return _parse(data).walk("VEVENT")


def _master(data: bytes) -> Event:
    return next(e for e in _events(data) if "RECURRENCE-ID" not in e)


def _sequence(data: bytes) -> int:
    sequences = {int(e["SEQUENCE"]) for e in _events(data)}
    assert len(sequences) == 1  # every VEVENT of one invite carries the same SEQUENCE
    microsoft = {str(e["X-MICROSOFT-CDO-APPT-SEQUENCE"]) for e in _events(data)}
    assert microsoft == {str(s) for s in sequences}
    return sequences.pop()


def _uids(data: bytes) -> set[str]:
    return {str(e["UID"]) for e in _events(data)}


def _request(store: Store, series_id: str) -> bytes:
    return invites.export_series(store, series_id, Method.REQUEST)


def _change_time(store: Store, s: SeriesData) -> None:
    meetings.save_series(store, edited(s, start_time=time(11, 0)))


def _change_title(store: Store, s: SeriesData) -> None:
    meetings.save_series(store, edited(s, title="週次定例 (new name)"))


def _change_duration(store: Store, s: SeriesData) -> None:
    meetings.save_series(store, edited(s, duration_minutes=60))


def _change_place(store: Store, s: SeriesData) -> None:
    meetings.save_series(store, edited(s, online_url="https://meet.vendor.example.com/new"))


def _change_cadence(store: Store, s: SeriesData) -> None:
    meetings.save_series(store, edited(s, cadence=Cadence.EVERY_N_WEEKS, interval=2))


def _add_attendee(store: Store, s: SeriesData) -> None:
    owner = next(m for m in members(store, s.project_id) if m.role == "Product owner")
    meetings.save_series(store, edited(s, attendees=[*s.attendees, attendee(owner)]))


def _make_optional(store: Store, s: SeriesData) -> None:
    first = dataclasses.replace(s.attendees[0], role=AttendeeRole.OPTIONAL)
    meetings.save_series(store, edited(s, attendees=[first, *s.attendees[1:]]))


def _move_one(store: Store, s: SeriesData) -> None:
    third = _dates(s)[2]
    occurrences.reschedule(store, s.id, third, third + timedelta(days=1))


def _cancel_one(store: Store, s: SeriesData) -> None:
    occurrences.cancel(store, s.id, _dates(s)[2])


def _own_agenda_for_one(store: Store, s: SeriesData) -> None:
    occurrences.set_agenda(store, s.id, _dates(s)[2], "UAT go / no-go (30 min)")


def _change_objective(store: Store, s: SeriesData) -> None:
    meetings.save_series(store, edited(s, objective="Prepare the go-live together"))


def _new_open_action(store: Store, s: SeriesData) -> None:
    occurrences.save_minutes(store, s.id, _dates(s)[0], [
        MinutesItemData(MinutesKind.ACTION, "Send the UAT schedule")])


MATTERS: list[tuple[str, Callable[[Store, SeriesData], None], str]] = [
    ("time", _change_time, Change.TIME),
    ("title", _change_title, Change.TITLE),
    ("duration", _change_duration, Change.DURATION),
    ("online link", _change_place, Change.PLACE),
    ("cadence", _change_cadence, Change.RECURRENCE),
    ("attendee added", _add_attendee, Change.ATTENDEES),
    ("attendee made optional", _make_optional, Change.ATTENDEES),
    ("one date moved", _move_one, Change.EXCEPTIONS),
    ("one date cancelled", _cancel_one, Change.EXCEPTIONS),
    ("one date's own agenda", _own_agenda_for_one, Change.EXCEPTIONS),
    ("objective in the agenda", _change_objective, Change.AGENDA),
    ("new open action item", _new_open_action, Change.AGENDA),
]


def test_a_second_request_without_changes_keeps_the_sequence(demo_store: Store,
                                                             jp104: str) -> None:
    series = _series(demo_store, jp104)
    first, second = _request(demo_store, series.id), _request(demo_store, series.id)

    assert _parse(first)["METHOD"] == "REQUEST"
    assert _sequence(first) == _sequence(second) == 0
    assert _uids(first) == _uids(second) == {series.uid}
    assert invites.changes_since_sent(demo_store, series.id) == []
    assert meetings.get_series(demo_store, series.id).sequence == 0


@pytest.mark.parametrize(("change", "named"), [m[1:] for m in MATTERS],
                         ids=[m[0] for m in MATTERS])
def test_a_change_that_matters_raises_the_sequence_once_and_keeps_the_uid(
        demo_store: Store, jp104: str, change: Callable[[Store, SeriesData], None],
        named: str) -> None:
    series = _series(demo_store, jp104)
    before = _request(demo_store, series.id)

    change(demo_store, meetings.get_series(demo_store, series.id))

    assert named in (invites.changes_since_sent(demo_store, series.id) or [])
    after = _request(demo_store, series.id)
    assert _sequence(after) == _sequence(before) + 1
    assert _uids(after) == _uids(before) == {series.uid}
    assert meetings.get_series(demo_store, series.id).sequence == 1
    # sent: nothing new to tell, the next invite keeps the new number
    assert invites.changes_since_sent(demo_store, series.id) == []
    assert _sequence(_request(demo_store, series.id)) == 1


def test_the_changed_invite_carries_the_change(demo_store: Store, jp104: str) -> None:
    series = _series(demo_store, jp104)
    _request(demo_store, series.id)
    third = _dates(series)[2]
    occurrences.reschedule(demo_store, series.id, third, third + timedelta(hours=5))
    _change_title(demo_store, meetings.get_series(demo_store, series.id))

    data = _request(demo_store, series.id)

    master = _master(data)
    assert str(master["SUMMARY"]) == "週次定例 (new name)"
    moved = next(e for e in _events(data) if "RECURRENCE-ID" in e)
    assert moved["RECURRENCE-ID"].dt == third
    assert moved["DTSTART"].dt == third + timedelta(hours=5)
    assert moved["DTSTART"].params["TZID"] == TOKYO
    assert str(moved["STATUS"]) == "CONFIRMED"


@pytest.mark.parametrize("change", ["reminder", "reorder", "partstat", "internal minutes"])
def test_a_change_attendees_do_not_see_keeps_the_sequence(demo_store: Store, jp104: str,
                                                          change: str) -> None:
    owner = next(m for m in members(demo_store, jp104) if m.role == "Product owner")
    series = _series(demo_store, jp104, attendees=[attendee(customer_pm(demo_store, jp104)),
                                                   attendee(owner)])
    _request(demo_store, series.id)
    stored = meetings.get_series(demo_store, series.id)
    if change == "reminder":
        meetings.save_series(demo_store, edited(stored, reminder_minutes=60))
    elif change == "reorder":
        meetings.save_series(demo_store, edited(stored, attendees=stored.attendees[::-1]))
    elif change == "partstat":
        stored.attendees[0].partstat = PartStat.ACCEPTED
        meetings.save_series(demo_store, stored)
    else:
        occurrences.save_minutes(demo_store, series.id, _dates(series)[0], [
            MinutesItemData(MinutesKind.ACTION, "Check our margin", internal=True),
            MinutesItemData(MinutesKind.DECISION, "Keep the team change quiet", internal=True),
            MinutesItemData(MinutesKind.POINT, "Discussed the schedule")])

    assert invites.changes_since_sent(demo_store, series.id) == []
    assert _sequence(_request(demo_store, series.id)) == 0


def test_cancelling_the_series_cancels_its_moved_dates_too(demo_store: Store,
                                                           jp104: str) -> None:
    series = _series(demo_store, jp104)
    _request(demo_store, series.id)
    second = _dates(series)[1]
    occurrences.reschedule(demo_store, series.id, second, second + timedelta(days=2))
    assert _sequence(_request(demo_store, series.id)) == 1

    data = invites.export_series(demo_store, series.id, Method.CANCEL)

    calendar = _parse(data)
    assert calendar["METHOD"] == "CANCEL"
    assert _sequence(data) == 2
    assert _uids(data) == {series.uid}
    events = _events(data)
    assert {str(e["STATUS"]) for e in events} == {"CANCELLED"}
    assert [e["RECURRENCE-ID"].dt for e in events if "RECURRENCE-ID" in e] == [second]
    assert all(not e.walk("VALARM") for e in events)
    stored = meetings.get_series(demo_store, series.id)
    assert stored.cancelled and stored.sequence == 2
    now = datetime.now(UTC)
    assert all(v.series_id != series.id
               for v in occurrences.upcoming(demo_store, now, now + timedelta(days=60)))


def test_cancelling_a_series_never_sent_still_raises_the_sequence(demo_store: Store,
                                                                  jp104: str) -> None:
    series = _series(demo_store, jp104)
    data = invites.export_series(demo_store, series.id, Method.CANCEL)
    assert _sequence(data) == 1
    assert str(_master(data)["STATUS"]) == "CANCELLED"


def test_cancelling_one_date(demo_store: Store, jp104: str) -> None:
    series = _series(demo_store, jp104)
    _request(demo_store, series.id)
    third = _dates(series)[2]

    data = invites.export_occurrence(demo_store, series.id, third, Method.CANCEL)

    assert _parse(data)["METHOD"] == "CANCEL"
    (event,) = _events(data)
    assert event["RECURRENCE-ID"].dt == third
    assert event["RECURRENCE-ID"].params["TZID"] == TOKYO
    assert str(event["STATUS"]) == "CANCELLED"
    assert "RRULE" not in event
    assert str(event["UID"]) == series.uid
    assert _sequence(data) == 1
    assert occurrences.get_occurrence(demo_store, series.id, third).state is \
        OccurrenceState.CANCELLED
    # the next update of the series: the date is an EXDATE, and SEQUENCE never goes back
    after = _request(demo_store, series.id)
    assert _sequence(after) >= 1
    exdate = _master(after)["EXDATE"]
    exdates = [d.dt for group in (exdate if isinstance(exdate, list) else [exdate])
               for d in group.dts]
    assert third in exdates
    assert [e for e in _events(after) if "RECURRENCE-ID" in e] == []


def test_updating_one_moved_date(demo_store: Store, jp104: str) -> None:
    series = _series(demo_store, jp104)
    _request(demo_store, series.id)
    first = _dates(series)[0]
    occurrences.reschedule(demo_store, series.id, first, first + timedelta(hours=3))

    data = invites.export_occurrence(demo_store, series.id, first, Method.REQUEST)

    (event,) = _events(data)
    assert event["RECURRENCE-ID"].dt == first
    assert event["DTSTART"].dt == first + timedelta(hours=3)
    assert str(event["STATUS"]) == "CONFIRMED"
    assert _sequence(data) == 1


def _with_minutes(store: Store, project_id: str) -> SeriesData:
    series = _series(store, project_id)
    owner = customer_pm(store, project_id)
    occurrences.save_minutes(store, series.id, _dates(series)[0], [
        MinutesItemData(MinutesKind.ACTION, "Share the test plan", owner_person_id=owner.person_id),
        MinutesItemData(MinutesKind.ACTION, "Check our margin before quoting", internal=True),
        MinutesItemData(MinutesKind.DECISION, "Keep the team change quiet", internal=True),
    ])
    return series


def test_the_description_never_contains_internal_minutes(demo_store: Store, jp104: str) -> None:
    series = _with_minutes(demo_store, jp104)
    second = _dates(series)[1]
    occurrences.reschedule(demo_store, series.id, second, second + timedelta(hours=1))
    files = [
        _request(demo_store, series.id),
        invites.export_series(demo_store, series.id, Method.PUBLISH),
        invites.export_occurrence(demo_store, series.id, second, Method.REQUEST),
        invites.export_series(demo_store, series.id, Method.CANCEL),
    ]
    for data in files:
        for event in _events(data):
            text = str(event.get("DESCRIPTION", "")) + str(event.get("X-ALT-DESC", ""))
            assert "Share the test plan" in text
            assert "margin" not in text and "team change" not in text
        assert b"margin" not in data.replace(b"\r\n ", b"")
    people, _changes = invites.preview(demo_store, series.id)
    assert all("margin" not in p.agenda for p in people)


def test_changes_since_sent_none_before_the_first_invite(demo_store: Store, jp104: str) -> None:
    series = _series(demo_store, jp104)
    assert invites.changes_since_sent(demo_store, series.id) is None
    invites.export_series(demo_store, series.id, Method.PUBLISH)  # a plain file is no invite
    assert invites.changes_since_sent(demo_store, series.id) is None

    _request(demo_store, series.id)
    assert invites.changes_since_sent(demo_store, series.id) == []

    _move_one(demo_store, series)
    assert invites.changes_since_sent(demo_store, series.id) == [Change.EXCEPTIONS]
    _change_title(demo_store, meetings.get_series(demo_store, series.id))
    assert invites.changes_since_sent(demo_store, series.id) == [Change.TITLE, Change.EXCEPTIONS]
    _change_time(demo_store, meetings.get_series(demo_store, series.id))
    assert {Change.TITLE, Change.TIME, Change.EXCEPTIONS} <= set(
        invites.changes_since_sent(demo_store, series.id) or [])


def test_preview_shows_each_attendee_the_first_meeting_in_their_own_zone(
        demo_store: Store, jp104: str) -> None:
    pm, their_pm = vendor_pm(demo_store, jp104), customer_pm(demo_store, jp104)
    tech = next(m for m in members(demo_store, jp104) if m.role == "Tech lead")
    series = _series(demo_store, jp104, time_zone="Europe/Berlin",
                     attendees=[attendee(their_pm), attendee(tech, AttendeeRole.OPTIONAL)])
    first = datetime.combine(series.first_date or date.today(), time(10, 0),
                             ZoneInfo("Europe/Berlin"))

    people, changes = invites.preview(demo_store, series.id)

    assert changes is None
    assert [p.email for p in people] == [pm.email, their_pm.email, tech.email]
    assert [p.customer_side for p in people] == [False, True, False]
    by_email = {p.email: p for p in people}
    tokyo = by_email[their_pm.email].first_local_start
    assert tokyo == first
    assert tokyo.utcoffset() == timedelta(hours=9)
    assert (tokyo.hour, tokyo.minute) == first.astimezone(ZoneInfo(TOKYO)).timetuple()[3:5]
    assert tokyo.hour in (17, 18)  # 10:00 Berlin, summer or winter
    warsaw = by_email[pm.email].first_local_start
    assert warsaw == first and warsaw.hour == 10 and str(warsaw.tzinfo) == "Europe/Warsaw"

    description = str(_master(_request(demo_store, series.id))["DESCRIPTION"])
    assert {p.agenda for p in people} == {description}
    assert {p.title for p in people} == {series.title}

    _change_title(demo_store, meetings.get_series(demo_store, series.id))
    people, changes = invites.preview(demo_store, series.id)
    assert changes == [Change.TITLE]
    assert {p.title for p in people} == {"週次定例 (new name)"}


def test_preview_skips_a_cancelled_first_meeting_and_shows_a_moved_one(demo_store: Store,
                                                                      jp104: str) -> None:
    series = _series(demo_store, jp104)
    first, second = _dates(series)[:2]
    occurrences.cancel(demo_store, series.id, first)
    people, _changes = invites.preview(demo_store, series.id)
    assert {p.first_local_start for p in people} == {second}

    occurrences.reschedule(demo_store, series.id, second, second - timedelta(days=1))
    people, _changes = invites.preview(demo_store, series.id)
    assert {p.first_local_start for p in people} == {second - timedelta(days=1)}
