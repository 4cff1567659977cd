"""The synced mail a register entry can point at: a customer's mail that confirms a change
request or a decision, or that is made a red flag."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from cockpit.store.models import MailItem, Membership, Person
from cockpit.store.store import Store

RECENT = 60  # the latest mails offered


@dataclass(frozen=True)
class MailPick:
    id: str
    subject: str
    sender: str  # the writer's name when known, else the address
    moment: datetime | None

    @property
    def label(self) -> str:
        day = self.moment.date().isoformat() if self.moment else "—"
        return f"{day}  {self.subject or '(no subject)'}  — {self.sender}"


def recent_customer_mail(store: Store, project_id: str, limit: int = RECENT) -> list[MailPick]:
    """The project's latest Inbox mail, newest first, each with its writer's name."""
    with store.session() as s:
        rows = s.execute(
            select(MailItem.id, MailItem.subject, MailItem.sender, MailItem.moment)
            .where(MailItem.project_id == project_id, MailItem.folder == "inbox",
                   MailItem.removed.is_(False))
            .order_by(MailItem.moment.desc(), MailItem.id).limit(limit)).all()
        senders = {r.sender.lower() for r in rows if r.sender}
        names: dict[str, str] = dict(s.execute(
            select(func.lower(Person.email), Person.name)
            .join(Membership, Membership.person_id == Person.id)
            .where(Membership.project_id == project_id,
                   func.lower(Person.email).in_(senders))).all()) if senders else {}
    return [MailPick(r.id, r.subject, names.get(r.sender.lower(), r.sender), r.moment)
            for r in rows]


__all__ = ["MailPick", "recent_customer_mail"]
