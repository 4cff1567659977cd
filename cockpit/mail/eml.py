"""Outgoing mail as an RFC 5322 ``.eml`` draft that the user's own mail client opens and sends.

Structure: ``multipart/alternative`` with text/plain and text/html. An invite adds the
iCalendar data as the last alternative (``text/calendar; method=...``, as Outlook sends it)
and once more as an ``invite.ics`` attachment, wrapped together in ``multipart/mixed``.

All output is 7-bit clean with CRLF line ends (``email.policy.SMTP``): non-ASCII headers are
RFC 2047 encoded, domains IDNA encoded, and every body is quoted-printable or base64 (lines
of at most 78 octets). Only an address with a non-ASCII local part, which needs SMTPUTF8
anyway, makes the headers raw UTF-8 (RFC 6532).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, make_msgid

from email_validator import validate_email
from icalendar import Calendar

from cockpit.mail.addresses import Address
from cockpit.mail.markdown_html import html_document, render_html
from cockpit.mail.plain_text import plain_text

POLICY = policy.SMTP
UTF8_POLICY = policy.SMTP.clone(utf8=True)
MESSAGE_ID = re.compile(r"[^\s<>@]+@[^\s<>@]+")
METHOD = re.compile(r"[A-Z][A-Z0-9-]*")
ATTACHMENT_NAME = "invite.ics"


@dataclass(frozen=True)
class OutgoingMail:
    """Everything in one draft; ``date`` must be time-zone aware."""

    sender: Address
    to: list[Address]
    cc: list[Address]
    bcc: list[Address]
    subject: str
    markdown: str
    date: datetime
    message_id: str  # without angle brackets, e.g. from new_message_id()
    calendar: bytes | None = None  # an iCalendar file with a METHOD
    in_reply_to: str | None = None  # a Message-ID, without angle brackets
    unsent: bool = True  # X-Unsent: 1, so Outlook opens the file as a message to send


def new_message_id(domain: str) -> str:
    """A new unique Message-ID at ``domain``, without angle brackets."""
    return make_msgid(domain=domain).strip("<>")


def _msg_id(value: str) -> str:
    bare = value.strip().removeprefix("<").removesuffix(">")
    if not MESSAGE_ID.fullmatch(bare):
        raise ValueError(f"not a Message-ID: {value!r}")
    return f"<{bare}>"


def _one_line(text: str) -> str:
    """Header text without line breaks (a pasted subject may have some)."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def _header_address(address: Address) -> HeaderAddress:
    """The address with its domain in ASCII (IDNA), as headers need it."""
    valid = validate_email(address.email, check_deliverability=False, allow_smtputf8=True)
    return HeaderAddress(_one_line(address.name), valid.local_part, valid.ascii_domain)


def calendar_method(calendar: bytes) -> str:
    """The iTIP method (``REQUEST``, ``CANCEL``, ...) named inside ``calendar``."""
    method = Calendar.from_ical(calendar).get("METHOD")
    if method is None:
        raise ValueError("the calendar has no METHOD; an invite needs one")
    name = str(method).strip().upper()
    if not METHOD.fullmatch(name):
        raise ValueError(f"not an iTIP method: {name!r}")
    return name


def _transfer_encoding(text: str) -> str:
    """Quoted-printable for mostly-ASCII text, base64 when that is shorter."""
    data = text.encode("utf-8")
    high = len(data.translate(None, bytes(range(128))))
    return "quoted-printable" if len(data) + 2 * high <= len(data) * 4 // 3 else "base64"


def _text(text: str, subtype: str, **params: str) -> dict[str, object]:
    """``set_content`` arguments for one UTF-8 text part."""
    return {"subtype": subtype, "charset": "utf-8", "cte": _transfer_encoding(text),
            "params": params}


def _set_headers(message: EmailMessage, mail: OutgoingMail) -> None:
    message["From"] = _header_address(mail.sender)
    if mail.to:  # a draft may leave recipients to be added in the mail client
        message["To"] = [_header_address(a) for a in mail.to]
    if mail.cc:
        message["Cc"] = [_header_address(a) for a in mail.cc]
    if mail.bcc:
        message["Bcc"] = [_header_address(a) for a in mail.bcc]
    message["Subject"] = _one_line(mail.subject)
    message["Date"] = format_datetime(mail.date)
    message["Message-ID"] = _msg_id(mail.message_id)
    if mail.in_reply_to:
        message["In-Reply-To"] = _msg_id(mail.in_reply_to)
        message["References"] = _msg_id(mail.in_reply_to)
    if mail.unsent:
        message["X-Unsent"] = "1"


def _policy(mail: OutgoingMail) -> policy.Policy:
    everyone = [mail.sender, *mail.to, *mail.cc, *mail.bcc]
    ascii_only = all(a.email.rpartition("@")[0].isascii() for a in everyone)
    return POLICY if ascii_only else UTF8_POLICY


def build_message(mail: OutgoingMail) -> EmailMessage:
    """The draft as a MIME message; raises ``ValueError`` for data the caller got wrong."""
    if mail.date.tzinfo is None or mail.date.utcoffset() is None:
        raise ValueError("the date must be time-zone aware")
    method = calendar_method(mail.calendar) if mail.calendar is not None else ""
    message = EmailMessage(policy=_policy(mail))
    _set_headers(message, mail)
    plain = plain_text(mail.markdown)
    message.set_content(plain, **_text(plain, "plain"))
    html = html_document(render_html(mail.markdown))
    message.add_alternative(html, **_text(html, "html"))
    if mail.calendar is not None:
        invite = mail.calendar.decode("utf-8")
        message.add_alternative(invite, **_text(invite, "calendar", method=method))
        message.add_attachment(mail.calendar, maintype="application", subtype="ics",
                               filename=ATTACHMENT_NAME, params={"name": ATTACHMENT_NAME})
    for part in message.iter_parts():
        _drop_mime_version(part)
    return message


def _drop_mime_version(part: MIMEPart) -> None:
    """MIME-Version belongs on the top level only; the email package also adds it to parts."""
    del part["MIME-Version"]
    for child in part.iter_parts():
        _drop_mime_version(child)


def to_eml_bytes(mail: OutgoingMail) -> bytes:
    """The draft as the bytes of an ``.eml`` file."""
    message = build_message(mail)
    return message.as_bytes(policy=message.policy)
