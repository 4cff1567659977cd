"""What Outlook holds of each message, kept in ``remote_link`` rows under ``outlook``: the
Outlook draft's immutable id and change key, the moments its create and send went out, and
``remote_revision`` — the local revision the Outlook draft holds. A draft whose revision
differs (or that Outlook never had: None) is pushed; equal means nothing changed here since.
Every save, and every move between states, raises ``revision``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select

from cockpit.connectors import remote_links
from cockpit.connectors.outlook import NAME
from cockpit.connectors.remote_links import MESSAGE
from cockpit.domain.messages import DraftText, MessageState
from cockpit.services import messages
from cockpit.services.messages import MessageData
from cockpit.store import sync_state
from cockpit.store.models import Message, RemoteLink
from cockpit.store.store import Store

CONNECTOR = NAME


@dataclass(frozen=True)
class Tracked:
    """A message as the Outlook sync sees it: its state and revision, and its link."""

    id: str
    state: MessageState
    revision: int
    subject: str = ""
    remote_id: str | None = None
    remote_change_key: str | None = None
    create_started_at: datetime | None = None
    send_started_at: datetime | None = None
    remote_revision: int | None = None
    conflict_of: str | None = None  # the other version of a draft edited on both sides


def _link(session: Any, message_id: str) -> RemoteLink:
    return remote_links.ensure(session, MESSAGE, message_id, CONNECTOR)


def tracked(store: Store, message_id: str) -> Tracked:
    with store.session() as s:
        row = messages.load_row(s, message_id)
        link = remote_links.get(s, MESSAGE, message_id, CONNECTOR)
        if link is None:
            return Tracked(row.id, row.state, row.revision, row.subject,
                           conflict_of=row.conflict_of)
        return Tracked(row.id, row.state, row.revision, row.subject, link.remote_id,
                       link.change_key, link.create_started_at, link.send_started_at,
                       link.remote_revision, row.conflict_of)


def mark(store: Store, message_id: str, **values: Any) -> None:
    """Set link fields by their old column names (``remote_change_key`` → ``change_key``)."""
    if "remote_change_key" in values:
        values["change_key"] = values.pop("remote_change_key")
    remote_links.write(store, MESSAGE, message_id, CONNECTOR, **values)


def owner(store: Store, remote_id: str) -> Tracked | None:
    """The message that owns the Outlook draft ``remote_id`` (None: none does)."""
    with store.session() as s:
        found = s.scalars(select(Message.id).join(RemoteLink, remote_links.join_on(
            MESSAGE, CONNECTOR, Message.id)).where(RemoteLink.remote_id == remote_id)).first()
    return tracked(store, found) if found else None


def synced_drafts(store: Store) -> list[str]:
    """Outlook ids of the drafts Outlook holds."""
    with store.session() as s:
        return [r for r in s.scalars(select(RemoteLink.remote_id).join(
            Message, remote_links.join_on(MESSAGE, CONNECTOR, Message.id)).where(
            Message.state == MessageState.DRAFT, RemoteLink.remote_id.is_not(None))) if r]


def owned_elsewhere(store: Store, message_id: str) -> set[str]:
    """Outlook ids held by messages other than ``message_id``."""
    with store.session() as s:
        return {r for r in s.scalars(select(RemoteLink.remote_id).join(
            Message, remote_links.join_on(MESSAGE, CONNECTOR, Message.id)).where(
            Message.id != message_id, RemoteLink.remote_id.is_not(None))) if r}


def unsynced_drafts(store: Store) -> list[str]:
    """Drafts Outlook does not hold as they are now, oldest change first. A draft with neither
    subject nor body is not worth an Outlook draft (a window just opened) unless Outlook
    already has one of it, which must then follow."""
    stmt = (select(Message.id)
            .outerjoin(RemoteLink, remote_links.join_on(MESSAGE, CONNECTOR, Message.id))
            .where(Message.state == MessageState.DRAFT,
                   or_(RemoteLink.remote_revision.is_(None),
                       RemoteLink.remote_revision != Message.revision),
                   or_(RemoteLink.remote_id.is_not(None), func.trim(Message.subject) != "",
                       func.trim(Message.body) != ""))
            .order_by(Message.updated_at, Message.created_at, Message.id))
    with store.session() as s:
        return list(s.scalars(stmt))


def deleted_drafts(store: Store) -> list[tuple[str, str]]:
    """(sync_state key, Outlook id) of drafts deleted here whose Outlook copy is still there."""
    return remote_links.deleted(store, MESSAGE, CONNECTOR)


def forget_deleted_draft(store: Store, key: str) -> None:
    sync_state.drop(store, CONNECTOR, key)


def record_outlook_draft(store: Store, message_id: str, remote_id: str,
                         change_key: str | None, revision: int | None = None) -> None:
    """Outlook holds the message as ``remote_id`` at ``change_key``; ``revision``: the local
    revision that was written there (None: unchanged, e.g. a change key moved by a category
    set in Outlook)."""
    with store.session() as s:
        messages.load_row(s, message_id)
        link = _link(s, message_id)
        link.remote_id, link.change_key = remote_id, change_key
        if revision is not None:
            link.remote_revision = revision


def apply_outlook_version(store: Store, message_id: str, text: DraftText,
                          change_key: str | None) -> MessageData | None:
    """Outlook's edit of a draft not changed here since the last sync: it becomes the draft
    (a new revision, which an open compose window notices before it saves). None — nothing
    written — when the draft changed here too, or left the drafts, in the meantime: checked in
    the same transaction as the write, so an autosave racing the sync is never overwritten."""
    with store.session() as s:
        row = messages.load_row(s, message_id)
        link = _link(s, message_id)
        if row.state is not MessageState.DRAFT or row.revision != link.remote_revision:
            return None
        messages.write_text(row, text)
        row.revision += 1
        link.remote_revision, link.change_key = row.revision, change_key
        s.flush()
        return messages.message_data(s, row)


def keep_both(store: Store, message_id: str, text: DraftText,
              change_key: str | None) -> MessageData:
    """Edited here and in Outlook at once: neither edit is lost. Outlook's version becomes a new
    draft (``messages.copy_of``) that owns the Outlook draft; the message keeps the PM's text
    and has no Outlook draft any more (the next push makes a fresh one). Returns the new
    draft."""
    with store.session() as s:
        row = messages.load_row(s, message_id)
        link = _link(s, message_id)
        remote_id = link.remote_id
        copy = messages.copy_of(s, row, text)
        _detach(link)
        link.remote_revision = None  # Outlook has no draft of it now
        remote_links.put(s, MESSAGE, copy.id, CONNECTOR, remote_id=remote_id,
                         change_key=change_key, remote_revision=copy.revision)
        s.flush()
        return messages.message_data(s, copy)


def _detach(link: RemoteLink) -> None:
    link.remote_id = link.change_key = link.digest = None
    link.create_started_at = link.send_started_at = None


def forget_outlook_draft(store: Store, message_id: str) -> None:
    """The Outlook draft was deleted there: the message is kept, and not put back into Outlook
    until the PM edits it again (``remote_revision`` = its revision)."""
    with store.session() as s:
        row = messages.load_row(s, message_id)
        link = _link(s, message_id)
        _detach(link)
        link.remote_revision = row.revision
