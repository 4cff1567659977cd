"""Message templates in the store: list, save (only one that renders), delete.

Like agenda templates: one shipped default per kind and language (seeded from the files by
``default_templates``), editable but not deletable, keeping its kind; a template is checked
against the kind's sample context before it is saved.
"""

from __future__ import annotations

from sqlalchemy import select

from cockpit.domain.enums import Language
from cockpit.domain.meetings import TemplateIssue
from cockpit.domain.messages import MessageKind, MessageTemplateData
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.kinds.registry import spec_of
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
FALLBACK = MessageTemplateData(kind=MessageKind.OTHER, name="", subject="[{{ project.code }}] ",
                               body="Hello {{ greeting }},\n\n\n\nBest regards,\n{{ pm.name }}\n")


def to_data(row: MessageTemplate) -> MessageTemplateData:
    return MessageTemplateData(id=row.id, kind=row.kind, name=row.name, subject=row.subject,
                               body=row.body, is_default=row.is_default, language=row.language)


def list_templates(store: Store, kind: MessageKind | None = None,
                   language: Language | None = None) -> list[MessageTemplateData]:
    """By kind (in the registry's order), defaults first (English, then Japanese), then by name.

    With ``language``: the defaults in that language and every template of the PM's own."""
    stmt = select(MessageTemplate)
    if kind is not None:
        stmt = stmt.where(MessageTemplate.kind == kind)
    with store.session() as s:
        rows = [to_data(r) for r in s.scalars(stmt)]
    if language is not None:
        rows = [t for t in rows if not t.is_default or t.language is language]
    languages = list(Language)
    return sorted(rows, key=lambda t: (spec_of(t.kind).order, not t.is_default,
                                       languages.index(t.language), t.name.casefold()))


def get_template(store: Store, template_id: str) -> MessageTemplateData:
    with store.session() as s:
        row = s.get(MessageTemplate, template_id)
        if row is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no message template with id {template_id}")
        return to_data(row)


def default_template(store: Store, kind: MessageKind,
                     language: Language = Language.EN) -> MessageTemplateData:
    """The kind's default in ``language`` (else its first template); a plain greeting for kinds
    without one."""
    ranked = sorted(list_templates(store, kind),
                    key=lambda t: (not t.is_default, t.language is not language))
    return ranked[0] if ranked else FALLBACK


def preview(data: MessageTemplateData) -> tuple[str, str]:
    """(subject, body) rendered against the kind's sample context; ``TemplateProblem`` naming
    the part and line when it cannot be."""
    try:
        context = {**sample_context(data.kind), "language": data.language.value}
        return render_message(data.subject, data.body, context)
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
            row = MessageTemplate(id=data.id, is_default=False, language=data.language)
            s.add(row)
        elif row.is_default and row.kind is not data.kind:
            raise TemplateProblem(TemplateIssue.TYPE_FIXED, "a default template keeps its kind")
        row.name, row.kind, row.subject, row.body = name, data.kind, data.subject, data.body
        s.flush()
        return to_data(row)


def delete_template(store: Store, template_id: str) -> None:
    delete_unless_default(store, MessageTemplate, template_id)
