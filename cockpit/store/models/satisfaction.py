"""Satisfaction answers: one CSAT or NPS score of one respondent, with its comment."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cockpit.domain.satisfaction import Category, Scale
from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import enum_column, project_fk
from cockpit.store.types import UTCDateTime, utcnow


class SatisfactionEntry(Base):
    __tablename__ = "satisfaction_entry"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    scale: Mapped[Scale] = mapped_column(enum_column(Scale))
    score: Mapped[int] = mapped_column(Integer)  # CSAT 1–5, NPS 0–10
    answered_on: Mapped[date] = mapped_column(Date, index=True)
    respondent_person_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="SET NULL"))
    respondent: Mapped[str] = mapped_column(String(320), default="")  # the name as written
    category: Mapped[Category] = mapped_column(enum_column(Category), default=Category.OVERALL)
    comment: Mapped[str] = mapped_column(Text, default="")
    # the red flag the PM raised from this answer (a low score, a detractor)
    red_flag_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("red_flag.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
