"""Graph's answers as errors a PM understands: each one a ``KnownError`` whose code the UI
words (expired sign-in, no permission, mailbox full, deleted in Outlook, offline…).

``GraphError`` keeps what support needs (HTTP status, Graph's code, request id) — never the
token or the request body.
"""

from __future__ import annotations

from typing import Any

from cockpit.errors import ErrorCode, KnownError

# Graph error codes (``error.code``) by what they mean for the PM
SIGN_IN_CODES = {"InvalidAuthenticationToken", "AuthenticationError", "TokenExpired"}
PERMISSION_CODES = {"Authorization_RequestDenied", "ErrorAccessDenied", "AccessDenied",
                    "Forbidden"}
MAILBOX_FULL_CODES = {"ErrorQuotaExceeded", "QuotaExceeded", "ErrorQuotaExceededOnDelete"}
GONE_CODES = {"ErrorItemNotFound", "ResourceNotFound", "itemNotFound", "ErrorInvalidIdMalformed"}
DELTA_EXPIRED_CODES = {"syncStateNotFound", "SyncStateNotFound", "resyncRequired",
                       "syncStateInvalid"}
CONFLICT_CODES = {"ErrorIrresolvableConflict", "PreconditionFailed", "ErrorConcurrencyConflict"}


class GraphError(KnownError):
    def __init__(self, code: ErrorCode, message: str, *, status: int | None = None,
                 graph_code: str = "", request_id: str = "",
                 retry_after: float | None = None) -> None:
        super().__init__(code, message)
        self.status = status
        self.graph_code = graph_code
        self.request_id = request_id
        self.retry_after = retry_after


class UncertainOutcome(GraphError):
    """The request may have been carried out but its answer was lost (a dropped connection,
    a timeout, a gateway error on a POST): read back before doing anything again."""


def _error_body(body: Any) -> tuple[str, str, str]:
    """(code, message, request id) of a Graph error body, tolerant of odd shapes."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return "", "", ""
    inner = error.get("innerError") or error.get("innererror") or {}
    request_id = inner.get("request-id", "") if isinstance(inner, dict) else ""
    return str(error.get("code", "")), str(error.get("message", "")), str(request_id)


def classify(status: int, body: Any, *, retry_after: float | None = None) -> GraphError:
    """The error for an HTTP answer that is not a success."""
    graph_code, message, request_id = _error_body(body)
    code = _code_for(status, graph_code)
    text = f"Outlook answered {status}" + (f" {graph_code}" if graph_code else "") + (
        f": {message}" if message else "")
    return GraphError(code, text, status=status, graph_code=graph_code, request_id=request_id,
                      retry_after=retry_after)


def _code_for(status: int, graph_code: str) -> ErrorCode:
    if status == 401 or graph_code in SIGN_IN_CODES:
        return ErrorCode.SIGN_IN_EXPIRED
    if status == 410 or graph_code in DELTA_EXPIRED_CODES:
        return ErrorCode.SYNC_STATE_EXPIRED
    if status == 412 or graph_code in CONFLICT_CODES:
        return ErrorCode.OUTLOOK_CONFLICT
    if status == 507 or graph_code in MAILBOX_FULL_CODES:
        return ErrorCode.MAILBOX_FULL
    if status == 403 or graph_code in PERMISSION_CODES:
        return ErrorCode.NO_PERMISSION
    if status == 404 or graph_code in GONE_CODES:
        return ErrorCode.DELETED_IN_OUTLOOK
    if status == 429:
        return ErrorCode.THROTTLED
    if status >= 500:
        return ErrorCode.OUTLOOK_UNAVAILABLE
    return ErrorCode.OUTLOOK_REFUSED


def offline(detail: str) -> GraphError:
    return GraphError(ErrorCode.OFFLINE, f"cannot reach Outlook: {detail}")
