"""A project's tasks and change requests."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cockpit.domain.work import ChangeRequestStatus, TaskStatus
from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import enum_column, project_fk
from cockpit.store.types import UTCDateTime, utcnow

if TYPE_CHECKING:
    from cockpit.store.models.project import Project


class Task(Base):
    """Kept neutral so a tracker connector can fill it: ``external_key``/``external_url``."""

    __tablename__ = "task"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(500))
    status: Mapped[TaskStatus] = mapped_column(enum_column(TaskStatus), default=TaskStatus.TODO)
    eta: Mapped[date | None] = mapped_column(Date)
    owner_person_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="SET NULL")
    )
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    sprint: Mapped[str] = mapped_column(String(64), default="")
    hours: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    done_on: Mapped[date | None] = mapped_column(Date)
    external_key: Mapped[str] = mapped_column(String(64), default="")
    external_url: Mapped[str] = mapped_column(String(2000), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    project: Mapped[Project] = relationship(back_populates="tasks")


class ChangeRequest(Base):
    __tablename__ = "change_request"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(32), default="")
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ChangeRequestStatus] = mapped_column(
        enum_column(ChangeRequestStatus), default=ChangeRequestStatus.SUBMITTED
    )
    estimate_hours: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    requested_on: Mapped[date | None] = mapped_column(Date)
    confirmed_on: Mapped[date | None] = mapped_column(Date)
    target_sprint: Mapped[str] = mapped_column(String(64), default="")

    project: Mapped[Project] = relationship(back_populates="change_requests")
