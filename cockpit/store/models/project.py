"""The project: identity, status, customer and calendar facts, free-form notes."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, Enum, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cockpit.domain.enums import Health, Language, ProjectStatus
from cockpit.store.models.base import Base, new_id
from cockpit.store.types import UTCDateTime, utcnow

if TYPE_CHECKING:
    from cockpit.store.models.care import CareRuleSetting
    from cockpit.store.models.finance import Contract, Invoice
    from cockpit.store.models.links import Link
    from cockpit.store.models.onboarding import OnboardingStep
    from cockpit.store.models.people import Membership
    from cockpit.store.models.quality import QualityReport
    from cockpit.store.models.work import ChangeRequest, Milestone, Sprint, Task


def enum_column(enum_cls: type) -> Enum:
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
    )


class Project(Base):
    __tablename__ = "project"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    customer: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[str] = mapped_column(String(120), default="", index=True)
    status: Mapped[ProjectStatus] = mapped_column(
        enum_column(ProjectStatus), default=ProjectStatus.ONBOARDING
    )
    health: Mapped[Health] = mapped_column(enum_column(Health), default=Health.GREEN)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    customer_time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    working_days_country: Mapped[str] = mapped_column(String(2), default="")
    sprint_length_weeks: Mapped[int] = mapped_column(Integer, default=2)
    language: Mapped[Language] = mapped_column(enum_column(Language), default=Language.EN)
    notes: Mapped[str] = mapped_column(Text, default="")
    # the escalation path's time limits, in working days of the customer's calendar: how long
    # the project manager, then the department director, has before a red flag moves up
    escalation_project_days: Mapped[int] = mapped_column(Integer, default=1)
    escalation_department_days: Mapped[int] = mapped_column(Integer, default=2)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Membership.position"
    )
    links: Mapped[list[Link]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Link.position"
    )
    contract: Mapped[Contract | None] = relationship(
        back_populates="project", cascade="all, delete-orphan", uselist=False
    )
    invoices: Mapped[list[Invoice]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Invoice.issued_on"
    )
    quality_reports: Mapped[list[QualityReport]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="QualityReport.report_date"
    )
    onboarding_steps: Mapped[list[OnboardingStep]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="OnboardingStep.position"
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Task.position"
    )
    sprints: Mapped[list[Sprint]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Sprint.position"
    )
    change_requests: Mapped[list[ChangeRequest]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="ChangeRequest.position"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Milestone.position"
    )
    care_rules: Mapped[list[CareRuleSetting]] = relationship(
        cascade="all, delete-orphan", order_by="CareRuleSetting.rule"
    )


def project_fk() -> Mapped[str]:
    return mapped_column(String(36), ForeignKey("project.id", ondelete="CASCADE"), index=True)
