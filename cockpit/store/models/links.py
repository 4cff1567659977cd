"""Links to the project's tools: source control, tracker, documentation, others."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cockpit.domain.enums import LinkKind
from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import enum_column, project_fk

if TYPE_CHECKING:
    from cockpit.store.models.project import Project


class Link(Base):
    __tablename__ = "link"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    kind: Mapped[LinkKind] = mapped_column(enum_column(LinkKind), default=LinkKind.OTHER)
    label: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(2000))
    position: Mapped[int] = mapped_column(Integer, default=0)

    project: Mapped[Project] = relationship(back_populates="links")
