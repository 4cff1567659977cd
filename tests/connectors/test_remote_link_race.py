"""On a shared PostgreSQL store a sync run and an import may add the same item's remote link at
the same moment: the second waits for the first and uses its row, never failing on the
link's unique key (which would stop the sync run with a connector error)."""

from __future__ import annotations

import threading
import time
from datetime import date

from sqlalchemy import text

from cockpit.connectors import remote_links
from cockpit.paths import resolve_store
from cockpit.services import messages
from cockpit.services.demo import build_demo
from cockpit.store.store import open_store


def test_a_link_added_by_two_writers_at_once_is_one_link(pg_url: str) -> None:
    store = open_store(resolve_store(pg_url))
    try:
        build_demo(store, today=date(2026, 11, 24))
        message_id = messages.list_messages(store)[0].id
        outcome: list[object] = []

        def second_writer() -> None:
            try:
                with store.session() as s:
                    link = remote_links.ensure(s, remote_links.MESSAGE, message_id, "outlook")
                    outcome.append(link.remote_id)
            except Exception as exc:  # the failure this test is about
                outcome.append(exc)

        with store.session() as first:
            link = remote_links.ensure(first, remote_links.MESSAGE, message_id, "outlook")
            link.remote_id = "AAMk-first"
            first.flush()  # inserted, not committed: the second writer's insert must wait
            worker = threading.Thread(target=second_writer)
            worker.start()
            deadline = time.monotonic() + 20
            with store.engine.connect() as watch:
                while not watch.execute(text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                        "current_database() AND wait_event_type = 'Lock'")).scalar_one():
                    assert time.monotonic() < deadline, "the second writer never waited"
                    time.sleep(0.05)
        worker.join(timeout=20)

        assert outcome == ["AAMk-first"]  # it found the first writer's link, no error
        assert remote_links.read(store, remote_links.MESSAGE, message_id,
                                 "outlook").remote_id == "AAMk-first"
    finally:
        store.dispose()
