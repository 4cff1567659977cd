"""Meeting series, attendees, stored occurrences, minutes items and agenda templates."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cockpit.domain.enums import Language
from cockpit.domain.meetings import (
    AttendeeRole,
    Cadence,
    MinutesKind,
    OccurrenceState,
    PartStat,
    SeriesType,
)
from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import enum_column, project_fk
from cockpit.store.types import UTCDateTime, utcnow

if TYPE_CHECKING:
    from cockpit.store.models.people import Person


class AgendaTemplate(Base):
    """A Jinja2 agenda, one default per meeting type shipped, more the PM adds."""

    __tablename__ = "agenda_template"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    series_type: Mapped[SeriesType] = mapped_column(enum_column(SeriesType))
    name: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[Language] = mapped_column(enum_column(Language), default=Language.EN)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class MeetingSeries(Base):
    __tablename__ = "meeting_series"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    type: Mapped[SeriesType] = mapped_column(enum_column(SeriesType), default=SeriesType.OTHER)
    title: Mapped[str] = mapped_column(String(300))
    objective: Mapped[str] = mapped_column(Text, default="")
    cadence: Mapped[Cadence] = mapped_column(enum_column(Cadence), default=Cadence.WEEKLY)
    interval: Mapped[int] = mapped_column(Integer, default=1)
    custom_rrule: Mapped[str] = mapped_column(String(500), default="")
    first_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    time_zone: Mapped[str] = mapped_column(String(64))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    until: Mapped[date | None] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(500), default="")
    online_url: Mapped[str] = mapped_column(String(2000), default="")
    organizer_person_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="SET NULL")
    )
    reminder_minutes: Mapped[int | None] = mapped_column(Integer)
    agenda_template_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("agenda_template.id", ondelete="SET NULL")
    )
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    # what attendees last received: to raise SEQUENCE only for changes that matter to them,
    # and to show "what changed since the last invite"
    sent_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # the PM's choice: the invitations go out through Outlook; how Outlook holds the series
    # (event id, change key, what it last received, why it refused it) is a ``RemoteLink``
    outlook: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    attendees: Mapped[list[SeriesAttendee]] = relationship(
        back_populates="series", cascade="all, delete-orphan", order_by="SeriesAttendee.position"
    )
    occurrences: Mapped[list[MeetingOccurrence]] = relationship(
        back_populates="series", cascade="all, delete-orphan",
        order_by="MeetingOccurrence.original_start",
    )


class SeriesAttendee(Base):
    __tablename__ = "series_attendee"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    series_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[AttendeeRole] = mapped_column(
        enum_column(AttendeeRole), default=AttendeeRole.REQUIRED
    )
    partstat: Mapped[PartStat] = mapped_column(enum_column(PartStat), default=PartStat.NEEDS_ACTION)
    position: Mapped[int] = mapped_column(Integer, default=0)

    series: Mapped[MeetingSeries] = relationship(back_populates="attendees")
    person: Mapped[Person] = relationship()


class MeetingOccurrence(Base):
    """Stored only when an occurrence differs from its series or has minutes."""

    __tablename__ = "meeting_occurrence"
    __table_args__ = (UniqueConstraint("series_id", "original_start"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    series_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True
    )
    original_start: Mapped[datetime] = mapped_column(UTCDateTime)
    start: Mapped[datetime] = mapped_column(UTCDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    state: Mapped[OccurrenceState] = mapped_column(
        enum_column(OccurrenceState), default=OccurrenceState.SCHEDULED
    )
    agenda: Mapped[str | None] = mapped_column(Text)
    # the PM's word on whether it took place: None = not said (minutes then mean it was held)
    held: Mapped[bool | None] = mapped_column(Boolean)

    series: Mapped[MeetingSeries] = relationship(back_populates="occurrences")
    minutes: Mapped[list[MinutesItem]] = relationship(
        back_populates="occurrence", cascade="all, delete-orphan", order_by="MinutesItem.position"
    )


class MinutesItem(Base):
    """A point discussed, a decision (the project's decision log) or an action item."""

    __tablename__ = "minutes_item"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    occurrence_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("meeting_occurrence.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[MinutesKind] = mapped_column(enum_column(MinutesKind))
    text: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="SET NULL")
    )
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    occurrence: Mapped[MeetingOccurrence] = relationship(back_populates="minutes")
