"""Agenda templates in the store: list, save (only a template that renders), delete.

A shipped default (one per meeting type) can be edited but not deleted, and keeps its meeting
type, so every type always has an agenda. Series that used a deleted template fall back to
their type's default (the foreign key is set to NULL).
"""

from __future__ import annotations

from sqlalchemy import select

from cockpit.agenda.context import sample_context
from cockpit.agenda.render import AgendaError, RenderedAgenda, render
from cockpit.domain.enums import Language
from cockpit.domain.meetings import AgendaTemplateData, SeriesType, TemplateIssue
from cockpit.errors import ErrorCode, KnownError
from cockpit.services.template_rules import (
    TemplateProblem,
    checked_name,
    delete_unless_default,
    ensure_name_free,
)
from cockpit.store.models import AgendaTemplate
from cockpit.store.store import Store

TYPE_ORDER = {kind: i for i, kind in enumerate(SeriesType)}


def to_data(row: AgendaTemplate) -> AgendaTemplateData:
    return AgendaTemplateData(id=row.id, name=row.name, series_type=row.series_type,
                              body=row.body, is_default=row.is_default, language=row.language)


def list_templates(store: Store, language: Language | None = None) -> list[AgendaTemplateData]:
    """Every template, by meeting type (weekly, biweekly, executive, other), defaults first
    (English, then Japanese). With ``language``: that language's defaults and the PM's own."""
    with store.session() as s:
        rows = [to_data(r) for r in s.scalars(select(AgendaTemplate))]
    if language is not None:
        rows = [t for t in rows if not t.is_default or t.language is language]
    languages = list(Language)
    return sorted(rows, key=lambda t: (TYPE_ORDER[t.series_type], not t.is_default,
                                       languages.index(t.language), t.name.casefold()))


def get_template(store: Store, template_id: str) -> AgendaTemplateData:
    with store.session() as s:
        row = s.get(AgendaTemplate, template_id)
        if row is None:
            raise KnownError(ErrorCode.NOT_FOUND, f"no agenda template with id {template_id}")
        return to_data(row)


def check_body(body: str, meeting_minutes: int = 60) -> RenderedAgenda:
    """The body rendered against the sample project (every name a template may use);
    ``TemplateProblem`` naming the line when it cannot be rendered."""
    try:
        return render(body, sample_context(), meeting_minutes)
    except AgendaError as exc:
        raise TemplateProblem(TemplateIssue.BODY_ERROR, str(exc), line=exc.line,
                              detail=exc.message) from exc


def save_template(store: Store, data: AgendaTemplateData) -> AgendaTemplateData:
    """Create or update. ``is_default`` is the store's to say: a new template is never a
    default, and a default keeps its meeting type."""
    name = checked_name(data.name)
    if not data.body.strip():
        raise TemplateProblem(TemplateIssue.BODY_EMPTY, "the agenda is empty")
    check_body(data.body)
    with store.session() as s:
        ensure_name_free(s, AgendaTemplate, name, data.id)
        row = s.get(AgendaTemplate, data.id)
        if row is None:
            row = AgendaTemplate(id=data.id, is_default=False, language=data.language)
            s.add(row)
        elif row.is_default and row.series_type is not data.series_type:
            raise TemplateProblem(TemplateIssue.TYPE_FIXED,
                                  "a default template keeps its meeting type")
        row.name, row.series_type, row.body = name, data.series_type, data.body
        s.flush()
        return to_data(row)


def delete_template(store: Store, template_id: str) -> None:
    delete_unless_default(store, AgendaTemplate, template_id)
