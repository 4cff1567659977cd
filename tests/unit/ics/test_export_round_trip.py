"""Exported invites, parsed back by icalendar and expanded by recurring-ical-events (a second,
independent implementation of RRULE/EXDATE/RECURRENCE-ID), give the planned local times."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar

from cockpit.domain.cadence import series_starts
from cockpit.domain.meetings import (
    AttendeeData,
    AttendeeRole,
    Cadence,
    OccurrenceData,
    OccurrenceState,
    SeriesData,
)
from cockpit.ics.export import Invite, Method, occurrence_calendar, series_calendar, to_bytes

TOKYO = ZoneInfo("Asia/Tokyo")
WINDOW = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 12, 31, tzinfo=UTC))


def _series(zone: str, cadence: Cadence, interval: int = 1, first: date = date(2026, 1, 6),
            at: time = time(9, 30)) -> SeriesData:
    return SeriesData(
        project_id="p", title="週次定例 — Müller", cadence=cadence, interval=interval,
        first_date=first, start_time=at, time_zone=zone, duration_minutes=45,
        uid=f"{zone}-{cadence}-{interval}@test", sequence=2,
        attendees=[AttendeeData(person_id="a", name="山田 太郎", email="yamada@example.jp"),
                   AttendeeData(person_id="b", name="Jörg Weiß", email="joerg@example.de",
                                role=AttendeeRole.OPTIONAL)],
    )


def _expand(data: bytes) -> list[tuple[datetime, datetime, str]]:
    calendar = Calendar.from_ical(data)
    events = recurring_ical_events.of(calendar).between(*WINDOW)
    return sorted((e["DTSTART"].dt, e["DTEND"].dt, str(e.get("STATUS", ""))) for e in events)


@pytest.mark.parametrize(
    ("zone", "cadence", "interval"),
    [
        ("Europe/Berlin", Cadence.WEEKLY, 1),
        ("Europe/Berlin", Cadence.EVERY_N_WEEKS, 2),
        ("America/New_York", Cadence.EVERY_N_WEEKS, 2),
        ("America/New_York", Cadence.EVERY_N_MONTHS, 6),
        ("Europe/Berlin", Cadence.YEARLY, 1),
        ("America/New_York", Cadence.MONTHLY, 1),
    ],
)
def test_expanded_times_match_the_plan_across_dst_seen_from_tokyo(
        zone: str, cadence: Cadence, interval: int) -> None:
    series = _series(zone, cadence, interval)
    planned = list(series_starts(series, *WINDOW))
    expanded = _expand(to_bytes(series_calendar(Invite(series, None, "Agenda"), Method.REQUEST)))

    assert [start for start, _end, _s in expanded] == planned
    local = ZoneInfo(zone)
    # the wall-clock time stays 09:30 in the series' zone, summer and winter alike ...
    assert {start.astimezone(local).time() for start, _e, _s in expanded} == {time(9, 30)}
    assert all(end - start == timedelta(minutes=45) for start, end, _s in expanded)
    # ... so in Tokyo (no DST) the meeting moves by an hour with the seasons
    tokyo_times = {start.astimezone(TOKYO).time() for start, _e, _s in expanded}
    if cadence is not Cadence.YEARLY:
        assert len(tokyo_times) == 2


def test_moved_and_cancelled_occurrences() -> None:
    series = _series("Europe/Berlin", Cadence.EVERY_N_WEEKS, 2)
    planned = list(series_starts(series, *WINDOW))
    moved_from, cancelled = planned[5], planned[9]  # both across the March DST change
    moved_to = (moved_from + timedelta(days=1, hours=2)).astimezone(UTC)
    exceptions = [
        OccurrenceData(series.id, moved_from.astimezone(UTC), moved_to, 60, OccurrenceState.MOVED),
        OccurrenceData(series.id, cancelled.astimezone(UTC), cancelled.astimezone(UTC), 45,
                       OccurrenceState.CANCELLED),
    ]
    invite = Invite(series, None, "Agenda", exceptions=exceptions)
    expanded = _expand(to_bytes(series_calendar(invite, Method.REQUEST)))
    starts = [start for start, _e, _s in expanded]

    assert cancelled not in starts and moved_from not in starts
    assert moved_to in starts
    moved = next(e for e in expanded if e[0] == moved_to)
    assert moved[1] - moved[0] == timedelta(minutes=60)
    assert len(starts) == len(planned) - 1


def test_request_headers_attendees_alarm_and_text() -> None:
    series = _series("Europe/Berlin", Cadence.WEEKLY)
    organizer = AttendeeData(person_id="o", name="Elena Petrova", email="elena@vendor.example")
    invite = Invite(series, organizer, "議題\n1. 進捗 (10 min)", "<p>議題</p>")
    data = to_bytes(series_calendar(invite, Method.REQUEST))
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded, in octets
    calendar = Calendar.from_ical(data)
    assert calendar["METHOD"] == "REQUEST"
    event = calendar.walk("VEVENT")[0]
    assert event["SEQUENCE"] == 2 and event["X-MICROSOFT-CDO-APPT-SEQUENCE"] == "2"
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    attendees = {str(a): a.params for a in event["ATTENDEE"]}
    yamada = attendees["mailto:yamada@example.jp"]
    assert (yamada["CN"], yamada["ROLE"], yamada["PARTSTAT"], yamada["RSVP"]) == (
        "山田 太郎", "REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE")
    assert attendees["mailto:joerg@example.de"]["ROLE"] == "OPT-PARTICIPANT"
    assert event["ORGANIZER"].params["CN"] == "Elena Petrova"
    assert str(event["DESCRIPTION"]) == "議題\n1. 進捗 (10 min)"
    assert event["X-ALT-DESC"].params["FMTTYPE"] == "text/html"
    alarm = event.walk("VALARM")[0]
    assert alarm["TRIGGER"].dt == timedelta(minutes=-15)


def test_cancelling_a_series_cancels_its_changed_occurrences_too() -> None:
    series = _series("America/New_York", Cadence.WEEKLY)
    planned = list(series_starts(series, *WINDOW))
    moved = OccurrenceData(series.id, planned[3].astimezone(UTC),
                           (planned[3] + timedelta(hours=3)).astimezone(UTC), 45,
                           OccurrenceState.MOVED)
    calendar = Calendar.from_ical(to_bytes(series_calendar(
        Invite(series, None, "Agenda", exceptions=[moved]), Method.CANCEL)))
    assert calendar["METHOD"] == "CANCEL"
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    assert {str(e["STATUS"]) for e in events} == {"CANCELLED"}
    assert {str(e["UID"]) for e in events} == {series.uid}
    assert "RECURRENCE-ID" in events[1]


def test_one_occurrence_cancelled_on_its_own() -> None:
    series = _series("Europe/Berlin", Cadence.WEEKLY)
    one = next(series_starts(series, *WINDOW)).astimezone(UTC)
    occurrence = OccurrenceData(series.id, one, one, 45, OccurrenceState.CANCELLED)
    calendar = Calendar.from_ical(to_bytes(occurrence_calendar(
        Invite(series, None, "Agenda"), occurrence, Method.CANCEL)))
    event = calendar.walk("VEVENT")[0]
    assert calendar["METHOD"] == "CANCEL"
    assert event["RECURRENCE-ID"].dt == one.astimezone(ZoneInfo("Europe/Berlin"))
    assert event["STATUS"] == "CANCELLED" and "RRULE" not in event


def test_publish_has_no_rsvp() -> None:
    series = _series("Europe/Berlin", Cadence.WEEKLY)
    calendar = Calendar.from_ical(to_bytes(series_calendar(Invite(series, None, "A"),
                                                           Method.PUBLISH)))
    assert calendar["METHOD"] == "PUBLISH"
    for attendee in calendar.walk("VEVENT")[0]["ATTENDEE"]:
        assert "RSVP" not in attendee.params
