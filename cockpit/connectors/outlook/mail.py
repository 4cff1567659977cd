"""Queued messages out through Outlook, each exactly once (the Outlook draft behind each message
is ``cockpit.connectors.outlook.draft_items``, shared with the drafts sync).

For a queued message, oldest first:
1. its Outlook draft — created with the message's id in an extended property. The moment a
   create goes out is stored first: if its answer is lost (a crash, a dropped connection), the
   next run finds the draft by that property instead of creating a second one. A draft made
   earlier (by the drafts sync, or a run whose send failed) is brought up to date with
   ``If-Match`` on its change key: a 412 means Outlook changed it meanwhile. Read back, it was
   sent from Outlook (the message is sent), or only its flags or categories changed (written
   again), or its text changed there: then both versions are kept as drafts and nothing is
   sent until the PM has seen them;
2. an invitation carries its calendar file as an attachment (``invite.ics``,
   ``text/calendar; method=…`` as the file's own METHOD), put on the draft when it is created;
   before the send the draft is checked to still carry exactly that file (the PM may have
   removed it in Outlook) — an invitation never goes out as plain text. Recipients get the
   file to open; an Outlook meeting with its own invitations is the calendar sync's part;
3. ``/send`` on that draft (never ``sendMail``: it returns no id and may deliver after a
   504). The moment is stored first; the message becomes sent only when Graph confirms —
   after an uncertain send, the draft is read back (``isDraft``) before anything else, and
   sent again only if it is still a draft a while later.

A queued message still holding placeholders (``[[…]]``: queued by an older version, or written
into the store by hand) is never sent: it fails naming them, and Retry is refused until they are
filled.

Errors about one message (a refused recipient, the draft deleted in Outlook) fail that message
with the reason (a retry then makes a new draft); errors about the account or the line
(offline, sign-in, throttling, full mailbox) stop the run and leave everything queued.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from cockpit.connectors.base import Notice, NoticeKind, PushReport
from cockpit.connectors.outlook import draft_records
from cockpit.connectors.outlook.client import GraphClient
from cockpit.connectors.outlook.draft_items import Outcome, OutlookDrafts, when_sent
from cockpit.connectors.outlook.errors import GraphError, UncertainOutcome
from cockpit.connectors.outlook.notices import notice
from cockpit.domain.messages import MessageState
from cockpit.errors import ErrorCode
from cockpit.messages.placeholders import left_in
from cockpit.services import messages
from cockpit.store.models import Message
from cockpit.store.store import Store

log = logging.getLogger("cockpit.sync.mail")

MESSAGE_FAILURES = {ErrorCode.OUTLOOK_REFUSED, ErrorCode.DELETED_IN_OUTLOOK}
# about one item, but not its fault: it stays as it is for the next run, the others go on
ITEM_LATER = {ErrorCode.OUTLOOK_CONFLICT}
RESEND_AFTER = timedelta(minutes=5)  # an uncertain send still a draft this long after: again


class HalfWritten(Exception):
    """A queued message that still holds placeholders: failed, never sent."""


def _now() -> datetime:
    return datetime.now(UTC)


def queued(store: Store) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(Message.id).where(Message.state == MessageState.READY)
                              .order_by(Message.ready_at, Message.created_at, Message.id)))


class MailPush:
    def __init__(self, store: Store, client: GraphClient, *,
                 now: Any = _now) -> None:
        self.store, self.client, self.now = store, client, now
        self.drafts = OutlookDrafts(store, client, now=now)
        self.notices: list[Notice] = []

    def run(self) -> PushReport:
        report = PushReport()
        pending = queued(self.store)
        for index, message_id in enumerate(pending):
            try:
                if self.push(message_id):
                    report.sent.append(message_id)
            except HalfWritten as exc:
                report.failed.append((message_id, str(exc)))
            except GraphError as exc:
                if exc.code in ITEM_LATER:
                    log.warning("message %s waits for the next run: %s", message_id,
                                exc.message)
                    continue
                if exc.code in MESSAGE_FAILURES:
                    log.warning("message %s failed: %s", message_id, exc.message)
                    if exc.code is ErrorCode.DELETED_IN_OUTLOOK:  # a retry makes a new draft
                        draft_records.forget_outlook_draft(self.store, message_id)
                    messages.mark_failed(self.store, message_id, exc.message)
                    report.failed.append((message_id, exc.message))
                    continue
                log.warning("push stopped: %s", exc.message)
                report.stopped_by = exc
                report.waiting = len(pending) - index
                break
        report.notices += self.notices
        return report

    # --- one message ------------------------------------------------------------------
    def push(self, message_id: str) -> bool:
        """True once Outlook confirmed the message sent; False when it may still be sending
        (an uncertain send read back as a draft: tried again in a later run), or when Outlook
        settled it otherwise (sent from there, or edited there: kept twice, see ``notices``)."""
        row = self.drafts.row(message_id)
        if row.state is not MessageState.READY:
            return False
        remote_id, change_key = row.remote_id, row.remote_change_key
        if remote_id is None and row.create_started_at is not None:
            found = self.drafts.find(message_id)  # the answer to an earlier create was lost
            if found is not None:
                remote_id, change_key = found["id"], found.get("changeKey")
        if row.send_started_at is not None and remote_id is not None:
            remote = self.client.get(f"/me/messages/{remote_id}",
                                     params={"$select": "id,isDraft,sentDateTime"})
            if not remote.get("isDraft", True):
                return self._sent(message_id, remote)
            if self.now() - row.send_started_at < RESEND_AFTER:
                return False  # Outlook may still be sending it
        data = messages.get_message(self.store, message_id)
        left = left_in(data.subject, data.body)
        if left:  # never sent half-written, whoever queued it
            reason = "still to fill in before it can go out: " + ", ".join(left)
            log.warning("message %s not sent: %s", message_id, reason)
            messages.mark_failed(self.store, message_id, reason)
            raise HalfWritten(reason)
        if remote_id is None:
            remote_id = self.drafts.create(data)["id"]
        elif row.send_started_at is None and not self._update(data, remote_id, change_key):
            return False
        self.drafts.ensure_calendar(remote_id, data)
        return self._send(message_id, remote_id)

    def _update(self, data: messages.MessageData, remote_id: str,
                change_key: str | None) -> bool:
        """The draft brought up to date before its send; False when Outlook settled the
        message instead (sent from there, or edited there: both versions kept)."""
        written = self.drafts.write(data, remote_id, change_key)
        if written.outcome is Outcome.WRITTEN:
            draft_records.record_outlook_draft(self.store, data.id, remote_id,
                                          written.item.get("changeKey"), data.revision)
            return True
        if written.outcome is Outcome.GONE:
            raise GraphError(ErrorCode.DELETED_IN_OUTLOOK, "its Outlook draft was deleted in "
                             "Outlook; Retry sends it with a new one")
        if written.outcome is Outcome.SENT:
            messages.sent_remotely(self.store, data.id, when_sent(written.item, self.now()))
            self.drafts.forget(remote_id)
            self.notices.append(notice(NoticeKind.SENT_REMOTELY, data.subject, data.id))
            return False
        self.notices.append(self.drafts.keep_both(data.id, remote_id, written.item))
        return False

    def _send(self, message_id: str, remote_id: str) -> bool:
        self.drafts.mark(message_id, send_started_at=self.now())  # stored before the request
        try:
            self.client.post(f"/me/messages/{remote_id}/send")
        except UncertainOutcome:
            remote = self.client.get(f"/me/messages/{remote_id}",
                                     params={"$select": "id,isDraft,sentDateTime"})
            if remote.get("isDraft", True):
                return False  # not (yet) sent: a later run reads it back again
            return self._sent(message_id, remote)
        except GraphError:
            self.drafts.mark(message_id, send_started_at=None)  # a clear "no": nothing went out
            raise
        return self._sent(message_id, None)

    def _sent(self, message_id: str, remote: dict[str, Any] | None) -> bool:
        messages.mark_sent(self.store, message_id, when_sent(remote, self.now()))
        self.drafts.forget(self.drafts.row(message_id).remote_id)
        log.info("message %s sent", message_id)
        return True
