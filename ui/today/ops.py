"""Operations for Today, run off the GUI thread: evaluate the care engine, put or undo the
PM's marks, resolve an item's action. Marks change ``Changes.care`` for their project, so
every open Today (and nothing else) refreshes from the change signal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from cockpit.changes import Changes, Done

if TYPE_CHECKING:
    from cockpit.care.actions import Target
    from cockpit.care.health import ProjectHealth
    from cockpit.care.items import CareItem
    from cockpit.care.marks import MarkData
    from cockpit.store.store import Store


@dataclass(frozen=True)
class TodayData:
    at: datetime  # the moment it was evaluated at
    items: list[CareItem]  # owed now, overdue first (snoozed ones left out)
    snoozed: list[CareItem]  # held back by a snooze in force (``snoozed_until`` set)
    health: list[ProjectHealth]
    pm_zone: str | None  # the PM's zone from the settings; None: not set (the system's)
    names: dict[str, str]  # project id -> name


def load(store: Store, at: datetime) -> TodayData:
    from sqlalchemy import select

    from cockpit.care.engine import due_items
    from cockpit.care.health import health_of
    from cockpit.store.models import CompanySetting, Project

    found = due_items(store, at, snoozed=True)
    items = [i for i in found if i.snoozed_until is None]
    with store.session() as s:
        stored = s.scalar(select(CompanySetting.value).where(CompanySetting.key == "pm_calendar"))
        ids = {i.project_id for i in found}
        names = dict(s.execute(select(Project.id, Project.name).where(Project.id.in_(ids))).all()
                     ) if ids else {}
    zone = stored.get("zone") if isinstance(stored, dict) else None
    return TodayData(at, items, [i for i in found if i.snoozed_until is not None],
                     health_of(items), zone or None, {k: v for k, v in names.items()})


def target(store: Store, item: CareItem) -> Target:
    from cockpit.care.actions import target_of

    with store.session() as s:
        return target_of(s, item)


def snooze(store: Store, item: CareItem, until: datetime, reason: str) -> Done[MarkData]:
    from cockpit.services import care_marks

    mark = care_marks.snooze(store, item.project_id, item.key, until, reason)
    return Done(mark, Changes.of(care=[item.project_id]))


def mark_done(store: Store, item: CareItem, note: str) -> Done[MarkData]:
    from cockpit.services import care_marks

    mark = care_marks.mark_done(store, item.project_id, item.key, note)
    return Done(mark, Changes.of(care=[item.project_id]))


def undo(store: Store, mark_id: str) -> Done[MarkData]:
    from cockpit.services import care_marks

    mark = care_marks.undo(store, mark_id)
    return Done(mark, Changes.of(care=[mark.project_id]))


def history(store: Store, project_id: str | None = None) -> list[MarkData]:
    from cockpit.services import care_marks

    return care_marks.history(store, project_id)


def acknowledge_mail(store: Store, item: CareItem) -> Done[None]:
    """The PM acknowledged a customer's mail another way (a call): its answer is owed next."""
    from cockpit.care.actions import split
    from cockpit.services import mail_marks

    mail_marks.acknowledge(store, split(item.action)[1])
    return Done(None, Changes.of(care=[item.project_id]))


def project_codes(store: Store) -> dict[str, str]:
    from sqlalchemy import select

    from cockpit.store.models import Project

    with store.session() as s:
        return {pid: code for pid, code in s.execute(select(Project.id, Project.code))}
