"""On a shared PostgreSQL store two writers of the same message run one after the other: the
one that comes second sees the first one's revision and state, and is refused as stale instead
of passing its checks on what it read before and overwriting the other's work."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from cockpit.domain.messages import MessageState
from cockpit.errors import ErrorCode, KnownError
from cockpit.paths import resolve_store
from cockpit.services import messages
from cockpit.services.demo import build_demo
from cockpit.store.store import Store, open_store


@pytest.fixture
def server_demo(pg_url: str) -> Iterator[Store]:
    store = open_store(resolve_store(pg_url))
    build_demo(store, today=date(2026, 11, 24))
    yield store
    store.dispose()


def _waiting_on_a_lock(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'")).scalar_one())


def _while_another_writer_changes_it(store: Store, message_id: str, change: str,
                                     mine: Callable[[], object]) -> object:
    """Run ``mine`` in a thread while another connection is in the middle of writing the
    message (it holds the row), let that writer commit ``change``, and give back what
    ``mine`` returned or raised."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(mine())
        except KnownError as exc:
            outcome.append(exc)

    with store.engine.connect() as other, other.begin():
        other.execute(text("SELECT id FROM message WHERE id = :id FOR UPDATE"),
                      {"id": message_id})
        worker = threading.Thread(target=run)
        worker.start()
        deadline = time.monotonic() + 20
        while _waiting_on_a_lock(store) == 0:
            assert time.monotonic() < deadline, "the second writer never reached the row"
            time.sleep(0.05)
        other.execute(text(f"UPDATE message SET {change}, revision = revision + 1 "
                           "WHERE id = :id"), {"id": message_id})
    worker.join(timeout=20)
    assert len(outcome) == 1
    return outcome[0]


def test_a_draft_saved_while_another_window_saves_it_is_refused_not_overwritten(
        server_demo: Store) -> None:
    store = server_demo
    draft = next(m for m in messages.list_messages(store) if m.state is MessageState.DRAFT)
    mine = messages.get_message(store, draft.id)

    refused = _while_another_writer_changes_it(
        store, draft.id, "subject = 'theirs'",
        lambda: messages.save_draft(store, replace(mine, subject="mine")))

    assert isinstance(refused, KnownError) and refused.code is ErrorCode.CHANGED_ELSEWHERE
    stored = messages.get_message(store, draft.id)
    assert stored.subject == "theirs" and stored.revision == mine.revision + 1


@pytest.mark.parametrize("move", ["mark_ready", "back_to_draft"])
def test_a_message_moved_while_the_sync_sends_it_answers_from_the_sent_state(
        server_demo: Store, move: str) -> None:
    store = server_demo
    ready = next(m for m in messages.list_messages(store) if m.state is MessageState.READY)
    moves: dict[str, Callable[[], object]] = {
        "mark_ready": lambda: messages.mark_ready(store, ready.id, confirmed=True),
        "back_to_draft": lambda: messages.back_to_draft(store, ready.id),
    }

    outcome = _while_another_writer_changes_it(store, ready.id,
                                               "state = 'sent', sent_at = now()", moves[move])

    # told that it went out meanwhile, not "queued" or "back in the drafts"
    assert isinstance(outcome, KnownError) and outcome.code is ErrorCode.MESSAGE_LOCKED
    assert "sent" in outcome.message
    assert messages.get_message(store, ready.id).state is MessageState.SENT
