"""The fake Graph server itself, driven with plain ``requests``: if these hold, a sync test that
fails against it points at the client, not at the fake."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tests.connectors.outlook.fake_graph import FakeGraph

IMMUTABLE = 'IdType="ImmutableId"'
TIMEOUT = 5
OUTBOX_ID = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name OutboxId"
WINDOW = {"startDateTime": "2024-05-01T00:00:00Z", "endDateTime": "2024-07-01T00:00:00Z"}
EVERY_OTHER_MONDAY = {
    "pattern": {"type": "weekly", "interval": 2, "daysOfWeek": ["monday"],
                "firstDayOfWeek": "monday"},
    "range": {"type": "endDate", "startDate": "2024-05-06", "endDate": "2024-06-30"},
}


@pytest.fixture
def http(graph: FakeGraph) -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.headers.update({"Authorization": f"Bearer {graph.token}", "Prefer": IMMUTABLE})
        yield session


def call(http: requests.Session, graph: FakeGraph, method: str, path: str,
         **kwargs: Any) -> requests.Response:
    url = path if path.startswith("http") else graph.url + path
    return http.request(method, url, timeout=kwargs.pop("timeout", TIMEOUT), **kwargs)


def draft(subject: str = "Status report", to: str = "alex@client.example",
          **extra: Any) -> dict[str, Any]:
    return {"subject": subject, "body": {"contentType": "html", "content": "<p>Hello</p>"},
            "toRecipients": [{"emailAddress": {"address": to}}], **extra}


def folder_id(http: requests.Session, graph: FakeGraph, name: str) -> str:
    return call(http, graph, "GET", f"/me/mailFolders/{name}").json()["id"]


def walk_delta(http: requests.Session, graph: FakeGraph, link: str,
               **headers: str) -> tuple[list[list[dict[str, Any]]], str]:
    """Every page of one delta round, and the round's deltaLink."""
    pages = []
    while True:
        body = call(http, graph, "GET", link, headers=headers).json()
        pages.append(body["value"])
        if "@odata.deltaLink" in body:
            return pages, body["@odata.deltaLink"]
        link = body["@odata.nextLink"]


# --- sign-in -------------------------------------------------------------------------------
def test_requests_without_the_bearer_token_get_401(graph: FakeGraph) -> None:
    with requests.Session() as anonymous:
        missing = anonymous.get(graph.url + "/me", timeout=TIMEOUT)
        wrong = anonymous.get(graph.url + "/me", timeout=TIMEOUT,
                              headers={"Authorization": "Bearer nope"})
        right = anonymous.get(graph.url + "/me", timeout=TIMEOUT,
                              headers={"Authorization": f"Bearer {graph.token}"})
        old = graph.token
        graph.rotate_token()
        expired = anonymous.get(graph.url + "/me", timeout=TIMEOUT,
                                headers={"Authorization": f"Bearer {old}"})
    for answer in (missing, wrong, expired):
        assert answer.status_code == 401
        assert answer.json()["error"]["code"] == "InvalidAuthenticationToken"
        assert answer.json()["error"]["innerError"]["request-id"]
        assert answer.headers["WWW-Authenticate"].startswith("Bearer")
    assert right.status_code == 200
    me = right.json()
    assert {"id", "displayName", "mail", "userPrincipalName"} <= me.keys()
    assert me["mail"] == graph.user["mail"]


def test_unknown_paths_and_ids_answer_like_graph(http: requests.Session,
                                                 graph: FakeGraph) -> None:
    assert call(http, graph, "GET", "/me/nothingHere").status_code == 400
    missing = call(http, graph, "GET", "/me/messages/AAkALgAAnope=")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "ErrorItemNotFound"
    assert call(http, graph, "GET", f"/users/{graph.user['userPrincipalName']}").status_code \
        == 200


# --- drafts and sending --------------------------------------------------------------------
def test_a_draft_is_created_patched_and_sent_to_sent_items(http: requests.Session,
                                                            graph: FakeGraph) -> None:
    created = call(http, graph, "POST", "/me/messages", json=draft())
    assert created.status_code == 201
    message = created.json()
    assert message["isDraft"] is True
    assert message["parentFolderId"] == folder_id(http, graph, "drafts")
    assert message["@odata.etag"] == f'W/"{message["changeKey"]}"'
    assert message["toRecipients"] == [
        {"emailAddress": {"name": "alex@client.example", "address": "alex@client.example"}}]

    patched = call(http, graph, "PATCH", f"/me/messages/{message['id']}",
                   json={"subject": "Status report, week 19"},
                   headers={"If-Match": message["@odata.etag"]})
    assert patched.status_code == 200
    assert patched.json()["changeKey"] != message["changeKey"]

    sent = call(http, graph, "POST", f"/me/messages/{message['id']}/send")
    assert sent.status_code == 202
    assert sent.content == b""

    after = call(http, graph, "GET", f"/me/messages/{message['id']}").json()
    assert after["isDraft"] is False
    assert after["parentFolderId"] == folder_id(http, graph, "sentitems")
    assert after["from"]["emailAddress"]["address"] == graph.user["mail"]
    assert graph.messages("drafts") == []
    assert graph.sent_count("Status report, week 19") == 1
    assert graph.count("POST", r"^/me/messages/[^/]+/send$") == 1
    second = call(http, graph, "POST", f"/me/messages/{message['id']}/send")
    assert second.status_code == 400
    assert graph.sent_count() == 1


def test_without_immutable_ids_the_id_changes_when_the_draft_is_sent(
        http: requests.Session, graph: FakeGraph) -> None:
    rest = {"Prefer": "odata.maxpagesize=5"}  # no IdType preference
    message = call(http, graph, "POST", "/me/messages", json=draft(), headers=rest).json()
    assert call(http, graph, "POST", f"/me/messages/{message['id']}/send",
                headers=rest).status_code == 202
    assert call(http, graph, "GET", f"/me/messages/{message['id']}",
                headers=rest).status_code == 404
    assert len(graph.messages("sentitems")) == 1


def test_a_stale_if_match_is_412(http: requests.Session, graph: FakeGraph) -> None:
    message = call(http, graph, "POST", "/me/messages", json=draft()).json()
    graph.edit_in_outlook(message["id"], subject="Edited in Outlook")
    stale = call(http, graph, "PATCH", f"/me/messages/{message['id']}",
                 json={"subject": "Mine"}, headers={"If-Match": message["@odata.etag"]})
    assert stale.status_code == 412
    assert stale.json()["error"]["code"] == "ErrorIrresolvableConflict"
    current = graph.message(message["id"])
    assert current["subject"] == "Edited in Outlook"
    fresh = call(http, graph, "PATCH", f"/me/messages/{message['id']}",
                 json={"subject": "Mine"}, headers={"If-Match": current["changeKey"]})
    assert fresh.status_code == 200


def test_a_sent_message_keeps_its_content(http: requests.Session, graph: FakeGraph) -> None:
    message = call(http, graph, "POST", "/me/messages", json=draft()).json()
    call(http, graph, "POST", f"/me/messages/{message['id']}/send")
    refused = call(http, graph, "PATCH", f"/me/messages/{message['id']}",
                   json={"subject": "Too late"})
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "ErrorInvalidPropertySet"
    assert call(http, graph, "PATCH", f"/me/messages/{message['id']}",
                json={"isRead": False}).status_code == 200


def test_sending_without_recipients_is_refused(http: requests.Session,
                                               graph: FakeGraph) -> None:
    message = call(http, graph, "POST", "/me/messages", json={"subject": "Nobody"}).json()
    refused = call(http, graph, "POST", f"/me/messages/{message['id']}/send")
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "ErrorInvalidRecipients"
    assert graph.sent_count() == 0


def test_send_mail_answers_202_without_an_id(http: requests.Session, graph: FakeGraph) -> None:
    kept = call(http, graph, "POST", "/me/sendMail", json={"message": draft("Kept")})
    unsaved = call(http, graph, "POST", "/me/sendMail",
                   json={"message": draft("Not kept"), "saveToSentItems": False})
    assert (kept.status_code, kept.content) == (202, b"")
    assert unsaved.status_code == 202
    assert [m["subject"] for m in graph.messages("sentitems")] == ["Kept"]
    assert graph.sent_count("Kept") == graph.sent_count("Not kept") == 1


def test_an_extended_property_finds_the_message(http: requests.Session,
                                                graph: FakeGraph) -> None:
    marker = [{"id": OUTBOX_ID, "value": "outbox-42"}]
    created = call(http, graph, "POST", "/me/messages",
                   json=draft(singleValueExtendedProperties=marker)).json()
    call(http, graph, "POST", "/me/messages", json=draft("Another"))
    assert "singleValueExtendedProperties" not in created  # only when expanded

    def find(value: str, path: str = "/me/messages") -> list[dict[str, Any]]:
        query = (f"singleValueExtendedProperties/Any(ep: ep/id eq '{OUTBOX_ID}' "
                 f"and ep/value eq '{value}')")
        answer = call(http, graph, "GET", path, params={
            "$filter": query, "$expand": f"singleValueExtendedProperties($filter=id eq "
                                         f"'{OUTBOX_ID}')"})
        assert answer.status_code == 200
        return answer.json()["value"]

    found = find("outbox-42")
    assert [m["id"] for m in found] == [created["id"]]
    assert found[0]["singleValueExtendedProperties"] == marker
    assert find("outbox-42", "/me/mailFolders/drafts/messages") == found
    assert find("outbox-43") == []
    call(http, graph, "POST", f"/me/messages/{created['id']}/send")
    assert [m["id"] for m in find("outbox-42", "/me/mailFolders/sentitems/messages")] == [
        created["id"]]
    bad = call(http, graph, "GET", "/me/messages", params={"$filter": "subject has 'x'"})
    assert bad.status_code == 400


# --- delta ---------------------------------------------------------------------------------
def test_message_delta_pages_then_reports_changes_and_removals(http: requests.Session,
                                                               graph: FakeGraph) -> None:
    ids = [graph.add_inbox_message(f"Mail {n}") for n in range(5)]
    first = call(http, graph, "GET", "/me/mailFolders/inbox/messages/delta",
                 headers={"Prefer": f"{IMMUTABLE}, odata.maxpagesize=2"})
    assert "odata.maxpagesize=2" in first.headers["Preference-Applied"]
    assert "$skiptoken=" in first.json()["@odata.nextLink"]
    pages, delta_link = walk_delta(http, graph, first.json()["@odata.nextLink"])
    pages.insert(0, first.json()["value"])
    assert [len(p) for p in pages] == [2, 2, 1]
    assert sorted(m["id"] for p in pages for m in p) == sorted(ids)
    assert "$deltatoken=" in delta_link

    graph.edit_in_outlook(ids[0], subject="Mail 0, edited", isRead=True)
    graph.delete_in_outlook(ids[1])
    graph.move_in_outlook(ids[2], "drafts")
    new = graph.add_inbox_message("Mail 5")
    pages, next_link = walk_delta(http, graph, delta_link)
    changes = [m for p in pages for m in p]
    assert {m["id"]: m["subject"] for m in changes if "@removed" not in m} == {
        ids[0]: "Mail 0, edited", new: "Mail 5"}
    assert sorted(m["id"] for m in changes if "@removed" in m) == sorted([ids[1], ids[2]])
    assert all(m["@removed"] == {"reason": "deleted"} for m in changes if "@removed" in m)

    nothing, _link = walk_delta(http, graph, next_link)
    assert nothing == [[]]
    again, _link = walk_delta(http, graph, delta_link)  # a lost answer can be fetched again
    assert len(again[0]) == len(changes)


def test_an_expired_delta_token_is_410(http: requests.Session, graph: FakeGraph) -> None:
    for n in range(3):
        graph.add_inbox_message(f"Mail {n}")
    first = call(http, graph, "GET", "/me/mailFolders/inbox/messages/delta",
                 headers={"Prefer": f"{IMMUTABLE}, odata.maxpagesize=1"}).json()
    _pages, delta_link = walk_delta(http, graph, first["@odata.nextLink"])
    graph.expire_delta_tokens()
    for link in (delta_link, first["@odata.nextLink"],
                 graph.url + "/me/mailFolders/inbox/messages/delta?$deltatoken=never-issued"):
        gone = call(http, graph, "GET", link)
        assert gone.status_code == 410
        assert gone.json()["error"]["code"] == "syncStateNotFound"
    restart = call(http, graph, "GET", "/me/mailFolders/inbox/messages/delta")
    assert restart.status_code == 200


def test_calendar_view_delta_expands_series_and_tracks_changes(http: requests.Session,
                                                               graph: FakeGraph) -> None:
    series = graph.add_event("Steering committee", "2024-05-06T09:00:00",
                             "2024-05-06T10:00:00", tz="Europe/Berlin",
                             recurrence=EVERY_OTHER_MONDAY)
    single = graph.add_event("Kick-off", "2024-05-15T13:00:00", "2024-05-15T14:00:00")
    first = call(http, graph, "GET", "/me/calendarView/delta", params=WINDOW,
                 headers={"Prefer": f"{IMMUTABLE}, odata.maxpagesize=3"})
    assert first.status_code == 200
    pages, delta_link = walk_delta(http, graph, first.json()["@odata.nextLink"])
    seen = first.json()["value"] + [e for p in pages for e in p]
    assert [e["type"] for e in seen] == ["occurrence", "singleInstance"] + ["occurrence"] * 3
    assert [e["start"]["dateTime"][:16] for e in seen if e["type"] == "occurrence"] == [
        "2024-05-06T07:00", "2024-05-20T07:00", "2024-06-03T07:00", "2024-06-17T07:00"]
    assert {e["seriesMasterId"] for e in seen if e["type"] == "occurrence"} == {series}

    moved = seen[2]["id"]
    graph.move_event_in_outlook(moved, "2024-05-21T09:00:00")
    graph.cancel_event_in_outlook(single)  # the user organizes it: it leaves the calendar
    pages, _link = walk_delta(http, graph, delta_link)
    changes = [e for p in pages for e in p]
    assert [(e["id"], e.get("type")) for e in changes if "@removed" not in e] == [
        (moved, "exception")]
    assert [e["id"] for e in changes if "@removed" in e] == [single]
    assert graph.event(single)["isCancelled"] is True
    missing = call(http, graph, "GET", "/me/calendarView/delta")
    assert missing.status_code == 400


# --- events --------------------------------------------------------------------------------
def meeting(**extra: Any) -> dict[str, Any]:
    return {"subject": "Sprint review",
            "start": {"dateTime": "2024-05-14T10:00:00", "timeZone": "Europe/Berlin"},
            "end": {"dateTime": "2024-05-14T11:00:00", "timeZone": "Europe/Berlin"},
            "attendees": [{"emailAddress": {"address": "alex@client.example"},
                           "type": "required"}], **extra}


def test_the_same_transaction_id_creates_one_event(http: requests.Session,
                                                   graph: FakeGraph) -> None:
    first = call(http, graph, "POST", "/me/events", json=meeting(transactionId="tx-1"))
    again = call(http, graph, "POST", "/me/events", json=meeting(transactionId="tx-1"))
    other = call(http, graph, "POST", "/me/events", json=meeting(transactionId="tx-2"))
    assert first.status_code == again.status_code == other.status_code == 201
    assert first.json()["id"] == again.json()["id"] != other.json()["id"]
    assert first.json()["transactionId"] == "tx-1"
    assert len(graph.events()) == 2

    graph.lose_response_next("POST", r"^/me/events$")
    with pytest.raises(requests.ConnectionError):
        call(http, graph, "POST", "/me/events", json=meeting(transactionId="tx-3"))
    retried = call(http, graph, "POST", "/me/events", json=meeting(transactionId="tx-3"))
    assert retried.status_code == 201
    assert [e["transactionId"] for e in graph.events()].count("tx-3") == 1


def test_an_event_shows_its_resource_shape(http: requests.Session, graph: FakeGraph) -> None:
    event = call(http, graph, "POST", "/me/events", json=meeting()).json()
    assert event["type"] == "singleInstance"
    assert event["isOrganizer"] is True
    assert event["originalStartTimeZone"] == "Europe/Berlin"
    assert event["start"] == {"dateTime": "2024-05-14T08:00:00.0000000", "timeZone": "UTC"}
    assert event["attendees"][0]["status"] == {"response": "none",
                                               "time": "0001-01-01T00:00:00Z"}
    assert event["organizer"]["emailAddress"]["address"] == graph.user["mail"]
    assert event["iCalUId"].startswith("040000008200E00074C5B7101A82E008")
    local = call(http, graph, "GET", f"/me/events/{event['id']}",
                 headers={"Prefer": f'{IMMUTABLE}, outlook.timezone="Europe/Berlin"'}).json()
    assert local["start"] == {"dateTime": "2024-05-14T10:00:00.0000000",
                              "timeZone": "Europe/Berlin"}

    graph.respond(event["id"], "alex@client.example", "accepted")
    answered = call(http, graph, "GET", f"/me/events/{event['id']}").json()
    assert answered["attendees"][0]["status"]["response"] == "accepted"
    assert answered["changeKey"] != event["changeKey"]


def test_event_patch_checks_if_match_and_cancel_removes_it(http: requests.Session,
                                                           graph: FakeGraph) -> None:
    event = call(http, graph, "POST", "/me/events", json=meeting()).json()
    graph.move_event_in_outlook(event["id"], "2024-05-14T15:00:00")
    stale = call(http, graph, "PATCH", f"/me/events/{event['id']}", json={"subject": "x"},
                 headers={"If-Match": event["@odata.etag"]})
    assert stale.status_code == 412
    assert stale.json()["error"]["code"] == "ErrorIrresolvableConflict"
    assert graph.event(event["id"])["start"]["dateTime"].startswith("2024-05-14T13:00:00")

    cancelled = call(http, graph, "POST", f"/me/events/{event['id']}/cancel",
                     json={"Comment": "Moved to next sprint"})
    assert (cancelled.status_code, cancelled.content) == (202, b"")
    assert call(http, graph, "GET", f"/me/events/{event['id']}").status_code == 404
    assert graph.event(event["id"])["isCancelled"] is True

    invited = graph.add_event("Client workshop", "2024-05-16T09:00:00", "2024-05-16T12:00:00",
                              organizer=("Alex Client", "alex@client.example"))
    refused = call(http, graph, "POST", f"/me/events/{invited}/cancel", json={})
    assert refused.status_code == 400
    graph.cancel_event_in_outlook(invited)
    shown = call(http, graph, "GET", f"/me/events/{invited}").json()
    assert shown["isCancelled"] is True
    assert shown["subject"] == "Canceled: Client workshop"


def test_instances_of_an_every_other_week_series(http: requests.Session,
                                                 graph: FakeGraph) -> None:
    created = call(http, graph, "POST", "/me/events", json=meeting(
        start={"dateTime": "2024-05-06T09:00:00", "timeZone": "Europe/Berlin"},
        end={"dateTime": "2024-05-06T09:30:00", "timeZone": "Europe/Berlin"},
        recurrence=EVERY_OTHER_MONDAY)).json()
    assert created["type"] == "seriesMaster"
    assert created["recurrence"]["range"]["recurrenceTimeZone"] == "Europe/Berlin"

    def instances() -> list[dict[str, Any]]:
        answer = call(http, graph, "GET", f"/me/events/{created['id']}/instances",
                      params=WINDOW, headers={"Prefer": f"{IMMUTABLE}, odata.maxpagesize=50"})
        assert answer.status_code == 200
        return answer.json()["value"]

    found = instances()
    assert [i["start"]["dateTime"][:10] for i in found] == [
        "2024-05-06", "2024-05-20", "2024-06-03", "2024-06-17"]
    assert len({i["id"] for i in found}) == 4
    assert {i["seriesMasterId"] for i in found} == {created["id"]}
    assert len({i["iCalUId"] for i in found}) == 4

    one = call(http, graph, "GET", f"/me/events/{found[1]['id']}").json()
    assert (one["type"], one["id"]) == ("occurrence", found[1]["id"])
    changed = call(http, graph, "PATCH", f"/me/events/{found[1]['id']}",
                   json={"subject": "Steering, longer", "end": {
                       "dateTime": "2024-05-20T11:00:00", "timeZone": "Europe/Berlin"}})
    assert changed.status_code == 200
    assert changed.json()["type"] == "exception"
    assert call(http, graph, "DELETE", f"/me/events/{found[2]['id']}").status_code == 204
    after = instances()
    assert [(i["type"], i["subject"]) for i in after] == [
        ("occurrence", "Sprint review"), ("exception", "Steering, longer"),
        ("occurrence", "Sprint review")]
    assert call(http, graph, "GET", f"/me/events/{found[2]['id']}").status_code == 404


# --- JSON batching -------------------------------------------------------------------------
def test_a_batch_of_more_than_20_is_refused(http: requests.Session, graph: FakeGraph) -> None:
    requests_ = [{"id": str(n), "method": "GET", "url": "/me"} for n in range(21)]
    refused = call(http, graph, "POST", "/$batch", json={"requests": requests_})
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "BadRequest"
    assert graph.count("GET", r"^/me$") == 0


def test_a_batch_answers_each_request_with_its_own_status(http: requests.Session,
                                                          graph: FakeGraph) -> None:
    graph.fail_next("GET", r"^/me/mailFolders/inbox$", 429, retry_after=7)
    answer = call(http, graph, "POST", "/$batch", json={"requests": [
        {"id": "me", "method": "GET", "url": "/me"},
        {"id": "draft", "method": "POST", "url": "/me/messages", "body": draft(),
         "headers": {"Content-Type": "application/json", "Prefer": IMMUTABLE}},
        {"id": "inbox", "method": "GET", "url": "/me/mailFolders/inbox"},
    ]})
    assert answer.status_code == 200
    by_id = {r["id"]: r for r in answer.json()["responses"]}
    assert by_id["me"]["status"] == 200
    assert by_id["me"]["body"]["mail"] == graph.user["mail"]
    assert by_id["draft"]["status"] == 201
    assert by_id["draft"]["body"]["id"] == graph.messages("drafts")[0]["id"]
    assert by_id["inbox"]["status"] == 429
    assert by_id["inbox"]["headers"]["Retry-After"] == "7"
    assert by_id["inbox"]["body"]["error"]["code"] == "TooManyRequests"
    assert graph.count("*", r".", batched=True) == 3
    assert [r.status for r in graph.find("*", r".", batched=True)] == [200, 201, 429]

    no_type = call(http, graph, "POST", "/$batch", json={"requests": [
        {"id": "1", "method": "POST", "url": "/me/messages", "body": draft()}]})
    assert no_type.json()["responses"][0]["status"] == 400


# --- faults --------------------------------------------------------------------------------
def test_throttling_answers_429_with_retry_after(http: requests.Session,
                                                 graph: FakeGraph) -> None:
    graph.fail_next("POST", r"^/me/messages$", 429, retry_after=2)
    graph.throttle_next("POST", r"^/me/messages$", retry_after=5, code="ApplicationThrottled")
    first = call(http, graph, "POST", "/me/messages", json=draft())
    second = call(http, graph, "POST", "/me/messages", json=draft())
    third = call(http, graph, "POST", "/me/messages", json=draft())
    assert (first.status_code, first.headers["Retry-After"]) == (429, "2")
    assert first.json()["error"]["code"] == "TooManyRequests"
    assert (second.status_code, second.headers["Retry-After"]) == (429, "5")
    assert second.json()["error"]["code"] == "ApplicationThrottled"
    assert third.status_code == 201
    assert len(graph.messages("drafts")) == 1  # throttled requests were not carried out
    assert [r.fault for r in graph.find("POST", r"^/me/messages$")] == ["fail", "fail", None]


def test_unavailable_with_and_without_retry_after(http: requests.Session,
                                                  graph: FakeGraph) -> None:
    graph.fail_next("GET", r"^/me$", 503, retry_after=3)
    graph.fail_next("GET", r"^/me$", 503)
    graph.fail_next("GET", r"^/me$", 504, times=2)
    answers = [call(http, graph, "GET", "/me") for _ in range(5)]
    assert [a.status_code for a in answers] == [503, 503, 504, 504, 200]
    assert answers[0].headers["Retry-After"] == "3"
    assert "Retry-After" not in answers[1].headers
    assert answers[0].json()["error"]["code"] == "serviceNotAvailable"
    assert graph.pending_faults == 0


def test_faults_match_method_and_path(http: requests.Session, graph: FakeGraph) -> None:
    graph.fail_next("POST", r"/send$", 503)
    assert call(http, graph, "GET", "/me").status_code == 200
    message = call(http, graph, "POST", "/me/messages", json=draft()).json()
    assert call(http, graph, "POST", f"/me/messages/{message['id']}/send").status_code == 503
    graph.fail_next("POST", r"/send$", 503)
    graph.clear_faults()
    assert call(http, graph, "POST", f"/me/messages/{message['id']}/send").status_code == 202


def test_a_slow_answer_makes_the_client_time_out_after_the_work_is_done(
        http: requests.Session, graph: FakeGraph) -> None:
    graph.slow_next("POST", r"^/me/messages$", 0.3)
    started = time.monotonic()
    assert call(http, graph, "POST", "/me/messages", json=draft()).status_code == 201
    assert time.monotonic() - started >= 0.3

    graph.slow_next("POST", r"^/me/messages$", 2)
    with pytest.raises(requests.Timeout):
        call(http, graph, "POST", "/me/messages", json=draft("Late"), timeout=(2, 0.2))
    assert [m["subject"] for m in graph.messages("drafts")].count("Late") == 1

    graph.slow_next("POST", r"^/me/messages$", 2, perform=False)
    with pytest.raises(requests.Timeout):
        call(http, graph, "POST", "/me/messages", json=draft("Never"), timeout=(2, 0.2))
    assert "Never" not in [m["subject"] for m in graph.messages("drafts")]


def test_a_dropped_connection_carries_nothing_out(http: requests.Session,
                                                  graph: FakeGraph) -> None:
    graph.drop_next("POST", r"^/me/messages$")
    with pytest.raises(requests.ConnectionError):
        call(http, graph, "POST", "/me/messages", json=draft())
    assert graph.messages("drafts") == []
    [record] = graph.find("POST", r"^/me/messages$")
    assert (record.answered, record.status, record.fault) == (False, None, "drop")
    assert call(http, graph, "POST", "/me/messages", json=draft()).status_code == 201


def test_a_lost_response_carries_the_request_out(http: requests.Session,
                                                 graph: FakeGraph) -> None:
    message = call(http, graph, "POST", "/me/messages", json=draft("Minutes")).json()
    graph.lose_response_next("POST", r"/send$")
    with pytest.raises(requests.ConnectionError):
        call(http, graph, "POST", f"/me/messages/{message['id']}/send")
    assert graph.sent_count("Minutes") == 1
    assert graph.folder_of(message["id"]) == "sentitems"
    [record] = graph.find("POST", r"/send$")
    assert (record.answered, record.status, record.fault) == (False, 202, "lose")

    graph.lose_response_next("POST", r"^/me/messages$")
    with pytest.raises(requests.ConnectionError):
        call(http, graph, "POST", "/me/messages", json=draft("Created anyway"))
    assert [m["subject"] for m in graph.messages("drafts")] == ["Created anyway"]


# --- lifecycle -----------------------------------------------------------------------------
def test_the_server_stops_cleanly_with_connections_still_open() -> None:
    graph = FakeGraph().start()
    port = graph.port
    outcome: list[BaseException] = []
    headers = {"Authorization": f"Bearer {graph.token}"}

    def slow_call() -> None:
        with requests.Session() as own:
            try:
                own.get(graph.url + "/me", headers=headers, timeout=TIMEOUT)
            except requests.RequestException as exc:
                outcome.append(exc)

    with requests.Session() as idle:
        assert idle.get(graph.url + "/me", headers=headers, timeout=TIMEOUT).ok  # keep-alive
        graph.slow_next("GET", r"^/me$", 30)
        waiting = threading.Thread(target=slow_call)
        waiting.start()
        while graph.count("GET", r"^/me$") < 2:
            time.sleep(0.01)
        started = time.monotonic()
        graph.stop()
        waiting.join(TIMEOUT)
        assert time.monotonic() - started < 3
    assert [type(e) for e in outcome] == [requests.ConnectionError]  # stopping hangs up
    graph.stop()  # twice is harmless
    assert not [t for t in threading.enumerate() if t.name.startswith("fake-graph")]
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass
    assert graph.errors == []


def test_lists_page_with_top_and_next_link(http: requests.Session, graph: FakeGraph) -> None:
    for n in range(12):
        graph.add_inbox_message(f"Mail {n}")
    first = call(http, graph, "GET", "/me/mailFolders/inbox/messages").json()
    assert len(first["value"]) == 10
    rest = call(http, graph, "GET", first["@odata.nextLink"]).json()
    assert len(rest["value"]) == 2
    assert "@odata.nextLink" not in rest
    top = call(http, graph, "GET", "/me/mailFolders/inbox/messages",
               params={"$top": "5", "$select": "subject"}).json()
    assert len(top["value"]) == 5
    assert set(top["value"][0]) == {"@odata.etag", "id", "subject"}
