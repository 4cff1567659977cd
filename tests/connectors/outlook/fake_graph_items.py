"""The fake Graph server's items: errors, ids, how a request wants items shown (``View``),
the stored shapes of folders, messages and events, and the normalisation of the JSON a client
sends (recipients, bodies, attendees, recurrences, extended properties).
"""

from __future__ import annotations

import base64
import copy
import re
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tests.connectors.outlook.fake_graph_time import TimeProblem, parse_local, validate_recurrence

ID_REST, ID_IMMUTABLE = "AAMkAGI2", "AAkALgAA"
OCC_REST, OCC_IMMUTABLE = "AAMkAGOc", "AAkALgOc"
GOID_PREFIX = "040000008200E00074C5B7101A82E008"  # Outlook's global object id, as iCalUId
NO_TIME = "0001-01-01T00:00:00Z"
DEFAULT_PAGE_SIZE = 10  # Graph's default page for message and event collections

WELL_KNOWN_FOLDERS = {
    "inbox": "Inbox",
    "drafts": "Drafts",
    "sentitems": "Sent Items",
    "deleteditems": "Deleted Items",
    "outbox": "Outbox",
}
MESSAGE_WRITABLE = {
    "subject", "body", "toRecipients", "ccRecipients", "bccRecipients", "replyTo", "from",
    "sender", "importance", "isRead", "categories", "flag", "internetMessageId",
    "isDeliveryReceiptRequested", "isReadReceiptRequested", "inferenceClassification",
    "internetMessageHeaders",
}
DRAFT_ONLY = {
    "subject", "body", "toRecipients", "ccRecipients", "bccRecipients", "replyTo", "from",
    "sender", "internetMessageId", "internetMessageHeaders",
}
MESSAGE_READ_ONLY = {
    "id", "changeKey", "createdDateTime", "lastModifiedDateTime", "receivedDateTime",
    "sentDateTime", "hasAttachments", "bodyPreview", "parentFolderId", "conversationId",
    "conversationIndex", "isDraft", "webLink", "uniqueBody",
}
RECIPIENT_LISTS = ("toRecipients", "ccRecipients", "bccRecipients", "replyTo")
EVENT_WRITABLE = {
    "subject", "body", "start", "end", "location", "locations", "attendees", "isAllDay",
    "recurrence", "showAs", "sensitivity", "importance", "categories", "isReminderOn",
    "reminderMinutesBeforeStart", "responseRequested", "isOnlineMeeting",
    "onlineMeetingProvider", "allowNewTimeProposals", "hideAttendees", "transactionId",
}
EVENT_READ_ONLY = {
    "id", "changeKey", "createdDateTime", "lastModifiedDateTime", "iCalUId", "type",
    "seriesMasterId", "isCancelled", "isOrganizer", "organizer", "responseStatus", "webLink",
    "bodyPreview", "originalStartTimeZone", "originalEndTimeZone", "hasAttachments",
    "onlineMeeting", "onlineMeetingUrl", "isDraft",
}
RESPONSES = {"none", "organizer", "tentativelyAccepted", "accepted", "declined", "notResponded"}
_EXT_ID = re.compile(
    r"^(String|Integer|Boolean|SystemTime|Double|Binary|Currency|Long|Short|Float|Guid|"
    r"Object)(Array)?\s+(\{[0-9a-fA-F-]{36}\}\s+(Name|Id)\s+\S.*|0x[0-9a-fA-F]{1,4})$",
    re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")


class GraphError(Exception):
    """A Graph error answer: HTTP status, ``error.code`` and ``error.message``."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def not_found() -> GraphError:
    return GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.")


def bad_request(message: str, code: str = "BadRequest") -> GraphError:
    return GraphError(400, code, message)


def sync_state_gone() -> GraphError:
    return GraphError(410, "syncStateNotFound", "The sync state generation is not found. The "
                      "delta token is expired and data must be synchronized again.")


def conflict() -> GraphError:
    return GraphError(412, "ErrorIrresolvableConflict", "The send or update operation could not "
                      "be performed because the change key passed in the request does not match "
                      "the current change key for the item.")


def new_id(prefix: str) -> str:
    return prefix + base64.urlsafe_b64encode(secrets.token_bytes(31)).decode()


def new_change_key() -> str:
    return "CQAAABYAAAA" + base64.b64encode(secrets.token_bytes(12)).decode()


def ext_key(property_id: str) -> str:
    """An extended property id compared as Exchange does: case and spacing do not matter."""
    return " ".join(str(property_id).split()).lower()


def etag_matches(if_match: str | None, change_key: str) -> bool:
    """``If-Match`` holds the ``@odata.etag`` (``W/"<changeKey>"``) or the bare changeKey."""
    if not if_match or if_match.strip() == "*":
        return True
    value = if_match.strip()
    if value.startswith("W/"):
        value = value[2:]
    return value.strip('"') == change_key


def address(value: Any) -> dict[str, Any]:
    """A recipient from ``"a@b"``, ``("Name", "a@b")`` or a Graph recipient dict."""
    if isinstance(value, str):
        value = {"emailAddress": {"address": value}}
    elif isinstance(value, tuple):
        value = {"emailAddress": {"name": value[0], "address": value[1]}}
    try:
        mail = value["emailAddress"]["address"]
    except (KeyError, TypeError) as exc:
        raise bad_request("A recipient needs emailAddress.address.",
                          "ErrorInvalidRecipients") from exc
    if not isinstance(mail, str) or "@" not in mail:
        raise bad_request(f"The recipient address {mail!r} isn't valid.", "ErrorInvalidRecipients")
    return {"emailAddress": {"name": value["emailAddress"].get("name") or mail, "address": mail}}


def preview(body: Any) -> str:
    content = body.get("content", "") if isinstance(body, dict) else ""
    return " ".join(_TAGS.sub(" ", str(content)).split())[:255]


@dataclass(frozen=True)
class View:
    """How the current request wants items shown."""

    immutable: bool = False  # Prefer: IdType="ImmutableId"
    tz: str = "UTC"  # Prefer: outlook.timezone
    select: tuple[str, ...] | None = None  # $select
    expand_ext: tuple[str, ...] | None = None  # $expand=singleValueExtendedProperties(…)
    body_type: str | None = None  # Prefer: outlook.body-content-type (messages only)

    def finish(self, item: dict[str, Any]) -> dict[str, Any]:
        if self.select is None:
            return item
        keep = {s.lower() for s in self.select} | {
            "id", "@odata.etag", "@odata.type", "@removed", "singlevalueextendedproperties"}
        return {k: v for k, v in item.items() if k.lower() in keep}


@dataclass
class Folder:
    key: str  # well-known name
    id: str
    name: str


@dataclass
class Message:
    key: str  # the immutable id
    rest_id: str
    folder: str
    change_key: str
    created: datetime
    modified: datetime
    received: datetime
    sent: datetime
    is_draft: bool
    internet_message_id: str
    conversation_id: str
    props: dict[str, Any] = field(default_factory=dict)
    ext: dict[str, dict[str, str]] = field(default_factory=dict)
    attachments: list[dict[str, Any]] = field(default_factory=list)  # Graph's shape, with ids


@dataclass
class Override:
    """A changed occurrence of a series (Graph's ``type: exception``)."""

    props: dict[str, Any]
    change_key: str
    modified: datetime


@dataclass
class Event:
    key: str
    rest_id: str
    ical_uid: str
    change_key: str
    created: datetime
    modified: datetime
    organizer: dict[str, Any]
    is_organizer: bool
    props: dict[str, Any] = field(default_factory=dict)
    transaction_id: str | None = None
    is_cancelled: bool = False
    overrides: dict[date, Override] = field(default_factory=dict)
    deleted: set[date] = field(default_factory=set)
    ext: dict[str, dict[str, str]] = field(default_factory=dict)


# --- value normalisation -------------------------------------------------------------------
def item_body(value: Any) -> dict[str, str]:
    if isinstance(value, str):
        return {"contentType": "text", "content": value}
    if not isinstance(value, dict):
        raise bad_request("body must be an itemBody.", "RequestBodyRead")
    kind = str(value.get("contentType") or "text").lower()
    if kind not in ("text", "html"):
        raise bad_request(f"Unknown contentType {kind!r}.", "RequestBodyRead")
    return {"contentType": kind, "content": str(value.get("content") or "")}


def message_value(name: str, value: Any) -> Any:
    if name in RECIPIENT_LISTS:
        return [address(v) for v in value or []]
    if name in ("from", "sender"):
        return address(value) if value else None
    if name == "body":
        return item_body(value)
    return copy.deepcopy(value)


def file_attachment(value: Any, attachment_id: str, modified: str) -> dict[str, Any]:
    """A ``#microsoft.graph.fileAttachment`` as Graph stores and returns it: ``contentBytes``
    must be base64; ``size`` is the decoded length (Graph counts a little more). Other
    attachment types (item, reference) are refused: nothing here uses them."""
    if not isinstance(value, dict):
        raise bad_request("An attachment must be a JSON object.", "RequestBodyRead")
    kind = str(value.get("@odata.type") or "")
    if kind.lower() != "#microsoft.graph.fileattachment":
        raise bad_request(f"The fake supports only file attachments, not {kind!r}.",
                          "ErrorInvalidRequest")
    try:
        data = base64.b64decode(str(value.get("contentBytes") or ""), validate=True)
    except ValueError as exc:
        raise bad_request("contentBytes is not valid base64.", "RequestBodyRead") from exc
    if not value.get("name"):
        raise bad_request("An attachment needs a name.", "ErrorInvalidRequest")
    return {"@odata.type": "#microsoft.graph.fileAttachment", "id": attachment_id,
            "lastModifiedDateTime": modified, "name": str(value["name"]),
            "contentType": str(value.get("contentType") or "application/octet-stream"),
            "size": len(data), "isInline": bool(value.get("isInline", False)),
            "contentId": value.get("contentId"), "contentLocation": None,
            "contentBytes": base64.b64encode(data).decode()}


_LINE_END = re.compile(r"<br\s*/?>|</(?:div|li|tr)>", re.I)
_PARAGRAPH_END = re.compile(r"</(?:p|h[1-6]|blockquote|pre|table|ul|ol)>", re.I)
_HIDDEN = re.compile(r"<(head|style|script)\b.*?</\1>", re.I | re.S)


def html_as_text(content: str) -> str:
    """An HTML body as ``Prefer: outlook.body-content-type="text"`` returns it: tags dropped,
    line breaks and block ends as new lines, entities decoded, runs of blank lines collapsed.
    (Outlook's own conversion differs in details — list bullets, tables — that no client
    should depend on.)"""
    import html

    flat = " ".join(_HIDDEN.sub("", content).split())  # source line breaks are spaces
    text = _LINE_END.sub("\n", _PARAGRAPH_END.sub("\n\n", flat))
    lines = [" ".join(html.unescape(_TAGS.sub("", line)).split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def body_as(body: Any, body_type: str | None) -> Any:
    """The stored body in the type the request prefers (only html → text is converted)."""
    if body_type != "text" or not isinstance(body, dict) or body.get("contentType") != "html":
        return body
    return {"contentType": "text", "content": html_as_text(str(body.get("content") or ""))}


def require_recipients(props: dict[str, Any]) -> None:
    if not any(props.get(name) for name in ("toRecipients", "ccRecipients", "bccRecipients")):
        raise bad_request("At least one recipient isn't valid., A message can't be sent "
                          "because it contains no recipients.", "ErrorInvalidRecipients")


def normalize_attendees(value: Any, current: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    known = {a["emailAddress"]["address"].lower(): a for a in current or []}
    result = []
    for given in value or []:
        who = address(given)
        previous = known.get(who["emailAddress"]["address"].lower())
        status = previous["status"] if previous else {"response": "none", "time": NO_TIME}
        result.append({"type": given.get("type") or "required", "status": status, **who})
    return result


def with_recurrence_defaults(value: dict[str, Any], tz_name: str) -> dict[str, Any]:
    pattern = {"type": "weekly", "interval": 1, "month": 0, "dayOfMonth": 0, "daysOfWeek": [],
               "firstDayOfWeek": "sunday", "index": "first", **value.get("pattern", {})}
    rng = {"type": "noEnd", "startDate": None, "endDate": "0001-01-01",
           "recurrenceTimeZone": tz_name, "numberOfOccurrences": 0, **value.get("range", {})}
    return {"pattern": pattern, "range": rng}


def date_time_tz(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not isinstance(value.get("dateTime"), str):
        raise bad_request("start and end must be dateTimeTimeZone objects.", "RequestBodyRead")
    return {"dateTime": value["dateTime"], "timeZone": value.get("timeZone") or "UTC"}


def check_times(props: dict[str, Any]) -> None:
    if not isinstance(props.get("start"), dict) or not isinstance(props.get("end"), dict):
        raise TimeProblem("An event needs start and end.")
    start, end = span(props)
    if end < start:
        raise TimeProblem("The event's end is before its start.")
    if props.get("recurrence"):
        validate_recurrence(props["recurrence"])


def span(props: dict[str, Any]) -> tuple[datetime, datetime]:
    start, end = props["start"], props["end"]
    return (parse_local(start["dateTime"], start.get("timeZone")),
            parse_local(end["dateTime"], end.get("timeZone")))


def apply_ext(store: dict[str, dict[str, str]], given: Any) -> None:
    if not isinstance(given, list):
        raise bad_request("singleValueExtendedProperties must be a list.", "RequestBodyRead")
    for prop in given:
        pid = prop.get("id") if isinstance(prop, dict) else None
        if not isinstance(pid, str) or not _EXT_ID.match(pid.strip()):
            raise bad_request(f"Invalid extended property id {pid!r}.",
                              "ErrorInvalidExtendedProperty")
        store[ext_key(pid)] = {"id": pid, "value": str(prop.get("value", ""))}


def render_ext(item: dict[str, Any], ext: dict[str, dict[str, str]], view: View) -> None:
    """Extended properties are shown only when ``$expand`` asks for them, as in Graph."""
    if view.expand_ext is None:
        return
    wanted = set(view.expand_ext)
    item["singleValueExtendedProperties"] = [
        dict(prop) for key, prop in ext.items() if not wanted or key in wanted]
