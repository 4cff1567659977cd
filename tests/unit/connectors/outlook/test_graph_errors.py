"""Graph's answers become errors a PM understands; Retry-After is read in both its forms."""

from __future__ import annotations

from email.utils import formatdate

import pytest

from cockpit.connectors.outlook.client import BatchItem, Response, raise_for, retry_after_seconds
from cockpit.connectors.outlook.errors import GraphError, classify
from cockpit.errors import ErrorCode


def _body(code: str, message: str = "", request_id: str = "r-1") -> dict:  # type: ignore[type-arg]
    return {"error": {"code": code, "message": message,
                      "innerError": {"request-id": request_id, "date": "2026-11-24T10:00:00"}}}


@pytest.mark.parametrize(("status", "code", "expected"), [
    (401, "InvalidAuthenticationToken", ErrorCode.SIGN_IN_EXPIRED),
    (403, "ErrorAccessDenied", ErrorCode.NO_PERMISSION),
    (403, "Authorization_RequestDenied", ErrorCode.NO_PERMISSION),
    (404, "ErrorItemNotFound", ErrorCode.DELETED_IN_OUTLOOK),
    (400, "ErrorQuotaExceeded", ErrorCode.MAILBOX_FULL),
    (507, "", ErrorCode.MAILBOX_FULL),
    (410, "syncStateNotFound", ErrorCode.SYNC_STATE_EXPIRED),
    (400, "syncStateNotFound", ErrorCode.SYNC_STATE_EXPIRED),
    (412, "ErrorIrresolvableConflict", ErrorCode.OUTLOOK_CONFLICT),
    (429, "TooManyRequests", ErrorCode.THROTTLED),
    (503, "ServiceUnavailable", ErrorCode.OUTLOOK_UNAVAILABLE),
    (504, "", ErrorCode.OUTLOOK_UNAVAILABLE),
    (400, "ErrorInvalidRecipients", ErrorCode.OUTLOOK_REFUSED),
])
def test_each_graph_answer_has_its_meaning(status: int, code: str,
                                           expected: ErrorCode) -> None:
    error = classify(status, _body(code, "details"))
    assert error.code is expected
    assert error.status == status and error.graph_code == code
    assert error.request_id == "r-1"  # what support asks for


def test_an_odd_body_still_gives_a_clear_error() -> None:
    for body in (None, "<html>Bad gateway</html>", {"error": "text"}, {"error": {"code": 5}}):
        error = classify(502, body)
        assert error.code is ErrorCode.OUTLOOK_UNAVAILABLE
        assert "502" in error.message


def test_retry_after_in_seconds_or_as_a_date() -> None:
    assert retry_after_seconds("2") == 2.0
    assert retry_after_seconds(" 0.5 ") == 0.5
    assert retry_after_seconds("-3") == 0.0
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    now = 1_800_000_000.0
    assert retry_after_seconds(formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30)
    assert retry_after_seconds(formatdate(now - 30, usegmt=True), now=now) == 0.0


def test_a_batched_failure_raises_its_meaning_and_a_success_gives_its_body() -> None:
    assert raise_for(Response(200, {}, {"id": "m1"})) == {"id": "m1"}
    with pytest.raises(GraphError) as caught:
        raise_for(Response(429, {"retry-after": "7"}, _body("TooManyRequests")))
    assert caught.value.code is ErrorCode.THROTTLED and caught.value.retry_after == 7.0


def test_batch_items_ask_for_immutable_ids_each() -> None:
    plain = BatchItem("1", "GET", "/me/messages/x").payload()
    assert plain == {"id": "1", "method": "GET", "url": "/me/messages/x",
                     "headers": {"Prefer": 'IdType="ImmutableId"'}}
    with_body = BatchItem("2", "PATCH", "/me/messages/x", {"subject": "s"}).payload()
    assert with_body["body"] == {"subject": "s"}
    assert with_body["headers"]["Content-Type"] == "application/json"
