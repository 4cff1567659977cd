"""What the Today view shows, read in one go: the care engine's items at a moment (the snoozed
ones apart), each project's standing, the PM's zone and the projects' names and codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from cockpit.care.company import PM_CALENDAR
from cockpit.care.engine import due_items
from cockpit.care.health import ProjectHealth, health_of
from cockpit.care.items import CareItem
from cockpit.store.models import CompanySetting, Project
from cockpit.store.store import Store


@dataclass(frozen=True)
class TodayData:
    at: datetime  # the moment it was evaluated at
    items: list[CareItem]  # owed now, overdue first (snoozed ones left out)
    snoozed: list[CareItem]  # held back by a snooze in force (``snoozed_until`` set)
    health: list[ProjectHealth]
    pm_zone: str | None  # the PM's zone from the settings; None: not set (the system's)
    names: dict[str, str]  # project id -> name
    # each live project's CSAT trend over twelve months (oldest first), the portfolio's at ""
    trends: dict[str, list[float | None]] = field(default_factory=dict)


def load_today(store: Store, at: datetime) -> TodayData:
    """The care engine's clock runs here too: the red flags' moves due by ``at`` are written
    first, once each (``red_flags.advance``), so the flags' history says when each moved. A
    demo store's clock runs as well: it writes only the flags' own history, never sends."""
    from cockpit.services.red_flags import advance

    if at <= datetime.now(at.tzinfo):  # a moment to come is a question, not the clock
        advance(store, at)
    found = due_items(store, at, snoozed=True)
    items = [i for i in found if i.snoozed_until is None]
    ids = {i.project_id for i in found}
    with store.session() as s:
        stored = s.scalar(select(CompanySetting.value).where(CompanySetting.key == PM_CALENDAR))
        names = {pid: name for pid, name in s.execute(
            select(Project.id, Project.name).where(Project.id.in_(ids)))} if ids else {}
    zone = stored.get("zone") if isinstance(stored, dict) else None
    from cockpit.services.satisfaction import sparklines

    return TodayData(at, items, [i for i in found if i.snoozed_until is not None],
                     health_of(items), zone or None, names, sparklines(store, at.date()))


def project_codes(store: Store) -> dict[str, str]:
    with store.session() as s:
        return {pid: code for pid, code in s.execute(select(Project.id, Project.code))}
