"""What the care engine finds: one thing a customer is owed, when, and how it is fulfilled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

SOON = timedelta(hours=48)  # due within this after the moment asked about: shown as "soon"


class DueState(StrEnum):
    OVERDUE = "overdue"  # its moment has passed
    DUE = "due"  # falls due later today (the customer's day), or on the PM's last working day
    SOON = "soon"  # within ``SOON``


STATE_ORDER = {DueState.OVERDUE: 0, DueState.DUE: 1, DueState.SOON: 2}


@dataclass(frozen=True)
class CareItem:
    project_id: str
    project_code: str
    rule: str  # the rule's name, e.g. open_task_update
    key: str  # this item's identity, which snoozes and "done" marks name
    title: str  # what is owed, in English for the command line (the UI words it itself)
    recipients: tuple[str, ...]  # "Name <address>" of whom it is owed to
    due: datetime  # aware, UTC
    state: DueState
    since: datetime | None  # when it started to be owed (the last update sent, …)
    action: str  # what fulfils it: "compose:<kind>", "minutes:<occurrence>", …
    customer_zone: str = "UTC"
    detail: str = ""  # more for the row: the slipped ETA, the mail's first line…
    subject: str = ""  # what it is about, as the store names it: the task, sprint, meeting…
    snoozed_until: datetime | None = None  # set only when snoozed items are asked for

    def sort_key(self) -> tuple[int, datetime, str, str, str]:
        return STATE_ORDER[self.state], self.due, self.project_code, self.rule, self.key


def state_at(due: datetime, at: datetime, same_day: bool) -> DueState | None:
    """The item's state at ``at``; None when it is not due soon enough to show."""
    if at > due:
        return DueState.OVERDUE
    if same_day:
        return DueState.DUE
    if due - at <= SOON:
        return DueState.SOON
    return None
