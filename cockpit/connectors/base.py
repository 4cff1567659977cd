"""What a connector to an outside tool does for the core: carry queued work out (push), in
order, exactly once; bring changes back (pull); say how much is still waiting. The core knows
only this; Outlook is one connector, others (a tracker, Teams) can follow without touching the
core (PRODUCT.md section 8).

Things the PM must hear about (a draft edited on both sides and kept twice, a meeting moved in
Outlook…) travel as ``Notice``s: a kind the UI words in the PM's language and the subject of
the item concerned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from cockpit.errors import KnownError


class NoticeKind(StrEnum):
    DRAFT_CONFLICT = "draft_conflict"  # edited here and in Outlook: both versions kept
    DRAFT_UPDATED_FROM_OUTLOOK = "draft_updated_from_outlook"
    DRAFT_DELETED_IN_OUTLOOK = "draft_deleted_in_outlook"  # kept here
    SENT_FROM_OUTLOOK = "sent_from_outlook"  # a synced draft was sent from Outlook
    MESSAGE_FAILED = "message_failed"  # Outlook refused one message (its reason is stored)
    SERIES_INVITED = "series_invited"  # Outlook sent the invitations of a series
    SERIES_REFUSED = "series_refused"  # Outlook cannot hold this series (its reason is stored)
    SERIES_CANCELLED_IN_OUTLOOK = "series_cancelled_in_outlook"
    SERIES_MOVED_IN_OUTLOOK = "series_moved_in_outlook"  # every date: another hour or length
    OCCURRENCE_MOVED_IN_OUTLOOK = "occurrence_moved_in_outlook"
    OCCURRENCE_CANCELLED_IN_OUTLOOK = "occurrence_cancelled_in_outlook"
    RESPONSES_UPDATED = "responses_updated"  # attendees answered in Outlook


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    subject: str  # the message's subject or the series' title
    item_id: str = ""  # the local message or series id
    detail: str = ""  # e.g. the moved date, or Outlook's reason


@dataclass
class PushReport:
    sent: list[str] = field(default_factory=list)  # message ids confirmed sent
    failed: list[tuple[str, str]] = field(default_factory=list)  # (message id, reason)
    waiting: int = 0  # still queued when the run ended
    stopped_by: KnownError | None = None  # why the run ended early (offline, sign-in…)
    notices: list[Notice] = field(default_factory=list)


@dataclass
class PullReport:
    stored: int = 0  # new or changed items
    removed: int = 0
    resynced: list[str] = field(default_factory=list)  # folders started over (410)
    notices: list[Notice] = field(default_factory=list)

    def add(self, other: PullReport) -> None:
        self.stored += other.stored
        self.removed += other.removed
        self.resynced += other.resynced
        self.notices += other.notices


class Connector(Protocol):
    name: str

    def push(self) -> PushReport:
        """Carry out what is waiting, oldest first; safe to run again after any failure."""
        ...

    def pull(self) -> PullReport:
        """Bring changes back since the last run; safe to run again (replays upsert)."""
        ...

    def waiting(self) -> int:
        """How many items wait to be carried out (no network)."""
        ...
