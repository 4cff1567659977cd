"""A project's tasks, their ETA history, its sprints, milestones and change requests."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
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
    urgent_since: Mapped[datetime | None] = mapped_column(UTCDateTime)  # set by the save
    sprint: Mapped[str] = mapped_column(String(64), default="")  # a sprint's name
    hours: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    done_on: Mapped[date | None] = mapped_column(Date)
    external_key: Mapped[str] = mapped_column(String(64), default="")
    external_url: Mapped[str] = mapped_column(String(2000), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    project: Mapped[Project] = relationship(back_populates="tasks")


class TaskEtaChange(Base):
    """Every change of a task's ETA, kept (a later ETA is a slip the customer must hear
    of). ``project_id`` is the task's, so the history travels with the project's passport."""

    __tablename__ = "task_eta_change"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    task_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("task.id", ondelete="CASCADE"), index=True)
    old_eta: Mapped[date | None] = mapped_column(Date)
    new_eta: Mapped[date | None] = mapped_column(Date)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    # many-to-one only (a task's history is read by query, never loaded with it): written
    # after the task and the project it names
    task: Mapped[Task] = relationship()
    project: Mapped[Project] = relationship()


class Sprint(Base):
    """A sprint with its dates; tasks and change requests name it by ``name``."""

    __tablename__ = "sprint"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(64))
    start_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)  # the sprint's last day

    project: Mapped[Project] = relationship(back_populates="sprints")


class ChangeRequest(Base):
    """A change the customer asked for, and where it stands in the workflow
    (``cockpit.domain.change_workflow``); each move is a ``ChangeRequestEvent``."""

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
    submitted_by_person_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="SET NULL"))
    estimate_hours: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    estimated_by_person_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="SET NULL"))
    requested_on: Mapped[date | None] = mapped_column(Date)
    confirmed_on: Mapped[date | None] = mapped_column(Date)
    # the customer's written confirmation (or rejection): a synced mail, or a message logged
    # by hand (``confirmation_note`` says what it was, ``confirmed_on`` when)
    confirmation_mail_id: Mapped[str | None] = mapped_column(
        String(512), ForeignKey("mail_item.id", ondelete="SET NULL"))
    confirmation_message_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("message.id", ondelete="SET NULL"))
    confirmation_note: Mapped[str] = mapped_column(Text, default="")
    target_sprint: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    project: Mapped[Project] = relationship(back_populates="change_requests")
    events: Mapped[list[ChangeRequestEvent]] = relationship(
        back_populates="change_request", cascade="all, delete-orphan",
        order_by="[ChangeRequestEvent.at, ChangeRequestEvent.position]")


class ChangeRequestEvent(Base):
    """One step of a change request: from which state to which, who, when, and a note."""

    __tablename__ = "change_request_event"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    change_request_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("change_request.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    position: Mapped[int] = mapped_column(Integer, default=0)
    from_status: Mapped[ChangeRequestStatus | None] = mapped_column(
        enum_column(ChangeRequestStatus))
    to_status: Mapped[ChangeRequestStatus] = mapped_column(enum_column(ChangeRequestStatus))
    by: Mapped[str] = mapped_column(String(320), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    change_request: Mapped[ChangeRequest] = relationship(back_populates="events")


class Milestone(Base):
    """A dated milestone: agendas and reports list the next ones."""

    __tablename__ = "milestone"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)

    project: Mapped[Project] = relationship(back_populates="milestones")
