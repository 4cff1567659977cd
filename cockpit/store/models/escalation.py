"""Red flags (customer complaints and escalations) and the history of each: raised, moved
up by the clock or by hand, notes, answers, resolved."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cockpit.domain.enums import EscalationLevel
from cockpit.domain.red_flags import FlagCategory, FlagEventKind, Severity
from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import enum_column, project_fk
from cockpit.store.types import UTCDateTime, utcnow

if TYPE_CHECKING:
    from cockpit.store.models.project import Project


class RedFlag(Base):
    """``level``/``level_since``: where the flag stood when last written. The clock's moves
    after that follow from the project's limits (``cockpit.care.escalation_clock``) and are
    written as ``moved_up`` events when the clock is run."""

    __tablename__ = "red_flag"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    number: Mapped[int] = mapped_column(Integer, default=0)  # RF-<number>, per project
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[FlagCategory] = mapped_column(
        enum_column(FlagCategory), default=FlagCategory.OTHER)
    severity: Mapped[Severity] = mapped_column(enum_column(Severity), default=Severity.MEDIUM)
    raised_by_person_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="SET NULL"))
    raised_by: Mapped[str] = mapped_column(String(320), default="")  # the name as written
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    mail_id: Mapped[str | None] = mapped_column(  # the customer's mail it was made from
        String(512), ForeignKey("mail_item.id", ondelete="SET NULL"))
    level: Mapped[EscalationLevel] = mapped_column(
        enum_column(EscalationLevel), default=EscalationLevel.PROJECT)
    level_since: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str] = mapped_column(Text, default="")
    root_cause: Mapped[str] = mapped_column(Text, default="")
    retrospective: Mapped[str] = mapped_column(String(2000), default="")  # a link or a place
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    project: Mapped[Project] = relationship()
    events: Mapped[list[RedFlagEvent]] = relationship(
        back_populates="flag", cascade="all, delete-orphan",
        order_by="[RedFlagEvent.at, RedFlagEvent.position]")


class RedFlagEvent(Base):
    __tablename__ = "red_flag_event"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    red_flag_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("red_flag.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    position: Mapped[int] = mapped_column(Integer, default=0)  # order of events at one moment
    kind: Mapped[FlagEventKind] = mapped_column(enum_column(FlagEventKind))
    level: Mapped[EscalationLevel] = mapped_column(enum_column(EscalationLevel))  # after it
    by: Mapped[str] = mapped_column(String(320), default="")  # who; "" for the clock
    text: Mapped[str] = mapped_column(Text, default="")

    flag: Mapped[RedFlag] = relationship(back_populates="events")
