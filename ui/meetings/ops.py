"""Operations for the agenda-template editor, the minutes dialog and the series checks.

Plain functions a ``TaskRunner`` runs off the GUI thread; services (and SQLAlchemy, Jinja2)
are imported inside them. Expected problems arrive as ``KnownError``s: a template that cannot
be rendered is a ``TemplateProblem`` (``ErrorCode.TEMPLATE_ERROR``) naming its line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from cockpit.changes import Changes, Done

if TYPE_CHECKING:
    from cockpit.agenda.render import RenderedAgenda
    from cockpit.domain.meetings import AgendaTemplateData, MinutesItemData, SeriesData
    from cockpit.services.meeting_checks import MeetingWarning
    from cockpit.services.occurrences import LoggedItem
    from cockpit.store.store import Store


# --- agenda templates ---------------------------------------------------------------------
def list_templates(store: Store) -> list[AgendaTemplateData]:
    from cockpit.services import agenda_templates

    return agenda_templates.list_templates(store)


def save_template(store: Store, data: AgendaTemplateData) -> Done[AgendaTemplateData]:
    from cockpit.services import agenda_templates

    return Done(agenda_templates.save_template(store, data),
                Changes.of(settings=["agenda_templates"]))


def delete_template(store: Store, template_id: str) -> Done[str]:
    from cockpit.services import agenda_templates

    agenda_templates.delete_template(store, template_id)
    return Done(template_id, Changes.of(settings=["agenda_templates"]))


def render_template_preview(store: Store, body: str, series_id: str | None,
                            minutes: int) -> RenderedAgenda:
    """``body`` rendered against a saved series' project, or the sample project when
    ``series_id`` is None, timed against a meeting of ``minutes``."""
    from cockpit.agenda.render import AgendaError, RenderedAgenda
    from cockpit.domain.meetings import TemplateIssue
    from cockpit.services import agenda_templates

    if series_id is None:
        return agenda_templates.check_body(body, minutes)
    from cockpit.services import invites

    try:
        agenda = invites.render_agenda(store, series_id, body=body, for_customer=True)
    except AgendaError as exc:
        raise agenda_templates.TemplateProblem(TemplateIssue.BODY_ERROR, str(exc),
                                               line=exc.line, detail=exc.message) from exc
    return RenderedAgenda(agenda.text, agenda.planned_minutes, minutes)


# --- minutes ------------------------------------------------------------------------------
@dataclass(frozen=True)
class MinutesSheet:
    """What the minutes dialog shows: this meeting's items, who can own them, and the open
    action items carried over from earlier meetings of the project."""

    items: list[MinutesItemData]
    people: list[tuple[str, str]]  # (label, person id)
    carried_over: list[LoggedItem]


def project_people(store: Store, project_id: str) -> list[tuple[str, str]]:
    """(name — role, person id) of everyone on the project, each person once."""
    from cockpit.services import projects

    seen: dict[str, tuple[str, str]] = {}
    for m in projects.get_passport(store, project_id).members:
        seen.setdefault(m.person_id, (f"{m.name} — {m.role}" if m.role else m.name, m.person_id))
    return list(seen.values())


def load_minutes(store: Store, project_id: str, series_id: str,
                 original_start: datetime, start: datetime) -> MinutesSheet:
    from cockpit.services import occurrences

    items = occurrences.get_minutes(store, series_id, original_start)
    mine = {item.id for item in items}
    carried = [a for a in occurrences.open_actions(store, project_id)
               if a.item.id not in mine and a.meeting_start < start]
    return MinutesSheet(items, project_people(store, project_id), carried)


def get_minutes(store: Store, series_id: str, original_start: datetime
                ) -> list[MinutesItemData]:
    from cockpit.services import occurrences

    return occurrences.get_minutes(store, series_id, original_start)


def save_minutes(store: Store, series_id: str, original_start: datetime,
                 items: list[MinutesItemData]) -> Done[list[MinutesItemData]]:
    from cockpit.services import occurrences

    saved = occurrences.save_minutes(store, series_id, original_start, items)
    key = f"{series_id}@{original_start.isoformat()}"
    return Done(saved, Changes.of(series=[series_id], occurrences=[key]))


def open_actions(store: Store, project_id: str) -> list[LoggedItem]:
    from cockpit.services import occurrences

    return occurrences.open_actions(store, project_id)


# --- series checks ------------------------------------------------------------------------
def check_series(store: Store, series: SeriesData, language: str | None = None
                 ) -> list[MeetingWarning]:
    """Working hours on both sides, holidays, agenda length (``language``: "ja", "en")."""
    from cockpit.services import meeting_checks

    holiday_language = {"en": "en_US"}.get(language or "", language)
    return meeting_checks.check_series(store, series, language=holiday_language)
