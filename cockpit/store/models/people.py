"""People and their place on a project: role, side, escalation level, communication map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cockpit.domain.enums import EscalationLevel, Side
from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import enum_column, project_fk

if TYPE_CHECKING:
    from cockpit.store.models.project import Project


class Person(Base):
    """A human, possibly on several projects (a PM usually is)."""

    __tablename__ = "person"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    phone: Mapped[str] = mapped_column(String(64), default="")

    memberships: Mapped[list[Membership]] = relationship(back_populates="person")


class Membership(Base):
    """A person's role on one project. ``meetings``/``reports`` hold enum values (the map)."""

    __tablename__ = "membership"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    person_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(120), default="")
    side: Mapped[Side] = mapped_column(enum_column(Side), default=Side.VENDOR)
    escalation_level: Mapped[EscalationLevel] = mapped_column(
        enum_column(EscalationLevel), default=EscalationLevel.NONE
    )
    meetings: Mapped[list[str]] = mapped_column(JSON, default=list)
    reports: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)

    project: Mapped[Project] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(back_populates="memberships")
