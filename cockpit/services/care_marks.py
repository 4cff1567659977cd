"""The PM's hand on what is owed: snooze an item until a moment (with a reason), or mark it
done (with a note: "told them on the phone"); either can be undone. Nothing is deleted — an
undone mark keeps its moment of undoing — so the history shows every one.

A mark names the item by its key (``CareItem.key``); the engine reads the marks in force at
the moment it is asked about, so ``cockpit due --at`` sees the marks as they stood then.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from cockpit.care.marks import MarkData, MarkKind, mark_data
from cockpit.errors import ErrorCode, KnownError
from cockpit.store.models import CareMark, Project
from cockpit.store.store import Store
from cockpit.store.types import utcnow

MAX_NOTE = 2000
__all__ = ["MarkData", "MarkKind", "history", "mark_done", "snooze", "undo"]


def _add(store: Store, project_id: str, item_key: str, kind: MarkKind, note: str,
         until: datetime | None = None) -> MarkData:
    if not item_key.strip():
        raise KnownError(ErrorCode.VALIDATION, "a mark needs the item it is about")
    if len(note) > MAX_NOTE:
        raise KnownError(ErrorCode.VALIDATION, f"the note is longer than {MAX_NOTE} characters")
    with store.session() as s:
        if s.get(Project, project_id) is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no project with id {project_id}")
        row = CareMark(project_id=project_id, item_key=item_key, kind=kind.value,
                       until=until, note=note.strip(), created_at=utcnow())
        s.add(row)
        s.flush()
        return mark_data(row)


def snooze(store: Store, project_id: str, item_key: str, until: datetime, reason: str = ""
           ) -> MarkData:
    if until.tzinfo is None:
        raise KnownError(ErrorCode.VALIDATION, "a snooze ends at a moment with a time zone")
    if until <= utcnow():
        raise KnownError(ErrorCode.VALIDATION, "a snooze must end in the future")
    return _add(store, project_id, item_key, MarkKind.SNOOZE, reason, until)


def mark_done(store: Store, project_id: str, item_key: str, note: str = "") -> MarkData:
    return _add(store, project_id, item_key, MarkKind.DONE, note)


def undo(store: Store, mark_id: str) -> MarkData:
    """The item comes back as it would be without the mark; the mark stays in the history."""
    with store.session() as s:
        row = s.get(CareMark, mark_id, with_for_update=True)
        if row is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that snooze or mark is no longer there")
        if row.undone_at is None:
            row.undone_at = utcnow()
        return mark_data(row)


def history(store: Store, project_id: str | None = None, item_key: str | None = None
            ) -> list[MarkData]:
    """Every mark, newest first."""
    query = select(CareMark).order_by(CareMark.created_at.desc(), CareMark.id)
    if project_id is not None:
        query = query.where(CareMark.project_id == project_id)
    if item_key is not None:
        query = query.where(CareMark.item_key == item_key)
    with store.session() as s:
        return [mark_data(row) for row in s.scalars(query)]
