"""The agenda-template service: templates listed by meeting type, only a template that renders
is saved, a default can be edited but not deleted nor moved to another type, and series that
used a deleted template fall back to their type's default."""

from __future__ import annotations

import dataclasses

import pytest

from cockpit.domain.enums import Language
from cockpit.domain.meetings import AgendaTemplateData, SeriesType, TemplateIssue
from cockpit.errors import ErrorCode
from cockpit.services import agenda_templates, invites, meetings
from cockpit.services.agenda_templates import TemplateProblem
from cockpit.store.store import Store
from tests.unit.meetings.helpers import save

pytestmark = pytest.mark.both_databases

BODY = "Objective: {{ series.objective }}\n\n1. Demo of {{ project.name }} (20 min)\n"


def _default(store: Store, kind: SeriesType) -> AgendaTemplateData:
    return next(t for t in agenda_templates.list_templates(store, Language.EN)
                if t.series_type is kind and t.is_default)


def test_templates_are_listed_by_meeting_type_defaults_first(store: Store) -> None:
    agenda_templates.save_template(store, AgendaTemplateData(
        name="Weekly, short", series_type=SeriesType.WEEKLY_STATUS, body=BODY))
    agenda_templates.save_template(store, AgendaTemplateData(
        name="Kick-off", series_type=SeriesType.OTHER, body=BODY))

    listed = [(t.series_type, t.is_default)
              for t in agenda_templates.list_templates(store, Language.EN)]

    assert listed == [(SeriesType.WEEKLY_STATUS, True), (SeriesType.WEEKLY_STATUS, False),
                      (SeriesType.BIWEEKLY_STATUS, True), (SeriesType.EXECUTIVE_REVIEW, True),
                      (SeriesType.OTHER, False)]


def test_a_new_template_is_saved_and_never_a_default(store: Store) -> None:
    saved = agenda_templates.save_template(store, AgendaTemplateData(
        name="  Steering committee 週次 ", series_type=SeriesType.OTHER, body=BODY,
        is_default=True))

    assert saved.name == "Steering committee 週次" and not saved.is_default
    assert agenda_templates.get_template(store, saved.id) == saved


def test_a_template_that_does_not_render_is_refused_with_its_line(store: Store) -> None:
    broken = AgendaTemplateData(name="Broken", body="Objective\n\n1. Intro (5 min)\n"
                                "{% for item in open_actions %}\n- {{ item.text }}\n")
    with pytest.raises(TemplateProblem) as caught:
        agenda_templates.save_template(store, broken)

    problem = caught.value
    assert problem.code is ErrorCode.TEMPLATE_ERROR and problem.issue is TemplateIssue.BODY_ERROR
    assert problem.line is not None and "endfor" in problem.detail
    unknown = dataclasses.replace(broken, body="One\nTwo\n{{ nonsense.value }}\n")
    with pytest.raises(TemplateProblem) as caught:
        agenda_templates.save_template(store, unknown)
    assert caught.value.line == 3 and "nonsense" in caught.value.detail
    assert all(t.name != "Broken" for t in agenda_templates.list_templates(store))


@pytest.mark.parametrize(("name", "body", "issue"), [
    ("", BODY, TemplateIssue.NAME_MISSING),
    ("x" * 201, BODY, TemplateIssue.NAME_TOO_LONG),
    ("weekly STATUS (default)", BODY, TemplateIssue.NAME_TAKEN),
    ("Empty", "  \n", TemplateIssue.BODY_EMPTY),
])
def test_names_and_empty_bodies_are_checked(store: Store, name: str, body: str,
                                            issue: TemplateIssue) -> None:
    with pytest.raises(TemplateProblem) as caught:
        agenda_templates.save_template(store, AgendaTemplateData(name=name, body=body))
    assert caught.value.issue is issue
    assert caught.value.code is ErrorCode.VALIDATION


def test_a_default_is_edited_in_place_but_keeps_its_type(store: Store) -> None:
    weekly = _default(store, SeriesType.WEEKLY_STATUS)
    edited = agenda_templates.save_template(store, dataclasses.replace(
        weekly, name="週次定例（標準）", body=BODY, is_default=False))

    assert edited.is_default and edited.id == weekly.id and edited.body == BODY
    with pytest.raises(TemplateProblem) as caught:
        agenda_templates.save_template(store, dataclasses.replace(
            edited, series_type=SeriesType.OTHER))
    assert caught.value.issue is TemplateIssue.TYPE_FIXED


def test_a_default_cannot_be_deleted(store: Store) -> None:
    weekly = _default(store, SeriesType.WEEKLY_STATUS)
    with pytest.raises(TemplateProblem) as caught:
        agenda_templates.delete_template(store, weekly.id)
    assert caught.value.issue is TemplateIssue.DEFAULT_KEPT
    assert agenda_templates.get_template(store, weekly.id) == weekly


def test_series_of_a_deleted_template_fall_back_to_the_default(demo_store: Store,
                                                              jp104: str) -> None:
    own = agenda_templates.save_template(store=demo_store, data=AgendaTemplateData(
        name="Short weekly", series_type=SeriesType.WEEKLY_STATUS, body=BODY))
    series = save(demo_store, jp104, agenda_template_id=own.id)
    assert "Demo of" in invites.render_agenda(demo_store, series.id).text

    agenda_templates.delete_template(demo_store, own.id)

    assert meetings.get_series(demo_store, series.id).agenda_template_id is None
    agenda = invites.render_agenda(demo_store, series.id)
    assert "Demo of" not in agenda.text and agenda.planned_minutes == 35  # the default
    agenda_templates.delete_template(demo_store, own.id)  # already gone: nothing to do
