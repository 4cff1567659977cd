"""A fake Microsoft Graph (v1.0) for the Outlook sync's tests: a real HTTP server on
127.0.0.1 (any free port) that speaks Graph's JSON closely enough for a client written against
Microsoft's documentation, with the failures such a client must survive on demand.

    with FakeGraph() as graph:
        client = GraphClient(lambda: graph.token, base_url=graph.url)
        graph.fail_next("POST", r"/send$", status=429, retry_after=2)
        graph.lose_response_next("POST", r"^/me/messages$")   # created, but no answer
        ...
        assert graph.count("POST", r"/send$") == 1

Pieces: ``fake_graph_state`` (mailbox, calendar, delta bookkeeping), ``fake_graph_items``
(errors, ids, stored shapes, JSON normalisation), ``fake_graph_api`` (routes, query options,
batching), ``fake_graph_time`` (zones, recurrence); this module runs the server, checks the
bearer token, injects faults and records every request (``requests``, ``find``, ``count``).
Unexpected exceptions inside the server land in ``errors`` (tests can assert it is empty).

Choices where Graph's documentation is silent or where the fake is simpler (each documented
where it is implemented):
- extended properties come back only with ``$expand=singleValueExtendedProperties(...)``, as
  in Graph; ``$filter=singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq
  '…')`` finds messages by one (helpers always show them);
- POST /me/events with the ``transactionId`` of an event still in the calendar answers 201 with
  that event (Graph documents the property as avoiding redundant POSTs on client retries, but
  not the status of the repeat);
- an organizer's POST …/cancel moves the event out of the calendar (Deleted Items, per the
  docs): GET answers 404 and delta reports ``@removed``;
- DELETE of a message moves it to Deleted Items; deleted there, it is gone;
- attachments are file attachments only (``#microsoft.graph.fileAttachment``), given in a
  create's ``attachments`` or POSTed to …/attachments of a draft; they are listed with their
  ``contentBytes`` and go out with the message (``sent_mail`` carries them);
- ``Prefer: outlook.body-content-type="text"`` turns an HTML body into text (tags dropped,
  block ends as line breaks); Outlook's own conversion differs in details;
- PATCH of a sent message's subject, body, recipients or from answers 400
  ``ErrorInvalidPropertySet`` ("Message is not draft."); isRead, categories, flag may change;
- an expired or unknown delta/skip token answers 410 ``syncStateNotFound`` (Outlook has also
  been seen answering ``SyncStateNotFound``: compare codes case-insensitively);
- pages hold 10 items unless ``$top`` or ``Prefer: odata.maxpagesize=N`` says otherwise.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import secrets
import socket
import sys
import threading
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.connectors.outlook.fake_graph_api import (
    JSON_TYPE,
    ApiRequest,
    ApiResponse,
    GraphApi,
    error_body,
    split_url,
)
from tests.connectors.outlook.fake_graph_items import GraphError, View, address
from tests.connectors.outlook.fake_graph_state import GraphState, dump_state, load_state
from tests.connectors.outlook.fake_graph_time import coerce_dtz, parse_local

STATUS_CODES = {429: "TooManyRequests", 500: "generalException", 502: "BadGateway",
                503: "serviceNotAvailable", 504: "GatewayTimeout"}
WWW_AUTHENTICATE = ('Bearer realm="", authorization_uri="https://login.microsoftonline.com/'
                    'common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"')


@dataclass
class RecordedRequest:
    """One request as the server saw it (a $batch's sub-requests are recorded too)."""

    method: str
    path: str  # below /v1.0, decoded, without the query: "/me/messages/AAkA…=/send"
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    json: Any
    status: int | None = None  # what was (or, for a lost response, would have been) answered
    answered: bool = True  # False: the connection was dropped instead
    fault: str | None = None  # "fail" | "slow" | "drop" | "lose" when one was injected
    batch_id: str | None = None  # the sub-request's id when it came inside a $batch


@dataclass
class _Fault:
    kind: str  # fail | slow | drop | lose
    method: str
    pattern: re.Pattern[str]
    times: int
    status: int = 0
    code: str = ""
    message: str = ""
    retry_after: str | None = None
    seconds: float = 0.0
    perform: bool = True  # slow: carry the request out before the wait

    def matches(self, method: str, path: str) -> bool:
        return self.method in ("*", method.upper()) and bool(self.pattern.search(path))

    def response(self) -> ApiResponse:
        request_id = str(uuid.uuid4())
        headers = {"request-id": request_id, "client-request-id": request_id,
                   "Content-Type": JSON_TYPE}
        if self.retry_after is not None:
            headers["Retry-After"] = self.retry_after
        return ApiResponse(self.status, error_body(self.code, self.message, request_id), headers)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as requests.Session uses it
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _serve(self) -> None:
        self.server.fake._serve(self)

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _serve


class _Server(ThreadingHTTPServer):
    """Tracks its connections so ``stop()`` can end keep-alive ones and join their threads."""

    daemon_threads = True

    def __init__(self, fake: FakeGraph) -> None:
        self.fake = fake
        self._guard = threading.Lock()
        self._open: dict[socket.socket, threading.Thread] = {}
        super().__init__(("127.0.0.1", 0), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(target=self._run, args=(request, client_address),
                                  name="fake-graph-conn", daemon=True)
        with self._guard:
            self._open[request] = thread
        thread.start()

    def _run(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            with self._guard:
                self._open.pop(request, None)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a client that went away
            self.fake.errors.append(traceback.format_exc())

    def close_connections(self, timeout: float = 5.0) -> None:
        with self._guard:
            open_now = dict(self._open)
        for conn in open_now:
            with contextlib.suppress(OSError):  # wakes a handler waiting for a next request
                conn.shutdown(socket.SHUT_RDWR)
        for thread in open_now.values():
            thread.join(timeout)


class FakeGraph:
    """The fake server. ``url`` is the version root (``http://127.0.0.1:PORT/v1.0``); requests
    must carry ``Authorization: Bearer <token>``. Helpers take and return immutable ids."""

    def __init__(self, *, token: str | None = None, user: dict[str, Any] | None = None,
                 clock: Callable[[], datetime] | None = None,
                 batch_order: str = "request") -> None:
        self.state = GraphState(user=user, clock=clock)
        self.token = token or secrets.token_urlsafe(32)
        self.url = ""
        self.errors: list[str] = []  # unexpected exceptions inside the server
        self._log: list[RecordedRequest] = []
        self._faults: list[_Fault] = []
        self._guard = threading.Lock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.api = GraphApi(self.state, base_url=lambda: self.url,
                            sub_request=self._sub_request, batch_order=batch_order)

    # --- lifecycle -------------------------------------------------------------------------
    def start(self) -> FakeGraph:
        if self._server is not None:
            return self
        self._stopping.clear()
        self._server = _Server(self)
        host, port = self._server.server_address[:2]
        self.url = f"http://{host}:{port}/v1.0"
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, name="fake-graph",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()  # wakes slow_next waits
        server.shutdown()
        if self._thread is not None:
            self._thread.join(5)
        server.server_close()
        server.close_connections()

    def __enter__(self) -> FakeGraph:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1].split("/")[0]) if self.url else 0

    def rotate_token(self) -> str:
        """A new accepted token: the old one now gets 401 (an expired sign-in)."""
        self.token = secrets.token_urlsafe(32)
        return self.token

    def save_state(self, path: Any) -> None:
        """The mailbox and calendar as they are now, to a file (``restore_state`` reads it)."""
        dump_state(self.state, path)

    def restore_state(self, path: Any) -> None:
        """Resume from a ``save_state`` file: the same items, ids, change keys and delta links."""
        load_state(self.state, path)

    # --- one HTTP request ------------------------------------------------------------------
    def _serve(self, handler: _Handler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length > 0 else b""
        headers = {k.lower(): v for k, v in handler.headers.items()}
        prefer = handler.headers.get_all("Prefer") or []
        if prefer:
            headers["prefer"] = ", ".join(prefer)
        path, query = split_url(handler.path)
        if not handler.path.lower().startswith("/v1.0"):
            self._reply(handler, self._error(404, "BadRequest", "Invalid version."))
            return
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            self._reply(handler, self._error(400, "BadRequest", "Invalid JSON in the body."))
            return
        req = ApiRequest(handler.command, path, query, headers, body)
        record = self._record(req)
        if headers.get("authorization") != f"Bearer {self.token}":
            record.status = 401
            self._reply(handler, self._unauthorized(headers))
            return
        fault = self._take_fault(req.method, req.path, ("fail", "slow", "drop", "lose"))
        record.fault = fault.kind if fault else None
        if fault and fault.kind in ("drop", "fail"):
            self._injected(handler, record, fault)
            return
        if fault and fault.kind == "slow" and not fault.perform:
            self._stopping.wait(fault.seconds)
        resp = self.api.handle(req)
        record.status = resp.status
        if fault and fault.kind == "slow" and fault.perform:
            self._stopping.wait(fault.seconds)
        if fault and (fault.kind == "lose" or self._stopping.is_set()):
            record.answered = False
            self._hang_up(handler)
            return
        self._reply(handler, resp)

    def _injected(self, handler: _Handler, record: RecordedRequest, fault: _Fault) -> None:
        if fault.kind == "drop":
            record.answered = False
            self._hang_up(handler)
            return
        resp = fault.response()
        record.status = resp.status
        self._reply(handler, resp)

    def _sub_request(self, req: ApiRequest) -> ApiResponse:
        """A $batch sub-request: recorded, and failed by a matching ``fail_next``."""
        record = self._record(req)
        fault = self._take_fault(req.method, req.path, ("fail",))
        resp = fault.response() if fault else self.api.handle(req)
        record.fault = fault.kind if fault else None
        record.status = resp.status
        return resp

    def _record(self, req: ApiRequest) -> RecordedRequest:
        record = RecordedRequest(req.method.upper(), req.path, dict(req.query),
                                 dict(req.headers), copy.deepcopy(req.body),
                                 batch_id=req.batch_id)
        with self._guard:
            self._log.append(record)
        return record

    def _error(self, status: int, code: str, message: str) -> ApiResponse:
        request_id = str(uuid.uuid4())
        return ApiResponse(status, error_body(code, message, request_id),
                           {"Content-Type": JSON_TYPE, "request-id": request_id,
                            "client-request-id": request_id})

    def _unauthorized(self, headers: dict[str, str]) -> ApiResponse:
        given = headers.get("authorization", "")
        message = ("Access token is empty." if not given.startswith("Bearer ") else
                   "Lifetime validation failed, the token is expired.")
        resp = self._error(401, "InvalidAuthenticationToken", message)
        resp.headers["WWW-Authenticate"] = WWW_AUTHENTICATE
        return resp

    @staticmethod
    def _reply(handler: _Handler, resp: ApiResponse) -> None:
        data = b"" if resp.body is None else json.dumps(resp.body).encode()
        try:
            handler.send_response(resp.status)
            for name, value in resp.headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            if data:
                handler.wfile.write(data)
        except OSError:  # the client gave up waiting
            handler.close_connection = True

    @staticmethod
    def _hang_up(handler: _Handler) -> None:
        """Close the connection without a byte of answer: the client sees it dropped."""
        handler.close_connection = True
        with contextlib.suppress(OSError):
            handler.connection.shutdown(socket.SHUT_RDWR)

    # --- faults ----------------------------------------------------------------------------
    def _add_fault(self, fault: _Fault) -> None:
        with self._guard:
            self._faults.append(fault)

    def _take_fault(self, method: str, path: str, kinds: tuple[str, ...]) -> _Fault | None:
        with self._guard:
            for fault in self._faults:
                if fault.kind in kinds and fault.matches(method, path):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def fail_next(self, method: str, path_regex: str, status: int = 429, *,
                  retry_after: float | str | None = None, code: str | None = None,
                  message: str | None = None, times: int = 1) -> None:
        """Answer the next ``times`` matching requests with ``status`` and a Graph error body
        (``code`` defaults by status: 429 TooManyRequests, 503 serviceNotAvailable, 504
        GatewayTimeout…), not carrying them out. ``retry_after`` (seconds, or an HTTP date)
        becomes the ``Retry-After`` header; None sends none. ``method`` may be ``"*"``;
        ``path_regex`` is searched in the path below /v1.0 (no query). Also fails matching
        $batch sub-requests, whose own answer then carries the status and header."""
        self._add_fault(_Fault(
            "fail", method.upper(), re.compile(path_regex), times, status=status,
            code=code or STATUS_CODES.get(status, "UnknownError"),
            message=message or f"Injected failure {status}.",
            retry_after=None if retry_after is None else _seconds_text(retry_after)))

    def throttle_next(self, method: str, path_regex: str, *, retry_after: float = 1,
                      times: int = 1, code: str = "TooManyRequests") -> None:
        """Shorthand: 429 with ``Retry-After`` (``code`` may be ``ApplicationThrottled``)."""
        self.fail_next(method, path_regex, 429, retry_after=retry_after, code=code,
                       message="Application is over its MailboxConcurrency limit."
                       if code == "ApplicationThrottled" else "Too many requests.",
                       times=times)

    def slow_next(self, method: str, path_regex: str, seconds: float, *, times: int = 1,
                  perform: bool = True) -> None:
        """Wait ``seconds`` before answering — after carrying the request out (``perform``,
        the default: a client that times out does not know it succeeded) or before."""
        self._add_fault(_Fault("slow", method.upper(), re.compile(path_regex), times,
                               seconds=seconds, perform=perform))

    def drop_next(self, method: str, path_regex: str, *, times: int = 1) -> None:
        """Close the connection without answering and without carrying the request out."""
        self._add_fault(_Fault("drop", method.upper(), re.compile(path_regex), times))

    def lose_response_next(self, method: str, path_regex: str, *, times: int = 1) -> None:
        """Carry the request out (create the draft, send the mail…), then close the
        connection without answering: the client cannot tell it happened."""
        self._add_fault(_Fault("lose", method.upper(), re.compile(path_regex), times))

    def clear_faults(self) -> None:
        with self._guard:
            self._faults.clear()

    @property
    def pending_faults(self) -> int:
        with self._guard:
            return sum(f.times for f in self._faults)

    # --- the request log -------------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        with self._guard:
            return list(self._log)

    def clear_requests(self) -> None:
        with self._guard:
            self._log.clear()

    def find(self, method: str, path_regex: str, *, batched: bool | None = None) -> list[
            RecordedRequest]:
        """Recorded requests by method (``"*"`` for any) and path; ``batched`` True/False
        keeps only $batch sub-requests / only top-level ones."""
        pattern = re.compile(path_regex)
        return [r for r in self.requests
                if method.upper() in ("*", r.method) and pattern.search(r.path)
                and (batched is None or (r.batch_id is not None) == batched)]

    def count(self, method: str, path_regex: str, *, batched: bool | None = None) -> int:
        return len(self.find(method, path_regex, batched=batched))

    # --- mailbox helpers (what the user, or their correspondents, do in Outlook) ------------
    @property
    def user(self) -> dict[str, Any]:
        return dict(self.state.user)

    def add_message(self, folder: str = "inbox", subject: str = "", body: str | dict[
            str, Any] = "", *, sender: Any = ("Alex Client", "alex@client.example"),
            to: Any = None, cc: Any = None, received: datetime | None = None,
            is_read: bool = False, is_draft: bool = False,
            extended: dict[str, str] | None = None, reply_to: str | None = None,
            **props: Any) -> str:
        """A message placed straight into ``folder``; its immutable id. ``to`` defaults to the
        signed-in user; addresses may be ``"a@b"`` or ``("Name", "a@b")``. ``reply_to``: the
        id of the message this one answers (same conversation, its In-Reply-To header)."""
        recipients = to if to is not None else [self.state.user["mail"]]
        given = {"subject": subject, "body": body, "from": sender, "sender": sender,
                 "toRecipients": recipients, "ccRecipients": cc or [], "isRead": is_read,
                 **props}
        given = {k: ([address(a) for a in v] if k in ("toRecipients", "ccRecipients",
                                                       "bccRecipients") else v)
                 for k, v in given.items()}
        given["from"] = given["sender"] = address(sender) if sender else None
        ext = [{"id": k, "value": v} for k, v in (extended or {}).items()]
        with self.state.lock:
            props_, ext_ = self.state.message_props(
                {**given, "singleValueExtendedProperties": ext}, draft=True)
            m = self.state.new_message(self.state.folder(folder).key, props_, ext_,
                                        is_draft=is_draft, received=received)
            if reply_to is not None:
                original = self.state.message(reply_to)
                m.conversation_id = original.conversation_id
                m.props["internetMessageHeaders"] = [
                    {"name": "In-Reply-To", "value": original.internet_message_id}]
            return m.key

    def add_inbox_message(self, subject: str = "", body: str | dict[str, Any] = "",
                          **kwargs: Any) -> str:
        return self.add_message("inbox", subject, body, **kwargs)

    def edit_in_outlook(self, message_id: str, **changes: Any) -> None:
        """The user edits the message in Outlook (any property, draft or not): new changeKey
        and lastModifiedDateTime, so delta reports it. Graph property names: ``subject=``,
        ``body=`` (text or itemBody), ``isRead=``, ``toRecipients=[…]``…"""
        with self.state.lock:
            self.state.update_message(message_id, _recipients(changes), None,
                                      any_property=True)

    def move_in_outlook(self, message_id: str, folder: str) -> None:
        with self.state.lock:
            self.state.move_message(message_id, folder)

    def delete_in_outlook(self, message_id: str) -> None:
        """Deleted in Outlook: moved to Deleted Items (gone from its folder's delta)."""
        with self.state.lock:
            self.state.delete_message(message_id)

    def messages(self, folder: str | None = None) -> list[dict[str, Any]]:
        """Messages (of ``folder``, or all), newest first, with immutable ids and extended
        properties."""
        with self.state.lock:
            key = self.state.folder(folder).key if folder else None
            return [self.state.message_json(m, _HELPER_VIEW)
                    for m in self.state.messages_in(key)]

    def message(self, message_id: str) -> dict[str, Any]:
        with self.state.lock:
            return self.state.message_json(self.state.message(message_id), _HELPER_VIEW)

    def folder_of(self, message_id: str) -> str:
        """The well-known name of the message's folder (``drafts``, ``sentitems``…)."""
        with self.state.lock:
            return self.state.message(message_id).folder

    def attachments(self, message_id: str) -> list[dict[str, Any]]:
        """The message's attachments as Graph lists them (``contentBytes`` in base64)."""
        with self.state.lock:
            return copy.deepcopy(self.state.message(message_id).attachments)

    def remove_attachments_in_outlook(self, message_id: str) -> None:
        """The user takes every attachment off a draft in Outlook."""
        with self.state.lock:
            for attachment in self.state.message(message_id).attachments:
                self.state.remove_attachment(message_id, attachment["id"])

    @property
    def sent_mail(self) -> list[dict[str, Any]]:
        """Every message that went out (send or sendMail, saved to Sent Items or not), with
        its ``attachments``."""
        with self.state.lock:
            return copy.deepcopy(self.state.transmitted)

    def sent_count(self, subject: str | None = None) -> int:
        return sum(1 for m in self.sent_mail if subject is None or m["subject"] == subject)

    # --- calendar helpers ------------------------------------------------------------------
    def add_event(self, subject: str, start: Any, end: Any, *, tz: str = "UTC",
                  recurrence: dict[str, Any] | None = None, attendees: Any = (),
                  organizer: Any = None, body: str | dict[str, Any] | None = None,
                  **props: Any) -> str:
        """An event created in Outlook; its immutable id. ``start``/``end`` are datetimes
        (naive: in ``tz``), ISO strings or dateTimeTimeZone dicts; ``organizer`` someone else
        makes the user an attendee (``isOrganizer`` false)."""
        given = {"subject": subject, "start": coerce_dtz(start, tz), "end": coerce_dtz(end, tz),
                 "attendees": [{"type": "required", **address(a)} for a in attendees], **props}
        if recurrence is not None:
            given["recurrence"] = recurrence
        if body is not None:
            given["body"] = body
        with self.state.lock:
            e, _new = self.state.create_event(given, organizer=organizer)
            return e.key

    def edit_event_in_outlook(self, event_id: str, **changes: Any) -> None:
        """Any Graph event property (an occurrence id makes that occurrence an exception)."""
        with self.state.lock:
            self.state.update_event(event_id, changes, None)

    def move_event_in_outlook(self, event_id: str, start: Any, end: Any = None, *,
                              tz: str | None = None) -> None:
        """Reschedule (keeping the duration when ``end`` is None)."""
        with self.state.lock:
            e, day = self.state.find_event(event_id)
            current = self.state.event_json(e, day, View(tz=tz or e.props["start"]["timeZone"]))
            zone_name = current["start"]["timeZone"]
            new_start = coerce_dtz(start, zone_name)
            if end is None:
                length = parse_local(current["end"]["dateTime"], zone_name) - parse_local(
                    current["start"]["dateTime"], zone_name)
                end = parse_local(new_start["dateTime"], new_start["timeZone"]) + length
            self.state.update_event(event_id, {"start": new_start,
                                               "end": coerce_dtz(end, zone_name)}, None)

    def cancel_event_in_outlook(self, event_id: str) -> None:
        """The organizer cancels. The user's own meeting leaves the calendar (as POST
        …/cancel); a meeting they attend stays, ``isCancelled`` and "Canceled: …"."""
        with self.state.lock:
            e, _day = self.state.find_event(event_id)
            if e.is_organizer:
                self.state.cancel_event(event_id)
            else:
                self.state.mark_cancelled(event_id)

    def delete_event_in_outlook(self, event_id: str) -> None:
        with self.state.lock:
            self.state.remove_event(event_id)

    def respond(self, event_id: str, attendee_address: str, response: str) -> None:
        """An attendee answers (``accepted``, ``tentativelyAccepted``, ``declined``…)."""
        with self.state.lock:
            self.state.respond(event_id, attendee_address, response)

    def events(self) -> list[dict[str, Any]]:
        """Single events and series masters in the calendar (times in UTC)."""
        with self.state.lock:
            return [self.state.event_json(e, None, _HELPER_VIEW)
                    for e in self.state.events_list()]

    def event(self, event_id: str) -> dict[str, Any]:
        """An event or occurrence still in the calendar, or one deleted or cancelled."""
        with self.state.lock:
            gone = self.state.removed_events.get(event_id)
            if gone is not None:
                return self.state.event_json(gone, None, _HELPER_VIEW)
            e, day = self.state.find_event(event_id)
            return self.state.event_json(e, day, _HELPER_VIEW)

    def in_calendar(self, event_id: str) -> bool:
        with self.state.lock:
            try:
                self.state.find_event(event_id)
            except GraphError:
                return False
            return True

    def instances(self, event_id: str, start: datetime | date,
                  end: datetime | date) -> list[dict[str, Any]]:
        """The series' occurrences overlapping [start, end) (naive or dates: UTC)."""
        with self.state.lock:
            e, _day = self.state.find_event(event_id)
            begin, until = _utc(start), _utc(end)
            return [self.state.event_json(e, d, _HELPER_VIEW)
                    for d, _s in self.state.occurrences(e, begin, until)]

    def expire_delta_tokens(self) -> None:
        """Every delta and skip token issued so far now answers 410 syncStateNotFound."""
        with self.state.lock:
            self.state.expire_delta_tokens()


_HELPER_VIEW = View(immutable=True, expand_ext=())


def _seconds_text(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else str(value)


def _recipients(changes: dict[str, Any]) -> dict[str, Any]:
    return {k: ([address(a) for a in v] if k in ("toRecipients", "ccRecipients",
                                                  "bccRecipients", "replyTo") else v)
            for k, v in changes.items()}


def _utc(value: datetime | date) -> datetime:
    if not isinstance(value, datetime):
        value = datetime.combine(value, datetime.min.time())
    return parse_local(value.isoformat(), "UTC") if value.tzinfo is None else value


__all__ = ["FakeGraph", "RecordedRequest"]
