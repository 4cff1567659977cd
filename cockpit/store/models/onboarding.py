"""Onboarding: the company's editable checklist template and each project's instance of it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import project_fk

if TYPE_CHECKING:
    from cockpit.store.models.people import Person
    from cockpit.store.models.project import Project


class OnboardingTemplateStep(Base):
    """One step of the company-wide checklist new projects start from."""

    __tablename__ = "onboarding_template_step"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    owner_role: Mapped[str] = mapped_column(String(120), default="")


class OnboardingStep(Base):
    __tablename__ = "onboarding_step"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    owner_person_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="SET NULL")
    )
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)

    project: Mapped[Project] = relationship(back_populates="onboarding_steps")
    owner: Mapped[Person | None] = relationship()
