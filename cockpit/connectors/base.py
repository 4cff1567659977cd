"""What a connector to an outside tool does for the core: carry queued work out (push), in
order, exactly once; bring changes back (pull); say how much is still waiting. The core knows
only this; Outlook is one connector, others (a tracker, Teams) plug in through
``cockpit.connectors.registry`` without touching the core (PRODUCT.md section 8).

Things the PM must hear about (a draft edited on both sides and kept twice, a meeting moved in
the other tool…) travel as ``Notice``s: a generic kind the UI words in the PM's language, the
connector that saw it (the UI names it by its display name), the subject of the item
concerned, and the connector's own detail (its code for the case, a date, its reason).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from cockpit.errors import KnownError

if TYPE_CHECKING:
    from cockpit.connectors.runner import SyncResult, SyncStatus
    from cockpit.store.store import Store


class SyncCancelled(Exception):
    """A run given up because the app is closing (raised from a connector's waits)."""


class NoticeKind(StrEnum):
    EDITED_BOTH_SIDES = "edited_both_sides"  # a draft edited here and there: both kept
    UPDATED_REMOTELY = "updated_remotely"  # a draft's text came back from the other tool
    DELETED_REMOTELY = "deleted_remotely"  # a synced draft deleted there, kept here
    SENT_REMOTELY = "sent_remotely"  # a synced draft was sent from the other tool
    MESSAGE_REFUSED = "message_refused"  # the tool refused one message (its reason is stored)
    INVITED = "invited"  # the tool sent the invitations of a series
    SERIES_REFUSED = "series_refused"  # the tool cannot hold this series (reason stored)
    CANCELLED_REMOTELY = "cancelled_remotely"  # a series cancelled there
    MOVED_REMOTELY = "moved_remotely"  # every date of a series: another hour or length
    OCCURRENCE_MOVED_REMOTELY = "occurrence_moved_remotely"
    OCCURRENCE_CANCELLED_REMOTELY = "occurrence_cancelled_remotely"
    RESPONSES_UPDATED = "responses_updated"  # attendees answered there


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    subject: str  # the message's subject or the series' title
    item_id: str = ""  # the local message or series id
    detail: str = ""  # e.g. the moved date, or the tool's reason
    connector: str = ""  # the connector's registry name (the runner fills it in)
    code: str = ""  # the connector's own name for the case (``cockpit sync`` prints it)


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
    """One run's worker: built by its ``Account`` for a run, on the sync thread."""

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


class Account(Protocol):
    """What a registered connector offers the runner and the status bar: whether it can run
    now (signed in, configured…), how much waits (no network), and one recorded run."""

    connector_name: str  # its registry name

    def can_sync(self) -> bool:
        """True when a run may reach the tool (reads the keychain: worker thread)."""
        ...

    def waiting(self, store: Store) -> int:
        """Items waiting to go out (no network, no sign-in)."""
        ...

    def status(self, store: Store) -> SyncStatus:
        """The last run's record and the waiting count (no network)."""
        ...

    def sync_once(self, store: Store, *, stop: threading.Event | None = None) -> SyncResult:
        """Push, then pull, recorded under ``connector_name``; never raises a ``KnownError``; raises
        ``SyncCancelled`` when ``stop`` is set during one of its waits."""
        ...
