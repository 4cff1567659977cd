"""Reply to a customer's mail (the care engine's "acknowledge" and "answer" items): addressed
to whoever wrote it, its subject as a reply, the mail quoted below, and linked to the mail so
that sending it (or marking it sent) satisfies the reply timer."""

from __future__ import annotations

from datetime import date
from email.utils import parseaddr
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.domain.messages import LinkTarget
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.kinds.shared import Prepared
from cockpit.messages.kinds.spec import QT_TRANSLATE_NOOP, KindSpec, StartFrom
from cockpit.messages.sources import Source
from cockpit.store.models import MailItem, Person

REPLY_PREFIXES = ("re:", "aw:", "sv:", "vs:", "antw:", "返信:", "re：")


def reply_subject(subject: str) -> str:
    """The subject of the answer: the mail's own with no stack of prefixes ("Re: Re: …")."""
    text = subject.strip()
    while text.lower().startswith(REPLY_PREFIXES):
        text = text.split(":", 1)[-1].split("：", 1)[-1].strip()
    return text


def build(session: Session, source: Source, today: date) -> Prepared:
    row = session.get(MailItem, source.mail_id) if source.mail_id else None
    if row is None or row.project_id != source.project_id or row.removed:
        raise KnownError(ErrorCode.NOT_FOUND, "that mail is no longer in the synced Inbox")
    name, address = parseaddr(row.sender)
    if address and not name:
        name = session.scalar(select(Person.name).where(
            func.lower(Person.email) == address.lower()).limit(1)) or ""
    sender = f"{name} <{address}>" if name and address else row.sender
    mail: dict[str, Any] = {
        "subject": reply_subject(row.subject), "sender_name": name or address,
        "received": row.moment.date() if row.moment else None,
        "quote": [line for line in row.body_preview.splitlines()],
    }
    label = f"{row.subject} ({row.sender})".strip()
    return Prepared({"mail": mail}, [(LinkTarget.MAIL, row.id, label)],
                    to=[sender] if sender else [])


SPEC = KindSpec(
    value=MessageKind.MAIL_REPLY,
    label=QT_TRANSLATE_NOOP("MessageKind", "Reply to a customer's mail"),
    order=75,
    build=build,
    names=("mail",),
    sample={"mail": {"subject": "Login page after the release", "sender_name": "Sato Kenji",
                     "received": date(2026, 12, 1),
                     "quote": ["Since this morning's release the login page shows an error",
                               "for some of our users. Could you look into it?"]}},
    default_names={Language.EN: "Reply to a customer's mail (default)",
                   Language.JA: "お客様メールへのご返信（既定）"},
    start_from=StartFrom.PROJECT,
)
