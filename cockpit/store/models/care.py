"""The PM's hand on the care engine: snoozes and "done" marks on what is owed, each rule's
settings per project, and the company's settings (the PM's calendar, company days off, each
rule's defaults)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import project_fk
from cockpit.store.types import UTCDateTime, utcnow


class CareMark(Base):
    """A snooze (until a moment, with a reason) or a "done" (with a note) on one item the
    engine finds, named by the item's key. Undoing one stamps ``undone_at``; nothing is
    deleted, so the history stays."""

    __tablename__ = "care_mark"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    item_key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # snooze / done
    until: Mapped[datetime | None] = mapped_column(UTCDateTime)  # a snooze's end
    note: Mapped[str] = mapped_column(Text, default="")  # the reason, or what was done
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CareRuleSetting(Base):
    """One rule's setting on one project: on or off, and its parameters over the company's
    defaults (only those the PM changed)."""

    __tablename__ = "care_rule_setting"
    __table_args__ = (UniqueConstraint("project_id", "rule"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    rule: Mapped[str] = mapped_column(String(64))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CompanySetting(Base):
    """One company-wide setting, as JSON: ``pm_calendar`` (the PM's zone, country, hours),
    ``days_off`` (the company's days off), ``care_rule:<name>`` (a rule's defaults)."""

    __tablename__ = "company_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
