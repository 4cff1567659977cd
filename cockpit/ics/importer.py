"""Importing .ics files from Outlook, Google, Apple and Thunderbird into a project's meetings.

One transaction per file: every event is checked first; a file with a damaged event changes
nothing and the error names the event and the property. A UID already in the store updates
that series; METHOD:REPLY records attendees' answers; METHOD:CANCEL cancels.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cockpit.domain.cadence import check_custom_rrule
from cockpit.domain.meetings import AttendeeRole, Cadence, OccurrenceState, PartStat
from cockpit.domain.validation import is_valid_time_zone
from cockpit.errors import ErrorCode, KnownError
from cockpit.ics.reading import read_text
from cockpit.store.models import MeetingOccurrence, MeetingSeries, Person, Project, SeriesAttendee
from cockpit.store.store import Store

ESSENTIAL = {"DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID", None}
PARTSTATS = {"NEEDS-ACTION": PartStat.NEEDS_ACTION, "ACCEPTED": PartStat.ACCEPTED,
             "TENTATIVE": PartStat.TENTATIVE, "DECLINED": PartStat.DECLINED,
             "DELEGATED": PartStat.DELEGATED}
MAX_MINUTES = 12 * 60


class Skip:
    """Why an event was left out (the UI translates these)."""

    ALL_DAY = "all_day"
    TOO_LONG = "too_long"
    UNKNOWN_MEETING = "unknown_meeting"  # a reply or cancellation for a meeting we don't have
    UNSUPPORTED_METHOD = "unsupported_method"
    SEVERAL_RULES = "several_rules"  # repeats by more than one RRULE: a series follows one
    EXTRA_DATES = "extra_dates"  # RDATE: dates beside the rule, left out (the series imports)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    cancelled: int = 0
    responses: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (summary, Skip reason)

    @property
    def changed(self) -> int:
        return self.created + self.updated + self.cancelled + self.responses


SKIP_TEXT = {
    Skip.ALL_DAY: "all-day events are not meetings",
    Skip.TOO_LONG: "events longer than 12 hours are not meetings",
    Skip.UNKNOWN_MEETING: "replies or changes to meetings that are not in the store",
    Skip.UNSUPPORTED_METHOD: "a calendar method PM Cockpit does not handle",
    Skip.SEVERAL_RULES: "meetings that repeat by several rules at once (a series here follows "
                        "one rule: add the others as series of their own)",
    Skip.EXTRA_DATES: "extra dates beside a meeting's rule (RDATE), which were left out: add "
                      "them to the series by hand",
}


def _prop(event: Any, name: str) -> Any:
    """A property's value; the first one when a writer repeated a single-valued property."""
    value = event[name]
    return value[0] if isinstance(value, list) else value


def _text(event: Any, name: str, default: str = "") -> str:
    """A text property (the first when repeated), ``default`` when it is absent or empty."""
    if name not in event:
        return default
    return str(_prop(event, name) or "") or default


def _number(event: Any, name: str) -> int:
    """A whole-number property such as SEQUENCE (the first when repeated); 0 when it is
    absent or not a number a calendar could mean (negative, or too large to be one)."""
    try:
        value = int(_prop(event, name)) if name in event else 0
    except (TypeError, ValueError):
        return 0
    return value if 0 <= value < 2**31 else 0


def _bad(message: str) -> KnownError:
    return KnownError(ErrorCode.BAD_ICS, message)


def parse(path: Path) -> list[Any]:
    from icalendar import Calendar

    text = read_text(path)
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # the parser's own errors on damaged input, whatever their type
        raise _bad(f"{path.name} is damaged: {exc}") from exc
    if not calendars:
        raise _bad(f"{path.name} holds no calendar")
    for calendar in calendars:
        for zone in calendar.walk("VTIMEZONE"):
            for rules in zone.walk():
                if rules.name in ("STANDARD", "DAYLIGHT") and not (
                        "DTSTART" in rules and isinstance(_prop(rules, "DTSTART").dt, datetime)):
                    raise _bad(f"{path.name}: time zone '{zone.get('TZID', '?')}' is not valid "
                               "(its rules must start at a date and time)")
        for event in calendar.walk("VEVENT"):
            for name, problem in getattr(event, "errors", []):
                if name in ESSENTIAL:
                    what = name or "a line"
                    raise _bad(f"{path.name}: event '{event.get('SUMMARY', '?')}': {what} "
                               f"is not valid ({problem})")
            if "DTSTART" not in event:
                raise _bad(f"{path.name}: event '{event.get('SUMMARY', '?')}' has no start")
    return calendars


def _zone_name(value: datetime, default: str) -> str:
    from icalendar.timezone import tzid_from_dt

    key = getattr(value.tzinfo, "key", None)
    if key and is_valid_time_zone(key):
        return key
    try:
        tzid = tzid_from_dt(value)
    except Exception:
        tzid = None
    if tzid and is_valid_time_zone(tzid):
        return tzid
    offset = value.utcoffset() or timedelta(0)
    if offset == timedelta(0):
        return default if default else "UTC"
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest == 0 and -12 <= hours <= 14:  # a fixed offset: Etc/GMT-11 is UTC+11 (POSIX signs)
        return f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"
    return "UTC"


def _aware(value: Any, default_zone: str) -> tuple[datetime, str] | None:
    """(aware datetime, IANA zone) of a DTSTART-like value; None for an all-day date."""
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:  # floating time: the calendar's or the project's zone
        return value.replace(tzinfo=ZoneInfo(default_zone)), default_zone
    zone = _zone_name(value, default_zone)
    return value.astimezone(ZoneInfo(zone)), zone


def _email(address: Any) -> str:
    text = str(address)
    return text[7:].strip().lower() if text.lower().startswith("mailto:") else text.strip().lower()


class _Importer:
    def __init__(self, session: Session, project: Project) -> None:
        self.s = session
        self.project = project
        self.result = ImportResult()
        self.people: dict[str, Person] = {}

    def person(self, address: Any) -> Person | None:
        email = _email(address)
        if "@" not in email:
            return None
        if email in self.people:
            return self.people[email]
        found = self.s.scalars(select(Person).where(func.lower(Person.email) == email)).first()
        if found is None:
            name = str(getattr(address, "params", {}).get("CN", "") or email)
            found = Person(name=name.strip('"'), email=email, time_zone="UTC")
            self.s.add(found)
        self.people[email] = found
        return found

    def series_by_uid(self, uid: str) -> MeetingSeries | None:
        return self.s.scalars(select(MeetingSeries).where(MeetingSeries.uid == uid).options(
            selectinload(MeetingSeries.attendees), selectinload(MeetingSeries.occurrences))
        ).one_or_none()

    # --- requests and published events ----------------------------------------------
    def upsert(self, uid: str, master: Any, overrides: list[Any], default_zone: str) -> None:
        summary = _text(master, "SUMMARY").strip() or "(untitled)"
        start = _aware(_prop(master, "DTSTART").dt, default_zone)
        if start is None:
            self.result.skipped.append((summary, Skip.ALL_DAY))
            return
        local, zone = start
        minutes = self._minutes(master, local)
        if not 0 < minutes <= MAX_MINUTES:
            self.result.skipped.append((summary, Skip.TOO_LONG))
            return
        if len(_rules(master)) > 1:
            self.result.skipped.append((summary, Skip.SEVERAL_RULES))
            return
        if "RDATE" in master:  # the series follows its rule; the extra dates are named
            self.result.skipped.append((summary, Skip.EXTRA_DATES))
        row = self.series_by_uid(uid)
        if row is not None and row.project_id != self.project.id:
            owner = self.s.get(Project, row.project_id)
            raise KnownError(ErrorCode.ICS_OTHER_PROJECT,
                             f"'{summary}' is already a meeting of project "
                             f"{owner.code if owner else row.project_id}")
        if row is None:
            row = MeetingSeries(uid=uid, project_id=self.project.id, sequence=0)
            self.s.add(row)
            self.result.created += 1
        else:
            self.result.updated += 1
        row.title = summary[:300]
        row.objective = _text(master, "DESCRIPTION")
        row.first_date, row.start_time, row.time_zone = local.date(), local.time(), zone
        row.duration_minutes = minutes
        row.location = _text(master, "LOCATION")[:500]
        url = _text(master, "URL")
        row.online_url = url if url.startswith(("http://", "https://")) else ""
        row.sequence = max(row.sequence or 0, _number(master, "SEQUENCE"))
        row.cancelled = _text(master, "STATUS").upper() == "CANCELLED"
        self._recurrence(row, master, local)
        organizer = _prop(master, "ORGANIZER") if "ORGANIZER" in master else None
        if organizer is not None:
            person = self.person(organizer)
            row.organizer_person_id = person.id if person else None
        self._attendees(row, master)
        self.s.flush()
        for exdate in self._exdates(master, zone):
            self._occurrence(row, exdate).state = OccurrenceState.CANCELLED
        for override in overrides:
            self._override(row, override, zone)

    def _minutes(self, event: Any, start: datetime) -> int:
        if "DTEND" in event:
            end = _aware(_prop(event, "DTEND").dt, str(start.tzinfo))
            if end is not None:
                return int((end[0] - start).total_seconds() // 60)
        if "DURATION" in event:
            return int(_prop(event, "DURATION").dt.total_seconds() // 60)
        return 30

    def _recurrence(self, row: MeetingSeries, master: Any, local: datetime) -> None:
        rules = _rules(master)
        row.until = None
        row.interval = 1
        if not rules:  # a single meeting
            row.cadence, row.custom_rrule = Cadence.CUSTOM, "FREQ=DAILY;COUNT=1"
            return
        (text,) = rules
        parts = dict(p.split("=", 1) for p in text.upper().split(";") if "=" in p)
        weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[local.weekday()]
        simple = set(parts) <= {"FREQ", "INTERVAL", "BYDAY", "UNTIL", "WKST"} and \
            parts.get("FREQ") == "WEEKLY" and parts.get("BYDAY", weekday) == weekday and \
            parts.get("INTERVAL", "1").isdigit() and int(parts.get("INTERVAL", "1")) >= 1 and \
            _until(parts.get("UNTIL", "20000101")) is not None
        if simple:
            interval = int(parts.get("INTERVAL", "1"))
            row.cadence = Cadence.WEEKLY if interval == 1 else Cadence.EVERY_N_WEEKS
            row.interval, row.custom_rrule = interval, ""
            if "UNTIL" in parts:
                row.until = _until(parts["UNTIL"])
            return
        try:
            row.cadence, row.custom_rrule = Cadence.CUSTOM, check_custom_rrule(text, local)
        except ValueError as exc:
            raise _bad(f"event '{row.title}': its recurrence cannot be used ({exc})") from exc

    def _attendees(self, row: MeetingSeries, event: Any) -> None:
        values = event.get("ATTENDEE", [])
        values = values if isinstance(values, list) else [values]
        current = {a.person_id: a for a in row.attendees}
        wanted = []
        for position, address in enumerate(values):
            person = self.person(address)
            if person is None:
                continue
            self.s.flush()
            attendee = current.pop(person.id, None) or SeriesAttendee(person_id=person.id)
            params = getattr(address, "params", {})
            attendee.role = (AttendeeRole.OPTIONAL if params.get("ROLE") == "OPT-PARTICIPANT"
                             else AttendeeRole.REQUIRED)
            attendee.partstat = PARTSTATS.get(str(params.get("PARTSTAT", "")).upper(),
                                              PartStat.NEEDS_ACTION)
            attendee.position = position
            if attendee not in wanted:
                wanted.append(attendee)
        row.attendees = wanted
        for orphan in current.values():
            self.s.delete(orphan)

    def _exdates(self, event: Any, zone: str) -> list[datetime]:
        values = event.get("EXDATE", [])
        values = values if isinstance(values, list) else [values]
        found = []
        for value in values:
            for item in getattr(value, "dts", []):
                aware = _aware(item.dt, zone)
                if aware is not None:
                    found.append(aware[0].astimezone(UTC))
        return found

    def _occurrence(self, row: MeetingSeries, original: datetime) -> MeetingOccurrence:
        for existing in row.occurrences:
            if existing.original_start == original:
                return existing
        occurrence = MeetingOccurrence(series_id=row.id, original_start=original,
                                       start=original, duration_minutes=row.duration_minutes,
                                       state=OccurrenceState.SCHEDULED)
        row.occurrences.append(occurrence)
        return occurrence

    def _override(self, row: MeetingSeries, event: Any, zone: str) -> None:
        original = _aware(_prop(event, "RECURRENCE-ID").dt, zone)
        if original is None:
            return
        occurrence = self._occurrence(row, original[0].astimezone(UTC))
        if _text(event, "STATUS").upper() == "CANCELLED":
            occurrence.state = OccurrenceState.CANCELLED
            return
        start = _aware(_prop(event, "DTSTART").dt, zone)
        if start is not None:
            occurrence.start = start[0].astimezone(UTC)
            occurrence.duration_minutes = self._minutes(event, start[0])
            moved = occurrence.start != occurrence.original_start
            occurrence.state = OccurrenceState.MOVED if moved else OccurrenceState.SCHEDULED

    def apply(self, method: str, uid: str, events: list[Any], default_zone: str) -> None:
        """One meeting (all events sharing a UID) of a calendar with ``method``."""
        masters = [e for e in events if "RECURRENCE-ID" not in e]
        overrides = [e for e in events if "RECURRENCE-ID" in e]
        if method == "REPLY":
            for event in events:
                self.reply(uid, event)
        elif method == "CANCEL":
            for event in events:
                self.cancel(uid, event, default_zone)
        elif method not in ("REQUEST", "PUBLISH", "ADD"):
            self.result.skipped.append((method, Skip.UNSUPPORTED_METHOD))
        elif masters:
            self.upsert(uid, masters[0], overrides, default_zone)
        else:  # only changed dates of a meeting we should already have
            row = self.series_by_uid(uid)
            if row is None:
                summary = _text(overrides[0], "SUMMARY", uid)
                self.result.skipped.append((summary, Skip.UNKNOWN_MEETING))
                return
            for override in overrides:
                self._override(row, override, row.time_zone)
            self.result.updated += 1

    # --- replies and cancellations ------------------------------------------------------
    def reply(self, uid: str, event: Any) -> None:
        row = self.series_by_uid(uid)
        if row is None:
            self.result.skipped.append((_text(event, "SUMMARY", uid), Skip.UNKNOWN_MEETING))
            return
        values = event.get("ATTENDEE", [])
        for address in values if isinstance(values, list) else [values]:
            email = _email(address)
            for attendee in row.attendees:
                person = self.s.get(Person, attendee.person_id)
                if person is not None and person.email.lower() == email:
                    state = str(getattr(address, "params", {}).get("PARTSTAT", "")).upper()
                    attendee.partstat = PARTSTATS.get(state, attendee.partstat)
                    self.result.responses += 1

    def cancel(self, uid: str, event: Any, default_zone: str) -> None:
        row = self.series_by_uid(uid)
        if row is None:
            self.result.skipped.append((_text(event, "SUMMARY", uid), Skip.UNKNOWN_MEETING))
            return
        if "RECURRENCE-ID" in event:
            original = _aware(_prop(event, "RECURRENCE-ID").dt, row.time_zone or default_zone)
            if original is not None:
                self._occurrence(row, original[0].astimezone(UTC)).state = \
                    OccurrenceState.CANCELLED
        else:
            row.cancelled = True
        row.sequence = max(row.sequence, _number(event, "SEQUENCE"))
        self.result.cancelled += 1


def _until(text: str) -> date | None:
    """The day of an RRULE's UNTIL (``20261231`` or ``20261231T235959Z``); None if it is none."""
    if re.fullmatch(r"\d{8}(T\d{6}Z?)?", text) is None:
        return None
    try:
        day = date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    return day if 1900 <= day.year <= 9000 else None


def _rules(event: Any) -> list[str]:
    """The event's RRULEs as text, the same rule written twice counted once."""
    values = event.get("RRULE", [])
    texts: list[str] = []
    for value in values if isinstance(values, list) else [values]:
        try:
            text = value.to_ical().decode()
        except (AttributeError, ValueError, TypeError):
            text = str(value)
        if text.upper() not in (t.upper() for t in texts):
            texts.append(text)
    return texts


def _uid(event: Any) -> str:
    uid = _text(event, "UID").strip()
    if uid:
        return uid[:255]
    basis = f"{_text(event, 'SUMMARY')}|{_prop(event, 'DTSTART').to_ical().decode()}"
    return f"{hashlib.sha1(basis.encode()).hexdigest()}@imported"


def import_ics(store: Store, project_id: str, path: Path) -> ImportResult:
    calendars = parse(path)  # a damaged file is refused before anything is written
    with store.session() as s:
        project = s.get(Project, project_id)
        if project is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
        importer = _Importer(s, project)
        for calendar in calendars:
            method = _text(calendar, "METHOD", "PUBLISH").upper()
            default_zone = _text(calendar, "X-WR-TIMEZONE")
            if not is_valid_time_zone(default_zone):
                default_zone = project.customer_time_zone
            groups: dict[str, list[Any]] = {}
            for event in calendar.walk("VEVENT"):
                groups.setdefault(_uid(event), []).append(event)
            for uid, events in groups.items():
                importer.apply(method, uid, events, default_zone)
        result = importer.result
        if result.changed == 0:
            s.rollback()
            reasons = sorted({SKIP_TEXT[reason] for _summary, reason in result.skipped})
            detail = f": {'; '.join(reasons)}" if reasons else ""
            raise KnownError(ErrorCode.ICS_NOTHING_TO_IMPORT,
                             f"{path.name} has no meeting to import{detail}")
        return result
