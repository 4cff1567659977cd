"""Who writes the store at the same time: the app's worker (autosave of a draft, an import)
and the sync's own thread (a run against Outlook). SQLite takes one writer at a time;
every transaction begins IMMEDIATE and waits for the other (busy timeout), so nothing is
lost and nothing fails with "database is locked". Seeded, bounded loops."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from cockpit.connectors.registry import OUTLOOK, Registry
from cockpit.connectors.runner import run_all
from cockpit.domain.messages import MessageState
from cockpit.services import messages, projects, transfer
from cockpit.store.store import Store
from tests.connectors.outlook.fake_graph import FakeGraph

pytestmark = pytest.mark.both_databases

SAVES = 60
IMPORTS = 4
RUNS = 3


@pytest.fixture
def outlook_env(graph: FakeGraph, monkeypatch: pytest.MonkeyPatch) -> FakeGraph:
    monkeypatch.setenv("COCKPIT_GRAPH_TOKEN", graph.token)
    monkeypatch.setenv("COCKPIT_GRAPH_URL", graph.url)
    return graph


def _in_thread(work: Callable[[], None], errors: list[BaseException]) -> threading.Thread:
    def run() -> None:
        try:
            work()
        except BaseException as exc:  # reported by the test, not lost in the thread
            errors.append(exc)

    return threading.Thread(target=run, daemon=True)


def test_autosave_a_sync_run_and_an_import_at_once_lose_nothing(
        demo_store: Store, outlook_env: FakeGraph, tmp_path: Path) -> None:
    store = demo_store
    rng = random.Random(20261202)
    project_id = projects.find_project_id(store, "JP-104")
    draft = messages.new_message(store, project_id)
    queued = [m.id for m in messages.list_messages(store) if m.state is MessageState.READY]
    assert queued
    export = tmp_path / "portfolio.json"
    count = transfer.export_json(store, export)
    accounts = Registry((OUTLOOK,)).accounts(None)
    outlook_env.slow_next("POST", r"/send$", 0.3)  # a run that takes a while
    errors: list[BaseException] = []
    typed: list[str] = []

    def autosave() -> None:  # the compose window: a save every ~20 ms while typing
        current = draft
        for i in range(SAVES):
            text = f"Typed line {i}\n"
            typed.append(text)
            current = messages.save_draft(store, replace(current, body="".join(typed)))
            time.sleep(rng.uniform(0.005, 0.03))

    def sync() -> None:
        for _ in range(RUNS):
            run_all(store, accounts)

    def imports() -> None:
        for _ in range(IMPORTS):
            result = transfer.import_json(store, export)
            assert result.created == 0 and result.updated == count
            time.sleep(rng.uniform(0.01, 0.05))

    threads = [_in_thread(w, errors) for w in (autosave, sync, imports)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a writer hung"
    assert errors == []
    assert time.monotonic() - started < 120
    # every keystroke of the autosave is there, in order
    assert messages.get_message(store, draft.id).body == "".join(typed)
    # every queued message went out exactly once
    assert outlook_env.sent_count() == len(queued)
    sent = {m.id for m in messages.list_messages(store) if m.state is MessageState.SENT}
    assert set(queued) <= sent
    # the import replaced the projects with themselves: nothing duplicated, nothing lost
    assert len(projects.list_projects(store, include_archived=True)) == count
