"""The fake Graph server's memory: one signed-in user's mail folders, messages and calendar,
and the bookkeeping behind delta queries. No HTTP here: ``fake_graph_api`` maps requests onto
these methods, tests reach them through ``FakeGraph``'s helpers.

Everything is guarded by ``GraphState.lock`` (re-entrant); the API holds it for a whole request.

Ids. Every Outlook item has two ids, as in Graph: the default REST id, which changes when the
item moves to another folder (a draft that is sent gets a new one), and the immutable id that
``Prefer: IdType="ImmutableId"`` asks for, which never changes while the item stays in the
mailbox (https://learn.microsoft.com/graph/outlook-immutable-id). Both are accepted in URLs; an
old REST id of a moved item answers 404. Helpers return and accept immutable ids.

Delta. A delta token remembers which items (and which ``changeKey`` of each) its holder was
told about; following it reports the items that are new or have another changeKey now, and an
``@removed`` entry (``{"reason": "deleted"}``) for those gone from the folder or calendar
window — deleted, moved out, cancelled. Tokens stay valid (a lost answer can be fetched again)
until ``expire_delta_tokens()``; then, or for a token never issued, the answer is
410 ``syncStateNotFound``.
"""

from __future__ import annotations

import base64
import copy
import secrets
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from tests.connectors.outlook.fake_graph_items import (
    DEFAULT_PAGE_SIZE,
    DRAFT_ONLY,
    EVENT_READ_ONLY,
    EVENT_WRITABLE,
    GOID_PREFIX,
    ID_IMMUTABLE,
    ID_REST,
    MESSAGE_READ_ONLY,
    MESSAGE_WRITABLE,
    NO_TIME,
    OCC_IMMUTABLE,
    OCC_REST,
    RESPONSES,
    WELL_KNOWN_FOLDERS,
    Event,
    Folder,
    Message,
    Override,
    View,
    address,
    apply_ext,
    bad_request,
    body_as,
    check_times,
    conflict,
    date_time_tz,
    etag_matches,
    file_attachment,
    item_body,
    message_value,
    new_change_key,
    new_id,
    normalize_attendees,
    not_found,
    preview,
    render_ext,
    require_recipients,
    span,
    sync_state_gone,
    with_recurrence_defaults,
)
from tests.connectors.outlook.fake_graph_time import (
    TimeProblem,
    as_dtz,
    instant,
    recurrence_dates,
    zone,
)


@dataclass(frozen=True)
class Scope:
    """What a delta round tracks: a mail folder, or a calendar window."""

    kind: str  # "messages" | "calendar"
    folder: str = ""
    start: datetime | None = None
    end: datetime | None = None
    select: tuple[str, ...] | None = None


@dataclass
class Page:
    items: list[dict[str, Any]]
    next_token: str | None  # $skiptoken of the next page, or
    delta_token: str | None  # $deltatoken for the next round
    scope: Scope


@dataclass
class _Round:
    items: list[dict[str, Any]]
    page_size: int
    delta_token: str
    scope: Scope
    next_tokens: dict[int, str] = field(default_factory=dict)


@dataclass
class _Known:
    scope: Scope
    seen: dict[str, tuple[str, str]]  # key -> (changeKey, REST id) as last reported


class GraphState:
    def __init__(self, *, user: dict[str, Any] | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.lock = threading.RLock()
        self._clock = clock or (lambda: datetime.now(UTC))
        self.user = {
            "id": str(uuid.uuid4()), "displayName": "Pat Manager",
            "givenName": "Pat", "surname": "Manager",
            "mail": "pat.manager@contoso.example",
            "userPrincipalName": "pat.manager@contoso.example",
            "jobTitle": "Project Manager", "businessPhones": [], "mobilePhone": None,
            "officeLocation": None, "preferredLanguage": "en-US", **(user or {}),
        }
        self.folders = {key: Folder(key, new_id("AAMkAGFo"), name)
                        for key, name in WELL_KNOWN_FOLDERS.items()}
        self._messages: dict[str, Message] = {}
        self._message_ids: dict[str, str] = {}  # either id -> key
        self._events: dict[str, Event] = {}
        self._event_ids: dict[str, str] = {}
        self.removed_events: dict[str, Event] = {}  # deleted or cancelled by the organizer
        self.transmitted: list[dict[str, Any]] = []  # every message that went out
        self._skips: dict[str, tuple[_Round, int]] = {}
        self._known: dict[str, _Known] = {}

    def now(self) -> datetime:
        return self._clock()

    def me(self) -> dict[str, Any]:
        return {"emailAddress": {"name": self.user["displayName"], "address": self.user["mail"]}}

    # --- folders ---------------------------------------------------------------------------
    def folder(self, name_or_id: str) -> Folder:
        found = self.folders.get(name_or_id.lower())
        if found is None:
            found = next((f for f in self.folders.values() if f.id == name_or_id), None)
        if found is None:
            raise not_found()
        return found

    def folder_json(self, folder: Folder) -> dict[str, Any]:
        inside = [m for m in self._messages.values() if m.folder == folder.key]
        return {"id": folder.id, "displayName": folder.name, "parentFolderId": self.user["id"],
                "childFolderCount": 0, "unreadItemCount": sum(
                    1 for m in inside if not m.props.get("isRead", True)),
                "totalItemCount": len(inside), "isHidden": False}

    # --- messages -------------------------------------------------------------------------
    def message(self, message_id: str) -> Message:
        key = self._message_ids.get(message_id)
        if key is None:
            raise not_found()
        return self._messages[key]

    def messages_in(self, folder: str | None) -> list[Message]:
        found = [m for m in self._messages.values() if folder is None or m.folder == folder]
        return sorted(found, key=lambda m: m.received, reverse=True)

    def message_props(self, body: Any, *, draft: bool) -> tuple[dict[str, Any], list[Any]]:
        if not isinstance(body, dict):
            raise bad_request("The request body must be a JSON object.")
        props: dict[str, Any] = {}
        ext: list[Any] = []
        for name, value in body.items():
            if name.startswith("@odata.") or name in MESSAGE_READ_ONLY:
                continue
            if name == "singleValueExtendedProperties":
                ext = value or []
            elif name not in MESSAGE_WRITABLE:
                raise bad_request(f"Could not find a property named '{name}' on type "
                                  "'microsoft.graph.message'.", "RequestBodyRead")
            elif not draft and name in DRAFT_ONLY:
                raise bad_request("Message is not draft.", "ErrorInvalidPropertySet")
            else:
                props[name] = message_value(name, value)
        return props, ext

    def create_message(self, body: Any, folder: str = "drafts") -> Message:
        given = dict(body) if isinstance(body, dict) else body
        attachments = given.pop("attachments", None) if isinstance(given, dict) else None
        props, ext = self.message_props(given, draft=True)
        for attachment in attachments or []:
            file_attachment(attachment, "", "")  # a bad one refuses the whole create
        m = self.new_message(folder, props, ext, is_draft=True)
        for attachment in attachments or []:
            self.add_attachment(m.key, attachment)
        return m

    # --- attachments (file attachments only) -----------------------------------------------
    def add_attachment(self, message_id: str, body: Any) -> dict[str, Any]:
        """POST …/attachments, or one of a create's ``attachments``: drafts only (Graph
        answers a sent message's attachment with "Message is not draft")."""
        m = self.message(message_id)
        if not m.is_draft:
            raise bad_request("Message is not draft.", "ErrorInvalidPropertySet")
        attachment = file_attachment(body, new_id("AAMkAGI2AttB"), instant(self.now()))
        m.attachments.append(attachment)
        self._touch(m)
        return copy.deepcopy(attachment)

    def attachment(self, message_id: str, attachment_id: str) -> dict[str, Any]:
        found = [a for a in self.message(message_id).attachments if a["id"] == attachment_id]
        if not found:
            raise not_found()
        return copy.deepcopy(found[0])

    def remove_attachment(self, message_id: str, attachment_id: str) -> None:
        m = self.message(message_id)
        self.attachment(message_id, attachment_id)  # 404 when there is none
        m.attachments = [a for a in m.attachments if a["id"] != attachment_id]
        self._touch(m)

    def new_message(self, folder: str, props: dict[str, Any], ext: Iterable[Any], *,
                     is_draft: bool, received: datetime | None = None) -> Message:
        now = self.now()
        m = Message(key=new_id(ID_IMMUTABLE), rest_id=new_id(ID_REST), folder=folder,
                    change_key=new_change_key(), created=now, modified=now,
                    received=received or now, sent=received or now, is_draft=is_draft,
                    internet_message_id=props.pop("internetMessageId", None) or
                    f"<{uuid.uuid4().hex}@contoso.prod.outlook.com>",
                    conversation_id=new_id("AAQkAGI2"))
        m.props = {"isRead": True, **props}
        apply_ext(m.ext, ext)
        self._messages[m.key] = m
        self._message_ids[m.key] = m.key
        self._message_ids[m.rest_id] = m.key
        return m

    def _touch(self, item: Message | Event | Override) -> None:
        item.change_key = new_change_key()
        item.modified = self.now()

    def _move(self, m: Message, folder: str) -> None:
        if m.folder == folder:
            return
        del self._message_ids[m.rest_id]
        m.rest_id = new_id(ID_REST)  # a REST id changes with the folder
        self._message_ids[m.rest_id] = m.key
        m.folder = folder
        self._touch(m)

    def update_message(self, message_id: str, body: Any, if_match: str | None, *,
                       any_property: bool = False) -> Message:
        """A PATCH; ``any_property`` lifts the drafts-only rule (Outlook itself may)."""
        m = self.message(message_id)
        if not etag_matches(if_match, m.change_key):
            raise conflict()
        props, ext = self.message_props(body, draft=m.is_draft or any_property)
        if "internetMessageId" in props:
            m.internet_message_id = props.pop("internetMessageId")
        m.props.update(props)
        apply_ext(m.ext, ext)
        self._touch(m)
        return m

    def delete_message(self, message_id: str) -> None:
        """Graph moves a deleted message to Deleted Items; deleted there, it is gone."""
        m = self.message(message_id)
        if m.folder != "deleteditems":
            self._move(m, "deleteditems")
            return
        del self._messages[m.key]
        self._message_ids.pop(m.key, None)
        self._message_ids.pop(m.rest_id, None)

    def move_message(self, message_id: str, folder: str) -> Message:
        m = self.message(message_id)
        self._move(m, self.folder(folder).key)
        return m

    def send_draft(self, message_id: str) -> Message:
        m = self.message(message_id)
        if not m.is_draft:
            raise bad_request("The message has already been sent.", "ErrorInvalidRequest")
        require_recipients(m.props)
        now = self.now()
        m.is_draft = False
        m.sent = m.received = now
        m.props.setdefault("from", self.me())
        m.props.setdefault("sender", m.props["from"])
        self._move(m, "sentitems")
        self._transmit(m)
        return m

    def send_mail(self, body: Any) -> Message:
        message = body.get("message") if isinstance(body, dict) else None
        if not isinstance(message, dict):
            raise bad_request("sendMail needs a 'message'.", "ErrorInvalidRequest")
        props, ext = self.message_props(message, draft=True)
        require_recipients(props)
        props.setdefault("from", self.me())
        props.setdefault("sender", props["from"])
        m = self.new_message("sentitems", props, ext, is_draft=False)
        self._transmit(m)
        if str(body.get("saveToSentItems", True)).lower() == "false":
            self._message_ids.pop(m.rest_id)
            self._message_ids.pop(m.key)
            del self._messages[m.key]
        return m

    def _transmit(self, m: Message) -> None:
        """What went out, as the message with its ``attachments`` (Graph's shape)."""
        item = self.message_json(m, View(immutable=True, expand_ext=()))
        self.transmitted.append({**item, "attachments": copy.deepcopy(m.attachments)})

    def message_json(self, m: Message, view: View) -> dict[str, Any]:
        item: dict[str, Any] = {
            "@odata.etag": f'W/"{m.change_key}"',
            "id": m.key if view.immutable else m.rest_id,
            "createdDateTime": instant(m.created),
            "lastModifiedDateTime": instant(m.modified),
            "changeKey": m.change_key,
            "categories": [],
            "receivedDateTime": instant(m.received),
            "sentDateTime": instant(m.sent),
            "hasAttachments": False,
            "internetMessageId": m.internet_message_id,
            "subject": "",
            "bodyPreview": "",
            "importance": "normal",
            "parentFolderId": self.folders[m.folder].id,
            "conversationId": m.conversation_id,
            "isDeliveryReceiptRequested": False,
            "isReadReceiptRequested": False,
            "isRead": True,
            "isDraft": m.is_draft,
            "webLink": f"https://outlook.office365.com/owa/?ItemID={m.rest_id}",
            "inferenceClassification": "focused",
            "body": {"contentType": "text", "content": ""},
            "sender": None,
            "from": None,
            "toRecipients": [],
            "ccRecipients": [],
            "bccRecipients": [],
            "replyTo": [],
            "flag": {"flagStatus": "notFlagged"},
        }
        item.update(copy.deepcopy(m.props))
        item["bodyPreview"] = preview(item["body"])
        item["body"] = body_as(item["body"], view.body_type)
        item["hasAttachments"] = any(not a["isInline"] for a in m.attachments)
        render_ext(item, m.ext, view)
        return view.finish(item)

    # --- events ---------------------------------------------------------------------------
    def _event_props(self, body: Any, current: dict[str, Any] | None) -> tuple[
            dict[str, Any], list[Any]]:
        if not isinstance(body, dict):
            raise bad_request("The request body must be a JSON object.")
        props: dict[str, Any] = {}
        ext: list[Any] = []
        for name, value in body.items():
            if name.startswith("@odata.") or name in EVENT_READ_ONLY:
                continue
            if name == "singleValueExtendedProperties":
                ext = value or []
            elif name not in EVENT_WRITABLE:
                raise bad_request(f"Could not find a property named '{name}' on type "
                                  "'microsoft.graph.event'.", "RequestBodyRead")
            else:
                props[name] = copy.deepcopy(value)
        for name in ("start", "end"):
            if name in props:
                props[name] = date_time_tz(props[name])
        merged = {**(current or {}), **props}
        if props.get("recurrence"):
            tz_name = (merged.get("start") or {}).get("timeZone") or "UTC"
            props["recurrence"] = merged["recurrence"] = with_recurrence_defaults(
                props["recurrence"], tz_name)
        try:
            check_times(merged)
        except TimeProblem as exc:
            raise bad_request(str(exc), "ErrorInvalidRequest") from exc
        if "attendees" in props:
            props["attendees"] = normalize_attendees(props["attendees"],
                                                     (current or {}).get("attendees"))
        if "body" in props:
            props["body"] = item_body(props["body"])
        return props, ext

    def create_event(self, body: Any, *, organizer: dict[str, Any] | None = None) -> tuple[
            Event, bool]:
        """The new event and True, or — same ``transactionId`` as a live event — that event
        and False."""
        tx = body.get("transactionId") if isinstance(body, dict) else None
        if tx:
            for e in self._events.values():
                if e.transaction_id == tx:
                    return e, False
        props, ext = self._event_props(body, None)
        props.pop("transactionId", None)
        props.setdefault("attendees", [])
        now = self.now()
        who = address(organizer) if organizer else self.me()
        e = Event(key=new_id(ID_IMMUTABLE), rest_id=new_id(ID_REST),
                  ical_uid=GOID_PREFIX + "00000000" + secrets.token_hex(28).upper(),
                  change_key=new_change_key(), created=now, modified=now, organizer=who,
                  is_organizer=who["emailAddress"]["address"].lower()
                  == self.user["mail"].lower(), props=props, transaction_id=tx)
        apply_ext(e.ext, ext)
        self._events[e.key] = e
        self._event_ids[e.key] = e.key
        self._event_ids[e.rest_id] = e.key
        return e, True

    def occurrence_id(self, e: Event, day: date, immutable: bool) -> str:
        master = e.key if immutable else e.rest_id
        raw = base64.urlsafe_b64encode(f"{master}|{day:%Y%m%d}".encode()).decode()
        return (OCC_IMMUTABLE if immutable else OCC_REST) + raw

    def find_event(self, event_id: str) -> tuple[Event, date | None]:
        """The event (a series master for an occurrence id) and the occurrence's date."""
        if event_id.startswith((OCC_REST, OCC_IMMUTABLE)):
            try:
                master_id, day_text = base64.urlsafe_b64decode(
                    event_id[len(OCC_REST):]).decode().rsplit("|", 1)
                day = datetime.strptime(day_text, "%Y%m%d").date()
            except ValueError as exc:
                raise bad_request("Id is malformed.", "ErrorInvalidIdMalformed") from exc
            e = self._events.get(self._event_ids.get(master_id, ""))
            if e is None or not e.props.get("recurrence") or day in e.deleted or day not in \
                    recurrence_dates(e.props["recurrence"], day):
                raise not_found()
            return e, day
        key = self._event_ids.get(event_id)
        if key is None:
            raise not_found()
        return self._events[key], None

    def current_change_key(self, e: Event, day: date | None) -> str:
        override = e.overrides.get(day) if day else None
        return override.change_key if override else e.change_key

    def update_event(self, event_id: str, body: Any, if_match: str | None) -> tuple[
            Event, date | None]:
        e, day = self.find_event(event_id)
        if not etag_matches(if_match, self.current_change_key(e, day)):
            raise conflict()
        if isinstance(body, dict) and body.get("transactionId") not in (None, e.transaction_id):
            raise bad_request("transactionId cannot be changed.", "ErrorInvalidRequest")
        if day is not None:
            self._override(e, day, body)
            return e, day
        props, ext = self._event_props(body, e.props)
        props.pop("transactionId", None)
        if "recurrence" in props and not props["recurrence"]:
            e.overrides.clear()
            e.deleted.clear()
        e.props.update(props)
        apply_ext(e.ext, ext)
        self._touch(e)
        return e, None

    def _override(self, e: Event, day: date, body: Any) -> None:
        if isinstance(body, dict) and "recurrence" in body:
            raise bad_request("An occurrence has no recurrence.", "ErrorInvalidRequest")
        override = e.overrides.get(day)
        start, end = self._occurrence_span(e, day)
        current = {"start": as_dtz(start, e.props["start"]["timeZone"]),
                   "end": as_dtz(end, e.props["end"]["timeZone"]),
                   "attendees": e.props.get("attendees", []),
                   **(override.props if override else {})}
        props, _ext = self._event_props(body, current)
        if override is None:
            override = e.overrides[day] = Override({}, "", self.now())
        override.props.update(props)
        self._touch(override)

    def remove_event(self, event_id: str) -> None:
        e, day = self.find_event(event_id)
        if day is not None:
            e.deleted.add(day)
            e.overrides.pop(day, None)
            return
        del self._events[e.key]
        self._event_ids.pop(e.key, None)
        self._event_ids.pop(e.rest_id, None)
        self.removed_events[e.key] = e

    def cancel_event(self, event_id: str) -> None:
        """The organizer cancels: attendees are told, and the event goes to Deleted Items
        (https://learn.microsoft.com/graph/api/event-cancel)."""
        e, _day = self.find_event(event_id)
        if not e.is_organizer:
            raise bad_request("Your request can't be completed. You need to be an organizer "
                              "to cancel a meeting.", "ErrorInvalidRequest")
        if _day is None:
            e.is_cancelled = True
            self._touch(e)
        self.remove_event(event_id)

    def mark_cancelled(self, event_id: str) -> None:
        """The organizer (someone else) cancelled: the attendee's copy stays, marked
        ``isCancelled`` and titled "Canceled: …", as Outlook shows it."""
        e, day = self.find_event(event_id)
        item = self.event_json(e, day, View())
        props = {"isCancelled": True, "subject": "Canceled: " + item["subject"]}
        if day is None:
            e.is_cancelled = True
            e.props["subject"] = props["subject"]
            self._touch(e)
            return
        override = e.overrides.setdefault(day, Override({}, "", self.now()))
        override.props.update(props)
        self._touch(override)

    def respond(self, event_id: str, attendee: str, response: str) -> None:
        """An attendee answers: their ``status`` changes, and so does the event's changeKey."""
        if response not in RESPONSES:
            raise ValueError(f"response must be one of {sorted(RESPONSES)}")
        e, day = self.find_event(event_id)
        target: Any = e
        attendees = e.props.get("attendees", [])
        if day is not None:
            target = e.overrides.setdefault(day, Override({}, "", self.now()))
            attendees = target.props.setdefault("attendees", copy.deepcopy(attendees))
        for a in attendees:
            if a["emailAddress"]["address"].lower() == attendee.lower():
                a["status"] = {"response": response, "time": instant(self.now())}
                self._touch(target)
                return
        raise KeyError(f"{attendee} is not invited to {event_id}")

    def _series_zone(self, e: Event) -> str:
        rec = e.props.get("recurrence") or {}
        return rec.get("range", {}).get("recurrenceTimeZone") or e.props["start"]["timeZone"]

    def _occurrence_span(self, e: Event, day: date) -> tuple[datetime, datetime]:
        override = e.overrides.get(day)
        if override and "start" in override.props:
            return span({**e.props, **override.props})
        start, end = span(e.props)
        begins = self._planned_start(e, day)
        return begins, begins + (end - start)

    def occurrences(self, e: Event, start: datetime, end: datetime) -> list[
            tuple[date, datetime]]:
        """(date, start) of the series' occurrences overlapping [start, end)."""
        until = (end.astimezone(zone(self._series_zone(e))) + timedelta(days=1)).date()
        found = []
        for day in recurrence_dates(e.props["recurrence"], until):
            if day in e.deleted:
                continue
            begins, ends = self._occurrence_span(e, day)
            if begins < end and ends > start:
                found.append((day, begins))
        return found

    def calendar_view(self, start: datetime, end: datetime) -> list[tuple[Event, date | None]]:
        """Single events and occurrences overlapping [start, end), by start."""
        found: list[tuple[datetime, Event, date | None]] = []
        for e in self._events.values():
            if e.props.get("recurrence"):
                found.extend((begins, e, day) for day, begins in self.occurrences(e, start, end))
                continue
            begins, ends = span(e.props)
            if begins < end and ends > start:
                found.append((begins, e, None))
        found.sort(key=lambda item: item[0])
        return [(e, day) for _begins, e, day in found]

    def events_list(self) -> list[Event]:
        return sorted(self._events.values(), key=lambda e: span(e.props)[0])

    def _event_full(self, e: Event, view: View) -> dict[str, Any]:
        start, end = span(e.props)
        all_day = bool(e.props.get("isAllDay"))
        item: dict[str, Any] = {
            "@odata.etag": f'W/"{e.change_key}"',
            "id": e.key if view.immutable else e.rest_id,
            "createdDateTime": instant(e.created),
            "lastModifiedDateTime": instant(e.modified),
            "changeKey": e.change_key,
            "categories": [],
            "originalStartTimeZone": e.props["start"]["timeZone"],
            "originalEndTimeZone": e.props["end"]["timeZone"],
            "iCalUId": e.ical_uid,
            "reminderMinutesBeforeStart": 15,
            "isReminderOn": True,
            "hasAttachments": False,
            "subject": "",
            "importance": "normal",
            "sensitivity": "normal",
            "isAllDay": False,
            "isCancelled": e.is_cancelled,
            "isOrganizer": e.is_organizer,
            "responseRequested": True,
            "seriesMasterId": None,
            "showAs": "busy",
            "type": "seriesMaster" if e.props.get("recurrence") else "singleInstance",
            "webLink": f"https://outlook.office365.com/owa/?itemid={e.rest_id}",
            "onlineMeetingUrl": None,
            "isOnlineMeeting": False,
            "onlineMeetingProvider": "unknown",
            "allowNewTimeProposals": True,
            "isDraft": False,
            "hideAttendees": False,
            "responseStatus": {"response": "organizer" if e.is_organizer else "none",
                               "time": NO_TIME},
            "body": {"contentType": "html", "content": ""},
            "location": {"displayName": "", "locationType": "default",
                         "uniqueIdType": "unknown", "address": {}, "coordinates": {}},
            "locations": [],
            "recurrence": None,
            "attendees": [],
            "organizer": copy.deepcopy(e.organizer),
            "onlineMeeting": None,
        }
        item.update(copy.deepcopy(e.props))
        if e.transaction_id:
            item["transactionId"] = e.transaction_id
        if not all_day:
            item["start"], item["end"] = as_dtz(start, view.tz), as_dtz(end, view.tz)
        item["bodyPreview"] = preview(item["body"])
        render_ext(item, e.ext, view)
        return item

    def event_json(self, e: Event, day: date | None, view: View) -> dict[str, Any]:
        item = self._event_full(e, view)
        if day is None:
            return view.finish(item)
        override = e.overrides.get(day)
        if override:
            item.update(copy.deepcopy(override.props))
            item["lastModifiedDateTime"] = instant(override.modified)
        change_key = self.current_change_key(e, day)
        start, end = self._occurrence_span(e, day)
        item.pop("transactionId", None)
        item.update({
            "@odata.etag": f'W/"{change_key}"', "changeKey": change_key,
            "id": self.occurrence_id(e, day, view.immutable),
            "type": "exception" if override else "occurrence",
            "seriesMasterId": e.key if view.immutable else e.rest_id, "recurrence": None,
            "iCalUId": e.ical_uid[:32] + f"{day.year:04X}{day.month:02X}{day.day:02X}"
            + e.ical_uid[40:],
            "start": as_dtz(start, view.tz), "end": as_dtz(end, view.tz),
            "originalStart": instant(self._planned_start(e, day)),
            "bodyPreview": preview(item.get("body")),
        })
        return view.finish(item)

    def _planned_start(self, e: Event, day: date) -> datetime:
        """Where the series put this occurrence, before any move (Graph's ``originalStart``)."""
        start, _end = span(e.props)
        tz = zone(self._series_zone(e))
        local = start.astimezone(tz)
        return datetime.combine(day, local.time().replace(tzinfo=None), tzinfo=tz)

    # --- delta -----------------------------------------------------------------------------
    def _current(self, scope: Scope, view: View) -> dict[str, tuple[str, str, dict[str, Any]]]:
        shown = View(immutable=view.immutable, tz=view.tz, select=scope.select,
                     expand_ext=view.expand_ext, body_type=view.body_type)
        if scope.kind == "messages":
            return {m.key: (m.change_key, m.rest_id, self.message_json(m, shown))
                    for m in sorted(self.messages_in(scope.folder), key=lambda m: m.modified)}
        assert scope.start is not None and scope.end is not None
        current = {}
        for e, day in self.calendar_view(scope.start, scope.end):
            key = e.key if day is None else self.occurrence_id(e, day, True)
            rest = e.rest_id if day is None else self.occurrence_id(e, day, False)
            current[key] = (self.current_change_key(e, day), rest,
                            self.event_json(e, day, shown))
        return current

    def _round(self, scope: Scope, seen: dict[str, tuple[str, str]], view: View,
               page_size: int) -> Page:
        current = self._current(scope, view)
        items = [item for key, (ck, _rest, item) in current.items()
                 if seen.get(key, ("",))[0] != ck]
        kind = "#microsoft.graph.message" if scope.kind == "messages" else \
            "#microsoft.graph.event"
        for key, (_ck, rest) in seen.items():
            if key not in current:
                items.append({"@odata.type": kind, "id": key if view.immutable else rest,
                              "@removed": {"reason": "deleted"}})
        token = secrets.token_urlsafe(24)
        self._known[token] = _Known(scope, {k: (ck, rest)
                                            for k, (ck, rest, _i) in current.items()})
        return self._page(_Round(items, page_size, token, scope), 0, page_size)

    def _page(self, rnd: _Round, offset: int, size: int) -> Page:
        end = offset + max(1, size)
        chunk = rnd.items[offset:end]
        if end >= len(rnd.items):
            return Page(chunk, None, rnd.delta_token, rnd.scope)
        token = rnd.next_tokens.get(end)
        if token is None:
            token = rnd.next_tokens[end] = secrets.token_urlsafe(24)
            self._skips[token] = (rnd, end)
        return Page(chunk, token, None, rnd.scope)

    def delta_begin(self, scope: Scope, view: View, page_size: int | None) -> Page:
        return self._round(scope, {}, view, page_size or DEFAULT_PAGE_SIZE)

    def delta_continue(self, kind: str, token: str, view: View, page_size: int | None) -> Page:
        if kind == "skip":
            found = self._skips.get(token)
            if found is None:
                raise sync_state_gone()
            rnd, offset = found
            return self._page(rnd, offset, page_size or rnd.page_size)
        known = self._known.get(token)
        if known is None:
            raise sync_state_gone()
        return self._round(known.scope, known.seen, view, page_size or DEFAULT_PAGE_SIZE)

    def expire_delta_tokens(self) -> None:
        self._skips.clear()
        self._known.clear()


# --- saved state (fixtures) --------------------------------------------------------------------
def dump_state(state: GraphState, path: Any) -> None:
    """Save the mailbox, calendar and delta bookkeeping (pickled; test fixtures only), so a
    later test can resume a server exactly where a recorded sync left it."""
    import pickle
    from pathlib import Path

    with state.lock:
        saved = {k: v for k, v in vars(state).items() if k not in ("lock", "_clock")}
        Path(path).write_bytes(pickle.dumps(saved, protocol=4))


def load_state(state: GraphState, path: Any) -> None:
    """Restore what ``dump_state`` saved into ``state`` (its lock and clock are kept)."""
    import pickle
    from pathlib import Path

    class _Moved(pickle.Unpickler):
        """Files saved while the fake lived in ``tests/graph`` load from its new home."""

        def find_class(self, module: str, name: str) -> Any:
            if module.startswith("tests.graph."):
                module = "tests.connectors.outlook." + module.removeprefix("tests.graph.")
            return super().find_class(module, name)

    with Path(path).open("rb") as f:
        saved = _Moved(f).load()  # our own fixture file
    with state.lock:
        vars(state).update(saved)
