"""A store that Outlook bookkeeping was written to by the 0007 code (columns on ``message``,
``meeting_series``, ``meeting_occurrence``), upgraded to ``remote_link`` and synced once more
against the fake Graph server resumed where that sync left it: every value carried over, and
nothing created or sent a second time. The fixture is ``tests/fixtures/make_synced_store.py``'s."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from cockpit.connectors.base import NoticeKind
from cockpit.connectors.outlook.client import GraphClient
from cockpit.connectors.outlook.connector import OutlookConnector
from cockpit.connectors.runner import run_once
from cockpit.paths import resolve_store
from cockpit.store.store import open_store
from tests.connectors.outlook.fake_graph import FakeGraph
from tests.fixtures.make_synced_store import GRAPH_STATE, STORE

MESSAGE_COLUMNS = ("remote_id", "remote_change_key", "create_started_at", "send_started_at",
                   "remote_revision")


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as con:
        return con.execute(sql).fetchall()


def _old_values(path: Path) -> set[tuple[Any, ...]]:
    """What the 0007 columns held, as (kind, id, remote id, change key, digest, create, send,
    revision, problem) — the shape of a ``remote_link`` row. A draft's digest was a
    ``sync_state`` row ``draft:<hash of its Outlook id>``."""
    import hashlib

    digests = dict(_rows(path, "SELECT key, link FROM sync_state WHERE key LIKE 'draft:%'"))
    assert digests  # the 0007 sync remembered what it wrote to the drafts

    def digest(remote_id: str | None) -> str | None:
        if remote_id is None:
            return None
        return digests.get("draft:" + hashlib.sha256(remote_id.encode()).hexdigest()[:40])

    values = {("message", i, rid, ck, digest(rid), cs, ss, rr, "")
              for i, rid, ck, cs, ss, rr in _rows(
                  path, "SELECT id, " + ", ".join(MESSAGE_COLUMNS) + " FROM message WHERE "
                  + " OR ".join(f"{c} IS NOT NULL" for c in MESSAGE_COLUMNS))}
    values |= {("series", i, rid, ck, pushed, cs, None, None, problem)
               for i, rid, ck, cs, pushed, problem in _rows(
                   path, "SELECT id, remote_id, remote_change_key, create_started_at, pushed,"
                   " sync_problem FROM meeting_series WHERE remote_id IS NOT NULL")}
    values |= {("occurrence", i, None, None, d, None, None, None, "") for i, d in _rows(
        path, "SELECT id, pushed_digest FROM meeting_occurrence"
        " WHERE pushed_digest IS NOT NULL")}
    return values


def _links(path: Path) -> set[tuple[Any, ...]]:
    return set(_rows(path, "SELECT entity_kind, entity_id, remote_id, change_key, digest,"
                           " create_started_at, send_started_at, remote_revision, problem"
                           " FROM remote_link WHERE connector = 'outlook'"))


def _same_digest(rows: set[tuple[Any, ...]]) -> set[tuple[Any, ...]]:
    """The series' digest compared as data (JSON text may differ in spacing)."""
    import json

    return {r[:4] + ((json.loads(r[4]) and json.dumps(json.loads(r[4]), sort_keys=True))
                     if r[0] == "series" and r[4] else r[4],) + r[5:] for r in rows}


def _move_links(path: Path, url: str) -> None:
    """The delta links name the recording server's port; the resumed one listens on another
    (Outlook's address never changes: the same links, on the new port)."""
    with sqlite3.connect(path) as con:
        for key, link in con.execute("SELECT key, link FROM sync_state").fetchall():
            if "/v1.0" in link and link.startswith("http://127.0.0.1:"):
                moved = url + link.split("/v1.0", 1)[1]
                con.execute("UPDATE sync_state SET link = ? WHERE key = ?", (moved, key))


def test_an_old_synced_store_upgrades_and_syncs_on_without_repeating_anything(
        tmp_path: Path) -> None:
    db = tmp_path / "cockpit.sqlite3"
    shutil.copy(STORE, db)
    assert _rows(db, "SELECT version_num FROM alembic_version") == [
        ("0007_outlook_drafts_events",)]
    before = _old_values(db)
    kinds = {row[0] for row in before}
    assert kinds == {"message", "series", "occurrence"}
    assert any(row[6] is not None for row in before)  # a send moment
    assert any(row[5] is not None for row in before if row[0] == "series")  # a create moment

    store = open_store(resolve_store(str(db)))  # upgrades to head, after a backup
    try:
        assert store.migrated_from == "0007_outlook_drafts_events"
        assert _same_digest(_links(db)) == _same_digest(before)
        assert any(r[0] == "message" and r[4] for r in before)  # digests came along
        assert _rows(db, "SELECT key FROM sync_state WHERE key LIKE 'draft:%'") == []
        with FakeGraph() as graph:
            graph.restore_state(GRAPH_STATE)
            events, drafts = graph.events(), graph.messages("drafts")
            sent = graph.sent_count()
            assert events and drafts and sent
            _move_links(db, graph.url)
            graph.clear_requests()
            with GraphClient(lambda: graph.token, base_url=graph.url,
                             sleep=lambda _s: None) as client:
                result = run_once(store, OutlookConnector(store, client))
            assert result.error is None, result.error
            assert graph.count("POST", r"^/me/messages$") == 0  # no draft made twice
            assert graph.count("POST", r"/send$") == 0  # nothing sent twice
            assert graph.count("POST", r"^/me/events$") == 0  # no event made twice
            assert graph.count("PATCH", r"^/me/events") == 0  # every date known as pushed
            assert graph.count("PATCH", r"^/me/messages") == 0  # every draft known as written
            assert len(graph.events()) == len(events)
            assert len(graph.messages("drafts")) == len(drafts)
            assert graph.sent_count() == sent
            assert result.push.sent == [] and result.push.failed == []
            # every draft's digest came along: none is taken for an edit made in Outlook
            assert not [n for n in result.notices if n.kind in (
                NoticeKind.UPDATED_REMOTELY, NoticeKind.EDITED_BOTH_SIDES)]
            assert graph.errors == []
        # what the run read back changed no id, and kept every moment
        after = {r[:3] + r[5:7] for r in _links(db)}
        assert {r[:3] + r[5:7] for r in before} <= after
    finally:
        store.dispose()
