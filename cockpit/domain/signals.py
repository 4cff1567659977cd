"""Health signals: what the project's own data says about it, next to the PM's judgement
(the health the PM sets). Each signal names one record — an invoice overdue, a task past its
ETA, a message that failed to send, an onboarding step overdue — and since when.

The kinds are open: a new source of signals (the care engine's rules) registers another kind
with ``cockpit.services.health_signals.register`` and needs no change here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class SignalKind(StrEnum):
    INVOICE_OVERDUE = "invoice_overdue"  # due date passed, not paid
    TASK_LATE = "task_late"  # ETA passed, not done (nor cancelled)
    MESSAGE_FAILED = "message_failed"  # Outlook refused or lost it; waits for a retry
    ONBOARDING_OVERDUE = "onboarding_overdue"  # due date passed, not done


@dataclass(frozen=True)
class HealthSignal:
    project_id: str
    kind: str  # a ``SignalKind`` value, or a kind a later source registered
    subject: str  # what it is about: invoice number, task name, message subject, step title
    since: date | None  # overdue since, past its ETA since, failed on
    item_id: str = ""  # the record concerned

    def sort_key(self) -> tuple[date, str, str]:
        return (self.since or date.max, self.kind, self.subject)
