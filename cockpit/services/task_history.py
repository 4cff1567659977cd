"""A task's ETA history: every change the passport saves kept, oldest first (the Tasks tab's
tooltip, the slipped-ETA rule, the task update's "moved from" line)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from cockpit.store.models import TaskEtaChange
from cockpit.store.store import Store


@dataclass(frozen=True)
class EtaChange:
    old_eta: date | None
    new_eta: date | None
    changed_at: datetime

    @property
    def slipped(self) -> bool:
        """Moved later (or taken away): the customer must hear of it."""
        return self.old_eta is not None and (self.new_eta is None or self.new_eta > self.old_eta)


def eta_history(store: Store, task_id: str) -> list[EtaChange]:
    with store.session() as s:
        rows = s.execute(select(TaskEtaChange.old_eta, TaskEtaChange.new_eta,
                                TaskEtaChange.changed_at)
                         .where(TaskEtaChange.task_id == task_id)
                         .order_by(TaskEtaChange.changed_at, TaskEtaChange.id))
        return [EtaChange(*row) for row in rows]
