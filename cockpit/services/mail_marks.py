"""The PM's word on a customer's mail when the reply did not go through Outlook (a call, a
chat): "acknowledged" or "answered", at a moment. The reply-time rule reads them."""

from __future__ import annotations

from datetime import datetime

from cockpit.errors import ErrorCode, KnownError
from cockpit.store.models import MailItem
from cockpit.store.store import Store
from cockpit.store.types import utcnow


def _mark(store: Store, mail_id: str, **values: datetime | None) -> None:
    with store.session() as s:
        row = s.get(MailItem, mail_id, with_for_update=True)
        if row is None or row.removed:
            raise KnownError(ErrorCode.NOT_FOUND, "that mail is no longer in the synced mailbox")
        for column, when in values.items():
            setattr(row, column, when)


def acknowledge(store: Store, mail_id: str, when: datetime | None = None) -> None:
    _mark(store, mail_id, acknowledged_at=when or utcnow())


def answer(store: Store, mail_id: str, when: datetime | None = None) -> None:
    _mark(store, mail_id, answered_at=when or utcnow())


def clear(store: Store, mail_id: str) -> None:
    """Take both marks back (the reminder returns while no reply shows up)."""
    _mark(store, mail_id, acknowledged_at=None, answered_at=None)
