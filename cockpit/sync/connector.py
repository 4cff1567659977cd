"""What a connector to an outside tool does for the core: carry queued work out (push), in
order, exactly once, and say how it went. The core knows only this; Outlook is one connector,
others (a tracker, Teams) can follow without touching the core (PRODUCT.md section 8).

``pull`` brings changes back (the Outlook connector: mail; drafts and the calendar follow).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from cockpit.errors import KnownError


@dataclass
class PushReport:
    sent: list[str] = field(default_factory=list)  # message ids confirmed sent
    failed: list[tuple[str, str]] = field(default_factory=list)  # (message id, reason)
    waiting: int = 0  # still queued when the run ended
    stopped_by: KnownError | None = None  # why the run ended early (offline, sign-in…)


class Connector(Protocol):
    name: str

    def push(self) -> PushReport:
        """Carry out what is queued, oldest first; safe to run again after any failure."""
        ...

    def pull(self) -> Any:
        """Bring changes back since the last run; safe to run again (replays upsert)."""
        ...
