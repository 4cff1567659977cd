"""Quality reports over time: a summary, a link and a few numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import project_fk
from cockpit.store.types import DecimalText

if TYPE_CHECKING:
    from cockpit.store.models.project import Project


class QualityReport(Base):
    __tablename__ = "quality_report"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = project_fk()
    report_date: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(String(2000), default="")
    open_bugs: Mapped[int | None] = mapped_column(Integer)
    critical_bugs: Mapped[int | None] = mapped_column(Integer)
    test_coverage_pct: Mapped[Decimal | None] = mapped_column(DecimalText)
    on_time_delivery_pct: Mapped[Decimal | None] = mapped_column(DecimalText)

    project: Mapped[Project] = relationship(back_populates="quality_reports")
