"""Store access to ``remote_link``: how each connector knows a local item (its id there, its
version there, what it last received, the moments a create or a send went out, why it was
refused). Every function takes the connector's name: connectors never see each other's rows,
and the services only meet them through ``tombstones`` when an item is deleted.

Entity kinds: ``MESSAGE``, ``SERIES``, ``OCCURRENCE`` (one date of a series).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, delete, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from cockpit.store import sync_state
from cockpit.store.models import MeetingOccurrence, MeetingSeries, Message, RemoteLink
from cockpit.store.store import Store

MESSAGE = "message"
SERIES = "series"
OCCURRENCE = "occurrence"
FIELDS = frozenset({"remote_id", "change_key", "digest", "create_started_at",
                    "send_started_at", "remote_revision", "problem"})


def get(session: Session, kind: str, entity_id: str, connector: str) -> RemoteLink | None:
    return session.scalars(select(RemoteLink).where(
        RemoteLink.entity_kind == kind, RemoteLink.entity_id == entity_id,
        RemoteLink.connector == connector)).first()


def ensure(session: Session, kind: str, entity_id: str, connector: str) -> RemoteLink:
    """The item's link for ``connector``, added (empty) when it has none yet.

    On a shared PostgreSQL store another process may add the same link at the same moment (a
    sync run and an import's look-up mark): the insert then waits for the other one and
    keeps its row (``ON CONFLICT DO NOTHING``) instead of failing on the unique key. A SQLite
    store has one writer at a time, so the plain insert is enough there."""
    row = get(session, kind, entity_id, connector)
    if row is not None:
        return row
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert

        session.execute(insert(RemoteLink).values(
            entity_kind=kind, entity_id=entity_id, connector=connector, problem="",
        ).on_conflict_do_nothing(index_elements=["entity_kind", "entity_id", "connector"]))
        found = get(session, kind, entity_id, connector)
        assert found is not None  # ours, or the one the other writer committed
        return found
    row = RemoteLink(entity_kind=kind, entity_id=entity_id, connector=connector, problem="")
    session.add(row)
    session.flush()
    return row


def put(session: Session, kind: str, entity_id: str, connector: str, **values: Any) -> None:
    """Set some fields of the item's link (``FIELDS``), inside the caller's unit of work."""
    unknown = set(values) - FIELDS
    if unknown:
        raise TypeError(f"not a remote_link field: {sorted(unknown)}")
    row = ensure(session, kind, entity_id, connector)
    for name, value in values.items():
        setattr(row, name, value)


def write(store: Store, kind: str, entity_id: str, connector: str, **values: Any) -> None:
    with store.session() as s:
        put(s, kind, entity_id, connector, **values)


def read(store: Store, kind: str, entity_id: str, connector: str) -> RemoteLink:
    """A detached copy of the item's link (an empty one when there is none)."""
    with store.session() as s:
        row = get(s, kind, entity_id, connector)
        if row is None:
            return RemoteLink(entity_kind=kind, entity_id=entity_id, connector=connector,
                              problem="")
        s.expunge(row)
        return row


def remote_id(session: Session, kind: str, entity_id: str, connector: str) -> str | None:
    row = get(session, kind, entity_id, connector)
    return row.remote_id if row else None


def owner(session: Session, kind: str, connector: str, remote: str) -> str | None:
    """The local id of the item ``connector`` knows as ``remote`` (None: no such item)."""
    return session.scalars(select(RemoteLink.entity_id).where(
        RemoteLink.entity_kind == kind, RemoteLink.connector == connector,
        RemoteLink.remote_id == remote)).first()


def by_remote(session: Session, kind: str, connector: str, remote: str) -> RemoteLink | None:
    """The link of the item ``connector`` knows as ``remote`` (None: no such item)."""
    return session.scalars(select(RemoteLink).where(
        RemoteLink.entity_kind == kind, RemoteLink.connector == connector,
        RemoteLink.remote_id == remote)).first()


def by_entity(session: Session, kind: str, connector: str,
              ids: Iterable[str] | None = None) -> dict[str, RemoteLink]:
    """Every link of ``connector`` for items of ``kind`` (or of those ``ids``), by local id."""
    query = select(RemoteLink).where(RemoteLink.entity_kind == kind,
                                     RemoteLink.connector == connector)
    if ids is not None:
        query = query.where(RemoteLink.entity_id.in_(list(ids)))
    return {r.entity_id: r for r in session.scalars(query)}


def join_on(kind: str, connector: str, entity_id: Any) -> ColumnElement[bool]:
    """The ON clause for an outer join of an entity's table with its links to ``connector``."""
    return and_(RemoteLink.entity_kind == kind, RemoteLink.connector == connector,
                RemoteLink.entity_id == entity_id)


def drop(session: Session, kind: str, entity_id: str, connector: str | None = None) -> None:
    """Forget the item's links (of one connector, or all)."""
    query = select(RemoteLink).where(RemoteLink.entity_kind == kind,
                                     RemoteLink.entity_id == entity_id)
    if connector is not None:
        query = query.where(RemoteLink.connector == connector)
    for row in session.scalars(query):
        session.delete(row)


def prune(store: Store) -> int:
    """Forget the links of items gone without a word to the connectors (a project deleted
    with its messages and meetings, a date reset to its series); returns how many went."""
    tables: dict[str, Any] = {MESSAGE: Message.id, SERIES: MeetingSeries.id,
                              OCCURRENCE: MeetingOccurrence.id}
    gone = 0
    with store.session() as s:
        for kind, entity_id in tables.items():
            result = s.execute(delete(RemoteLink).where(
                RemoteLink.entity_kind == kind,
                RemoteLink.entity_id.not_in(select(entity_id))))
            gone += int(getattr(result, "rowcount", 0) or 0)
    return gone


def tombstone_key(kind: str) -> str:
    """The ``sync_state`` key prefix of an item of ``kind`` deleted here but still held by a
    connector: ``tombstone_key(kind) + entity id`` → its remote id."""
    return f"deleted-{kind}:"


def tombstones(session: Session, kind: str, entity_id: str) -> None:
    """The item is being deleted here: each connector that holds it gets a tombstone (what it
    must still do there, in its own ``sync_state``), and the links go."""
    query = select(RemoteLink).where(RemoteLink.entity_kind == kind,
                                     RemoteLink.entity_id == entity_id)
    for row in session.scalars(query):
        if row.remote_id is not None:
            sync_state.put(session, row.connector, tombstone_key(kind) + entity_id,
                           row.remote_id)
        session.delete(row)


def deleted(store: Store, kind: str, connector: str) -> list[tuple[str, str]]:
    """(sync_state key, remote id) of the items of ``kind`` deleted here that ``connector``
    still holds; ``sync_state.drop`` the key once done."""
    return sync_state.starting_with(store, connector, tombstone_key(kind))
