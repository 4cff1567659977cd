"""Drafts both ways against the fake Graph server, with a real migrated store: each draft is one
Outlook draft, updated with its change key; Outlook's edits come back; edits on both sides keep
both versions; drafts sent or deleted in Outlook; lost answers, throttling, expired sync points
and restarts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from cockpit.connectors.base import NoticeKind
from cockpit.connectors.outlook import draft_records
from cockpit.connectors.outlook.client import GraphClient, RetryPolicy
from cockpit.connectors.outlook.connector import OutlookConnector
from cockpit.connectors.outlook.draft_records import Tracked
from cockpit.connectors.outlook.drafts import DraftSync, push_mail
from cockpit.connectors.runner import run_once
from cockpit.domain.messages import MessageData, MessageKind, MessageState
from cockpit.errors import ErrorCode
from cockpit.services import meetings, messages, projects
from cockpit.store.store import Store, open_store
from tests.connectors.outlook.fake_graph import FakeGraph

pytestmark = pytest.mark.both_databases

YAMADA = "山田 太郎 <yamada@client.example.jp>"
CREATE = r"^/me/messages$"


def _client(graph: FakeGraph, **extra: Any) -> GraphClient:
    return GraphClient(lambda: graph.token, base_url=graph.url, timeout=(2, 2),
                       sleep=lambda _s: None, **extra)


@pytest.fixture
def client(graph: FakeGraph) -> Iterator[GraphClient]:
    with _client(graph) as c:
        yield c


@pytest.fixture
def store(demo_store: Store) -> Store:
    """The demo portfolio with only its sent messages: the drafts here are the test's own."""
    for summary in messages.list_messages(demo_store):
        if summary.state is MessageState.READY:
            messages.back_to_draft(demo_store, summary.id)
        if summary.state is not MessageState.SENT:
            messages.delete_message(demo_store, summary.id)
    return demo_store


def _draft(store: Store, subject: str, body: str = "- 進捗は順調です\n", to: str = YAMADA) -> str:
    project_id = projects.find_project_id(store, "JP-104")
    return messages.new_message(store, project_id, to=to, subject=subject, body=body).id


def _edit(store: Store, message_id: str, **changes: Any) -> MessageData:
    return messages.save_draft(store, replace(messages.get_message(store, message_id),
                                              **changes))


def _row(store: Store, message_id: str) -> Tracked:
    """The message with what Outlook holds of it (its ``remote_link``)."""
    return draft_records.tracked(store, message_id)


def _drafts_here(store: Store) -> dict[str, MessageData]:
    return {m.id: messages.get_message(store, m.id) for m in messages.list_messages(store)
            if m.state is MessageState.DRAFT}


def _outlook_drafts(graph: FakeGraph) -> dict[str, dict[str, Any]]:
    return {m["subject"]: m for m in graph.messages("drafts")}


def _kinds(report: Any) -> list[NoticeKind]:
    return [n.kind for n in report.notices]


def _synced(store: Store, client: GraphClient, subject: str) -> tuple[str, str]:
    """A draft put into Outlook and read back once: (local id, Outlook id)."""
    message_id = _draft(store, subject)
    DraftSync(store, client).push()
    DraftSync(store, client).pull()
    remote_id = _row(store, message_id).remote_id
    assert remote_id is not None
    return message_id, remote_id


# --- push ------------------------------------------------------------------------------------
def test_a_draft_is_one_outlook_draft_updated_on_each_edit(store: Store, graph: FakeGraph,
                                                           client: GraphClient) -> None:
    message_id = _draft(store, "週次報告", body="**太字**\n\n- one\n- two\n")
    _draft(store, "", body="  ")  # a window just opened: nothing worth an Outlook draft
    report = DraftSync(store, client).push()
    assert report.stopped_by is None and report.notices == []
    (created,) = graph.messages("drafts")
    assert created["subject"] == "週次報告"
    assert "<strong>太字</strong>" in created["body"]["content"]
    assert [r["emailAddress"]["address"] for r in created["toRecipients"]] == [
        "yamada@client.example.jp"]
    row = _row(store, message_id)
    assert row.remote_id == created["id"] and row.remote_revision == row.revision

    _edit(store, message_id, subject="週次報告 (改訂)")
    _edit(store, message_id, body="**太字**\n\n- one\n- two\n- three\n")  # two saves, one PATCH
    DraftSync(store, client).push()
    (updated,) = graph.messages("drafts")  # the same draft, updated
    assert updated["id"] == created["id"] and updated["subject"] == "週次報告 (改訂)"
    assert "three" in updated["body"]["content"]
    (patch,) = graph.find("PATCH", r"^/me/messages/")
    assert patch.headers.get("if-match") == row.remote_change_key
    assert graph.count("POST", CREATE) == 1

    graph.clear_requests()
    DraftSync(store, client).push()  # nothing changed: not a single request
    assert graph.requests == []


def test_an_invitation_draft_carries_its_calendar_and_its_copy_keeps_the_links(
        store: Store, graph: FakeGraph, client: GraphClient) -> None:
    project_id = projects.find_project_id(store, "JP-104")
    series = meetings.list_series(store, project_id)[0]
    invite = messages.compose_invite(store, series.id)
    DraftSync(store, client).push()
    remote_id = _row(store, invite.id).remote_id
    assert remote_id is not None
    (ics,) = graph.attachments(remote_id)
    assert ics["name"] == "invite.ics" and ics["contentType"] == "text/calendar; method=REQUEST"

    _edit(store, invite.id, body="Agenda, revised here")
    graph.edit_in_outlook(remote_id, body="Agenda, revised in Outlook")
    report = DraftSync(store, client).pull()
    (notice,) = report.notices
    copy = messages.get_message(store, notice.detail)
    assert copy.kind is MessageKind.INVITE and copy.calendar == invite.calendar
    assert copy.links == invite.links and copy.project_id == project_id
    assert copy.body == "Agenda, revised in Outlook\n"


def test_a_lost_answer_to_the_create_is_found_not_repeated(store: Store, graph: FakeGraph,
                                                           client: GraphClient) -> None:
    message_id = _draft(store, "lost create")
    graph.lose_response_next("POST", CREATE)
    assert DraftSync(store, client).push().stopped_by is None
    assert graph.count("POST", CREATE) == 1
    (only,) = graph.messages("drafts")
    assert _row(store, message_id).remote_id == only["id"]


def test_a_lost_answer_to_an_update_is_not_taken_for_an_edit_in_outlook(
        store: Store, graph: FakeGraph, client: GraphClient) -> None:
    """The PATCH was carried out but its answer lost; the client repeats it with the old change
    key and gets 412: read back, Outlook holds our own text — no conflict, nothing doubled."""
    message_id = _draft(store, "lost update")
    DraftSync(store, client).push()
    _edit(store, message_id, body="second version\n")
    graph.lose_response_next("PATCH", r"^/me/messages/")
    report = DraftSync(store, client).push()
    assert report.notices == [] and report.stopped_by is None
    assert [p.status for p in graph.find("PATCH", r"^/me/messages/")] == [200, 412]
    (only,) = graph.messages("drafts")
    assert "second version" in only["body"]["content"]
    row = _row(store, message_id)
    assert row.remote_revision == row.revision and row.remote_change_key == only["changeKey"]
    assert len(_drafts_here(store)) == 1


def test_killed_mid_way_a_restart_finds_the_draft_and_sends_it_once(
        store: Store, graph: FakeGraph) -> None:
    """The app dies after the create went out and before any answer; the restart (a new
    store, client and sync objects) finds the draft by its tag; queued later, the same draft
    is sent — never a second one."""
    message_id = _draft(store, "crash")
    graph.lose_response_next("POST", CREATE)
    graph.drop_next("GET", r"^/me/messages$")  # ... and the read-back never came either
    with _client(graph, policy=RetryPolicy(attempts=1)) as dying:
        report = DraftSync(store, dying).push()
    assert report.stopped_by is not None and report.waiting == 1
    store.dispose()

    restarted = open_store(store.location)  # the same store, opened anew
    try:
        with _client(graph) as client:
            assert DraftSync(restarted, client).push().stopped_by is None
            messages.mark_ready(restarted, message_id)
            assert push_mail(restarted, client).sent == [message_id]
            assert DraftSync(restarted, client).pull().notices == []  # our own send
    finally:
        restarted.dispose()
    assert graph.count("POST", CREATE) == 1 and graph.sent_count("crash") == 1
    assert graph.messages("drafts") == []


def test_throttling_during_the_draft_push_is_waited_out(store: Store, graph: FakeGraph) -> None:
    waits: list[float] = []
    first, second = _draft(store, "first"), _draft(store, "second")
    graph.throttle_next("POST", CREATE, retry_after=3)
    with GraphClient(lambda: graph.token, base_url=graph.url, sleep=waits.append) as client:
        DraftSync(store, client).push()
        _edit(store, first, subject="first, edited")
        graph.throttle_next("PATCH", r"^/me/messages/", retry_after=2, code="ApplicationThrottled")
        assert DraftSync(store, client).push().stopped_by is None
    assert waits == [3.0, 2.0]
    assert set(_outlook_drafts(graph)) == {"first, edited", "second"}
    assert graph.count("POST", CREATE) == 3  # one throttled, then one per draft
    assert _row(store, second).remote_revision == _row(store, second).revision


def test_offline_stops_the_push_and_keeps_everything_waiting(store: Store,
                                                             graph: FakeGraph) -> None:
    _draft(store, "a")
    queued = messages.mark_ready(store, _draft(store, "b")).id
    with GraphClient(lambda: graph.token, base_url="http://127.0.0.1:9/v1.0",
                     sleep=lambda _s: None, policy=RetryPolicy(attempts=2)) as offline:
        connector = OutlookConnector(store, offline)
        assert connector.waiting() == 2  # one draft to write, one message to send
        report = connector.push()
        assert report.stopped_by is not None and report.stopped_by.code is ErrorCode.OFFLINE
        assert report.waiting == 2 and connector.waiting() == 2
    assert messages.get_message(store, queued).state is MessageState.READY


# --- pull ------------------------------------------------------------------------------------
def test_an_outlook_edit_comes_back_when_the_draft_did_not_change_here(
        store: Store, graph: FakeGraph, client: GraphClient) -> None:
    message_id, remote_id = _synced(store, client, "before")
    graph.edit_in_outlook(remote_id, subject="after",
                          body={"contentType": "html", "content": "<p>Edited <b>in</b> "
                                "Outlook</p><p>Regards,<br>Pat</p>"},
                          toRecipients=[("Brian Miller", "brian@client.example.com")],
                          ccRecipients=["yamada@client.example.jp"])
    report = DraftSync(store, client).pull()
    assert _kinds(report) == [NoticeKind.UPDATED_REMOTELY] and report.stored == 1
    draft = messages.get_message(store, message_id)
    assert draft.subject == "after" and draft.state is MessageState.DRAFT
    assert draft.body == "Edited in Outlook\n\nRegards,\nPat\n"  # as plain text
    assert draft.to == "Brian Miller <brian@client.example.com>"
    assert draft.cc == "yamada@client.example.jp"
    (read,) = graph.find("GET", rf"^/me/messages/{remote_id}$")
    assert 'outlook.body-content-type="text"' in read.headers["prefer"]

    graph.clear_requests()
    DraftSync(store, client).push()  # Outlook has this version: nothing to write back
    assert graph.count("PATCH", ".") == 0
    assert DraftSync(store, client).pull().notices == []  # and nothing new comes back


def test_a_category_set_in_outlook_is_not_an_edit(store: Store, graph: FakeGraph,
                                                  client: GraphClient) -> None:
    message_id, remote_id = _synced(store, client, "flagged")
    graph.edit_in_outlook(remote_id, categories=["Red category"])
    report = DraftSync(store, client).pull()
    assert report.notices == [] and report.stored == 0
    _edit(store, message_id, subject="flagged, edited")
    DraftSync(store, client).push()
    (patch,) = graph.find("PATCH", r"^/me/messages/")  # the new change key: no 412
    assert patch.status == 200 and graph.message(remote_id)["subject"] == "flagged, edited"


def test_edited_on_both_sides_both_versions_are_kept(store: Store, graph: FakeGraph,
                                                     client: GraphClient) -> None:
    message_id, remote_id = _synced(store, client, "報告")
    _edit(store, message_id, subject="報告 (PM)", body="the PM's text\n")
    graph.edit_in_outlook(remote_id, subject="報告 (Outlook)", body="Outlook's text")

    report = DraftSync(store, client).pull()
    assert _kinds(report) == [NoticeKind.EDITED_BOTH_SIDES]
    drafts = _drafts_here(store)
    assert len(drafts) == 2
    mine = drafts[message_id]
    (theirs,) = [d for d in drafts.values() if d.id != message_id]
    assert (mine.subject, mine.body) == ("報告 (PM)", "the PM's text\n")
    assert (theirs.subject, theirs.body) == ("報告 (Outlook)", "Outlook's text\n")
    assert theirs.project_id == mine.project_id and theirs.kind is mine.kind
    assert theirs.to == mine.to and theirs.message_id != mine.message_id
    assert _row(store, message_id).conflict_of == theirs.id
    assert _row(store, theirs.id).conflict_of == message_id
    assert _row(store, theirs.id).remote_id == remote_id  # Outlook's draft is the copy's
    assert _row(store, message_id).remote_id is None
    assert report.notices[0].subject == "報告 (PM)" and report.notices[0].detail == theirs.id
    summaries = {s.id: s for s in messages.list_messages(store)}
    assert summaries[message_id].conflict_of == theirs.id

    DraftSync(store, client).push()  # the PM's version gets an Outlook draft of its own
    in_outlook = _outlook_drafts(graph)
    assert set(in_outlook) == {"報告 (PM)", "報告 (Outlook)"}
    assert in_outlook["報告 (Outlook)"]["id"] == remote_id
    assert DraftSync(store, client).pull().notices == []  # settled: nothing more to say
    assert len(_drafts_here(store)) == 2


def test_an_outlook_edit_between_pull_and_push_is_caught_by_the_change_key(
        store: Store, graph: FakeGraph, client: GraphClient) -> None:
    message_id, remote_id = _synced(store, client, "race")
    _edit(store, message_id, body="mine\n")
    graph.edit_in_outlook(remote_id, body="theirs")  # after our last pull, before the push
    report = DraftSync(store, client).push()
    assert _kinds(report) == [NoticeKind.EDITED_BOTH_SIDES]
    (refused,) = graph.find("PATCH", r"^/me/messages/")
    assert refused.status == 412  # nothing of Outlook's edit was overwritten
    assert {d.body for d in _drafts_here(store).values()} == {"mine\n", "theirs\n"}
    assert len(graph.messages("drafts")) == 2  # the PM's version was made a draft at once
    assert DraftSync(store, client).push().notices == []


def test_a_queued_message_edited_in_outlook_is_not_sent_until_the_pm_has_seen_both(
        store: Store, graph: FakeGraph, client: GraphClient) -> None:
    message_id, remote_id = _synced(store, client, "queued")
    graph.edit_in_outlook(remote_id, body="changed in Outlook")
    messages.mark_ready(store, message_id)
    report = push_mail(store, client)
    assert report.sent == [] and _kinds(report) == [NoticeKind.EDITED_BOTH_SIDES]
    assert graph.sent_count() == 0
    assert messages.get_message(store, message_id).state is MessageState.DRAFT
    assert len(_drafts_here(store)) == 2


def test_a_draft_deleted_in_outlook_is_kept_here_and_not_recreated_until_edited(
        store: Store, graph: FakeGraph, client: GraphClient) -> None:
    message_id, remote_id = _synced(store, client, "deleted there")
    graph.delete_in_outlook(remote_id)  # to Deleted Items
    report = DraftSync(store, client).pull()
    assert _kinds(report) == [NoticeKind.DELETED_REMOTELY] and report.removed == 1
    kept = messages.get_message(store, message_id)
    assert kept.state is MessageState.DRAFT and kept.subject == "deleted there"
    assert _row(store, message_id).remote_id is None
    DraftSync(store, client).push()
    assert graph.count("POST", CREATE) == 1 and graph.messages("drafts") == []

    _edit(store, message_id, subject="deleted there, edited")
    DraftSync(store, client).push()  # edited again: a new Outlook draft
    assert set(_outlook_drafts(graph)) == {"deleted there, edited"}
    assert graph.count("POST", CREATE) == 2


def test_a_draft_deleted_for_good_while_edited_here_is_not_recreated(
        store: Store, graph: FakeGraph, client: GraphClient) -> None:
    message_id, remote_id = _synced(store, client, "gone")
    graph.delete_in_outlook(remote_id)
    graph.delete_in_outlook(remote_id)  # emptied from Deleted Items too
    _edit(store, message_id, body="edited here meanwhile\n")
    report = DraftSync(store, client).push()  # the PATCH answers 404
    assert _kinds(report) == [NoticeKind.DELETED_REMOTELY]
    assert messages.get_message(store, message_id).body == "edited here meanwhile\n"
    assert graph.messages("drafts") == [] and graph.count("POST", CREATE) == 1


def test_a_draft_sent_from_outlook_is_sent_here(store: Store, graph: FakeGraph,
                                                client: GraphClient) -> None:
    message_id, remote_id = _synced(store, client, "sent from Outlook")
    client.post(f"/me/messages/{remote_id}/send")  # the PM pressed Send in Outlook
    report = DraftSync(store, client).pull()
    assert _kinds(report) == [NoticeKind.SENT_REMOTELY]
    sent = messages.get_message(store, message_id)
    assert sent.state is MessageState.SENT and sent.sent_at is not None
    assert DraftSync(store, client).push().notices == [] and graph.sent_count() == 1


def test_an_expired_sync_point_reads_the_drafts_again_without_duplicates(
        store: Store, graph: FakeGraph, client: GraphClient) -> None:
    ids = [_draft(store, f"draft {n:02d}") for n in range(60)]  # more than one page
    DraftSync(store, client).push()
    DraftSync(store, client).pull()
    graph.expire_delta_tokens()
    edited, deleted = _row(store, ids[0]).remote_id, _row(store, ids[1]).remote_id
    assert edited and deleted
    graph.edit_in_outlook(edited, subject="draft 00, edited in Outlook")
    graph.delete_in_outlook(deleted)
    report = DraftSync(store, client).pull()
    assert report.resynced == ["drafts"]
    assert sorted(_kinds(report)) == sorted([NoticeKind.UPDATED_REMOTELY,
                                             NoticeKind.DELETED_REMOTELY])
    assert len(_drafts_here(store)) == 60  # nothing doubled
    assert messages.get_message(store, ids[0]).subject == "draft 00, edited in Outlook"
    assert DraftSync(store, client).pull().notices == []  # the new link: nothing again


def test_a_pull_cut_short_replays_harmlessly(store: Store, graph: FakeGraph,
                                             client: GraphClient) -> None:
    message_id, remote_id = _synced(store, client, "replayed")
    graph.edit_in_outlook(remote_id, subject="replayed, edited")
    graph.fail_next("GET", rf"^/me/messages/{remote_id}$", 401)  # dies reading it
    with pytest.raises(Exception):  # noqa: B017 - any failure: the run is cut short
        DraftSync(store, client).pull()
    report = DraftSync(store, client).pull()
    assert _kinds(report) == [NoticeKind.UPDATED_REMOTELY]
    assert DraftSync(store, client).pull().notices == []
    assert len(_drafts_here(store)) == 1


def test_drafts_made_in_outlook_are_not_ours_and_stay_there(store: Store, graph: FakeGraph,
                                                            client: GraphClient) -> None:
    graph.add_message("drafts", "private note", "…", is_draft=True)
    assert DraftSync(store, client).pull().notices == []
    assert _drafts_here(store) == {}


def test_a_sync_run_pushes_drafts_and_brings_outlook_edits_back(
        store: Store, graph: FakeGraph, client: GraphClient) -> None:
    message_id = _draft(store, "through the connector")
    connector = OutlookConnector(store, client)
    assert connector.waiting() == 1
    first = run_once(store, connector)
    assert first.error is None and connector.waiting() == 0
    remote_id = _row(store, message_id).remote_id
    assert remote_id is not None
    graph.edit_in_outlook(remote_id, subject="edited in Outlook")
    second = run_once(store, connector)
    assert [n.kind for n in second.notices] == [NoticeKind.UPDATED_REMOTELY]
    assert messages.get_message(store, message_id).subject == "edited in Outlook"


def test_a_draft_deleted_here_leaves_outlooks_drafts_too(store: Store, graph: FakeGraph,
                                                          client: GraphClient) -> None:
    message_id = _draft(store, "不要になった下書き")
    DraftSync(store, client).push()
    (created,) = graph.messages("drafts")
    messages.delete_message(store, message_id)
    graph.drop_next("DELETE", r"^/me/messages/", times=10)  # offline: the deletion waits
    report = DraftSync(store, client).push()
    assert report.stopped_by is not None and report.waiting == 1
    assert len(draft_records.deleted_drafts(store)) == 1 and graph.messages("drafts") != []
    graph.clear_faults()
    assert DraftSync(store, client).push().stopped_by is None
    assert graph.messages("drafts") == []
    assert graph.folder_of(created["id"]) == "deleteditems"  # recoverable in Outlook
    assert draft_records.deleted_drafts(store) == []
    graph.clear_requests()
    DraftSync(store, client).push()  # once only
    assert graph.count("DELETE", r"^/me/messages/") == 0
