"""Queued messages out through Outlook, each exactly once.

For a queued message, oldest first:
1. its Outlook draft — created with the message's id in an extended property. The moment a
   create goes out is stored first: if its answer is lost (a crash, a dropped connection), the
   next run finds the draft by that property instead of creating a second one. A draft made
   by an earlier run is brought up to date instead;
2. ``/send`` on that draft (never ``sendMail``: it returns no id and may deliver after a
   504). The moment is stored first; the message becomes sent only when Graph confirms —
   after an uncertain send, the draft is read back (``isDraft``) before anything else, and
   sent again only if it is still a draft a while later.

Errors about one message (a refused recipient, the draft deleted in Outlook) fail that message
with the reason; errors about the account or the line (offline, sign-in, throttling, full
mailbox) stop the run and leave everything queued for the next one.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from cockpit.domain.messages import MessageState
from cockpit.errors import ErrorCode, KnownError
from cockpit.graph.client import GraphClient
from cockpit.graph.errors import GraphError, UncertainOutcome
from cockpit.mail.addresses import parse_address_list
from cockpit.services import messages
from cockpit.store.models import Message
from cockpit.store.store import Store
from cockpit.sync.connector import PushReport

log = logging.getLogger("cockpit.sync.mail")

# a named property of our own on every draft we create (a GUID of PM Cockpit's)
OUTBOX_PROPERTY = "String {8f6c2e0a-4b1d-4e7a-9c3f-5a6b7c8d9e01} Name PmCockpitMessageId"
MESSAGE_FAILURES = {ErrorCode.OUTLOOK_REFUSED, ErrorCode.DELETED_IN_OUTLOOK}
RESEND_AFTER = timedelta(minutes=5)  # an uncertain send still a draft this long after: again


def _now() -> datetime:
    return datetime.now(UTC)


def queued(store: Store) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(Message.id).where(Message.state == MessageState.READY)
                              .order_by(Message.ready_at, Message.created_at, Message.id)))


def _recipients(text: str) -> list[dict[str, Any]]:
    return [{"emailAddress": {"name": a.name, "address": a.email} if a.name
             else {"address": a.email}} for a in parse_address_list(text)[0]]


def draft_payload(message: messages.MessageData) -> dict[str, Any]:
    from cockpit.mail.markdown_html import html_document, render_html

    return {
        "subject": message.subject,
        "body": {"contentType": "html", "content": html_document(render_html(message.body))},
        "toRecipients": _recipients(message.to),
        "ccRecipients": _recipients(message.cc),
        "bccRecipients": _recipients(message.bcc),
    }


class MailPush:
    def __init__(self, store: Store, client: GraphClient, *,
                 now: Any = _now) -> None:
        self.store, self.client, self.now = store, client, now

    def run(self) -> PushReport:
        report = PushReport()
        pending = queued(self.store)
        for index, message_id in enumerate(pending):
            try:
                if self.push(message_id):
                    report.sent.append(message_id)
            except GraphError as exc:
                if exc.code in MESSAGE_FAILURES:
                    log.warning("message %s failed: %s", message_id, exc.message)
                    messages.mark_failed(self.store, message_id, exc.message)
                    report.failed.append((message_id, exc.message))
                    continue
                log.warning("push stopped: %s", exc.message)
                report.stopped_by = exc
                report.waiting = len(pending) - index
                break
        return report

    # --- one message ------------------------------------------------------------------
    def push(self, message_id: str) -> bool:
        """True once Outlook confirmed the message sent; False when it may still be sending
        (an uncertain send read back as a draft: tried again in a later run)."""
        row = self._row(message_id)
        if row.state is not MessageState.READY:
            return False
        remote_id = row.remote_id
        if remote_id is None and row.create_started_at is not None:
            remote_id = self._find(message_id)  # the answer to an earlier create was lost
        if row.send_started_at is not None and remote_id is not None:
            remote = self.client.get(f"/me/messages/{remote_id}",
                                     params={"$select": "id,isDraft,sentDateTime"})
            if not remote.get("isDraft", True):
                return self._sent(message_id, remote)
            if self.now() - row.send_started_at < RESEND_AFTER:
                return False  # Outlook may still be sending it
        data = messages.get_message(self.store, message_id)
        if data.calendar:
            # Outlook would send it without its calendar part: the invitation would arrive as
            # plain text, unanswerable. Say so instead of sending something else.
            raise GraphError(ErrorCode.OUTLOOK_REFUSED, "an invitation with its calendar "
                             "file is not sent through Outlook yet: export it as .eml and send "
                             "it from your mail client")
        if remote_id is None:
            remote_id = self._create(data)
        elif row.send_started_at is None:
            self.client.patch(f"/me/messages/{remote_id}", draft_payload(data))
        return self._send(message_id, remote_id)

    def _row(self, message_id: str) -> Message:
        with self.store.session() as s:
            row = s.get(Message, message_id)
            if row is None:
                raise KnownError(ErrorCode.NOT_FOUND, f"no message with id {message_id}")
            s.expunge(row)
            return row

    def _mark(self, message_id: str, **values: Any) -> None:
        with self.store.session() as s:
            row = s.get(Message, message_id)
            assert row is not None
            for name, value in values.items():
                setattr(row, name, value)

    def _find(self, message_id: str) -> str | None:
        """The Outlook item carrying this message's id (a draft, or already sent)."""
        found = self.client.get("/me/messages", params={
            "$filter": f"singleValueExtendedProperties/Any(ep: ep/id eq '{OUTBOX_PROPERTY}' "
                       f"and ep/value eq '{message_id}')",
            "$select": "id,isDraft,changeKey"})
        items = found.get("value", []) if isinstance(found, dict) else []
        if not items:
            return None
        item = items[0]
        self._mark(message_id, remote_id=item["id"], remote_change_key=item.get("changeKey"))
        return str(item["id"])

    def _create(self, data: messages.MessageData) -> str:
        self._mark(data.id, create_started_at=self.now())  # stored before the request
        payload = draft_payload(data)
        payload["singleValueExtendedProperties"] = [{"id": OUTBOX_PROPERTY, "value": data.id}]
        try:
            created = self.client.post("/me/messages", payload)
        except UncertainOutcome:
            found = self._find(data.id)  # done or not? read back once, now
            if found is None:
                raise
            return found
        self._mark(data.id, remote_id=created["id"], remote_change_key=created.get("changeKey"))
        return str(created["id"])

    def _send(self, message_id: str, remote_id: str) -> bool:
        self._mark(message_id, send_started_at=self.now())  # stored before the request
        try:
            self.client.post(f"/me/messages/{remote_id}/send")
        except UncertainOutcome:
            remote = self.client.get(f"/me/messages/{remote_id}",
                                     params={"$select": "id,isDraft,sentDateTime"})
            if remote.get("isDraft", True):
                return False  # not (yet) sent: a later run reads it back again
            return self._sent(message_id, remote)
        except GraphError:
            self._mark(message_id, send_started_at=None)  # a clear "no": nothing went out
            raise
        return self._sent(message_id, None)

    def _sent(self, message_id: str, remote: dict[str, Any] | None) -> bool:
        when = self.now()
        stamp = str((remote or {}).get("sentDateTime") or "")
        with contextlib.suppress(ValueError):
            when = datetime.fromisoformat(stamp.replace("Z", "+00:00")) if stamp else when
        messages.mark_sent(self.store, message_id, when)
        log.info("message %s sent", message_id)
        return True
