"""Graph v1.0's HTTP surface over ``GraphState``: routes, OData query options, ``Prefer``
preferences, paging links, error bodies and JSON batching. Transport-free: ``FakeGraph``
feeds it parsed requests (and so does ``$batch``, once per sub-request).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from tests.connectors.outlook.fake_graph_items import (
    DEFAULT_PAGE_SIZE,
    GraphError,
    View,
    bad_request,
    ext_key,
)
from tests.connectors.outlook.fake_graph_state import GraphState, Page, Scope
from tests.connectors.outlook.fake_graph_time import TimeProblem, parse_instant, zone

JSON_TYPE = ("application/json;odata.metadata=minimal;odata.streaming=true;"
             "IEEE754Compatible=false;charset=utf-8")
MAX_BATCH = 20
BATCH_METHODS = {"GET", "POST", "PATCH", "PUT", "DELETE"}
_ID = r"([^/]+)"
_DELTA = r"(?:microsoft\.graph\.)?delta(?:\(\))?"
_EVENTS = r"/me(?:/calendar)?/events"
_VIEW = r"/me(?:/calendar)?/calendarView"
_STRING = r"'(?:[^']|'')*'"
_COMPARE = re.compile(rf"^([\w/]+)\s+(eq|ne|gt|ge|lt|le)\s+({_STRING}|[^\s']+)$", re.I)
_ANY = re.compile(r"^singleValueExtendedProperties/any\(\s*(\w+)\s*:\s*(.*)\)$", re.I | re.S)
_EXPAND_EXT = re.compile(r"^singleValueExtendedProperties(?:\((.*)\))?$", re.I | re.S)


@dataclass
class ApiRequest:
    method: str
    path: str  # below /v1.0, percent-decoded: "/me/messages/AAkA…="
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: Any = None
    batch_id: str | None = None  # the sub-request's id inside a $batch

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def option(self, name: str) -> str | None:
        """A query option, ``$`` optional and case-insensitive (as Graph accepts them)."""
        wanted = name.lstrip("$").lower()
        for key, value in self.query.items():
            if key.lstrip("$").lower() == wanted:
                return value
        return None

    @property
    def prefer(self) -> dict[str, str]:
        """``Prefer`` preferences; several may come in one header, comma-separated."""
        found: dict[str, str] = {}
        for part in (self.header("prefer") or "").split(","):
            name, _, value = part.strip().partition("=")
            if name:
                found[name.strip().lower()] = value.strip().strip('"')
        return found


@dataclass
class ApiResponse:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    paged: bool = False  # odata.maxpagesize was applied


def error_body(code: str, message: str, request_id: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "innerError": {
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
        "request-id": request_id, "client-request-id": request_id}}}


def error_response(err: GraphError, request_id: str) -> ApiResponse:
    return ApiResponse(err.status, error_body(err.code, err.message, request_id),
                       dict(err.headers))


def split_url(url: str) -> tuple[str, dict[str, str]]:
    """(decoded path below /v1.0, query) of an absolute or version-relative URL."""
    parts = urlsplit(url)
    path = parts.path
    version = path.lower().find("/v1.0")
    if version == 0 or (parts.scheme and version > 0):
        path = path[version + len("/v1.0"):]
    if not path.startswith("/"):
        path = "/" + path
    return unquote(path), dict(parse_qsl(parts.query, keep_blank_values=True))


# --- $filter -------------------------------------------------------------------------------
def _split_and(text: str) -> list[str]:
    """``a and b and c`` split at the top level (not inside quotes or parentheses)."""
    parts, depth, quoted, start, i = [], 0, False, 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch in "()":
            depth += 1 if ch == "(" else -1
        elif not quoted and depth == 0 and text[i:i + 5].lower() == " and ":
            parts.append(text[start:i].strip())
            start = i = i + 5
            continue
        i += 1
    parts.append(text[start:].strip())
    return parts


def _literal(text: str) -> Any:
    if text.startswith("'"):
        return text[1:-1].replace("''", "'")
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered == "null":
        return None
    try:
        return float(text)
    except ValueError:
        return text  # a date-time, compared as text (ISO strings sort by time)


def _resolve(item: Any, path: str) -> Any:
    for step in path.split("/"):
        item = item.get(step) if isinstance(item, dict) else None
    return item


def _compare(left: Any, op: str, right: Any) -> bool:
    if isinstance(left, str) and isinstance(right, str):
        left, right = left.casefold(), right.casefold()
    if op in ("eq", "ne"):
        return (left == right) == (op == "eq")
    if left is None or right is None:
        return False
    try:
        return {"gt": left > right, "ge": left >= right, "lt": left < right,
                "le": left <= right}[op]
    except TypeError:
        return False


def _ext_clause(var: str, inner: str) -> Callable[[dict[str, Any]], bool]:
    wanted: dict[str, str] = {}
    for part in _split_and(inner):
        found = _COMPARE.match(part)
        if not found or found.group(2).lower() != "eq" or \
                found.group(1).lower() not in (f"{var}/id".lower(), f"{var}/value".lower()):
            raise bad_request(f"Invalid filter clause: {part}")
        wanted[found.group(1).split("/")[1].lower()] = str(_literal(found.group(3)))

    def test(item: dict[str, Any]) -> bool:
        for prop in item.get("singleValueExtendedProperties") or []:
            if "id" in wanted and ext_key(prop["id"]) != ext_key(wanted["id"]):
                continue
            if "value" in wanted and prop.get("value") != wanted["value"]:
                continue
            return True
        return False

    return test


def compile_filter(text: str) -> Callable[[dict[str, Any]], bool]:
    """The ``$filter`` subset the fake understands: ``prop[/sub] op literal`` clauses and
    ``singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')``, joined by
    ``and``. Anything else is a 400, as Graph answers an unsupported filter."""
    tests: list[Callable[[dict[str, Any]], bool]] = []
    for clause in _split_and(text.strip()):
        any_match = _ANY.match(clause)
        if any_match:
            tests.append(_ext_clause(any_match.group(1), any_match.group(2)))
            continue
        found = _COMPARE.match(clause)
        if not found:
            raise bad_request(f"Invalid filter clause: {clause}")
        path, op, literal = found.group(1), found.group(2).lower(), _literal(found.group(3))
        tests.append(lambda item, p=path, o=op, v=literal: _compare(_resolve(item, p), o, v))
    return lambda item: all(test(item) for test in tests)


def _expanded_ext(text: str | None) -> tuple[str, ...] | None:
    """Which extended properties ``$expand=singleValueExtendedProperties($filter=id eq '…')``
    asks for: None (not asked), () (all) or their normalised ids."""
    for part in _split_top_commas(text or ""):
        found = _EXPAND_EXT.match(part.strip())
        if found:
            ids = re.findall(rf"id\s+eq\s+({_STRING})", found.group(1) or "", re.I)
            return tuple(ext_key(_literal(i)) for i in ids)
    return None


def _split_top_commas(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p for p in parts if p.strip()]


class GraphApi:
    def __init__(self, state: GraphState, *, base_url: Callable[[], str],
                 sub_request: Callable[[ApiRequest], ApiResponse],
                 batch_order: str = "request") -> None:
        self.state = state
        self._base_url = base_url
        self._sub_request = sub_request  # faults, log, then back to handle()
        self.batch_order = batch_order
        e, v = _EVENTS, _VIEW
        table: list[tuple[str, str, Callable[..., ApiResponse]]] = [
            ("GET", r"/me", self._me),
            ("GET", r"/me/mailFolders", self._folders),
            ("GET", rf"/me/mailFolders/{_ID}", self._folder),
            ("GET", rf"/me/mailFolders/{_ID}/messages/{_DELTA}", self._message_delta),
            ("GET", rf"/me/mailFolders/{_ID}/messages", self._folder_messages),
            ("POST", rf"/me/mailFolders/{_ID}/messages", self._create_in_folder),
            ("GET", rf"/me/mailFolders/{_ID}/messages/{_ID}", self._folder_message),
            ("GET", rf"/me/messages/{_DELTA}", self._mailbox_delta),
            ("GET", r"/me/messages", self._messages),
            ("POST", r"/me/messages", self._create_draft),
            ("GET", rf"/me/messages/{_ID}", self._get_message),
            ("PATCH", rf"/me/messages/{_ID}", self._patch_message),
            ("DELETE", rf"/me/messages/{_ID}", self._delete_message),
            ("POST", rf"/me/messages/{_ID}/send", self._send),
            ("GET", rf"/me/messages/{_ID}/attachments", self._attachments),
            ("POST", rf"/me/messages/{_ID}/attachments", self._add_attachment),
            ("GET", rf"/me/messages/{_ID}/attachments/{_ID}", self._attachment),
            ("DELETE", rf"/me/messages/{_ID}/attachments/{_ID}", self._remove_attachment),
            ("POST", rf"/me/messages/{_ID}/move", self._move),
            ("POST", r"/me/sendMail", self._send_mail),
            ("GET", e, self._events),
            ("POST", e, self._create_event),
            ("GET", rf"{e}/{_ID}", self._get_event),
            ("PATCH", rf"{e}/{_ID}", self._patch_event),
            ("DELETE", rf"{e}/{_ID}", self._delete_event),
            ("POST", rf"{e}/{_ID}/cancel", self._cancel_event),
            ("GET", rf"{e}/{_ID}/instances", self._instances),
            ("GET", rf"{v}/{_DELTA}", self._calendar_delta),
            ("GET", v, self._calendar_view),
            ("POST", r"/\$batch", self._batch),
        ]
        self._routes = [(m, re.compile(p, re.I), fn) for m, p, fn in table]

    # --- plumbing --------------------------------------------------------------------------
    @property
    def base(self) -> str:
        return self._base_url()

    def handle(self, req: ApiRequest) -> ApiResponse:
        request_id = str(uuid.uuid4())
        try:
            with self.state.lock:
                resp = self._route(req)
        except GraphError as err:
            resp = error_response(err, request_id)
        except TimeProblem as exc:
            resp = error_response(bad_request(str(exc), "ErrorInvalidRequest"), request_id)
        resp.headers.setdefault("request-id", request_id)
        resp.headers.setdefault("client-request-id",
                                req.header("client-request-id") or request_id)
        if resp.body is not None:
            resp.headers.setdefault("Content-Type", JSON_TYPE)
        applied = self._applied(req, resp)
        if applied:
            resp.headers["Preference-Applied"] = applied
        return resp

    def _applied(self, req: ApiRequest, resp: ApiResponse) -> str:
        prefer = req.prefer
        applied = []
        if prefer.get("idtype", "").lower() == "immutableid":
            applied.append('IdType="ImmutableId"')
        if "outlook.timezone" in prefer:
            applied.append(f'outlook.timezone="{prefer["outlook.timezone"]}"')
        if prefer.get("outlook.body-content-type", "").lower() in ("text", "html"):
            applied.append('outlook.body-content-type="'
                           f'{prefer["outlook.body-content-type"].lower()}"')
        if resp.paged:
            applied.append(f"odata.maxpagesize={prefer['odata.maxpagesize']}")
        return ", ".join(applied)

    def _route(self, req: ApiRequest) -> ApiResponse:
        path = self._as_me(req.path.rstrip("/") or "/")
        path_known = False
        for method, pattern, handler in self._routes:
            found = pattern.fullmatch(path)
            if found:
                path_known = True
                if method == req.method.upper():
                    return handler(req, *found.groups())
        if path_known:
            raise GraphError(405, "Request_BadRequest",
                             f"The HTTP method '{req.method}' is not allowed for this resource.")
        segment = path.rsplit("/", 1)[-1]
        raise bad_request(f"Resource not found for the segment '{segment}'.")

    def _as_me(self, path: str) -> str:
        found = re.match(r"^/users/([^/]+)(/.*)?$", path, re.I)
        if not found:
            return path
        who = found.group(1).lower()
        user = self.state.user
        if who not in {str(user["id"]).lower(), user["userPrincipalName"].lower(),
                       user["mail"].lower()}:
            raise GraphError(404, "ErrorInvalidUser", f"The requested user '{who}' is invalid.")
        return "/me" + (found.group(2) or "")

    def _view(self, req: ApiRequest) -> View:
        prefer = req.prefer
        tz = prefer.get("outlook.timezone") or "UTC"
        try:
            zone(tz)
        except TimeProblem as exc:
            raise bad_request(f"The time zone '{tz}' isn't supported.",
                              "TimeZoneNotSupportedException") from exc
        select = req.option("$select")
        return View(immutable=prefer.get("idtype", "").lower() == "immutableid", tz=tz,
                    select=tuple(s.strip() for s in select.split(",")) if select else None,
                    expand_ext=_expanded_ext(req.option("$expand")),
                    body_type=prefer.get("outlook.body-content-type", "").lower() or None)

    def _page_size(self, req: ApiRequest) -> int | None:
        try:
            size = int(req.prefer.get("odata.maxpagesize", ""))
        except ValueError:
            return None
        return size if size > 0 else None

    def link(self, path: str, query: dict[str, str]) -> str:
        return f"{self.base}{quote(path)}?" + urlencode(query, quote_via=quote, safe="$'(),:/@")

    def _context(self, what: str) -> str:
        return f"{self.base}/$metadata#users('{self.state.user['id']}')/{what}"

    def _entity(self, item: dict[str, Any], what: str, status: int = 200) -> ApiResponse:
        return ApiResponse(status, {"@odata.context": self._context(what) + "/$entity", **item})

    def _list(self, req: ApiRequest, items: list[dict[str, Any]], what: str) -> ApiResponse:
        """A collection page: ``$top`` (or ``odata.maxpagesize``, else 10) items from
        ``$skip``, with an ``@odata.nextLink`` while more remain."""
        top = req.option("$top")
        preferred = self._page_size(req)
        size = int(top) if top and top.isdigit() else preferred or DEFAULT_PAGE_SIZE
        skip_text = req.option("$skip") or "0"
        skip = int(skip_text) if skip_text.isdigit() else 0
        body: dict[str, Any] = {"@odata.context": self._context(what),
                                "value": items[skip:skip + size]}
        if skip + size < len(items):
            query = {k: v for k, v in req.query.items() if k.lstrip("$").lower() != "skip"}
            body["@odata.nextLink"] = self.link(req.path, {**query, "$skip": str(skip + size)})
        return ApiResponse(200, body, paged=bool(preferred and not top))

    def _delta(self, req: ApiRequest, scope: Callable[[], Scope], path: str,
               what: str) -> ApiResponse:
        view, size = self._view(req), self._page_size(req)
        skip, delta = req.option("$skiptoken"), req.option("$deltatoken")
        if skip:
            page: Page = self.state.delta_continue("skip", skip, view, size)
        elif delta:
            page = self.state.delta_continue("delta", delta, view, size)
        else:
            page = self.state.delta_begin(scope(), view, size)
        body: dict[str, Any] = {"@odata.context": f"{self.base}/$metadata#Collection({what})",
                                "value": page.items}
        if page.next_token:
            body["@odata.nextLink"] = self.link(path, {"$skiptoken": page.next_token})
        else:
            body["@odata.deltaLink"] = self.link(path, {"$deltatoken": page.delta_token or ""})
        return ApiResponse(200, body, paged=size is not None)

    def _window(self, req: ApiRequest) -> tuple[datetime, datetime]:
        start, end = req.option("startDateTime"), req.option("endDateTime")
        if not start or not end:
            raise bad_request("This request requires a time window specified by the query "
                              "string parameters StartDateTime and EndDateTime.",
                              "ErrorInvalidParameter")
        try:
            return parse_instant(start), parse_instant(end)
        except TimeProblem as exc:
            raise bad_request(str(exc), "ErrorInvalidParameter") from exc

    # --- user and folders ------------------------------------------------------------------
    def _me(self, req: ApiRequest) -> ApiResponse:
        return ApiResponse(200, {"@odata.context": f"{self.base}/$metadata#users/$entity",
                                 **self.state.user})

    def _folders(self, req: ApiRequest) -> ApiResponse:
        items = [self.state.folder_json(f) for f in self.state.folders.values()]
        return self._list(req, items, "mailFolders")

    def _folder(self, req: ApiRequest, folder: str) -> ApiResponse:
        return self._entity(self.state.folder_json(self.state.folder(folder)), "mailFolders")

    # --- messages --------------------------------------------------------------------------
    def _message_list(self, req: ApiRequest, folder: str | None) -> ApiResponse:
        view = self._view(req)
        text = req.option("$filter")
        keep = compile_filter(text) if text else None
        full = View(immutable=view.immutable, expand_ext=())
        chosen = [m for m in self.state.messages_in(folder)
                  if keep is None or keep(self.state.message_json(m, full))]
        return self._list(req, [self.state.message_json(m, view) for m in chosen], "messages")

    def _messages(self, req: ApiRequest) -> ApiResponse:
        return self._message_list(req, None)

    def _folder_messages(self, req: ApiRequest, folder: str) -> ApiResponse:
        return self._message_list(req, self.state.folder(folder).key)

    def _message_delta(self, req: ApiRequest, folder: str) -> ApiResponse:
        key = self.state.folder(folder).key
        select = self._view(req).select
        return self._delta(req, lambda: Scope("messages", folder=key, select=select),
                           f"/me/mailFolders/{folder}/messages/delta", "message")

    def _mailbox_delta(self, req: ApiRequest) -> ApiResponse:
        raise bad_request("Change tracking is not supported against 'microsoft.graph.message' "
                          "outside a mail folder.")

    def _create_draft(self, req: ApiRequest) -> ApiResponse:
        m = self.state.create_message(req.body)
        return self._entity(self.state.message_json(m, self._view(req)), "messages", 201)

    def _create_in_folder(self, req: ApiRequest, folder: str) -> ApiResponse:
        m = self.state.create_message(req.body, self.state.folder(folder).key)
        return self._entity(self.state.message_json(m, self._view(req)), "messages", 201)

    def _get_message(self, req: ApiRequest, message_id: str) -> ApiResponse:
        m = self.state.message(message_id)
        return self._entity(self.state.message_json(m, self._view(req)), "messages")

    def _folder_message(self, req: ApiRequest, folder: str, message_id: str) -> ApiResponse:
        m = self.state.message(message_id)
        if m.folder != self.state.folder(folder).key:
            raise GraphError(404, "ErrorItemNotFound",
                             "The specified object was not found in the store.")
        return self._entity(self.state.message_json(m, self._view(req)), "messages")

    def _patch_message(self, req: ApiRequest, message_id: str) -> ApiResponse:
        m = self.state.update_message(message_id, req.body, req.header("if-match"))
        return self._entity(self.state.message_json(m, self._view(req)), "messages")

    def _delete_message(self, req: ApiRequest, message_id: str) -> ApiResponse:
        self.state.delete_message(message_id)
        return ApiResponse(204)

    def _send(self, req: ApiRequest, message_id: str) -> ApiResponse:
        self.state.send_draft(message_id)
        return ApiResponse(202)

    def _attachments(self, req: ApiRequest, message_id: str) -> ApiResponse:
        items = self.state.message(message_id).attachments
        return self._list(req, [self.state.attachment(message_id, a["id"]) for a in items],
                          f"messages('{message_id}')/attachments")

    def _add_attachment(self, req: ApiRequest, message_id: str) -> ApiResponse:
        return self._entity(self.state.add_attachment(message_id, req.body),
                            f"messages('{message_id}')/attachments", 201)

    def _attachment(self, req: ApiRequest, message_id: str, attachment_id: str) -> ApiResponse:
        return self._entity(self.state.attachment(message_id, attachment_id),
                            f"messages('{message_id}')/attachments")

    def _remove_attachment(self, req: ApiRequest, message_id: str,
                           attachment_id: str) -> ApiResponse:
        self.state.remove_attachment(message_id, attachment_id)
        return ApiResponse(204)

    def _move(self, req: ApiRequest, message_id: str) -> ApiResponse:
        target = (req.body or {}).get("destinationId") if isinstance(req.body, dict) else None
        if not target:
            raise bad_request("destinationId is required.", "ErrorInvalidRequest")
        m = self.state.move_message(message_id, target)
        return self._entity(self.state.message_json(m, self._view(req)), "messages", 201)

    def _send_mail(self, req: ApiRequest) -> ApiResponse:
        self.state.send_mail(req.body)
        return ApiResponse(202)

    # --- events ----------------------------------------------------------------------------
    def _events(self, req: ApiRequest) -> ApiResponse:
        view = self._view(req)
        text = req.option("$filter")
        keep = compile_filter(text) if text else None
        items = [self.state.event_json(e, None, view) for e in self.state.events_list()]
        full = [self.state.event_json(e, None, View(immutable=view.immutable, expand_ext=()))
                for e in self.state.events_list()]
        chosen = [item for item, whole in zip(items, full, strict=True)
                  if keep is None or keep(whole)]
        return self._list(req, chosen, "events")

    def _create_event(self, req: ApiRequest) -> ApiResponse:
        e, _created = self.state.create_event(req.body)
        return self._entity(self.state.event_json(e, None, self._view(req)), "events", 201)

    def _get_event(self, req: ApiRequest, event_id: str) -> ApiResponse:
        e, day = self.state.find_event(event_id)
        return self._entity(self.state.event_json(e, day, self._view(req)), "events")

    def _patch_event(self, req: ApiRequest, event_id: str) -> ApiResponse:
        e, day = self.state.update_event(event_id, req.body, req.header("if-match"))
        return self._entity(self.state.event_json(e, day, self._view(req)), "events")

    def _delete_event(self, req: ApiRequest, event_id: str) -> ApiResponse:
        self.state.remove_event(event_id)
        return ApiResponse(204)

    def _cancel_event(self, req: ApiRequest, event_id: str) -> ApiResponse:
        self.state.cancel_event(event_id)
        return ApiResponse(202)

    def _instances(self, req: ApiRequest, event_id: str) -> ApiResponse:
        e, day = self.state.find_event(event_id)
        if day is not None or not e.props.get("recurrence"):
            raise bad_request("The event is not the master of a series.", "ErrorInvalidRequest")
        start, end = self._window(req)
        view = self._view(req)
        items = [self.state.event_json(e, d, view) for d, _s in self.state.occurrences(
            e, start, end)]
        return self._list(req, items, f"events('{event_id}')/instances")

    def _calendar_view(self, req: ApiRequest) -> ApiResponse:
        start, end = self._window(req)
        view = self._view(req)
        items = [self.state.event_json(e, d, view) for e, d in self.state.calendar_view(
            start, end)]
        return self._list(req, items, "calendarView")

    def _calendar_delta(self, req: ApiRequest) -> ApiResponse:
        def scope() -> Scope:
            start, end = self._window(req)
            return Scope("calendar", start=start, end=end, select=self._view(req).select)

        return self._delta(req, scope, "/me/calendarView/delta", "event")

    # --- JSON batching ---------------------------------------------------------------------
    def _batch(self, req: ApiRequest) -> ApiResponse:
        if req.batch_id is not None:
            raise bad_request("A batch cannot contain another batch.")
        subs = req.body.get("requests") if isinstance(req.body, dict) else None
        if not isinstance(subs, list) or not subs:
            raise bad_request("Invalid batch payload format.")
        if len(subs) > MAX_BATCH:
            raise bad_request(f"The number of batch requests ({len(subs)}) exceeds the maximum "
                              f"of {MAX_BATCH}.")
        ids = [str(s.get("id", "")) if isinstance(s, dict) else "" for s in subs]
        if "" in ids or len(set(ids)) != len(ids):
            raise bad_request("Each batch request needs an id, unique within the batch.")
        answers = [self._batch_one(sub, req) for sub in subs]
        if self.batch_order == "reversed":
            answers.reverse()
        return ApiResponse(200, {"responses": answers})

    def _batch_one(self, sub: dict[str, Any], outer: ApiRequest) -> dict[str, Any]:
        sub_id = str(sub["id"])
        method = str(sub.get("method", "")).upper()
        headers = {str(k).lower(): str(v) for k, v in (sub.get("headers") or {}).items()}
        problem = None
        if method not in BATCH_METHODS or not sub.get("url"):
            problem = "Each batch request needs a method and a url."
        elif sub.get("body") is not None and "content-type" not in headers:
            problem = "Content-Type header is required for a batch request with a body."
        if problem:
            resp = error_response(bad_request(problem), str(uuid.uuid4()))
        else:
            path, query = split_url(str(sub["url"]))
            inner = ApiRequest(method, path, query, headers, sub.get("body"), batch_id=sub_id)
            resp = self._sub_request(inner)
        answer: dict[str, Any] = {"id": sub_id, "status": resp.status, "headers": resp.headers}
        if resp.body is not None:
            answer["body"] = resp.body
        return answer
