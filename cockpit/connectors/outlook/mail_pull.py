"""Mail back from Outlook with delta queries: Sent Items (what the PM sent about a project, from
PM Cockpit or from Outlook itself — it counts as that project's update) and the Inbox's mail
from the customers (with its received time, for the reply-time rule).

Only mail with a project's customer-side people is kept — by address, or by their company's
domain when it belongs to one project only (never a public mail provider's) — nothing else of
the mailbox is stored. Each folder's
``@odata.deltaLink`` is stored once all its pages are applied; a run cut short replays from the
previous link, which is harmless because items are upserted by Outlook's immutable id. A link
Outlook no longer knows (410 ``syncStateNotFound``) starts that folder over.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from cockpit.connectors.base import PullReport
from cockpit.connectors.outlook import NAME
from cockpit.connectors.outlook.client import GraphClient
from cockpit.connectors.outlook.delta import delta_round, with_resync
from cockpit.domain.enums import Side
from cockpit.store.models import MailItem, Membership, Person
from cockpit.store.store import Store

log = logging.getLogger("cockpit.sync.pull")

CONNECTOR = NAME
FOLDERS = ("sentitems", "inbox")
# conversationId: a reply in the same conversation answers a customer's mail; bodyPreview: what
# the Today view shows of it; the headers carry In-Reply-To
SELECT = ("id,subject,from,toRecipients,ccRecipients,sentDateTime,receivedDateTime,"
          "internetMessageId,isDraft,conversationId,bodyPreview,internetMessageHeaders")
PAGE = "odata.maxpagesize=50"
PUBLIC_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
    "yahoo.com", "yahoo.co.jp", "icloud.com", "me.com", "aol.com", "gmx.de", "gmx.net",
    "web.de", "proton.me", "protonmail.com", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp",
})


@dataclass(frozen=True)
class CustomerIndex:
    """Which project a customer-side address, or its company's domain, belongs to."""

    by_address: dict[str, str]
    by_domain: dict[str, str]

    def project_of(self, addresses: list[str]) -> str | None:
        for address in addresses:
            if address in self.by_address:
                return self.by_address[address]
        for address in addresses:
            domain = address.rpartition("@")[2]
            if domain in self.by_domain:
                return self.by_domain[domain]
        return None


def customer_index(store: Store) -> CustomerIndex:
    with store.session() as s:
        rows = s.execute(select(Person.email, Membership.project_id)
                         .join(Membership, Membership.person_id == Person.id)
                         .where(Membership.side == Side.CUSTOMER, Person.email != "")
                         .order_by(Membership.project_id))
        by_address: dict[str, str] = {}
        domains: dict[str, set[str]] = {}
        for email, project_id in rows:
            address = email.casefold()
            by_address.setdefault(address, project_id)
            domain = address.rpartition("@")[2]
            if domain and domain not in PUBLIC_DOMAINS:
                domains.setdefault(domain, set()).add(project_id)
    # a domain shared by several projects (one customer, two projects) names none of them
    by_domain = {d: next(iter(p)) for d, p in domains.items() if len(p) == 1}
    return CustomerIndex(by_address, by_domain)


def _addresses(item: dict[str, Any], *names: str) -> list[str]:
    out = []
    for name in names:
        value = item.get(name) or []
        for entry in value if isinstance(value, list) else [value]:
            address = ((entry or {}).get("emailAddress") or {}).get("address")
            if address:
                out.append(str(address).casefold())
    return out


def _moment(text: Any) -> datetime | None:
    """Graph's UTC moments ("2026-11-24T09:00:00Z", with up to 7 decimals) as aware UTC."""
    if not text:
        return None
    whole = str(text).split(".")[0].removesuffix("Z")
    try:
        return datetime.fromisoformat(whole).replace(tzinfo=UTC)
    except ValueError:
        return None


def _in_reply_to(item: dict[str, Any]) -> str:
    for header in item.get("internetMessageHeaders") or []:
        if str((header or {}).get("name", "")).casefold() == "in-reply-to":
            return str(header.get("value") or "").strip()[:998]
    return ""


def _copy_fields(row: MailItem, item: dict[str, Any], folder: str) -> None:
    """What the item brings; a property it leaves out (a delta round may send only what
    changed, e.g. ``isRead``) keeps its stored value."""
    if "subject" in item:
        row.subject = str(item.get("subject") or "")
    if "internetMessageId" in item:
        row.internet_message_id = str(item.get("internetMessageId") or "")
    if "from" in item:
        row.sender = (_addresses(item, "from") or [""])[0]
    if "toRecipients" in item or "ccRecipients" in item:
        row.recipients = _addresses(item, "toRecipients", "ccRecipients")
    moment = "sentDateTime" if folder == "sentitems" else "receivedDateTime"
    if moment in item:
        row.moment = _moment(item.get(moment))
    if "conversationId" in item:
        row.conversation_id = str(item.get("conversationId") or "")[:512]
    if "bodyPreview" in item:
        row.body_preview = str(item.get("bodyPreview") or "")
    if "internetMessageHeaders" in item:
        row.in_reply_to = _in_reply_to(item)


class MailPull:
    def __init__(self, store: Store, client: GraphClient) -> None:
        self.store, self.client = store, client

    def run(self) -> PullReport:
        report = PullReport()
        index = customer_index(self.store)
        for folder in FOLDERS:
            def one(folder: str = folder) -> None:
                self._folder(folder, index, report)

            with_resync(self.store, f"mail:{folder}", folder, report, one)
        return report

    def _folder(self, folder: str, index: CustomerIndex, report: PullReport) -> None:
        delta_round(self.store, self.client, f"mail:{folder}",
                    lambda: self.client.get(f"/me/mailFolders/{folder}/messages/delta",
                                            params={"$select": SELECT}, prefer=[PAGE]),
                    lambda items: self._apply(folder, items, index, report), prefer=[PAGE])

    def _apply(self, folder: str, items: list[dict[str, Any]], index: CustomerIndex,
               report: PullReport) -> None:
        with self.store.session() as s:
            for item in items:
                row = s.get(MailItem, item["id"])
                if "@removed" in item:
                    if row is not None and not row.removed:
                        row.removed = True
                        report.removed += 1
                    continue
                if item.get("isDraft"):
                    continue
                names = (("toRecipients", "ccRecipients") if folder == "sentitems"
                         else ("from",))
                if row is not None and not any(n in item for n in names):
                    project_id: str | None = row.project_id  # only what changed came back
                else:
                    project_id = index.project_of(_addresses(item, *names))
                if project_id is None:
                    if row is not None:  # no longer about a project: forget it
                        s.delete(row)
                    continue
                row = row or MailItem(id=item["id"], folder=folder)
                s.add(row)
                row.folder, row.project_id, row.removed = folder, project_id, False
                _copy_fields(row, item, folder)
                report.stored += 1
