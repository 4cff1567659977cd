"""Meeting series: the governance model proposal, create/edit/cancel/delete, lists."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cockpit.connectors import remote_links
from cockpit.domain.cadence import rrule_text, series_starts
from cockpit.domain.enums import EscalationLevel, Meeting, Side
from cockpit.domain.meeting_rules import SeriesProblem, validate_series
from cockpit.domain.meetings import (
    AttendeeData,
    Cadence,
    OccurrenceState,
    SeriesData,
    SeriesType,
)
from cockpit.errors import ErrorCode, KnownError
from cockpit.services import outlook_channel
from cockpit.services.meetings_mapping import apply_series, customer_people, to_series
from cockpit.store.models import (
    AgendaTemplate,
    MeetingOccurrence,
    MeetingSeries,
    Membership,
    Person,
    Project,
    SeriesAttendee,
)
from cockpit.store.store import Store

WORK_START, WORK_END = time(9, 0), time(18, 0)

# (type, cadence, interval, weekday 0=Mon, minutes, objective); each meeting is at least as
# long as its shipped default agenda (weekly 35 min), so a new series does not warn of overrun
GOVERNANCE = (
    (SeriesType.WEEKLY_STATUS, Cadence.WEEKLY, 1, 1, 45,
     "Managerial status with the customer's project manager: progress, open tasks and "
     "action items, next steps."),
    (SeriesType.BIWEEKLY_STATUS, Cadence.EVERY_N_WEEKS, 2, 3, 60,
     "Plans, issues and action items with the department director and the customer's side."),
    (SeriesType.EXECUTIVE_REVIEW, Cadence.EVERY_N_MONTHS, 6, 2, 60,
     "Overall status and long-term plans: vendor CTO and COO with the customer's executives."),
)
TITLES = {
    SeriesType.WEEKLY_STATUS: "Weekly status",
    SeriesType.BIWEEKLY_STATUS: "Biweekly status",
    SeriesType.EXECUTIVE_REVIEW: "Executive review",
}


def new_uid() -> str:
    return f"{uuid.uuid4()}@pm-cockpit"


def _overlap_hour(first: date, customer_tz: str, vendor_tz: str) -> time:
    """The earliest full hour inside both sides' working hours on ``first`` and half a year
    later (the other side of daylight-saving time), else on ``first`` alone, else 10:00."""
    customer, vendor = ZoneInfo(customer_tz), ZoneInfo(vendor_tz)

    def inside(day: date, hour: int) -> bool:
        there = datetime.combine(day, time(hour), customer)
        here = there.astimezone(vendor)
        end = here + timedelta(hours=1)
        return (here.date() == there.date() == end.date() and here.time() >= WORK_START
                and end.time() <= WORK_END)

    hours = range(WORK_START.hour, WORK_END.hour)
    later = first + timedelta(days=182)
    for hour in hours:
        if inside(first, hour) and inside(later, hour):
            return time(hour)
    for hour in hours:
        if inside(first, hour):
            return time(hour)
    return time(10, 0)


def _next_weekday(after: date, weekday: int) -> date:
    return after + timedelta(days=(weekday - after.weekday()) % 7 or 7)


def propose_governance(store: Store, project_id: str,
                       today: date | None = None) -> list[SeriesData]:
    """The three default series for a project, not saved: the PM adjusts and confirms.

    Attendees come from the communication map (who receives which meeting); the organiser
    is the vendor-side project manager; times are in the customer's zone, at the first hour
    inside both sides' working hours.
    """
    today = today or date.today()
    with store.session() as s:
        project = s.get(Project, project_id)
        if project is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
        members = s.scalars(select(Membership).where(Membership.project_id == project_id)
                            .options(selectinload(Membership.person))
                            .order_by(Membership.position)).all()
        defaults = {t.series_type: t.id for t in sorted(s.scalars(
            select(AgendaTemplate).where(AgendaTemplate.is_default.is_(True))),
            key=lambda t: t.language is project.language)}  # the project's language wins
        pm = next((m for m in members if m.side is Side.VENDOR
                   and m.escalation_level is EscalationLevel.PROJECT), None)
        vendor_tz = pm.person.time_zone if pm else project.customer_time_zone
        proposals = []
        for kind, cadence, interval, weekday, minutes, objective in GOVERNANCE:
            meeting = Meeting(kind.value)
            first = _next_weekday(today, weekday)
            if kind is SeriesType.EXECUTIVE_REVIEW:
                first = _next_weekday(today + timedelta(days=28), weekday)
            attendees = [
                AttendeeData(person_id=m.person_id, name=m.person.name, email=m.person.email,
                             time_zone=m.person.time_zone, customer_side=m.side is Side.CUSTOMER)
                for m in members if meeting.value in (m.meetings or [])
                and (pm is None or m.person_id != pm.person_id)
            ]
            proposals.append(SeriesData(
                project_id=project_id, type=kind,
                title=f"{project.code} {TITLES[kind]} — {project.customer or project.name}",
                objective=objective, cadence=cadence, interval=interval, first_date=first,
                start_time=_overlap_hour(first, project.customer_time_zone, vendor_tz),
                time_zone=project.customer_time_zone, duration_minutes=minutes,
                organizer_person_id=pm.person_id if pm else None, attendees=attendees,
                agenda_template_id=defaults.get(kind), reminder_minutes=15,
            ))
        return proposals


def _load(session, series_id: str,  # type: ignore[no-untyped-def]
          *, lock: bool = False) -> MeetingSeries:
    """The series with its attendees; ``lock`` holds its row until the session ends, so two
    saves on a shared server run one after the other, never interleaved."""
    stmt = select(MeetingSeries).where(MeetingSeries.id == series_id).options(
        selectinload(MeetingSeries.attendees).selectinload(SeriesAttendee.person))
    if lock:
        stmt = stmt.with_for_update(of=MeetingSeries).execution_options(populate_existing=True)
    row = session.scalars(stmt).one_or_none()
    if row is None:
        raise KnownError(ErrorCode.NOT_FOUND, f"no meeting series with id {series_id}")
    return row


def save_series(store: Store, series: SeriesData) -> SeriesData:
    validate_series(series)
    with store.session() as s:
        if s.get(Project, series.project_id) is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {series.project_id}")
        for attendee in series.attendees:
            if s.get(Person, attendee.person_id) is None:
                raise SeriesProblem("attendees", f"{attendee.name or attendee.person_id} is not "
                                    "a known person")
        if series.organizer_person_id and s.get(Person, series.organizer_person_id) is None:
            raise SeriesProblem("organizer_person_id", "the organiser is not a known person")
        if series.agenda_template_id and s.get(AgendaTemplate, series.agenda_template_id) is None:
            raise SeriesProblem("agenda_template_id", "no such agenda template")
        row = s.get(MeetingSeries, series.id)
        before: SeriesData | None = None
        if row is None:
            row = MeetingSeries(id=series.id, uid=series.uid or new_uid(), sequence=0)
            s.add(row)
        else:
            row = _load(s, series.id, lock=True)
            if row.project_id != series.project_id:
                raise KnownError(ErrorCode.VALIDATION, "a series cannot move to another project")
            before = to_series(row, set())
        outlook_channel.check(row, series.outlook)
        with s.no_autoflush:
            apply_series(s, row, series)
        s.flush()
        if before is not None:
            _follow_the_series(s, row, before, series)
            s.flush()
        s.expire(row)
        return to_series(_load(s, row.id), customer_people(s, row.project_id))


def _follow_the_series(session: Session, row: MeetingSeries, old: SeriesData,
                       new: SeriesData) -> None:
    """Stored dates follow a series that moved to another hour or zone; dates the new plan no
    longer has are dropped (as calendars do), unless minutes were taken there."""
    same_plan = (old.first_date, old.start_time, old.time_zone, rrule_text(old)) == (
        new.first_date, new.start_time, new.time_zone, rrule_text(new))
    if same_plan:
        return
    old_zone, new_zone = ZoneInfo(old.time_zone), ZoneInfo(new.time_zone)
    occurrences = session.scalars(select(MeetingOccurrence).where(
        MeetingOccurrence.series_id == row.id).options(
        selectinload(MeetingOccurrence.minutes))).all()
    for occurrence in occurrences:
        day = occurrence.original_start.astimezone(old_zone).date()
        moved_to = datetime.combine(day, new.start_time, new_zone).astimezone(UTC)
        window = (moved_to - timedelta(minutes=1), moved_to + timedelta(minutes=1))
        if not any(start == moved_to for start in series_starts(new, *window)):
            if not occurrence.minutes:
                session.delete(occurrence)
            continue
        if occurrence.start == occurrence.original_start:
            occurrence.start = moved_to
        occurrence.original_start = moved_to
        if occurrence.state is OccurrenceState.MOVED and occurrence.start == moved_to:
            occurrence.state = OccurrenceState.SCHEDULED


def save_proposals(store: Store, proposals: list[SeriesData]) -> list[SeriesData]:
    return [save_series(store, p) for p in proposals]


def get_series(store: Store, series_id: str) -> SeriesData:
    with store.session() as s:
        row = _load(s, series_id)
        return to_series(row, customer_people(s, row.project_id))


def list_series(store: Store, project_id: str) -> list[SeriesData]:
    with store.session() as s:
        rows = s.scalars(select(MeetingSeries).where(MeetingSeries.project_id == project_id)
                         .options(selectinload(MeetingSeries.attendees)
                                  .selectinload(SeriesAttendee.person))
                         .order_by(MeetingSeries.first_date, MeetingSeries.title)).all()
        customers = customer_people(s, project_id)
        return [to_series(r, customers) for r in rows]


def cancel_in_outlook(store: Store, series_id: str) -> SeriesData:
    """Cancel a series whose invitations Outlook sends: the next sync cancels the event, and
    Outlook tells the attendees (an .ics series is cancelled by sending its CANCEL file)."""
    with store.session() as s:
        row = _load(s, series_id)
        if not row.outlook:
            raise KnownError(ErrorCode.INVITATION_CHANNEL, f"'{row.title}' was invited by .ics: "
                             "cancel it by sending its cancellation file")
        row.cancelled = True
        s.flush()
        return to_series(row, customer_people(s, row.project_id))


def delete_series(store: Store, series_id: str) -> None:
    """Gone from the planner; a series Outlook holds is cancelled there by the next sync (the
    event's id is kept for it), so its attendees are told."""
    with store.session() as s:
        row = _load(s, series_id)
        link = outlook_channel.outlook_link(row)
        if link is not None and outlook_channel.cancelled_out(outlook_channel.pushed_of(link)):
            s.delete(link)  # Outlook holds the cancellation already
        remote_links.tombstones(s, remote_links.SERIES, row.id)  # each connector's to do
        for occurrence in row.occurrences:
            remote_links.drop(s, remote_links.OCCURRENCE, occurrence.id)
        s.delete(row)



def agenda_template_choices(store: Store) -> list[tuple[str, str]]:
    """(name, id) of every agenda template, defaults first."""
    with store.session() as s:
        rows = s.scalars(select(AgendaTemplate).order_by(AgendaTemplate.is_default.desc(),
                                                         AgendaTemplate.name))
        return [(r.name, r.id) for r in rows]


__all__ = ["SeriesProblem", "agenda_template_choices", "delete_series", "get_series",
           "list_series", "new_uid", "propose_governance", "save_proposals", "save_series",
           "validate_series"]
