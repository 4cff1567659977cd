"""Queued messages reach Outlook exactly once — through throttling, outages, lost answers and
restarts — against the fake Graph server, with a real migrated store."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from icalendar import Calendar

from cockpit.connectors.outlook import draft_records
from cockpit.connectors.outlook.client import GraphClient, RetryPolicy
from cockpit.connectors.outlook.draft_records import Tracked
from cockpit.connectors.outlook.mail import MailPush, queued
from cockpit.domain.messages import MessageKind, MessageState
from cockpit.errors import ErrorCode
from cockpit.services import meetings, messages, projects
from cockpit.store.store import Store, open_store
from tests.connectors.outlook.fake_graph import FakeGraph

pytestmark = pytest.mark.both_databases


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _client(graph: FakeGraph, **extra: object) -> GraphClient:
    return GraphClient(lambda: graph.token, base_url=graph.url, timeout=(2, 2),
                       sleep=lambda _s: None, **extra)  # type: ignore[arg-type]


@pytest.fixture
def client(graph: FakeGraph) -> Iterator[GraphClient]:
    with _client(graph) as c:
        yield c


def _queue(store: Store, subject: str, to: str = "山田 太郎 <yamada@client.example.jp>") -> str:
    project_id = projects.find_project_id(store, "JP-104")
    message = messages.new_message(store, project_id, MessageKind.OTHER, to=to,
                                   subject=subject, body=f"**{subject}**\n\n- 進捗は順調です")
    return messages.mark_ready(store, message.id).id


def _push(store: Store, client: GraphClient, clock: Clock):  # type: ignore[no-untyped-def]
    return MailPush(store, client, now=clock).run()


@pytest.fixture
def store(demo_store: Store) -> Store:
    # the demo's own queued updates are not what these tests count
    for message_id in queued(demo_store):
        messages.back_to_draft(demo_store, message_id)
    return demo_store


def test_queued_messages_are_sent_once_in_order(store: Store, graph: FakeGraph,
                                                client: GraphClient, clock: Clock) -> None:
    first, second = _queue(store, "一通目"), _queue(store, "second")
    report = _push(store, client, clock)
    assert report.sent == [first, second] and report.stopped_by is None
    assert [m["subject"] for m in graph.sent_mail] == ["一通目", "second"]
    sent = messages.get_message(store, first)
    assert sent.state is MessageState.SENT and sent.sent_at is not None
    body = graph.messages("sentitems")[-1]["body"]["content"]
    assert "<strong>一通目</strong>" in body and "進捗は順調です</li>" in body
    assert graph.count("POST", r"/send$") == 2 and graph.count("POST", r"^/me/sendMail") == 0
    assert _push(store, client, clock).sent == []  # nothing left: nothing sent again
    assert graph.sent_count() == 2


def test_a_queued_message_still_holding_placeholders_is_never_sent(
        store: Store, graph: FakeGraph, client: GraphClient, clock: Clock) -> None:
    """Queued half-written by an older version (or by hand in the store): it fails naming the
    places, nothing reaches Outlook, and the next message still goes."""
    from sqlalchemy import update

    from cockpit.store.models import Message

    project_id = projects.find_project_id(store, "JP-104")
    half = messages.new_message(store, project_id, MessageKind.PROBLEM_NOTICE,
                                to="yamada@client.example.jp", subject="障害のお知らせ",
                                body="**影響**\n[[利用者への影響]]\n")
    with store.session() as s:
        s.execute(update(Message).where(Message.id == half.id)
                  .values(state=MessageState.READY, ready_at=clock.now - timedelta(minutes=1)))
    after = _queue(store, "after it")

    report = _push(store, client, clock)

    assert report.sent == [after] and [m for m, _ in report.failed] == [half.id]
    failed = messages.get_message(store, half.id)
    assert failed.state is MessageState.FAILED and "[[利用者への影響]]" in failed.failure
    assert [m["subject"] for m in graph.sent_mail] == ["after it"]
    assert all(m["subject"] != "障害のお知らせ" for m in graph.messages("drafts"))


def test_recipients_reach_outlook_with_their_names(store: Store, graph: FakeGraph,
                                                   client: GraphClient, clock: Clock) -> None:
    _queue(store, "names", to="山田 太郎 <yamada@client.example.jp>, b@client.example.jp")
    _push(store, client, clock)
    (mail,) = graph.sent_mail
    to = [r["emailAddress"] for r in mail["toRecipients"]]
    assert [r["address"] for r in to] == ["yamada@client.example.jp", "b@client.example.jp"]
    assert to[0]["name"] == "山田 太郎"


def test_throttling_is_waited_out_and_nothing_doubles(store: Store, graph: FakeGraph,
                                                      clock: Clock) -> None:
    waits: list[float] = []
    message_id = _queue(store, "throttled")
    graph.fail_next("POST", r"^/me/messages$", 429, retry_after=2)
    graph.fail_next("POST", r"/send$", 503, retry_after=1)
    with GraphClient(lambda: graph.token, base_url=graph.url, sleep=waits.append) as client:
        assert _push(store, client, clock).sent == [message_id]
    assert waits == [2.0, 1.0]
    assert graph.sent_count("throttled") == 1 and len(graph.messages("drafts")) == 0


def test_offline_stops_the_run_and_keeps_everything_queued(store: Store, graph: FakeGraph,
                                                           clock: Clock) -> None:
    first, second = _queue(store, "a"), _queue(store, "b")
    with GraphClient(lambda: graph.token, base_url="http://127.0.0.1:9/v1.0",
                     sleep=lambda _s: None, policy=RetryPolicy(attempts=2)) as offline:
        report = _push(store, offline, clock)
    assert report.stopped_by is not None and report.stopped_by.code is ErrorCode.OFFLINE
    assert report.waiting == 2 and report.sent == []
    assert {messages.get_message(store, m).state for m in (first, second)} == {
        MessageState.READY}
    with _client(graph) as client:
        assert _push(store, client, clock).sent == [first, second]
    assert graph.sent_count() == 2


def test_a_lost_answer_to_the_create_finds_the_draft_instead_of_a_second(
        store: Store, graph: FakeGraph, client: GraphClient, clock: Clock) -> None:
    message_id = _queue(store, "lost create")
    graph.lose_response_next("POST", r"^/me/messages$")
    assert _push(store, client, clock).sent == [message_id]
    assert graph.count("POST", r"^/me/messages$") == 1  # created once, found by its id
    assert graph.sent_count("lost create") == 1


def test_a_lost_answer_to_the_send_is_read_back_not_repeated(
        store: Store, graph: FakeGraph, client: GraphClient, clock: Clock) -> None:
    message_id = _queue(store, "lost send")
    graph.lose_response_next("POST", r"/send$")
    assert _push(store, client, clock).sent == [message_id]
    assert graph.count("POST", r"/send$") == 1 and graph.sent_count("lost send") == 1


def test_killed_after_the_create_went_out_the_restart_sends_once(
        store: Store, graph: FakeGraph, clock: Clock) -> None:
    """The app died between the create and its answer: the restart (a new store and client)
    finds the draft by its property and sends it once."""
    message_id = _queue(store, "crash")
    graph.lose_response_next("POST", r"^/me/messages$")
    graph.drop_next("GET", r"^/me/messages$")  # ... and the read-back never came either
    with _client(graph, policy=RetryPolicy(attempts=1)) as dying:
        report = _push(store, dying, clock)
    assert report.sent == [] and report.stopped_by is not None
    store.dispose()

    restarted = open_store(store.location)  # the same store, opened anew
    try:
        assert messages.get_message(restarted, message_id).state is MessageState.READY
        with _client(graph) as client:
            assert _push(restarted, client, clock).sent == [message_id]
    finally:
        restarted.dispose()
    assert graph.count("POST", r"^/me/messages$") == 1 and graph.sent_count("crash") == 1


def test_an_uncertain_send_still_a_draft_is_sent_again_only_later(
        store: Store, graph: FakeGraph, client: GraphClient, clock: Clock) -> None:
    message_id = _queue(store, "slow send")
    graph.drop_next("POST", r"/send$")  # the send never arrived; we cannot know that
    assert _push(store, client, clock).sent == []
    assert messages.get_message(store, message_id).state is MessageState.READY
    clock.now += timedelta(minutes=1)
    assert _push(store, client, clock).sent == []  # too early: it may still be sending
    assert graph.sent_count("slow send") == 0
    clock.now += timedelta(minutes=10)
    assert _push(store, client, clock).sent == [message_id]
    assert graph.sent_count("slow send") == 1


def test_a_refused_recipient_fails_that_message_only(store: Store, graph: FakeGraph,
                                                     client: GraphClient, clock: Clock) -> None:
    bad, good = _queue(store, "refused"), _queue(store, "fine")
    graph.fail_next("POST", r"^/me/messages$", 400, code="ErrorInvalidRecipients",
                    message="The recipient is not valid.")
    report = _push(store, client, clock)
    assert report.sent == [good] and [m for m, _ in report.failed] == [bad]
    failed = messages.get_message(store, bad)
    assert failed.state is MessageState.FAILED and "ErrorInvalidRecipients" in failed.failure
    messages.retry(store, bad)  # the PM retries: it goes out
    assert _push(store, client, clock).sent == [bad]


def test_an_expired_sign_in_stops_without_failing_messages(store: Store, graph: FakeGraph,
                                                           clock: Clock) -> None:
    message_id = _queue(store, "later")
    with GraphClient(lambda: "expired", base_url=graph.url) as client:
        report = _push(store, client, clock)
    assert report.stopped_by is not None
    assert report.stopped_by.code is ErrorCode.SIGN_IN_EXPIRED
    assert messages.get_message(store, message_id).state is MessageState.READY


def test_a_message_taken_back_and_edited_updates_its_outlook_draft(
        store: Store, graph: FakeGraph, client: GraphClient, clock: Clock) -> None:
    message_id = _queue(store, "first version")
    graph.fail_next("POST", r"/send$", 400, code="ErrorSendAsDenied", message="no")
    _push(store, client, clock)  # the draft exists in Outlook; the send was refused
    messages.back_to_draft(store, message_id)
    draft = messages.get_message(store, message_id)
    messages.save_draft(store, draft.__class__(**{**draft.__dict__,
                                                  "subject": "second version"}))
    messages.mark_ready(store, message_id)
    assert _push(store, client, clock).sent == [message_id]
    assert [m["subject"] for m in graph.sent_mail] == ["second version"]
    assert graph.count("POST", r"^/me/messages$") == 1  # the same draft, updated


def _invite(store: Store) -> str:
    """A meeting invitation written from the demo's first JP-104 series, queued."""
    project_id = projects.find_project_id(store, "JP-104")
    series = meetings.list_series(store, project_id)[0]
    return messages.mark_ready(store, messages.compose_invite(store, series.id).id).id


def _calendar_files(mail: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for a in mail["attachments"] if a["name"] == "invite.ics"]


def test_an_invitation_goes_out_once_with_its_calendar_file(
        store: Store, graph: FakeGraph, client: GraphClient, clock: Clock) -> None:
    invite = _invite(store)
    uid = Calendar.from_ical(messages.get_message(store, invite).calendar).walk("VEVENT")[0][
        "UID"]
    graph.lose_response_next("POST", r"^/me/messages$")  # created, answer lost: found
    assert _push(store, client, clock).sent == [invite]
    (mail,) = graph.sent_mail
    assert mail["subject"].startswith("Invitation: ") and mail["hasAttachments"]
    (ics,) = _calendar_files(mail)
    assert ics["contentType"] == "text/calendar; method=REQUEST"  # the file's own METHOD
    received = Calendar.from_ical(base64.b64decode(ics["contentBytes"]))
    assert received["METHOD"] == "REQUEST"
    assert [str(e["UID"]) for e in received.walk("VEVENT")] == [str(uid)]
    assert graph.count("POST", r"^/me/messages$") == 1 and graph.sent_count() == 1


def test_an_invitation_whose_file_was_removed_in_outlook_gets_it_back(
        store: Store, graph: FakeGraph, client: GraphClient, clock: Clock) -> None:
    invite = _invite(store)
    graph.fail_next("POST", r"/send$", 400, code="ErrorSendAsDenied", message="not now")
    _push(store, client, clock)  # its draft (with the file) is in Outlook; the send refused
    remote_id = messages_row(store, invite).remote_id
    assert remote_id and [a["name"] for a in graph.attachments(remote_id)] == ["invite.ics"]
    graph.remove_attachments_in_outlook(remote_id)  # the PM took the file off in Outlook
    messages.retry(store, invite)
    assert _push(store, client, clock).sent == [invite]
    (mail,) = graph.sent_mail
    assert len(_calendar_files(mail)) == 1  # never an invitation without its calendar part


def test_an_invitation_without_a_method_fails_saying_why(
        store: Store, graph: FakeGraph, client: GraphClient, clock: Clock) -> None:
    project_id = projects.find_project_id(store, "JP-104")
    broken = messages.new_message(
        store, project_id, MessageKind.INVITE, to="yamada@client.example.jp",
        subject="Invitation", body="agenda", calendar="BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    messages.mark_ready(store, broken.id)
    plain = _queue(store, "plain")
    report = _push(store, client, clock)
    assert report.sent == [plain] and [m for m, _ in report.failed] == [broken.id]
    assert "METHOD" in messages.get_message(store, broken.id).failure
    assert graph.sent_count("Invitation") == 0


def messages_row(store: Store, message_id: str) -> Tracked:
    """The message with what Outlook holds of it (its ``remote_link``)."""
    return draft_records.tracked(store, message_id)


def test_the_update_before_the_send_carries_the_change_key(
        store: Store, graph: FakeGraph, client: GraphClient, clock: Clock) -> None:
    """A draft already in Outlook is updated with If-Match; a change key moved by something
    other than its text (a category set in Outlook) is read back and the PM's text still goes
    out — not a conflict."""
    message_id = _queue(store, "with a key")
    graph.fail_next("POST", r"/send$", 400, code="ErrorSendAsDenied", message="no")
    _push(store, client, clock)
    row = messages_row(store, message_id)
    graph.edit_in_outlook(row.remote_id, categories=["Blue category"])
    messages.back_to_draft(store, message_id)
    draft = messages.get_message(store, message_id)
    messages.save_draft(store, replace(draft, subject="with a key, corrected"))
    messages.mark_ready(store, message_id)
    report = _push(store, client, clock)
    assert report.sent == [message_id] and report.notices == []
    patches = graph.find("PATCH", r"^/me/messages/")
    assert patches[0].headers.get("if-match") == row.remote_change_key
    assert [p.status for p in patches] == [412, 200]
    assert [m["subject"] for m in graph.sent_mail] == ["with a key, corrected"]
    assert graph.message(row.remote_id)["categories"] == ["Blue category"]
