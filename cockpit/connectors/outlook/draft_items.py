"""The Outlook draft behind each local message, shared by the queued mail
(``outlook.mail``) and the drafts sync (``outlook.drafts``): found by
its tag (an extended property holding the message's id), created once (the moment stored
first, a lost answer read back), written with ``If-Match`` on its change key, read back as text.

What was last written to each Outlook draft is remembered as a digest of Outlook's own answer
(subject, recipients, body) in the ``digest`` of the message's remote link — found by the
Outlook id, so it follows the draft to the message that owns it: a change key moves for any
change (a category, a flag), only a different digest means the PM edited the text in Outlook.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from cockpit.connectors import remote_links
from cockpit.connectors.base import Notice, NoticeKind
from cockpit.connectors.outlook import NAME, draft_records
from cockpit.connectors.outlook.client import GraphClient
from cockpit.connectors.outlook.draft_records import Tracked
from cockpit.connectors.outlook.errors import GraphError, UncertainOutcome
from cockpit.connectors.outlook.notices import notice
from cockpit.connectors.remote_links import MESSAGE
from cockpit.domain.messages import DraftText
from cockpit.errors import ErrorCode
from cockpit.mail.addresses import Address, parse_address_list
from cockpit.services import messages
from cockpit.store.store import Store

log = logging.getLogger("cockpit.sync.mail")

CONNECTOR = NAME
# a named property of our own on every draft we create (a GUID of PM Cockpit's)
OUTBOX_PROPERTY = "String {8f6c2e0a-4b1d-4e7a-9c3f-5a6b7c8d9e01} Name PmCockpitMessageId"
CONTENT = ("id,changeKey,isDraft,sentDateTime,parentFolderId,subject,toRecipients,"
           "ccRecipients,bccRecipients,body")
TEXT_BODY = 'outlook.body-content-type="text"'
CALENDAR_FILE = "invite.ics"
WRITES = 3  # PATCHes of one draft whose change key keeps moving without its text changing


def _now() -> datetime:
    return datetime.now(UTC)


def _recipients(text: str) -> list[dict[str, Any]]:
    return [{"emailAddress": {"name": a.name, "address": a.email} if a.name
             else {"address": a.email}} for a in parse_address_list(text)[0]]


def draft_payload(message: messages.MessageData) -> dict[str, Any]:
    """What the PM writes, as Graph's message (a PATCH carries exactly this)."""
    from cockpit.mail.markdown_html import html_document, render_html

    return {
        "subject": message.subject,
        "body": {"contentType": "html", "content": html_document(render_html(message.body))},
        "toRecipients": _recipients(message.to),
        "ccRecipients": _recipients(message.cc),
        "bccRecipients": _recipients(message.bcc),
    }


def calendar_attachment(calendar: str) -> dict[str, Any]:
    """The invitation's iCalendar text as Graph's file attachment; its content type names the
    file's own METHOD (a mismatch makes Outlook reject the invitation)."""
    from cockpit.mail.eml import calendar_method

    data = calendar.encode("utf-8")
    try:
        method = calendar_method(data)
    except ValueError as exc:
        raise GraphError(ErrorCode.OUTLOOK_REFUSED, f"the invitation's calendar file cannot "
                         f"be sent: {exc}") from exc
    return {"@odata.type": "#microsoft.graph.fileAttachment", "name": CALENDAR_FILE,
            "contentType": f"text/calendar; method={method}",
            "contentBytes": base64.b64encode(data).decode("ascii")}


def create_payload(message: messages.MessageData) -> dict[str, Any]:
    """A new Outlook draft: the text, the tag with the message's id, the calendar file."""
    payload = draft_payload(message)
    payload["singleValueExtendedProperties"] = [{"id": OUTBOX_PROPERTY, "value": message.id}]
    if message.calendar:
        payload["attachments"] = [calendar_attachment(message.calendar)]
    return payload


def _addresses(item: dict[str, Any], name: str) -> list[str]:
    return [str((r.get("emailAddress") or {}).get("address") or "").casefold()
            for r in item.get(name) or []]


def content_digest(item: dict[str, Any]) -> str:
    """What a PM edits of a draft (subject, recipients, body) as one hash: equal for the same
    text whatever else (categories, flags, the change key) changed."""
    body = item.get("body") or {}
    parts = [str(item.get("subject") or ""), *(_addresses(item, name) for name in
             ("toRecipients", "ccRecipients", "bccRecipients")),
             str(body.get("contentType") or ""), str(body.get("content") or "")]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()


def _joined(item: dict[str, Any], name: str) -> str:
    found = []
    for entry in item.get(name) or []:
        who = entry.get("emailAddress") or {}
        email = str(who.get("address") or "")
        label = str(who.get("name") or "")
        found.append(Address("" if label.casefold() == email.casefold() else label,
                             email).formatted())
    return ", ".join(found)


def draft_text(item: dict[str, Any]) -> DraftText:
    """An Outlook draft read with a text body, as the fields of a local draft. Formatting does
    not come back: bold, lists and links are plain text from then on."""
    body = str((item.get("body") or {}).get("content") or "")
    body = "\n".join(line.rstrip() for line in body.replace("\r\n", "\n").split("\n")).strip()
    return DraftText(subject=str(item.get("subject") or ""), to=_joined(item, "toRecipients"),
                     cc=_joined(item, "ccRecipients"), bcc=_joined(item, "bccRecipients"),
                     body=body + "\n" if body else "")


def when_sent(item: dict[str, Any] | None, fallback: datetime) -> datetime:
    stamp = str((item or {}).get("sentDateTime") or "")
    with contextlib.suppress(ValueError):
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")) if stamp else fallback
    return fallback


class Outcome(StrEnum):
    WRITTEN = "written"
    SENT = "sent"  # no longer a draft: sent from Outlook
    GONE = "gone"  # deleted in Outlook
    CONFLICT = "conflict"  # its text was changed in Outlook


@dataclass(frozen=True)
class Written:
    outcome: Outcome
    item: dict[str, Any]  # Outlook's draft as written, or as found (HTML body)


class OutlookDrafts:
    """The Outlook draft of each local message: found by its tag, created once, written with
    its change key, read back as text."""

    def __init__(self, store: Store, client: GraphClient, *, now: Any = _now) -> None:
        self.store, self.client, self.now = store, client, now

    def row(self, message_id: str) -> Tracked:
        return draft_records.tracked(self.store, message_id)

    def mark(self, message_id: str, **values: Any) -> None:
        draft_records.mark(self.store, message_id, **values)

    # --- what was last written, per Outlook draft (on the link that holds its id) ------
    def digest(self, remote_id: str) -> str:
        with self.store.session() as s:
            link = remote_links.by_remote(s, MESSAGE, CONNECTOR, remote_id)
            return (link.digest or "") if link is not None else ""

    def remember(self, remote_id: str, item: dict[str, Any]) -> None:
        self._set_digest(remote_id, content_digest(item))

    def forget(self, remote_id: str | None) -> None:
        if remote_id is not None:
            self._set_digest(remote_id, None)

    def _set_digest(self, remote_id: str, digest: str | None) -> None:
        with self.store.session() as s:
            link = remote_links.by_remote(s, MESSAGE, CONNECTOR, remote_id)
            if link is not None:
                link.digest = digest

    # --- find, create, write, read ------------------------------------------------------
    def find(self, message_id: str) -> dict[str, Any] | None:
        """The Outlook item carrying this message's tag (a draft, or already sent), after a
        create whose answer was lost. Not one in Deleted Items (the PM threw it away) nor one
        another message now owns (Outlook's version kept after a conflict still carries the
        tag of the message it was split from); the newest if several remain."""
        found = self.client.get("/me/messages", params={
            "$filter": f"singleValueExtendedProperties/Any(ep: ep/id eq '{OUTBOX_PROPERTY}' "
                       f"and ep/value eq '{message_id}')",
            "$select": "id,isDraft,changeKey,parentFolderId,createdDateTime"})
        items = found.get("value", []) if isinstance(found, dict) else []
        if items:
            bin_id = self.client.get("/me/mailFolders/deleteditems", params={"$select": "id"})
            owned = draft_records.owned_elsewhere(self.store, message_id)
            items = [i for i in items if i["id"] not in owned
                     and i.get("parentFolderId") != bin_id.get("id")]
        if not items:
            return None
        item = max(items, key=lambda i: str(i.get("createdDateTime") or ""))
        self.mark(message_id, remote_id=item["id"], remote_change_key=item.get("changeKey"))
        return dict(item)

    def create(self, data: messages.MessageData) -> dict[str, Any]:
        """A new Outlook draft of ``data`` (the moment stored first; a lost answer is read
        back, never repeated blindly)."""
        payload = create_payload(data)
        self.mark(data.id, create_started_at=self.now())  # stored before the request
        try:
            created = self.client.post("/me/messages", payload)
        except UncertainOutcome:
            found = self.find(data.id)  # done or not? read back once, now
            if found is None:
                raise
            current = self.current(found["id"])  # what Outlook made of it, for ``write``
            if current is not None:
                self.remember(found["id"], current)
            return found
        self.mark(data.id, remote_id=created["id"], remote_change_key=created.get("changeKey"))
        self.remember(created["id"], created)
        return dict(created)

    def write(self, data: messages.MessageData, remote_id: str,
              change_key: str | None) -> Written:
        """``data``'s text onto its Outlook draft, only if Outlook still holds ``change_key``
        (``If-Match``). On a 412 the draft is read back: its text unchanged since our last
        write (a category, a flag, Outlook saving it again) or already ours (a PATCH whose
        answer was lost and which the client repeated) — written again with the new key;
        otherwise the outcome says what happened in Outlook."""
        payload = draft_payload(data)
        ours = content_digest(payload)
        for _attempt in range(WRITES):
            try:
                item = self.client.patch(f"/me/messages/{remote_id}", payload,
                                         if_match=change_key)
            except GraphError as exc:
                if exc.code is ErrorCode.DELETED_IN_OUTLOOK:
                    return Written(Outcome.GONE, {})
                if exc.code is not ErrorCode.OUTLOOK_CONFLICT:
                    raise
            else:
                self.remember(remote_id, item)
                return Written(Outcome.WRITTEN, dict(item))
            current = self.current(remote_id)
            if current is None:
                return Written(Outcome.GONE, {})
            if not current.get("isDraft", True):
                return Written(Outcome.SENT, current)
            now = content_digest(current)
            if now == ours:
                self.remember(remote_id, current)
                return Written(Outcome.WRITTEN, current)
            if now != self.digest(remote_id):
                return Written(Outcome.CONFLICT, current)
            change_key = current.get("changeKey")
        raise GraphError(ErrorCode.OUTLOOK_CONFLICT, "the Outlook draft kept changing while "
                         "it was being updated; the next sync tries again")

    def current(self, remote_id: str, *, text: bool = False) -> dict[str, Any] | None:
        """The Outlook item now (None: deleted for good); ``text`` asks for a text body."""
        try:
            return dict(self.client.get(f"/me/messages/{remote_id}", params={"$select": CONTENT},
                                        prefer=[TEXT_BODY] if text else []))
        except GraphError as exc:
            if exc.code is ErrorCode.DELETED_IN_OUTLOOK:
                return None
            raise

    def keep_both(self, message_id: str, remote_id: str, item: dict[str, Any]) -> Notice:
        """Outlook's version of ``item`` (read again with a text body) becomes a new local
        draft owning the Outlook draft; the message keeps the PM's text (see
        ``draft_records.keep_both``)."""
        found = self.current(remote_id, text=True) or item
        subject = self.row(message_id).subject
        copy = draft_records.keep_both(self.store, message_id, draft_text(found),
                                  item.get("changeKey"))
        self.remember(remote_id, item)
        log.info("message %s: edited here and in Outlook, Outlook's version kept as %s",
                 message_id, copy.id)
        return notice(NoticeKind.EDITED_BOTH_SIDES, subject, message_id, copy.id)

    def ensure_calendar(self, remote_id: str, data: messages.MessageData) -> None:
        """Before an invitation is sent: its draft carries exactly its calendar file — put
        back if it was removed or differs. A lost answer is read back by the next check."""
        if not data.calendar:
            return
        wanted = calendar_attachment(data.calendar)
        for _attempt in range(3):
            listed = self.client.get(f"/me/messages/{remote_id}/attachments")
            files = [a for a in (listed or {}).get("value", []) if a.get("name") == CALENDAR_FILE]
            if any(_same_bytes(a, wanted) for a in files):
                return
            for stale in files:
                self.client.delete(f"/me/messages/{remote_id}/attachments/{stale['id']}")
            with contextlib.suppress(UncertainOutcome):
                self.client.post(f"/me/messages/{remote_id}/attachments", wanted)
        raise GraphError(ErrorCode.OUTLOOK_UNAVAILABLE, "the invitation's calendar file could "
                         "not be attached to its Outlook draft; the next sync tries again")


def _same_bytes(attachment: dict[str, Any], wanted: dict[str, Any]) -> bool:
    try:
        return base64.b64decode(str(attachment.get("contentBytes") or "")) == \
            base64.b64decode(wanted["contentBytes"])
    except ValueError:
        return False
