"""Warnings about when a series meets: outside either side's working hours, on a public
holiday of the project's country, or with an agenda longer than the meeting.

The series dialog checks as the PM types, so an unsaved series works too (its agenda is only
checked once saved). Results are data: the UI words them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.cadence import CadenceError, series_starts
from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.meetings import OccurrenceState, SeriesData
from cockpit.domain.validation import is_valid_time_zone
from cockpit.store.models import (
    AgendaTemplate,
    MeetingOccurrence,
    MeetingSeries,
    Membership,
    Person,
    Project,
)
from cockpit.store.store import Store

WORK_START, WORK_END = time(9, 0), time(18, 0)
WORKING_DAYS = range(0, 5)  # Monday to Friday


class WarningKind(StrEnum):
    OUTSIDE_VENDOR_HOURS = "outside_vendor_hours"
    OUTSIDE_CUSTOMER_HOURS = "outside_customer_hours"
    HOLIDAY = "holiday"
    AGENDA_TOO_LONG = "agenda_too_long"


@dataclass(frozen=True)
class MeetingWarning:
    """``first``: the first meeting concerned, aware, in the zone the warning is about (the
    vendor's, the customer's; the customer's for a holiday); ``count``: how many meetings in
    the horizon are concerned. ``detail``: local times ("02:00–02:45 Europe/Warsaw"), the
    holiday's name, or "planned/meeting" minutes for an agenda that is too long."""

    kind: WarningKind
    first: datetime
    count: int
    detail: str = ""


def inside_working_hours(start: datetime, minutes: int, zone: str) -> bool:
    """Does the meeting fall within 09:00-18:00, Monday to Friday, in ``zone``?"""
    here = start.astimezone(ZoneInfo(zone))
    end = here + timedelta(minutes=minutes)
    return (here.weekday() in WORKING_DAYS and end.date() == here.date()
            and here.time() >= WORK_START and end.time() <= WORK_END)


def _span(start: datetime, minutes: int, zone: str) -> str:
    here = start.astimezone(ZoneInfo(zone))
    end = here + timedelta(minutes=minutes)
    return f"{here:%H:%M}–{end:%H:%M} {zone}"  # the UI names the day in its language


@dataclass(frozen=True)
class _Sides:
    vendor_zone: str
    customer_zone: str
    country: str
    saved: bool
    agenda_body: str | None  # the template the series uses (None: unsaved, not checked)


def _vendor_zone(session: Session, series: SeriesData, project: Project) -> str:
    """The organiser's zone; without one, the vendor-side project manager's; else the
    customer's."""
    if series.organizer_person_id:
        person = session.get(Person, series.organizer_person_id)
        if person is not None and is_valid_time_zone(person.time_zone):
            return person.time_zone
    pm_zone = session.scalars(
        select(Person.time_zone).join(Membership, Membership.person_id == Person.id)
        .where(Membership.project_id == project.id, Membership.side == Side.VENDOR,
               Membership.escalation_level == EscalationLevel.PROJECT)
        .order_by(Membership.position)).first()
    if pm_zone and is_valid_time_zone(pm_zone):
        return pm_zone
    return project.customer_time_zone


def _agenda_body(session: Session, series: SeriesData) -> str:
    template = session.get(AgendaTemplate, series.agenda_template_id) \
        if series.agenda_template_id else None
    if template is None:
        from cockpit.store.default_templates import default_agenda, project_language

        template = default_agenda(session, series.type,
                                  project_language(session, series.project_id))
    from cockpit.services.invites import FALLBACK_AGENDA

    return template.body if template is not None else FALLBACK_AGENDA


def _held_starts(session: Session, series: SeriesData, after: datetime,
                 before: datetime) -> list[datetime]:
    """The planned starts in [after, before), with a saved series' own changes: cancelled
    dates left out, moved ones where they are now."""
    planned = [s.astimezone(UTC) for s in series_starts(series, after, before)]
    stored = {row.original_start: row for row in session.scalars(
        select(MeetingOccurrence).where(MeetingOccurrence.series_id == series.id))}
    held = []
    for start in planned:
        row = stored.get(start)
        if row is None:
            held.append(start)
        elif row.state is not OccurrenceState.CANCELLED:
            held.append(row.start)
    return sorted(held)


def check_series(store: Store, series: SeriesData, *, horizon_days: int = 120,
                 today: date | None = None, language: str | None = None,
                 agenda: bool = True) -> list[MeetingWarning]:
    """Warnings for the series' meetings from ``today`` (default: now) over ``horizon_days``,
    one per kind. ``language`` names holidays ("ja", "en_US") where the country has it;
    ``agenda=False`` leaves the agenda's length unchecked (only when it meets)."""
    if series.first_date is None or not is_valid_time_zone(series.time_zone):
        return []
    zone = ZoneInfo(series.time_zone)
    after = (datetime.combine(today, time(0), zone) if today is not None
             else datetime.now(UTC))
    before = after + timedelta(days=horizon_days)
    with store.session() as s:
        project = s.get(Project, series.project_id)
        if project is None:
            return []
        saved = s.get(MeetingSeries, series.id) is not None
        sides = _Sides(vendor_zone=_vendor_zone(s, series, project),
                       customer_zone=project.customer_time_zone,
                       country=(project.working_days_country or "").strip().upper(),
                       saved=saved,
                       agenda_body=_agenda_body(s, series) if saved and agenda else None)
        try:
            starts = _held_starts(s, series, after, before)
        except (CadenceError, ValueError):
            return []
    warnings = [w for w in (
        _hours(starts, series.duration_minutes, sides.vendor_zone,
               WarningKind.OUTSIDE_VENDOR_HOURS),
        _hours(starts, series.duration_minutes, sides.customer_zone,
               WarningKind.OUTSIDE_CUSTOMER_HOURS),
        _holidays(starts, sides.customer_zone, sides.country, language),
    ) if w is not None]
    if sides.agenda_body is not None and starts:
        too_long = _agenda(store, series, sides.agenda_body, starts)
        if too_long is not None:
            warnings.append(too_long)
    return warnings


def _hours(starts: list[datetime], minutes: int, zone: str,
           kind: WarningKind) -> MeetingWarning | None:
    if not is_valid_time_zone(zone):
        return None
    outside = [s for s in starts if not inside_working_hours(s, minutes, zone)]
    if not outside:
        return None
    return MeetingWarning(kind, outside[0].astimezone(ZoneInfo(zone)), len(outside),
                          _span(outside[0], minutes, zone))


def _holidays(starts: list[datetime], zone: str, country: str,
              language: str | None) -> MeetingWarning | None:
    if not country or not starts or not is_valid_time_zone(zone):
        return None
    import holidays

    local = [s.astimezone(ZoneInfo(zone)) for s in starts]
    years = sorted({d.year for d in local})
    try:
        calendar = holidays.country_holidays(country, years=years)
        if language and language in calendar.supported_languages:
            calendar = holidays.country_holidays(country, years=years, language=language)
    except (NotImplementedError, KeyError, ValueError):  # a country the library lacks
        return None
    on_holiday = [d for d in local if d.date() in calendar]
    if not on_holiday:
        return None
    return MeetingWarning(WarningKind.HOLIDAY, on_holiday[0], len(on_holiday),
                          str(calendar.get(on_holiday[0].date())))


def _agenda(store: Store, series: SeriesData, body: str,
            starts: list[datetime]) -> MeetingWarning | None:
    from cockpit.agenda.render import AgendaError
    from cockpit.services.invites import render_agenda

    try:
        agenda = render_agenda(store, series.id, for_customer=True, body=body)
    except AgendaError:  # a broken template is the template editor's message, not this one
        return None
    if agenda.planned_minutes <= series.duration_minutes:
        return None
    first = starts[0].astimezone(ZoneInfo(series.time_zone))
    return MeetingWarning(WarningKind.AGENDA_TOO_LONG, first, len(starts),
                          f"{agenda.planned_minutes}/{series.duration_minutes}")


def local_times(series: SeriesData, zones: list[str], *,
                after: datetime | None = None) -> dict[str, datetime]:
    """The next meeting (from ``after``, default now) as seen in each zone; {} if none."""
    if series.first_date is None or not is_valid_time_zone(series.time_zone):
        return {}
    now = after or datetime.now(UTC)
    try:
        upcoming = next(series_starts(series, now, now + timedelta(days=800)), None)
    except (CadenceError, ValueError):
        return {}
    if upcoming is None:
        return {}
    return {zone: upcoming.astimezone(ZoneInfo(zone)) for zone in zones
            if is_valid_time_zone(zone)}


# --- one meeting at a time: the planner's and the Meetings tab's flags ---------------------
@dataclass(frozen=True)
class MeetingFlag:
    """Why one meeting is awkward for one side: ``kind`` is OUTSIDE_VENDOR_HOURS,
    OUTSIDE_CUSTOMER_HOURS or HOLIDAY; ``local`` its start in that side's ``zone``; ``who`` the
    person of that side it is awkward for (the organiser, a customer attendee; "" if none);
    ``detail`` the holiday's name."""

    kind: WarningKind
    local: datetime
    zone: str
    who: str = ""
    detail: str = ""


MeetingAt = tuple[str, datetime, datetime, int]  # series id, original start, start, minutes


@dataclass(frozen=True)
class _SeriesSides:
    vendor_zone: str
    customer_zone: str
    country: str
    vendor_who: str
    customer_who: str


def _series_sides(session: Session, series_id: str) -> _SeriesSides | None:
    from cockpit.services.meetings_mapping import to_series

    row = session.get(MeetingSeries, series_id)
    project = session.get(Project, row.project_id) if row is not None else None
    if row is None or project is None:
        return None
    series = to_series(row, set())
    vendor_zone = _vendor_zone(session, series, project)
    customers = set(session.scalars(select(Membership.person_id).where(
        Membership.project_id == project.id, Membership.side == Side.CUSTOMER)))
    organiser = session.get(Person, series.organizer_person_id) \
        if series.organizer_person_id else None
    customer = next((a.person for a in row.attendees if a.person_id in customers
                     and a.person is not None
                     and a.person.time_zone == project.customer_time_zone), None)
    return _SeriesSides(vendor_zone, project.customer_time_zone,
                        (project.working_days_country or "").strip().upper(),
                        organiser.name if organiser and organiser.time_zone == vendor_zone else "",
                        customer.name if customer else "")


def flag_meetings(store: Store, meetings: list[MeetingAt], *, language: str | None = None
                  ) -> dict[tuple[str, datetime], list[MeetingFlag]]:
    """For each meeting (series id, original start, start, minutes) that falls outside a
    side's working days or hours, or on a public holiday of the customer's country: why,
    keyed by (series id, original start). The checks of ``check_series``, meeting by meeting
    (``language`` names the holidays)."""
    out: dict[tuple[str, datetime], list[MeetingFlag]] = {}
    with store.session() as s:
        sides = {sid: _series_sides(s, sid) for sid in {m[0] for m in meetings}}
    calendars: dict[str, Any] = {}  # "JP/2026" → the holidays calendar, or None
    for series_id, original, start, minutes in meetings:
        side = sides.get(series_id)
        if side is None:
            continue
        flags = [MeetingFlag(kind, start.astimezone(ZoneInfo(zone)), zone, who)
                 for kind, zone, who in (
                     (WarningKind.OUTSIDE_VENDOR_HOURS, side.vendor_zone, side.vendor_who),
                     (WarningKind.OUTSIDE_CUSTOMER_HOURS, side.customer_zone, side.customer_who))
                 if is_valid_time_zone(zone) and not inside_working_hours(start, minutes, zone)]
        holiday = _holiday_on(start, side, calendars, language)
        if holiday:
            local = start.astimezone(ZoneInfo(side.customer_zone))
            flags.append(MeetingFlag(WarningKind.HOLIDAY, local, side.customer_zone,
                                     side.customer_who, holiday))
        if flags:
            out[(series_id, original)] = flags
    return out


def _holiday_on(start: datetime, side: _SeriesSides, calendars: dict[str, Any],
                language: str | None) -> str:
    if not side.country or not is_valid_time_zone(side.customer_zone):
        return ""
    local = start.astimezone(ZoneInfo(side.customer_zone)).date()
    key = f"{side.country}/{local.year}"
    if key not in calendars:
        import holidays

        try:
            calendar = holidays.country_holidays(side.country, years=[local.year])
            if language and language in calendar.supported_languages:
                calendar = holidays.country_holidays(side.country, years=[local.year],
                                                     language=language)
        except (NotImplementedError, KeyError, ValueError):  # a country the library lacks
            calendar = None
        calendars[key] = calendar
    calendar = calendars[key]
    name = calendar.get(local) if calendar is not None else None
    return str(name) if name else ""
