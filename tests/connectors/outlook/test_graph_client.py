"""The Graph client against the fake Graph server (a real HTTP server on 127.0.0.1): throttling
honoured, retries only where repeating is safe, lost answers reported as uncertain, batches of
twenty, immutable ids asked for, and the token never logged."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import pytest

from cockpit.connectors.outlook.client import BatchItem, GraphClient, RetryPolicy, raise_for
from cockpit.connectors.outlook.errors import GraphError, UncertainOutcome
from cockpit.errors import ErrorCode
from tests.connectors.outlook.fake_graph import FakeGraph

DRAFT = {"subject": "週次報告", "body": {"contentType": "html", "content": "<p>Hello</p>"},
         "toRecipients": [{"emailAddress": {"address": "yamada@client.example.jp"}}]}


class Sleeps(list[float]):
    """Records the waits instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(graph: FakeGraph, sleeps: Sleeps) -> Iterator[GraphClient]:
    with GraphClient(lambda: graph.token, base_url=graph.url, timeout=(2, 2),
                     sleep=sleeps, jitter=lambda: 0.0) as c:
        yield c


def test_retry_after_is_honoured_and_the_request_repeated_once(
        graph: FakeGraph, client: GraphClient, sleeps: Sleeps) -> None:
    graph.fail_next("GET", r"^/me$", 429, retry_after=7)
    assert client.get("/me")["mail"] == graph.user["mail"]
    assert sleeps == [7.0]
    assert graph.count("GET", r"^/me$") == 2


def test_retry_after_is_really_waited_for(graph: FakeGraph) -> None:
    graph.fail_next("GET", r"^/me$", 503, retry_after=1)
    with GraphClient(lambda: graph.token, base_url=graph.url, timeout=(2, 2)) as client:
        started = time.monotonic()
        client.get("/me")
        assert time.monotonic() - started >= 1.0


def test_a_throttled_post_is_repeated_and_creates_one_draft(
        graph: FakeGraph, client: GraphClient, sleeps: Sleeps) -> None:
    graph.fail_next("POST", r"^/me/messages$", 429, retry_after=3, times=2)
    created = client.post("/me/messages", DRAFT)
    assert sleeps == [3.0, 3.0]
    assert [m["id"] for m in graph.messages("drafts")] == [created["id"]]


def test_transient_errors_back_off_exponentially(graph: FakeGraph, client: GraphClient,
                                                 sleeps: Sleeps) -> None:
    graph.fail_next("GET", r"^/me$", 503, times=3)  # no Retry-After
    client.get("/me")
    assert sleeps == [0.25, 0.5, 1.0]  # 0.5 s doubling, jitter factor 0.5 here


def test_a_request_that_keeps_failing_gives_up_with_a_clear_error(
        graph: FakeGraph, sleeps: Sleeps) -> None:
    graph.fail_next("GET", r"^/me$", 503, times=10)
    with (GraphClient(lambda: graph.token, base_url=graph.url, sleep=sleeps,
                      policy=RetryPolicy(attempts=3), jitter=lambda: 0.0) as client,
          pytest.raises(GraphError) as caught):
        client.get("/me")
    assert caught.value.code is ErrorCode.OUTLOOK_UNAVAILABLE
    assert graph.count("GET", r"^/me$") == 3 and len(sleeps) == 2


def test_asked_to_wait_too_long_reports_throttled_without_waiting(
        graph: FakeGraph, client: GraphClient, sleeps: Sleeps) -> None:
    graph.fail_next("GET", r"^/me$", 429, retry_after=3600)
    with pytest.raises(GraphError) as caught:
        client.get("/me")
    assert caught.value.code is ErrorCode.THROTTLED and caught.value.retry_after == 3600
    assert sleeps == []


def test_a_gateway_timeout_after_a_send_is_uncertain_and_never_repeated(
        graph: FakeGraph, client: GraphClient, sleeps: Sleeps) -> None:
    draft = client.post("/me/messages", DRAFT)
    graph.fail_next("POST", r"/send$", 504, retry_after=1)
    with pytest.raises(UncertainOutcome):
        client.post(f"/me/messages/{draft['id']}/send")
    assert graph.count("POST", r"/send$") == 1 and sleeps == []


def test_a_lost_answer_to_a_post_is_uncertain_and_the_draft_exists(
        graph: FakeGraph, client: GraphClient) -> None:
    graph.lose_response_next("POST", r"^/me/messages$")
    with pytest.raises(UncertainOutcome) as caught:
        client.post("/me/messages", DRAFT)
    assert caught.value.code is ErrorCode.OFFLINE
    assert len(graph.messages("drafts")) == 1  # done: read back, never create again
    assert graph.count("POST", r"^/me/messages$") == 1


def test_a_dropped_connection_on_a_read_is_retried(graph: FakeGraph, client: GraphClient,
                                                   sleeps: Sleeps) -> None:
    graph.drop_next("GET", r"^/me$")
    assert client.get("/me")["id"] == graph.user["id"]
    assert len(sleeps) == 1


def test_a_slow_answer_times_out(graph: FakeGraph, sleeps: Sleeps) -> None:
    graph.slow_next("POST", r"^/me/messages$", 1.5)
    with GraphClient(lambda: graph.token, base_url=graph.url, timeout=(2, 0.5),
                     sleep=sleeps) as client:
        with pytest.raises(UncertainOutcome):
            client.post("/me/messages", DRAFT)
        graph.slow_next("GET", r"^/me$", 1.5)
        assert client.get("/me")["id"] == graph.user["id"]  # a read is asked again


def test_idempotent_posts_are_repeated_after_a_gateway_error(
        graph: FakeGraph, client: GraphClient) -> None:
    event = {"subject": "Weekly status", "transactionId": "a3c1d2e4-0000-4000-8000-000000000001",
             "start": {"dateTime": "2027-01-12T10:00:00", "timeZone": "Tokyo Standard Time"},
             "end": {"dateTime": "2027-01-12T10:45:00", "timeZone": "Tokyo Standard Time"}}
    graph.lose_response_next("POST", r"^/me/events$")
    created = client.post("/me/events", event, idempotent=True)
    assert [e["id"] for e in graph.events()] == [created["id"]]  # one event, not two


def test_expired_sign_in_is_not_retried(graph: FakeGraph, sleeps: Sleeps) -> None:
    with (GraphClient(lambda: "stale", base_url=graph.url, sleep=sleeps) as client,
          pytest.raises(GraphError) as caught):
        client.get("/me")
    assert caught.value.code is ErrorCode.SIGN_IN_EXPIRED and sleeps == []


def test_deleted_in_outlook_and_stale_change_keys(graph: FakeGraph,
                                                  client: GraphClient) -> None:
    draft = client.post("/me/messages", DRAFT)
    graph.edit_in_outlook(draft["id"], subject="edited in Outlook")
    with pytest.raises(GraphError) as conflict:
        client.patch(f"/me/messages/{draft['id']}", {"subject": "mine"},
                     if_match=draft["changeKey"])
    assert conflict.value.code is ErrorCode.OUTLOOK_CONFLICT
    graph.delete_in_outlook(draft["id"])
    graph.delete_in_outlook(draft["id"])  # from Deleted Items too: gone for good
    with pytest.raises(GraphError) as gone:
        client.get(f"/me/messages/{draft['id']}")
    assert gone.value.code is ErrorCode.DELETED_IN_OUTLOOK


def test_immutable_ids_and_other_preferences_go_in_one_prefer_header(
        graph: FakeGraph, client: GraphClient) -> None:
    client.get("/me/mailFolders/drafts/messages/delta", prefer=["odata.maxpagesize=5"])
    (request,) = graph.find("GET", r"/delta$")
    assert request.headers["prefer"] == 'IdType="ImmutableId", odata.maxpagesize=5'


def test_delta_pages_are_followed_to_the_delta_link(graph: FakeGraph,
                                                    client: GraphClient) -> None:
    for n in range(7):
        graph.add_message("drafts", f"draft {n}", "body")
    page = client.get("/me/mailFolders/drafts/messages/delta", prefer=["odata.maxpagesize=3"])
    seen = list(page["value"])
    while "@odata.nextLink" in page:
        page = client.follow(page["@odata.nextLink"], prefer=["odata.maxpagesize=3"])
        seen += page["value"]
    assert len(seen) == 7 and "@odata.deltaLink" in page
    graph.expire_delta_tokens()
    with pytest.raises(GraphError) as caught:
        client.follow(page["@odata.deltaLink"])
    assert caught.value.code is ErrorCode.SYNC_STATE_EXPIRED


def test_a_batch_of_twenty_five_goes_in_two_and_throttled_items_are_sent_again(
        graph: FakeGraph, client: GraphClient, sleeps: Sleeps) -> None:
    ids = [graph.add_message("drafts", f"draft {n}", "body") for n in range(25)]
    graph.fail_next("GET", rf"^/me/messages/{ids[3]}$", 429, retry_after=4)
    answers = client.batch([BatchItem(str(n), "GET", f"/me/messages/{mid}")
                            for n, mid in enumerate(ids)])
    assert sorted(answers, key=int) == [str(n) for n in range(25)]
    assert all(raise_for(answers[str(n)])["id"] == mid for n, mid in enumerate(ids))
    assert graph.count("POST", r"^/\$batch$") == 3  # 20 + 5, then the throttled one again
    assert sleeps == [4.0]


def test_a_failed_batch_item_keeps_its_meaning(graph: FakeGraph,
                                               client: GraphClient) -> None:
    answers = client.batch([BatchItem("1", "GET", "/me/messages/nope")])
    with pytest.raises(GraphError) as caught:
        raise_for(answers["1"])
    assert caught.value.code is ErrorCode.DELETED_IN_OUTLOOK


def test_the_token_never_reaches_the_log(graph: FakeGraph, client: GraphClient,
                                         caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cockpit.graph")
    graph.fail_next("GET", r"^/me$", 429, retry_after=1)
    client.get("/me")
    page = client.get("/me/mailFolders/drafts/messages/delta")
    client.follow(page["@odata.deltaLink"])
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "retrying" in logged and "/me" in logged  # it does log, without secrets
    assert graph.token not in logged
    assert "deltatoken" not in logged.lower() and "skiptoken" not in logged.lower()
