"""Operations for Today, run off the GUI thread: evaluate the care engine, put or undo the
PM's marks, resolve an item's action. Marks change ``Changes.care`` for their project, so
every open Today (and nothing else) refreshes from the change signal."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from cockpit.changes import Changes, Done

if TYPE_CHECKING:
    from cockpit.care.actions import Target
    from cockpit.care.items import CareItem
    from cockpit.care.marks import MarkData
    from cockpit.services.today import TodayData
    from cockpit.store.store import Store


def load(store: Store, at: datetime) -> TodayData:
    from cockpit.services.today import load_today

    return load_today(store, at)


def target(store: Store, item: CareItem) -> Target:
    from cockpit.care.actions import resolve

    return resolve(store, item)


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
    from cockpit.services.today import project_codes as codes

    return codes(store)
