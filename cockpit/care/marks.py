"""The marks the PM puts on what is owed, as the engine reads them: a snooze (until a moment)
or a "done", named by the item's key, and which of them are in force at a moment. Making and
undoing them is ``cockpit.services.care_marks``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session


class MarkKind(StrEnum):
    SNOOZE = "snooze"
    DONE = "done"


@dataclass(frozen=True)
class MarkData:
    id: str
    project_id: str
    item_key: str
    kind: MarkKind
    until: datetime | None
    note: str
    created_at: datetime
    undone_at: datetime | None

    def in_force(self, at: datetime) -> bool:
        """Made by ``at``, not undone by then, and (a snooze) not run out."""
        if self.created_at > at or (self.undone_at is not None and self.undone_at <= at):
            return False
        return self.kind is MarkKind.DONE or (self.until is not None and self.until > at)


def mark_data(row: Any) -> MarkData:
    """A ``care_mark`` row as the engine reads it."""
    return MarkData(row.id, row.project_id, row.item_key, MarkKind(row.kind), row.until,
                    row.note, row.created_at, row.undone_at)


def marks_at(session: Session, project_ids: Any, at: datetime) -> dict[str, list[MarkData]]:
    """Per project, the marks in force at ``at``, oldest first; ``project_ids`` is a
    subquery (or list) of project ids."""
    from cockpit.store.models import CareMark

    out: dict[str, list[MarkData]] = {}
    query = (select(CareMark).where(CareMark.project_id.in_(project_ids),
                                    CareMark.created_at <= at,
                                    or_(CareMark.undone_at.is_(None), CareMark.undone_at > at))
             .order_by(CareMark.created_at, CareMark.id))
    for row in session.scalars(query):
        mark = mark_data(row)
        if mark.in_force(at):
            out.setdefault(mark.project_id, []).append(mark)
    return out
