"""A second connector beside Outlook through the same runner: both run, each keeps its own
record in ``sync_state``, and one failing (a known error, or a bug) does not stop the other."""

from __future__ import annotations

import pytest

from cockpit.connectors.registry import OUTLOOK, Registry
from cockpit.connectors.runner import ConnectorsFailed, run_all, status
from cockpit.domain.messages import MessageState
from cockpit.errors import ErrorCode
from cockpit.services import messages
from cockpit.store.store import Store
from tests.connectors.fake_tracker import NAME, OFFLINE, TrackerTool, tracker_spec
from tests.connectors.outlook.fake_graph import FakeGraph

pytestmark = pytest.mark.both_databases


@pytest.fixture
def outlook_env(graph: FakeGraph, monkeypatch: pytest.MonkeyPatch) -> FakeGraph:
    monkeypatch.setenv("COCKPIT_GRAPH_TOKEN", graph.token)
    monkeypatch.setenv("COCKPIT_GRAPH_URL", graph.url)
    return graph


def _queued(store: Store) -> list[str]:
    return [m.id for m in messages.list_messages(store) if m.state is MessageState.READY]


def _sent(store: Store) -> list[str]:
    return [m.id for m in messages.list_messages(store) if m.state is MessageState.SENT]


def test_outlook_and_a_tracker_run_side_by_side_each_with_its_record(
        demo_store: Store, outlook_env: FakeGraph) -> None:
    tool = TrackerTool()
    registry = Registry((OUTLOOK, tracker_spec(tool)))
    accounts = registry.accounts(None)
    queued = _queued(demo_store)
    assert queued
    assert sum(a.waiting(demo_store) for a in accounts) > 0  # the waiting count of both
    results = run_all(demo_store, accounts)
    assert list(results) == ["outlook", NAME]
    assert sorted(results["outlook"].push.sent) == sorted(queued)
    assert outlook_env.sent_count() == len(queued)
    # the tracker ran after Outlook: it saw what Outlook sent, and made one issue of each
    assert tool.creates == len(_sent(demo_store)) and len(tool.issues) == tool.creates
    assert {n.connector for n in results[NAME].notices} == {NAME}
    assert all(n.connector == "outlook" for n in results["outlook"].notices)
    for name in ("outlook", NAME):
        record = status(demo_store, name)
        assert record.last_success is not None and record.error_code is None
    assert registry.display_name(NAME) == "Tracker"
    # a second run repeats nothing, in either tool
    again = run_all(demo_store, accounts)
    assert again["outlook"].push.sent == [] and outlook_env.sent_count() == len(queued)
    assert tool.creates == len(_sent(demo_store))
    assert accounts[1].waiting(demo_store) == 0


def test_a_failing_connector_does_not_stop_the_other(demo_store: Store,
                                                     outlook_env: FakeGraph) -> None:
    tool = TrackerTool(fail_with=OFFLINE)
    accounts = Registry((tracker_spec(tool), OUTLOOK)).accounts(None)  # the tracker first
    queued = _queued(demo_store)
    results = run_all(demo_store, accounts)
    assert results[NAME].error is OFFLINE and results[NAME].pull is None
    assert sorted(results["outlook"].push.sent) == sorted(queued)
    assert status(demo_store, NAME).error_code is ErrorCode.OFFLINE
    assert status(demo_store, "outlook").error_code is None
    assert tool.creates == 0

    # a bug in one connector: the other still runs, then the bug is raised
    tool.fail_with, tool.crash = None, True
    with pytest.raises(ConnectorsFailed) as caught:
        run_all(demo_store, accounts)
    assert list(caught.value.results) == ["outlook"]
    assert caught.value.results["outlook"].error is None
    assert status(demo_store, NAME).error_code is ErrorCode.OFFLINE  # its last record stays


def test_links_of_items_deleted_with_their_project_are_forgotten_by_the_next_run(
        demo_store: Store) -> None:
    from cockpit.connectors import remote_links
    from cockpit.services import projects

    project_id = projects.find_project_id(demo_store, "JP-104")
    mine = [m.id for m in messages.list_messages(demo_store, project_id=project_id)]
    others = [m.id for m in messages.list_messages(demo_store) if m.id not in mine]
    assert mine and others
    for message_id in (mine[0], others[0]):
        remote_links.write(demo_store, remote_links.MESSAGE, message_id, NAME,
                           remote_id=f"TRK-{message_id}")
    projects.delete_project(demo_store, project_id)
    run_all(demo_store, Registry((tracker_spec(TrackerTool()),)).accounts(None))
    with demo_store.session() as s:
        kept = remote_links.by_entity(s, remote_links.MESSAGE, NAME)
    assert others[0] in kept and mine[0] not in kept
