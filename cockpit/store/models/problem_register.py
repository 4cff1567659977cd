"""The problem register: what happened and how it is handled in the open, with the remedial
plan's steps."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cockpit.domain.problem_register import Compensation, ProblemStatus
from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import enum_column, project_fk
from cockpit.store.types import UTCDateTime, utcnow

if TYPE_CHECKING:
    from cockpit.store.models.project import Project


class ProblemRecord(Base):
    __tablename__ = "problem"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    number: Mapped[int] = mapped_column(Integer, default=0)  # PB-<number>, per project
    title: Mapped[str] = mapped_column(String(300))  # what happened, in a line
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ProblemStatus] = mapped_column(
        enum_column(ProblemStatus), default=ProblemStatus.OPEN)
    found_at: Mapped[datetime] = mapped_column(UTCDateTime)
    impact_business: Mapped[str] = mapped_column(Text, default="")
    impact_users: Mapped[str] = mapped_column(Text, default="")
    customer_informed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    schedule_impact: Mapped[str] = mapped_column(Text, default="")
    new_date: Mapped[date | None] = mapped_column(Date)  # the delivery date it moves to
    solution_options: Mapped[str] = mapped_column(Text, default="")
    workaround: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")  # who and what is put on it
    fix_testing: Mapped[str] = mapped_column(Text, default="")  # how the fix was tested
    compensation: Mapped[Compensation] = mapped_column(
        enum_column(Compensation), default=Compensation.UNDECIDED)
    compensation_reason: Mapped[str] = mapped_column(Text, default="")
    retrospective_on: Mapped[date | None] = mapped_column(Date)  # held with the customer
    lessons_learned: Mapped[str] = mapped_column(Text, default="")
    task_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("task.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    project: Mapped[Project] = relationship()
    steps: Mapped[list[RemedialStep]] = relationship(
        back_populates="problem", cascade="all, delete-orphan", order_by="RemedialStep.position")


class RemedialStep(Base):
    """One concrete step of a problem's remedial plan."""

    __tablename__ = "remedial_step"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    problem_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("problem.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="SET NULL"))
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)

    problem: Mapped[ProblemRecord] = relationship(back_populates="steps")
