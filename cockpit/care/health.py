"""Each project's standing at a glance, from the items the engine found: how many are
overdue, due today and soon, and when the next one falls due (Today's health strip)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from cockpit.care.items import CareItem, DueState


@dataclass(frozen=True)
class ProjectHealth:
    project_id: str
    code: str
    overdue: int
    due: int
    soon: int
    next_due: datetime | None  # the earliest item not yet overdue

    def sort_key(self) -> tuple[int, int, str]:
        return -self.overdue, -self.due, self.code


def health_of(items: Iterable[CareItem]) -> list[ProjectHealth]:
    """One entry per project with something owed, the most overdue first."""
    by_project: dict[str, list[CareItem]] = {}
    for item in items:
        if item.snoozed_until is None:
            by_project.setdefault(item.project_id, []).append(item)
    out = []
    for project_id, owed in by_project.items():
        states = [i.state for i in owed]
        coming = [i.due for i in owed if i.state is not DueState.OVERDUE]
        out.append(ProjectHealth(project_id, owed[0].project_code,
                                 states.count(DueState.OVERDUE), states.count(DueState.DUE),
                                 states.count(DueState.SOON), min(coming, default=None)))
    return sorted(out, key=ProjectHealth.sort_key)
