"""Agendas and calendar invites for meeting series: rendering, SEQUENCE bookkeeping,
"what changed since the last invite", and the preview of what each attendee receives."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cockpit.agenda.context import gather
from cockpit.agenda.render import RenderedAgenda, render
from cockpit.domain.cadence import local_start, rrule_text, series_starts
from cockpit.domain.enums import Language
from cockpit.domain.meetings import AttendeeData, OccurrenceState, SeriesData
from cockpit.errors import ErrorCode, KnownError
from cockpit.ics.export import Invite, Method, occurrence_calendar, series_calendar, to_bytes
from cockpit.services import occurrences as _occurrences  # noqa: F401 - registers providers
from cockpit.services import outlook_channel
from cockpit.services.meetings_mapping import customer_people, to_occurrence, to_series
from cockpit.store.models import (
    AgendaTemplate,
    MeetingSeries,
    Person,
    Project,
    SeriesAttendee,
)
from cockpit.store.store import Store

FALLBACK_AGENDA = "Objective: {{ series.objective }}\n"


class Change:
    """Names of what changed for attendees (the UI translates them)."""

    TITLE = "title"
    TIME = "time"
    RECURRENCE = "recurrence"
    DURATION = "duration"
    PLACE = "place"
    ATTENDEES = "attendees"
    ORGANIZER = "organizer"
    AGENDA = "agenda"
    EXCEPTIONS = "exceptions"  # a date moved or cancelled


def _load(session: Session, series_id: str) -> MeetingSeries:
    row = session.scalars(select(MeetingSeries).where(MeetingSeries.id == series_id).options(
        selectinload(MeetingSeries.attendees).selectinload(SeriesAttendee.person),
        selectinload(MeetingSeries.occurrences))).one_or_none()
    if row is None:
        raise KnownError(ErrorCode.NOT_FOUND, f"no meeting series with id {series_id}")
    return row


def _template(session: Session, row: MeetingSeries) -> AgendaTemplate | None:
    template = session.get(AgendaTemplate, row.agenda_template_id) if row.agenda_template_id \
        else None
    if template is None:
        from cockpit.store.default_templates import default_agenda, project_language

        template = default_agenda(session, row.type, project_language(session, row.project_id))
    return template


def _template_body(session: Session, row: MeetingSeries) -> str:
    template = _template(session, row)
    return template.body if template is not None else FALLBACK_AGENDA


def _held(planned: Iterable[datetime], changed: Mapping[datetime, Any],
          zone: ZoneInfo) -> list[datetime]:
    """Planned starts as they will be held, in order: cancelled dates left out, moved ones at
    their new time. ``changed``: stored occurrences by original start."""
    return sorted(changed[p].start.astimezone(zone) if p in changed else p for p in planned
                  if p not in changed or changed[p].state is not OccurrenceState.CANCELLED)


def _context(session: Session, row: MeetingSeries, when: datetime | None,
             for_customer: bool) -> dict[str, Any]:
    project = session.get(Project, row.project_id)
    assert project is not None
    series = to_series(row, set())
    zone = ZoneInfo(row.time_zone)
    now = when or datetime.now(UTC)
    changed = {o.original_start: o for o in row.occurrences}
    this = changed[when].start if when is not None and when in changed else when
    pivot = this or now  # this date where it is held (moved or not), or now
    window = series_starts(series, now - timedelta(days=366), now + timedelta(days=2 * 366))
    held = _held((p for p in window if p != when), changed, zone)
    starts = [s for s in held if s >= pivot]
    upcoming = [s for s in starts if s > pivot] if when else starts[1:]
    before = [s for s in held if s < pivot]
    context: dict[str, Any] = {
        "project": {"code": project.code, "name": project.name, "customer": project.customer},
        "series": {"title": row.title, "objective": row.objective, "type": row.type.value,
                   "duration_minutes": row.duration_minutes},
        # moments in the series' zone: a template prints them in the project's language
        "occurrence": (this or (starts[0] if starts else local_start(series))).astimezone(zone),
        "previous_occurrence": before[-1].astimezone(zone) if before else "",
        "next_occurrence": upcoming[0].astimezone(zone) if upcoming else "",
        "language": project.language.value,  # the template's, when it has one (below)
    }
    context.update(gather(session, row.project_id, for_customer=for_customer))
    return context


def meeting_context(session: Session, series_id: str,
                    original_start: datetime | None) -> dict[str, Any]:
    """The names an agenda sees for one date (project, series, occurrence, previous and next
    dates), customer view: messages about a meeting reuse them."""
    return _context(session, _load(session, series_id), original_start, for_customer=True)


def render_agenda(store: Store, series_id: str, original_start: datetime | None = None,
                  *, for_customer: bool = True, body: str | None = None,
                  language: Language | None = None) -> RenderedAgenda:
    """The agenda of the series (or of one date: its own text if it has one). ``body`` renders
    another template text against the same project (the template editor's preview), its dates
    written in ``language`` (default: the project's)."""
    with store.session() as s:
        row = _load(s, series_id)
        if original_start is not None and body is None:
            own = next((o for o in row.occurrences if o.original_start == original_start
                        and o.agenda is not None), None)
            if own is not None:  # edited for this date: plain text, not a template
                text = own.agenda or ""
                return RenderedAgenda(text, _planned(text), own.duration_minutes)
        context = _context(s, row, original_start, for_customer)
        template = _template(s, row)
        if body is None and template is not None:  # its dates are written in its language
            context["language"] = template.language.value
        elif language is not None:
            context["language"] = language.value
        return render(body if body is not None else _template_body(s, row), context,
                      row.duration_minutes)


def _planned(text: str) -> int:
    from cockpit.agenda.render import planned_minutes

    return planned_minutes(text)


def agenda_description(series: SeriesData, agenda: str) -> tuple[str, str]:
    """An agenda with the online link, as plain text and as the HTML an invite carries."""
    parts = [agenda.strip()]
    if series.online_url:
        parts.append(f"Online: {series.online_url}")
    text = "\n\n".join(p for p in parts if p)
    body = "".join(f"<p>{html.escape(block).replace(chr(10), '<br>')}</p>"
                   for block in text.split("\n\n"))
    return text, f"<html><body>{body}</body></html>"


def build_invite(store: Store, series_id: str) -> Invite:
    agenda = render_agenda(store, series_id, for_customer=True)
    with store.session() as s:
        row = _load(s, series_id)
        series = to_series(row, customer_people(s, row.project_id))
        organizer = None
        if row.organizer_person_id:
            person = s.get(Person, row.organizer_person_id)
            if person is not None:
                organizer = AttendeeData(person_id=person.id, name=person.name,
                                         email=person.email, time_zone=person.time_zone)
        exceptions = [to_occurrence(o) for o in row.occurrences
                      if o.state is not OccurrenceState.SCHEDULED or o.agenda is not None]
        own = {o.original_start: agenda_description(series, o.agenda)[0]
               for o in row.occurrences if o.agenda is not None}
    text, markup = agenda_description(series, agenda.text)
    return Invite(series=series, organizer=organizer, description=text,
                  description_html=markup, exceptions=exceptions, occurrence_descriptions=own)


def snapshot(invite: Invite) -> dict[str, Any]:
    """What attendees see; a difference from the last one sent is a change that matters."""
    series = invite.series
    return {
        Change.TITLE: series.title,
        Change.TIME: f"{local_start(series).isoformat()} {series.time_zone}",
        Change.RECURRENCE: rrule_text(series),
        Change.DURATION: series.duration_minutes,
        Change.PLACE: [series.location, series.online_url],
        Change.ATTENDEES: sorted(f"{a.email}:{a.role.value}" for a in series.attendees),
        Change.ORGANIZER: invite.organizer.email if invite.organizer else "",
        Change.AGENDA: invite.description,
        Change.EXCEPTIONS: sorted(
            f"{o.original_start.isoformat()}>{o.start.isoformat()}/{o.duration_minutes}/"
            f"{o.state.value}/{o.agenda or ''}" for o in invite.exceptions),
    }


def changes_since_sent(store: Store, series_id: str) -> list[str] | None:
    """Names of what changed since the last invite; None if none was sent yet."""
    invite = build_invite(store, series_id)
    with store.session() as s:
        sent = _load(s, series_id).sent_snapshot
    if sent is None:
        return None
    now = snapshot(invite)
    return [key for key in now if now[key] != sent.get(key)]


def export_series(store: Store, series_id: str, method: Method) -> bytes:
    """The series as an .ics file. REQUEST raises SEQUENCE when something that matters to
    attendees changed since the last invite; CANCEL cancels the series (SEQUENCE + 1)."""
    invite = build_invite(store, series_id)
    with store.session() as s:
        row = _load(s, series_id)
        current = snapshot(invite)
        if method is Method.REQUEST:
            outlook_channel.check_file(row)
            if row.cancelled:
                raise KnownError(ErrorCode.VALIDATION,
                                 f"'{row.title}' is cancelled: there is nothing to invite to")
            if row.sent_snapshot is not None and row.sent_snapshot != current:
                row.sequence += 1
            row.sent_snapshot, row.sent_at = current, datetime.now(UTC)
        elif method is Method.CANCEL:
            row.cancelled = True
            row.sequence += 1
            row.sent_snapshot, row.sent_at = current, datetime.now(UTC)
        invite.series.sequence = row.sequence
        invite.series.cancelled = row.cancelled
    return to_bytes(series_calendar(invite, method))


def export_occurrence(store: Store, series_id: str, original_start: datetime,
                      method: Method) -> bytes:
    """One date: its update (REQUEST, e.g. after a move) or its cancellation (CANCEL)."""
    from cockpit.services import occurrences

    if method is Method.CANCEL:
        occurrences.cancel(store, series_id, original_start)
    occurrence = occurrences.get_occurrence(store, series_id, original_start)
    invite = build_invite(store, series_id)
    with store.session() as s:
        row = _load(s, series_id)
        row.sequence += 1
        row.sent_snapshot, row.sent_at = snapshot(invite), datetime.now(UTC)
        invite.series.sequence = row.sequence
    return to_bytes(occurrence_calendar(invite, occurrence, method))


@dataclass(frozen=True)
class AttendeePreview:
    name: str
    email: str
    time_zone: str
    first_local_start: datetime  # in the attendee's own zone
    title: str
    agenda: str
    customer_side: bool


def preview(store: Store, series_id: str) -> tuple[list[AttendeePreview], list[str] | None]:
    """What each attendee will receive, and what changed since the last invite."""
    invite = build_invite(store, series_id)
    series = invite.series
    now = datetime.now(UTC)
    changed = {o.original_start: o for o in invite.exceptions}
    held = _held(series_starts(series, now, now + timedelta(days=2 * 366)), changed,
                 ZoneInfo(series.time_zone))
    upcoming = next((s for s in held if s >= now), None)
    first = upcoming or local_start(series)
    people = list(series.attendees)
    if invite.organizer is not None:
        people.insert(0, invite.organizer)
    result = [
        AttendeePreview(name=p.name, email=p.email, time_zone=p.time_zone,
                        first_local_start=first.astimezone(ZoneInfo(p.time_zone)),
                        title=series.title, agenda=invite.description,
                        customer_side=p.customer_side)
        for p in people
    ]
    return result, changes_since_sent(store, series_id)

