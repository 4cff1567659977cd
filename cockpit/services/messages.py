"""Messages: compose from a template, autosave drafts, move through the outbox, export .eml.

States: draft → ready (queued for the connectors) → sent (confirmed) or failed (with the reason
and a retry). Only drafts change; a sent message is kept as it went out, with what it confirms.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased, selectinload

from cockpit.connectors import remote_links
from cockpit.domain.meetings import TemplateIssue
from cockpit.domain.messages import (
    DraftText,
    LinkTarget,
    MessageData,
    MessageKind,
    MessageLinkData,
    MessageState,
    MessageSummary,
    can_move,
)
from cockpit.errors import ErrorCode, KnownError
from cockpit.mail.addresses import Address, AddressProblem, parse_address_list
from cockpit.messages.context import prepare
from cockpit.messages.placeholders import check_filled
from cockpit.messages.recipients import Contact, suggest
from cockpit.messages.render import MessageTemplateError, render_message
from cockpit.messages.sources import Source
from cockpit.services import message_templates
from cockpit.services.template_rules import TemplateProblem
from cockpit.store.default_templates import project_language
from cockpit.store.models import Message, MessageLink, Project
from cockpit.store.store import Store

FIELDS = ("kind", "sender", "to", "cc", "bcc", "subject", "body", "calendar")
MAX_SUBJECT = 1000
ID_DOMAIN = "pm-cockpit.invalid"


def _data(row: Message, code: str) -> MessageData:
    return MessageData(
        id=row.id, project_id=row.project_id, project_code=code, state=row.state,
        failure=row.failure, revision=row.revision, message_id=row.message_id,
        created_at=row.created_at, updated_at=row.updated_at, ready_at=row.ready_at,
        sent_at=row.sent_at, **{name: getattr(row, name) for name in FIELDS},
        links=[MessageLinkData(link.target, link.target_id, link.label) for link in row.links],
    )


def _code(session: Session, project_id: str | None) -> str:
    project = session.get(Project, project_id) if project_id else None
    return project.code if project else ""


def _load(session: Session, message_id: str, *, lock: bool = False) -> Message:
    """The message and its links; ``lock`` holds its row until the session ends, so on a shared
    server a second writer waits and then sees this one's revision (instead of both passing the
    revision check and the later one overwriting the other)."""
    stmt = select(Message).where(Message.id == message_id).options(selectinload(Message.links))
    if lock:
        stmt = stmt.with_for_update(of=Message)
    row = session.scalars(stmt).one_or_none()
    if row is None:
        raise KnownError(ErrorCode.NOT_FOUND, f"no message with id {message_id}")
    return row


def _new_message_id() -> str:
    from cockpit.mail.eml import new_message_id

    return new_message_id(ID_DOMAIN)


def _joined(contacts: list[Contact]) -> str:
    return ", ".join(Address(c.name, c.email).formatted() for c in contacts)


def get_message(store: Store, message_id: str) -> MessageData:
    with store.session() as s:
        row = _load(s, message_id)
        return _data(row, _code(s, row.project_id))


def new_message(store: Store, project_id: str | None, kind: MessageKind = MessageKind.OTHER,
                *, to: str = "", subject: str = "", body: str = "",
                calendar: str | None = None) -> MessageData:
    """A saved, empty (or given) draft from the project's PM."""
    with store.session() as s:
        sender = ""
        if project_id is not None:
            pm = prepare(s, MessageKind.OTHER, Source(project_id), date.today()).context["pm"]
            sender = Address(pm["name"], pm["email"]).formatted() if pm["email"] else ""
        row = Message(project_id=project_id, kind=kind, sender=sender, to=to, subject=subject,
                      body=body, calendar=calendar, message_id=_new_message_id())
        s.add(row)
        s.flush()
        return _data(row, _code(s, project_id))


def compose(store: Store, kind: MessageKind, source: Source, *,
            template_id: str | None = None) -> MessageData:
    """A draft written from a template about ``source``: recipients from the communication map,
    subject and body rendered, linked to what it reports on. Saved before it is returned."""
    template = message_templates.get_template(store, template_id) if template_id else None
    if template is None or template.is_default:  # "the default": in the project's language
        with store.session() as s:
            language = project_language(s, source.project_id)
        template = message_templates.default_template(store, kind, language)
    today = source.today or date.today()
    with store.session() as s:
        prepared = prepare(s, kind, source, today)
        pm = prepared.context["pm"]
        suggestion = suggest(s, source.project_id, kind, sender=pm["email"],
                             series_id=source.series_id)
        greeting = suggestion.greeting if prepared.to is None else _greeting(prepared.to)
        context = {**prepared.context, "greeting": greeting,
                   "language": template.language.value}  # its dates are written in it
        try:
            subject, body = render_message(template.subject, template.body, context)
        except MessageTemplateError as exc:  # it rendered the sample, not this project's data
            raise TemplateProblem(TemplateIssue.BODY_ERROR, f"'{template.name}': {exc}",
                                  line=exc.line, detail=f"{exc.part}: {exc.message}") from exc
        row = Message(
            project_id=source.project_id, kind=kind, message_id=_new_message_id(),
            sender=Address(pm["name"], pm["email"]).formatted() if pm["email"] else "",
            to=", ".join(prepared.to) if prepared.to is not None else _joined(suggestion.to),
            cc="" if prepared.to is not None else _joined(suggestion.cc),
            subject=subject, body=body,
            links=[MessageLink(target=t, target_id=i, label=label[:2000], position=n)
                   for n, (t, i, label) in enumerate(prepared.links)],
        )
        s.add(row)
        s.flush()
        return _data(row, _code(s, source.project_id))


def _greeting(addresses: list[str]) -> str:
    """The names of a kind's own recipients ("Name <address>"), as ``Suggestion.greeting``."""
    from email.utils import parseaddr

    names = [parseaddr(a)[0] or a for a in addresses]
    return ", ".join(names) if 0 < len(names) <= 3 else "all"


def save_draft(store: Store, data: MessageData) -> MessageData:
    """Write the draft's fields (autosave). Refused when the message left the drafts meanwhile
    (queued, sent) or another window saved a newer revision."""
    with store.session() as s:
        row = _load(s, data.id, lock=True)
        if row.state is not MessageState.DRAFT:
            raise KnownError(ErrorCode.MESSAGE_LOCKED,
                             f"'{row.subject}' is {row.state.value} and can no longer be edited")
        if data.revision and row.revision != data.revision:
            raise KnownError(ErrorCode.CHANGED_ELSEWHERE,
                             "this draft was changed in another window")
        for name in FIELDS:
            setattr(row, name, getattr(data, name))
        row.subject = row.subject.replace("\r", " ").replace("\n", " ")[:MAX_SUBJECT]
        row.revision += 1
        s.flush()
        return _data(row, _code(s, row.project_id))


def recipient_problems(data: MessageData) -> list[tuple[str, AddressProblem]]:
    """(field, problem) for every address that is not valid, the sender included."""
    out = []
    for name in ("sender", "to", "cc", "bcc"):
        _, problems = parse_address_list(getattr(data, name))
        out += [(name, p) for p in problems]
    return out


def _check_addresses(data: MessageData) -> None:
    problems = recipient_problems(data)
    if problems:
        field, problem = problems[0]
        raise KnownError(ErrorCode.BAD_RECIPIENTS, f"{field}: '{problem.text}' is not a valid "
                                                   "e-mail address")
    senders, _ = parse_address_list(data.sender)
    if len(senders) != 1:
        raise KnownError(ErrorCode.BAD_RECIPIENTS, "a message needs exactly one sender (From)")


def check_ready(data: MessageData) -> None:
    """What must hold before a message can be queued; ``KnownError`` saying what is missing."""
    _check_addresses(data)
    if not any(parse_address_list(getattr(data, n))[0] for n in ("to", "cc", "bcc")):
        raise KnownError(ErrorCode.BAD_RECIPIENTS, "a message needs at least one recipient")
    if not data.subject.strip():
        raise KnownError(ErrorCode.VALIDATION, "a message needs a subject")
    check_filled(data.subject, data.body)


def executives_to_confirm(store: Store, message_id: str):  # -> list[ExecutiveRecipient]
    """Before queueing: the customer's executives the message goes to, for the PM to confirm
    once; refused first for what stops it anyway (addresses, ``[[places]]``)."""
    from cockpit.services.executive_recipients import executive_recipients

    data = get_message(store, message_id)
    check_ready(data)
    return executive_recipients(store, data)


def _check_executives(store: Store, message_id: str) -> None:
    """Refuse (``EXECUTIVE_RECIPIENTS``, naming them) a message to the customer's executives
    that the PM has not confirmed."""
    state = get_message(store, message_id).state
    if state is MessageState.READY or not can_move(state, MessageState.READY):
        return  # nothing to queue; _move answers
    executives = executives_to_confirm(store, message_id)
    if executives:
        raise KnownError(ErrorCode.EXECUTIVE_RECIPIENTS, "it goes to the customer's "
                         "executives: " + ", ".join(p.named() for p in executives))


def _move(store: Store, message_id: str, target: MessageState, *, failure: str = "",
          when: datetime | None = None, confirmed: bool = True) -> MessageData:
    if target is MessageState.READY and not confirmed:
        _check_executives(store, message_id)
    with store.session() as s:
        row = _load(s, message_id, lock=True)
        if row.state is target:
            return _data(row, _code(s, row.project_id))
        if not can_move(row.state, target):
            raise KnownError(ErrorCode.MESSAGE_LOCKED,
                             f"a {row.state.value} message cannot become {target.value}")
        if target is MessageState.READY:
            check_ready(_data(row, ""))
            row.ready_at, row.failure = when or datetime.now(UTC), ""
        elif target is MessageState.SENT:
            row.sent_at, row.failure = when or datetime.now(UTC), ""
        elif target is MessageState.FAILED:
            row.failure = failure or "unknown reason"
        elif target is MessageState.DRAFT:
            row.ready_at = None
        row.state = target
        row.revision += 1
        s.flush()
        if target is MessageState.SENT:
            _moved_on_by_sending(s, row)
        return _data(row, _code(s, row.project_id))


def _moved_on_by_sending(session: Session, row: Message) -> None:
    """What a sent message moves on, in the same transaction: the change requests its estimate
    or team notice is about, the problem its notice tells the customer of."""
    from cockpit.services import change_requests, problem_register

    change_requests.message_sent(session, row)
    problem_register.message_sent(session, row)


def mark_ready(store: Store, message_id: str, *, confirmed: bool = False) -> MessageData:
    """Queue the message to go out; refused while an address is wrong or none is given, while
    a ``[[placeholder]]`` is left, and — unless ``confirmed`` — when it reaches the customer's
    executives."""
    return _move(store, message_id, MessageState.READY, confirmed=confirmed)


def back_to_draft(store: Store, message_id: str) -> MessageData:
    """Take a queued or failed message back to edit it."""
    return _move(store, message_id, MessageState.DRAFT)


def mark_sent(store: Store, message_id: str, when: datetime | None = None) -> MessageData:
    """Sync confirmed the message went out (or the PM sent the exported .eml)."""
    return _move(store, message_id, MessageState.SENT, when=when)


def mark_failed(store: Store, message_id: str, reason: str) -> MessageData:
    return _move(store, message_id, MessageState.FAILED, failure=reason)


def retry(store: Store, message_id: str, *, confirmed: bool = False) -> MessageData:
    """Queue a failed message again, checked as when it was first queued."""
    return _move(store, message_id, MessageState.READY, confirmed=confirmed)


def delete_message(store: Store, message_id: str) -> None:
    """Throw a draft or a failed message away; what went out is kept."""
    with store.session() as s:
        row = s.get(Message, message_id)
        if row is None:
            return
        if row.state in (MessageState.SENT, MessageState.READY):
            raise KnownError(ErrorCode.MESSAGE_LOCKED,
                             f"a {row.state.value} message is kept; it cannot be deleted")
        # a connector holding it deletes it there at its next run
        remote_links.tombstones(s, remote_links.MESSAGE, row.id)
        s.delete(row)


def list_messages(store: Store, *, project_id: str | None = None,
                  states: frozenset[MessageState] | None = None) -> list[MessageSummary]:
    """Newest first; one project's or every project's. ``conflict_of`` is given while both
    versions of a message edited here and elsewhere are kept and unsent."""
    other = aliased(Message)
    stmt = (select(Message.id, Message.project_id, Project.code, Message.kind, Message.state,
                   Message.subject, Message.to, Message.updated_at, Message.sent_at,
                   Message.failure, other.id)
            .outerjoin(Project, Project.id == Message.project_id)
            .outerjoin(other, and_(other.id == Message.conflict_of,
                                   other.state != MessageState.SENT,
                                   Message.state != MessageState.SENT))
            .order_by(Message.updated_at.desc(), Message.created_at.desc(), Message.id))
    if project_id is not None:
        stmt = stmt.where(Message.project_id == project_id)
    if states:
        stmt = stmt.where(Message.state.in_(sorted(states)))
    with store.session() as s:
        return [MessageSummary(i, p, code or "", kind, state, subject, to, updated, sent, fail,
                               other)
                for i, p, code, kind, state, subject, to, updated, sent, fail, other
                in s.execute(stmt)]


def find_project(store: Store, code: str) -> str:
    """The id of the project with this code (case-insensitive)."""
    with store.session() as s:
        for pid, pcode in s.execute(select(Project.id, Project.code)):
            if pcode.casefold() == code.strip().casefold():
                return pid
    raise KnownError(ErrorCode.NOT_FOUND, f"no project with code {code}")


def to_outgoing(data: MessageData, when: datetime | None = None):  # -> OutgoingMail
    """The message as mail: addresses parsed, ``KnownError`` if one is not valid. A draft
    without recipients can be exported: the mail client asks for them."""
    from cockpit.mail.eml import OutgoingMail

    _check_addresses(data)
    parsed = {n: parse_address_list(getattr(data, n))[0] for n in ("sender", "to", "cc", "bcc")}
    return OutgoingMail(
        sender=parsed["sender"][0], to=parsed["to"], cc=parsed["cc"], bcc=parsed["bcc"],
        subject=data.subject, markdown=data.body,
        date=when or data.sent_at or data.ready_at or datetime.now(UTC),
        message_id=data.message_id,
        calendar=data.calendar.encode("utf-8") if data.calendar else None,
        unsent=data.state is not MessageState.SENT,
    )


def export_eml(store: Store, message_id: str) -> bytes:
    from cockpit.mail.eml import to_eml_bytes

    return to_eml_bytes(to_outgoing(get_message(store, message_id)))


def write_eml(store: Store, message_id: str, path: Path) -> Path:
    """Write the message as an .eml file any mail client opens (atomically)."""
    from cockpit.safe_write import write_atomically

    write_atomically(path, export_eml(store, message_id))
    return path


def compose_invite(store: Store, series_id: str) -> MessageData:
    """An e-mail carrying the series' invitation (METHOD:REQUEST) for any mail client: the
    attendees in To, the agenda as the body, the .ics as its calendar part. Like saving the
    invite as a file, this counts as sending it (the next update raises SEQUENCE)."""
    from cockpit.ics.export import Method
    from cockpit.services import invites

    invite = invites.build_invite(store, series_id)
    calendar = invites.export_series(store, series_id, Method.REQUEST).decode("utf-8")
    series = invite.series
    organizer = invite.organizer.email.casefold() if invite.organizer else ""
    to = ", ".join(Address(a.name, a.email).formatted() for a in series.attendees
                   if a.email and a.email.casefold() != organizer)
    first = f"{series.first_date:%Y-%m-%d} {series.start_time:%H:%M} ({series.time_zone})"
    body = f"**{series.title}**\n\nFirst meeting: {first}, {series.duration_minutes} min\n\n" \
           f"{invite.description}\n"
    message = new_message(store, series.project_id, MessageKind.INVITE, to=to,
                          subject=f"Invitation: {series.title}", body=body, calendar=calendar)
    with store.session() as s:
        row = _load(s, message.id)
        row.links = [MessageLink(target=LinkTarget.SERIES, target_id=series_id,
                                 label=series.title[:2000])]
        s.flush()
        return _data(row, _code(s, row.project_id))


def confirmations(store: Store, project_id: str,
                  target: LinkTarget) -> dict[str, tuple[MessageState, datetime]]:
    """For each linked ``target`` id of the project: the furthest state a message about it
    reached (sent before queued before draft) and when — e.g. which decisions were confirmed
    in writing."""
    rank = {MessageState.SENT: 3, MessageState.READY: 2, MessageState.FAILED: 1,
            MessageState.DRAFT: 0}
    stmt = (select(MessageLink.target_id, Message.state, Message.sent_at, Message.updated_at)
            .join(Message, Message.id == MessageLink.message_id)
            .where(Message.project_id == project_id, MessageLink.target == target))
    found: dict[str, tuple[MessageState, datetime]] = {}
    with store.session() as s:
        for target_id, state, sent_at, updated_at in s.execute(stmt):
            when = sent_at or updated_at
            best = found.get(target_id)
            if best is None or (rank[state], when) > (rank[best[0]], best[1]):
                found[target_id] = (state, when)
    return found


# --- what a connector brings back (cockpit.connectors) --------------------------------------
# A connector that holds drafts elsewhere (``remote_links``) writes their text back and keeps
# both versions of a draft edited on both sides through these.


def message_data(session: Session, row: Message) -> MessageData:
    """The plain view of a row, inside the caller's unit of work."""
    return _data(row, _code(session, row.project_id))


def load_row(session: Session, message_id: str) -> Message:
    return _load(session, message_id)


def write_text(row: Message, text: DraftText) -> None:
    """A draft's subject, recipients and body as another tool holds them."""
    row.subject = text.subject.replace("\r", " ").replace("\n", " ")[:MAX_SUBJECT]
    row.to, row.cc, row.bcc, row.body = text.to, text.cc, text.bcc, text.body


def copy_of(session: Session, row: Message, text: DraftText) -> Message:
    """A new draft holding ``text`` with the same project, kind, sender, calendar part and
    links as ``row``; the two name each other in ``conflict_of``. ``row`` keeps its text and,
    if it was queued or failed, goes back to the drafts: nothing is sent until the PM has seen
    both."""
    copy = Message(project_id=row.project_id, kind=row.kind, sender=row.sender,
                   calendar=row.calendar, message_id=_new_message_id(),
                   links=[MessageLink(target=link.target, target_id=link.target_id,
                                      label=link.label, position=link.position)
                          for link in row.links])
    write_text(copy, text)
    session.add(copy)
    session.flush()
    copy.conflict_of, row.conflict_of = row.id, copy.id
    if row.state in (MessageState.READY, MessageState.FAILED):
        row.state, row.ready_at = MessageState.DRAFT, None
        row.revision += 1
    session.flush()
    return copy


def sent_remotely(store: Store, message_id: str, when: datetime | None = None) -> MessageData:
    """A connector says the message went out (sent from the other tool itself, or an uncertain
    send read back): sent, from whichever state — what happened in the mailbox is not the PM's
    choice to refuse."""
    with store.session() as s:
        row = _load(s, message_id, lock=True)
        if row.state is not MessageState.SENT:
            row.state, row.failure = MessageState.SENT, ""
            row.sent_at = when or datetime.now(UTC)
            row.revision += 1
            s.flush()
            _moved_on_by_sending(s, row)
        s.flush()
        return _data(row, _code(s, row.project_id))
