"""Message templates in the store: list, save (only one that renders), delete.

Like agenda templates: one shipped default per kind, editable but not deletable, keeping its
kind; a template is checked against the kind's sample context before it is saved.
"""

from __future__ import annotations

from sqlalchemy import select

from cockpit.domain.meetings import TemplateIssue
from cockpit.domain.messages import MessageKind, MessageTemplateData
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.render import MessageTemplateError, render_message
from cockpit.messages.samples import sample_context
from cockpit.services.template_rules import (
    TemplateProblem,
    checked_name,
    delete_unless_default,
    ensure_name_free,
)
from cockpit.store.models import MessageTemplate
from cockpit.store.store import Store

MAX_SUBJECT = 500
KIND_ORDER = {kind: i for i, kind in enumerate(MessageKind)}
FALLBACK = MessageTemplateData(kind=MessageKind.OTHER, name="", subject="[{{ project.code }}] ",
                               body="Hello {{ greeting }},\n\n\n\nBest regards,\n{{ pm.name }}\n")


def _data(row: MessageTemplate) -> MessageTemplateData:
    return MessageTemplateData(id=row.id, kind=row.kind, name=row.name, subject=row.subject,
                               body=row.body, is_default=row.is_default)


def list_templates(store: Store, kind: MessageKind | None = None) -> list[MessageTemplateData]:
    """By kind (in the order of ``MessageKind``), default first, then by name."""
    stmt = select(MessageTemplate)
    if kind is not None:
        stmt = stmt.where(MessageTemplate.kind == kind)
    with store.session() as s:
        rows = [_data(r) for r in s.scalars(stmt)]
    return sorted(rows, key=lambda t: (KIND_ORDER[t.kind], not t.is_default, t.name.casefold()))


def get_template(store: Store, template_id: str) -> MessageTemplateData:
    with store.session() as s:
        row = s.get(MessageTemplate, template_id)
        if row is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no message template with id {template_id}")
        return _data(row)


def default_template(store: Store, kind: MessageKind) -> MessageTemplateData:
    """The kind's default (or first) template; a plain greeting for kinds without one."""
    templates = list_templates(store, kind)
    return templates[0] if templates else FALLBACK


def preview(data: MessageTemplateData) -> tuple[str, str]:
    """(subject, body) rendered against the kind's sample context; ``TemplateProblem`` naming
    the part and line when it cannot be."""
    try:
        return render_message(data.subject, data.body, sample_context(data.kind))
    except MessageTemplateError as exc:
        raise TemplateProblem(TemplateIssue.BODY_ERROR, str(exc), line=exc.line,
                              detail=f"{exc.part}: {exc.message}") from exc


def save_template(store: Store, data: MessageTemplateData) -> MessageTemplateData:
    name = checked_name(data.name)
    if len(data.subject) > MAX_SUBJECT:
        raise TemplateProblem(TemplateIssue.SUBJECT_TOO_LONG,
                              f"a subject has at most {MAX_SUBJECT} characters")
    if not data.body.strip():
        raise TemplateProblem(TemplateIssue.BODY_EMPTY, "the message body is empty")
    preview(data)
    with store.session() as s:
        ensure_name_free(s, MessageTemplate, name, data.id)
        row = s.get(MessageTemplate, data.id)
        if row is None:
            row = MessageTemplate(id=data.id, is_default=False)
            s.add(row)
        elif row.is_default and row.kind is not data.kind:
            raise TemplateProblem(TemplateIssue.TYPE_FIXED, "a default template keeps its kind")
        row.name, row.kind, row.subject, row.body = name, data.kind, data.subject, data.body
        s.flush()
        return _data(row)


def delete_template(store: Store, template_id: str) -> None:
    delete_unless_default(store, MessageTemplate, template_id)
