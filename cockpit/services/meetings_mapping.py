"""ORM rows <-> meeting dataclasses."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.enums import Side
from cockpit.domain.meetings import AttendeeData, MinutesItemData, OccurrenceData, SeriesData
from cockpit.services import outlook_channel
from cockpit.store.models import (
    MeetingOccurrence,
    MeetingSeries,
    Membership,
    MinutesItem,
    SeriesAttendee,
)

SERIES_FIELDS = ("project_id", "title", "type", "objective", "cadence", "interval",
                 "custom_rrule", "first_date", "start_time", "time_zone", "duration_minutes",
                 "until", "location", "online_url", "organizer_person_id", "reminder_minutes",
                 "agenda_template_id", "cancelled", "uid", "sequence", "outlook")


def customer_people(session: Session, project_id: str) -> set[str]:
    rows = session.scalars(select(Membership.person_id).where(
        Membership.project_id == project_id, Membership.side == Side.CUSTOMER))
    return set(rows)


def to_series(row: MeetingSeries, customers: set[str]) -> SeriesData:
    data = SeriesData(id=row.id, **{name: getattr(row, name) for name in SERIES_FIELDS})
    link = outlook_channel.outlook_link(row)
    data.in_outlook = link is not None and link.remote_id is not None
    data.outlook_problem = (link.problem if link else "") or ""
    data.ics_sent = row.sent_at is not None
    data.attendees = [
        AttendeeData(id=a.id, person_id=a.person_id, name=a.person.name, email=a.person.email,
                     time_zone=a.person.time_zone, role=a.role, partstat=a.partstat,
                     customer_side=a.person_id in customers)
        for a in row.attendees
    ]
    return data


def apply_series(session: Session, row: MeetingSeries, data: SeriesData) -> None:
    for name in SERIES_FIELDS:
        if name not in ("uid", "sequence"):  # the service owns these
            setattr(row, name, getattr(data, name))
    existing = {a.id: a for a in row.attendees}
    attendees = []
    for position, attendee in enumerate(data.attendees):
        item = existing.pop(attendee.id, None) or SeriesAttendee(id=attendee.id)
        item.person_id = attendee.person_id
        item.role = attendee.role
        item.partstat = attendee.partstat
        item.position = position
        attendees.append(item)
    row.attendees = attendees
    for orphan in existing.values():
        session.delete(orphan)


def to_occurrence(row: MeetingOccurrence) -> OccurrenceData:
    return OccurrenceData(series_id=row.series_id, original_start=row.original_start,
                          start=row.start, duration_minutes=row.duration_minutes,
                          state=row.state, agenda=row.agenda, id=row.id, held=row.held)


def to_minutes(row: MinutesItem) -> MinutesItemData:
    return MinutesItemData(id=row.id, kind=row.kind, text=row.text,
                           owner_person_id=row.owner_person_id, due_on=row.due_on,
                           done_on=row.done_on, internal=row.internal)
