"""The decision log beyond the minutes (decisions recorded from a message, a mail or by
hand), and how each decision — these and the minutes' — was confirmed in writing."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cockpit.domain.decisions import DecisionOrigin
from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import enum_column, project_fk
from cockpit.store.types import UTCDateTime, utcnow


class Decision(Base):
    __tablename__ = "decision"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    text: Mapped[str] = mapped_column(Text)
    decided_on: Mapped[date] = mapped_column(Date)
    origin: Mapped[DecisionOrigin] = mapped_column(
        enum_column(DecisionOrigin), default=DecisionOrigin.MANUAL)
    message_id: Mapped[str | None] = mapped_column(  # the message it was recorded from
        String(36), ForeignKey("message.id", ondelete="SET NULL"))
    mail_id: Mapped[str | None] = mapped_column(  # the synced mail it was recorded from
        String(512), ForeignKey("mail_item.id", ondelete="SET NULL"))
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class DecisionConfirmation(Base):
    """The written message that confirms a decision, linked by the PM: a synced mail, a
    message of the app, or one logged by hand with its date (``note`` says what it was).
    Exactly one of ``decision_id`` and ``minutes_item_id`` names the decision."""

    __tablename__ = "decision_confirmation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    decision_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("decision.id", ondelete="CASCADE"), index=True)
    minutes_item_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("minutes_item.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("message.id", ondelete="SET NULL"))
    mail_id: Mapped[str | None] = mapped_column(
        String(512), ForeignKey("mail_item.id", ondelete="SET NULL"))
    confirmed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
