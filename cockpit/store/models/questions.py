"""The project's questions and answers: shared with the customer, or internal."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import project_fk
from cockpit.store.types import UTCDateTime, utcnow


class Question(Base):
    __tablename__ = "question"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    number: Mapped[int] = mapped_column(Integer, default=0)  # Q-<number>, per project
    question: Mapped[str] = mapped_column(Text)
    asked_by_person_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="SET NULL"))
    asked_by: Mapped[str] = mapped_column(String(320), default="")
    asked_on: Mapped[date] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_by_person_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="SET NULL"))
    answered_by: Mapped[str] = mapped_column(String(320), default="")
    answered_on: Mapped[date | None] = mapped_column(Date)
    shared: Mapped[bool] = mapped_column(Boolean, default=False)  # False: internal
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
