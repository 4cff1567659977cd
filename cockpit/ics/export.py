"""Meeting series and occurrences as iCalendar invites that Outlook, Google Calendar, Apple
Calendar and Thunderbird accept (RFC 5545 / 5546 iTIP).

- ``REQUEST``: the series (RRULE, EXDATE for cancelled dates, one VEVENT with RECURRENCE-ID
  for each moved or re-agenda'd date) or one occurrence; ``CANCEL``: the series (and every
  changed occurrence) or one occurrence, STATUS:CANCELLED; ``PUBLISH``: a plain calendar.
- Times carry TZID with a VTIMEZONE per zone used, written the way Outlook reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vCalAddress, vText

from cockpit.domain.cadence import local_start, rrule_text
from cockpit.domain.meetings import (
    AttendeeData,
    AttendeeRole,
    OccurrenceData,
    OccurrenceState,
    SeriesData,
)
from cockpit.ics.vtimezone import vtimezone

PRODID = "-//PM Cockpit//Meeting planner//EN"


class Method(StrEnum):
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"
    PUBLISH = "PUBLISH"


@dataclass
class Invite:
    """Everything an invite needs, resolved by the meetings service."""

    series: SeriesData
    organizer: AttendeeData | None
    description: str  # the agenda as plain text
    description_html: str = ""
    exceptions: list[OccurrenceData] = field(default_factory=list)  # moved/cancelled/own agenda
    occurrence_descriptions: dict[datetime, str] = field(default_factory=dict)  # by original


def _address(person: AttendeeData) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["CN"] = vText(person.name)
    return address


def _base_event(invite: Invite, method: Method) -> Event:
    series = invite.series
    event = Event()
    event.add("UID", series.uid)
    event.add("SEQUENCE", series.sequence)
    event.add("X-MICROSOFT-CDO-APPT-SEQUENCE", str(series.sequence))
    event.add("DTSTAMP", datetime.now(UTC))
    event.add("SUMMARY", series.title)
    if series.location or series.online_url:
        event.add("LOCATION", series.location or series.online_url)
    if series.online_url:
        event.add("URL", series.online_url)
    if invite.organizer is not None and invite.organizer.email:
        event.add("ORGANIZER", _address(invite.organizer))
    for attendee in series.attendees:
        if not attendee.email:
            continue
        address = _address(attendee)
        address.params["ROLE"] = ("REQ-PARTICIPANT" if attendee.role is AttendeeRole.REQUIRED
                                  else "OPT-PARTICIPANT")
        address.params["CUTYPE"] = "INDIVIDUAL"
        if method is not Method.PUBLISH:
            address.params["PARTSTAT"] = "NEEDS-ACTION"
            address.params["RSVP"] = "TRUE"
        event.add("ATTENDEE", address)
    event.add("TRANSP", "OPAQUE")
    event.add("CLASS", "PUBLIC")
    return event


def _describe(event: Event, text: str, html: str) -> None:
    if text:
        event.add("DESCRIPTION", text)
    if html:
        event.add("X-ALT-DESC", html, parameters={"FMTTYPE": "text/html"})


def _alarm(event: Event, minutes: int | None) -> None:
    if minutes is None:
        return
    alarm = Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", "Reminder")
    alarm.add("TRIGGER", timedelta(minutes=-minutes))
    event.add_component(alarm)


def _times(event: Event, start: datetime, minutes: int, zone: ZoneInfo) -> None:
    local = start.astimezone(zone)
    event.add("DTSTART", local)
    event.add("DTEND", local + timedelta(minutes=minutes))


def _calendar(method: Method, zones: set[str]) -> Calendar:
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", method.value)
    for tzid in sorted(zones):
        calendar.add_component(vtimezone(tzid))
    return calendar


def _exception_event(invite: Invite, occurrence: OccurrenceData, method: Method,
                     zone: ZoneInfo) -> Event:
    series = invite.series
    event = _base_event(invite, method)
    event.add("RECURRENCE-ID", occurrence.original_start.astimezone(zone))
    cancelled = occurrence.state is OccurrenceState.CANCELLED or method is Method.CANCEL
    _times(event, occurrence.start, occurrence.duration_minutes, zone)
    event.add("STATUS", "CANCELLED" if cancelled else "CONFIRMED")
    text = invite.occurrence_descriptions.get(occurrence.original_start, invite.description)
    _describe(event, text, "" if text != invite.description else invite.description_html)
    if not cancelled:
        _alarm(event, series.reminder_minutes)
    return event


def series_calendar(invite: Invite, method: Method) -> Calendar:
    """The whole series: for REQUEST/PUBLISH as planned, for CANCEL everything cancelled."""
    series = invite.series
    zone = ZoneInfo(series.time_zone)
    calendar = _calendar(method, {series.time_zone})
    master = _base_event(invite, method)
    _times(master, local_start(series), series.duration_minutes, zone)
    master.add("RRULE", _rrule(series))
    cancelled = [o for o in invite.exceptions if o.state is OccurrenceState.CANCELLED]
    for occurrence in cancelled:
        master.add("EXDATE", occurrence.original_start.astimezone(zone))
    master.add("STATUS", "CANCELLED" if method is Method.CANCEL else "CONFIRMED")
    _describe(master, invite.description, invite.description_html)
    if method is not Method.CANCEL:
        _alarm(master, series.reminder_minutes)
    calendar.add_component(master)
    for occurrence in invite.exceptions:
        if occurrence.state is OccurrenceState.CANCELLED and method is not Method.CANCEL:
            continue  # already an EXDATE
        calendar.add_component(_exception_event(invite, occurrence, method, zone))
    return calendar


def occurrence_calendar(invite: Invite, occurrence: OccurrenceData, method: Method) -> Calendar:
    """One date of the series: its update (REQUEST) or its cancellation (CANCEL)."""
    zone = ZoneInfo(invite.series.time_zone)
    calendar = _calendar(method, {invite.series.time_zone})
    calendar.add_component(_exception_event(invite, occurrence, method, zone))
    return calendar


def _rrule(series: SeriesData) -> dict[str, object]:
    from icalendar import vRecur

    return vRecur.from_ical(rrule_text(series))


def to_bytes(calendar: Calendar) -> bytes:
    """UTF-8, CRLF line ends, folded at 75 octets (icalendar does both)."""
    return calendar.to_ical()
