"""The sync's small records in ``sync_state``, one text per (connector, key): where each delta
query left off, the last run, a digest of what was last written to an item, and tombstones —
what a connector must still do in the outside tool for an item deleted here."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.store.models import SyncState
from cockpit.store.store import Store


def put(session: Session, connector: str, key: str, value: str) -> None:
    """Inside a unit of work of the caller's (a tombstone written with the deletion)."""
    row = session.get(SyncState, (connector, key))
    if row is None:
        row = SyncState(connector=connector, key=key)
        session.add(row)
    row.link = value


def read(store: Store, connector: str, key: str) -> str:
    with store.session() as s:
        row = s.get(SyncState, (connector, key))
        return row.link if row else ""


def write(store: Store, connector: str, key: str, value: str) -> None:
    with store.session() as s:
        put(s, connector, key, value)


def drop(store: Store, connector: str, key: str) -> None:
    with store.session() as s:
        row = s.get(SyncState, (connector, key))
        if row is not None:
            s.delete(row)


def starting_with(store: Store, connector: str, prefix: str) -> list[tuple[str, str]]:
    """(key, value) of the records whose key starts with ``prefix``."""
    with store.session() as s:
        rows = s.scalars(select(SyncState).where(SyncState.connector == connector,
                                                 SyncState.key.startswith(prefix)))
        return [(r.key, r.link) for r in rows]
