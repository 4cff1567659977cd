"""Drafts both ways: every draft worth it is an Outlook draft too, and edits made in Outlook
come back (PRODUCT.md: "drafts become Outlook drafts").

Push. A draft Outlook does not hold as it is now (``revision`` ≠ ``remote_revision``, or never
synced) is created as an Outlook draft — tagged and bookkept like the queued mail, so a lost
answer is found, not repeated — or written with ``If-Match`` on its change key. A draft with
neither subject nor body is skipped until it has one (a compose window just opened). Invites
go too, their calendar file attached. A draft Outlook refuses (a 4xx) is skipped and tried
again next run (it is a draft: nothing fails); account and line problems stop the run.

Pull. A delta query on the Drafts folder (``mail:drafts`` in ``sync_state``; pages; a 410
starts over and then checks the synced drafts the fresh round did not list). An item that
belongs to a local draft and whose text changed (not only its change key: see
``outlook_draft_items``) was edited in Outlook:
- the draft did not change here since the last sync: Outlook's subject, recipients and body
  become the draft — the body as Outlook's plain text (``Prefer: outlook.body-content-type=
  "text"``), stored as the Markdown body: formatting does not come back;
- it changed here too: both versions are kept (``draft_records.keep_both``) and the PM is told.
A removed item is read by its immutable id: no longer a draft → sent from Outlook; gone, or no
longer in Drafts (Deleted Items) → deleted in Outlook: the local draft is kept and not put
back until the PM edits it. Drafts made in Outlook that are not ours are ignored; queued or
failed messages are settled by their own push (a 412 there). Replays are harmless: an item
whose change key is the stored one changes nothing.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from cockpit.connectors.base import Notice, NoticeKind, PullReport, PushReport
from cockpit.connectors.outlook import draft_records
from cockpit.connectors.outlook.client import GraphClient
from cockpit.connectors.outlook.delta import delta_round, with_resync
from cockpit.connectors.outlook.draft_items import (
    Outcome,
    OutlookDrafts,
    content_digest,
    draft_text,
    when_sent,
)
from cockpit.connectors.outlook.draft_records import Tracked
from cockpit.connectors.outlook.errors import GraphError
from cockpit.connectors.outlook.mail import ITEM_LATER, MailPush, queued
from cockpit.connectors.outlook.notices import notice
from cockpit.domain.messages import MessageState
from cockpit.errors import ErrorCode
from cockpit.services import messages
from cockpit.store.store import Store

log = logging.getLogger("cockpit.sync.drafts")

LINK_KEY = "mail:drafts"
DELTA = "/me/mailFolders/drafts/messages/delta"
SELECT = "id,changeKey,isDraft,subject,toRecipients,ccRecipients,bccRecipients,body"
PAGE = "odata.maxpagesize=50"
SKIPPED = ITEM_LATER | {ErrorCode.OUTLOOK_REFUSED}  # a draft has nothing to fail


def _now() -> datetime:
    return datetime.now(UTC)


def waiting(store: Store) -> int:
    """Drafts still to be written to Outlook, or deleted there (no network)."""
    return len(draft_records.unsynced_drafts(store)) + len(draft_records.deleted_drafts(store))


def push_mail(store: Store, client: GraphClient) -> PushReport:
    """Drafts, then the queued mail, as one report; a run stopped by the drafts (offline,
    sign-in) sends nothing and counts everything as waiting."""
    report = DraftSync(store, client).push()
    if report.stopped_by is not None:
        report.waiting += len(queued(store))
        return report
    mail = MailPush(store, client).run()
    mail.notices[:0] = report.notices
    mail.waiting += report.waiting
    return mail


class DraftSync:
    def __init__(self, store: Store, client: GraphClient, *, now: Any = None) -> None:
        self.store, self.client = store, client
        self.drafts = OutlookDrafts(store, client, now=now or _now)
        self._drafts_folder: str | None = None

    # --- push -------------------------------------------------------------------------
    def push(self) -> PushReport:
        report = PushReport()
        try:
            self._delete_deleted()
        except GraphError as exc:
            report.stopped_by = exc
            report.waiting = waiting(self.store)
            return report
        pending = draft_records.unsynced_drafts(self.store)
        for index, message_id in enumerate(pending):
            try:
                self.push_one(message_id, report.notices)
            except GraphError as exc:
                if exc.code in SKIPPED:  # this draft only, tried again next run
                    log.warning("draft %s not put into Outlook: %s", message_id, exc.message)
                    continue
                log.warning("drafts push stopped: %s", exc.message)
                report.stopped_by = exc
                report.waiting = len(pending) - index
                break
        return report

    def _delete_deleted(self) -> None:
        """Drafts deleted here leave Outlook's Drafts too (to its Deleted Items: recoverable
        there); one already gone is fine."""
        for key, remote_id in draft_records.deleted_drafts(self.store):
            try:
                self.client.delete(f"/me/messages/{remote_id}")
            except GraphError as exc:
                if exc.code is not ErrorCode.DELETED_IN_OUTLOOK:
                    raise
            draft_records.forget_deleted_draft(self.store, key)

    def push_one(self, message_id: str, notices: list[Notice]) -> None:
        """One draft written to Outlook; what the PM must hear about it goes to ``notices``
        as soon as it happened (a failure later in the step does not swallow it)."""
        row = self.drafts.row(message_id)
        if row.state is not MessageState.DRAFT or row.remote_revision == row.revision:
            return
        remote_id, change_key = row.remote_id, row.remote_change_key
        if remote_id is None and row.create_started_at is not None:
            found = self.drafts.find(message_id)  # the answer to an earlier create was lost
            if found is not None:
                remote_id, change_key = found["id"], found.get("changeKey")
        data = messages.get_message(self.store, message_id)
        if remote_id is not None:
            written = self.drafts.write(data, remote_id, change_key)
            if written.outcome is Outcome.WRITTEN:
                draft_records.record_outlook_draft(self.store, message_id, remote_id,
                                              written.item.get("changeKey"), data.revision)
                return
            notices.append(self._settled(data, remote_id, written.outcome, written.item))
            if written.outcome is not Outcome.CONFLICT:
                return
            data = messages.get_message(self.store, message_id)  # the PM's version: anew
        created = self.drafts.create(data)
        draft_records.record_outlook_draft(self.store, message_id, created["id"],
                                      created.get("changeKey"), data.revision)

    def _settled(self, data: messages.MessageData, remote_id: str, outcome: Outcome,
                 item: dict[str, Any]) -> Notice:
        """Outlook decided instead of the write: sent there, deleted there, or edited there
        (both versions kept)."""
        if outcome is Outcome.CONFLICT:
            return self.drafts.keep_both(data.id, remote_id, item)
        self.drafts.forget(remote_id)
        if outcome is Outcome.SENT:
            messages.sent_remotely(self.store, data.id, when_sent(item, self.drafts.now()))
            return notice(NoticeKind.SENT_REMOTELY, data.subject, data.id)
        draft_records.forget_outlook_draft(self.store, data.id)
        return notice(NoticeKind.DELETED_REMOTELY, data.subject, data.id)

    # --- pull -------------------------------------------------------------------------
    def pull(self) -> PullReport:
        report = PullReport()
        with_resync(self.store, LINK_KEY, "drafts", report, lambda: self._round(report))
        return report

    def _round(self, report: PullReport) -> None:
        listed: set[str] = set()

        def apply(items: list[dict[str, Any]]) -> None:
            for item in items:
                listed.add(str(item["id"]))
                self._apply(item, report)

        fresh = delta_round(self.store, self.client, LINK_KEY,
                            lambda: self.client.get(DELTA, params={"$select": SELECT},
                                                    prefer=[PAGE]), apply, prefer=[PAGE])
        if fresh:  # a fresh round lists what is there, never what went away meanwhile
            for remote_id in set(self._synced_drafts()) - listed:
                self._removed(remote_id, report)

    def _apply(self, item: dict[str, Any], report: PullReport) -> None:
        remote_id = str(item["id"])
        if "@removed" in item:
            self._removed(remote_id, report)
            return
        owner = self._owner(remote_id)
        if owner is None or owner.state is not MessageState.DRAFT or not item.get("isDraft"):
            return  # not ours; or queued, failed or sent: their push settles them
        if item.get("changeKey") == owner.remote_change_key:
            return  # what we wrote (or a replay)
        if content_digest(item) == self.drafts.digest(remote_id):  # a category, a flag…
            draft_records.record_outlook_draft(self.store, owner.id, remote_id,
                                               item.get("changeKey"))
            return
        found = self.drafts.current(remote_id, text=True)
        if found is None or found.get("changeKey") != item.get("changeKey"):
            return  # changed again meanwhile: the next round brings it
        updated = draft_records.apply_outlook_version(self.store, owner.id, draft_text(found),
                                                 found.get("changeKey"))
        if updated is None:
            report.notices.append(self.drafts.keep_both(owner.id, remote_id, item))
        else:
            self.drafts.remember(remote_id, item)
            report.notices.append(notice(NoticeKind.UPDATED_REMOTELY,
                                         updated.subject, owner.id))
        report.stored += 1

    def _removed(self, remote_id: str, report: PullReport) -> None:
        owner = self._owner(remote_id)
        if owner is None or owner.state is MessageState.SENT:
            return
        item = self.drafts.current(remote_id)
        if item is not None and not item.get("isDraft", True):
            messages.sent_remotely(self.store, owner.id, when_sent(item, self.drafts.now()))
            if owner.send_started_at is None:  # not our own send, read back here
                report.notices.append(notice(NoticeKind.SENT_REMOTELY, owner.subject,
                                             owner.id))
        elif item is None or item.get("parentFolderId") != self._drafts_folder_id():
            draft_records.forget_outlook_draft(self.store, owner.id)
            report.notices.append(notice(NoticeKind.DELETED_REMOTELY, owner.subject,
                                         owner.id))
        else:
            return  # still a draft in Drafts: a replayed removal
        self.drafts.forget(remote_id)
        report.removed += 1

    # --- bookkeeping --------------------------------------------------------------------
    def _owner(self, remote_id: str) -> Tracked | None:
        return draft_records.owner(self.store, remote_id)

    def _synced_drafts(self) -> list[str]:
        return draft_records.synced_drafts(self.store)

    def _drafts_folder_id(self) -> str:
        if self._drafts_folder is None:
            folder = self.client.get("/me/mailFolders/drafts", params={"$select": "id"})
            self._drafts_folder = str(folder.get("id", ""))
        return self._drafts_folder
