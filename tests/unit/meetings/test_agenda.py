"""Agenda templates: the shipped defaults render every section against a project, timed items
add up, template mistakes are clear messages (never a crash, never a leak), and an agenda for
the customer never shows what the PM marked internal."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select

from cockpit.agenda.context import ITEM_LISTS, AgendaItem, sample_context
from cockpit.agenda.render import AgendaError, render
from cockpit.domain.enums import Language
from cockpit.domain.meetings import MinutesItemData, MinutesKind, SeriesType
from cockpit.services import invites, meetings, occurrences
from cockpit.store.models import AgendaTemplate
from cockpit.store.store import Store
from tests.unit.meetings.helpers import at, customer_pm, save, vendor_pm

pytestmark = pytest.mark.both_databases

PLANNED = {SeriesType.WEEKLY_STATUS: 35, SeriesType.BIWEEKLY_STATUS: 55,
           SeriesType.EXECUTIVE_REVIEW: 60}


def _defaults(store: Store, language: Language = Language.EN) -> dict[SeriesType, str]:
    with store.session() as s:
        rows = s.scalars(select(AgendaTemplate).where(AgendaTemplate.is_default.is_(True),
                                                      AgendaTemplate.language == language))
        return {t.series_type: t.body for t in rows}


def _sections(text: str) -> list[str]:
    return re.findall(r"^(\d+)\. ", text, re.MULTILINE)


def test_one_default_template_ships_for_each_meeting_type(store: Store) -> None:
    assert set(_defaults(store)) == set(PLANNED)
    assert set(_defaults(store, Language.JA)) == set(PLANNED)


@pytest.mark.parametrize("kind", list(PLANNED))
def test_each_japanese_default_renders_the_same_sections_and_times(store: Store,
                                                                  kind: SeriesType) -> None:
    agenda = render(_defaults(store, Language.JA)[kind], sample_context(), 60)

    assert _sections(agenda.text) == ["1", "2", "3", "4", "5"]
    assert agenda.text.startswith("目的：Keep the customer informed\n")
    assert agenda.planned_minutes == PLANNED[kind]
    assert "{{" not in agenda.text and "{%" not in agenda.text


@pytest.mark.parametrize("kind", list(PLANNED))
def test_each_default_renders_every_section_against_the_sample(store: Store,
                                                               kind: SeriesType) -> None:
    agenda = render(_defaults(store)[kind], sample_context(), 60)

    assert _sections(agenda.text) == ["1", "2", "3", "4", "5"]
    assert agenda.text.startswith("Objective: Keep the customer informed\n")
    assert "{{" not in agenda.text and "{%" not in agenda.text
    assert agenda.text.endswith("\n") and not agenda.text.endswith("\n\n")


def test_the_defaults_show_the_open_items_where_a_pm_expects_them(store: Store) -> None:
    bodies = _defaults(store)
    weekly = render(bodies[SeriesType.WEEKLY_STATUS], sample_context(), 45).text
    biweekly = render(bodies[SeriesType.BIWEEKLY_STATUS], sample_context(), 60).text
    executive = render(bodies[SeriesType.EXECUTIVE_REVIEW], sample_context(), 60).text

    assert "   - Share the test plan (山田 太郎, due 30 Nov 2026)" in weekly.splitlines()
    assert "   - CR-12 Export invoices to CSV (16 h) — awaiting your decision" in \
        weekly.splitlines()
    assert ("   - RF-3 Invoices show the wrong VAT rate — raised 27 Nov 2026, with the "
            "department director") in weekly.splitlines()
    assert ("   - PB-2 Nightly batch ran out of memory (workaround: Run the batch in two "
            "halves) — fix expected by 4 Dec 2026") in weekly.splitlines()
    assert "next meeting on Tue 8 Dec 2026, 10:00 (5 min)" in weekly
    assert "   - UAT starts — 7 Dec 2026" in biweekly.splitlines()
    assert "Share the test plan" in biweekly and "CR-12" in biweekly and "RF-3" in biweekly
    assert "overall status of 請求システム移行" in executive
    assert "UAT starts — 7 Dec 2026" in executive and "PB-2" in executive


def test_with_nothing_open_the_agenda_says_so(store: Store) -> None:
    context = sample_context() | {name: [] for name in ITEM_LISTS} | {"next_occurrence": ""}
    weekly = render(_defaults(store)[SeriesType.WEEKLY_STATUS], context, 45).text
    assert "   - none open" in weekly.splitlines()
    assert "5. Next steps, next meeting (5 min)" in weekly.splitlines()


@pytest.mark.parametrize("kind", list(PLANNED))
def test_planned_minutes_are_the_sum_of_the_timed_items(store: Store, kind: SeriesType) -> None:
    agenda = render(_defaults(store)[kind], sample_context(), 60)
    by_hand = sum(int(m) for m in re.findall(r"\((\d+) min\)", agenda.text))
    assert agenda.planned_minutes == by_hand == PLANNED[kind]


@pytest.mark.parametrize(("kind", "meeting", "overrun"), [
    (SeriesType.WEEKLY_STATUS, 30, 5), (SeriesType.WEEKLY_STATUS, 35, 0),
    (SeriesType.WEEKLY_STATUS, 45, 0), (SeriesType.EXECUTIVE_REVIEW, 45, 15),
])
def test_overrun_when_the_items_do_not_fit_the_meeting(store: Store, kind: SeriesType,
                                                       meeting: int, overrun: int) -> None:
    agenda = render(_defaults(store)[kind], sample_context(), meeting)
    assert agenda.meeting_minutes == meeting
    assert agenda.overrun_minutes == overrun


def test_own_timed_items_and_japanese_text() -> None:
    body = ("議題: {{ project.name }}（{{ project.customer }}）\n"
            "1. 進捗報告 (10 min)\n2. 課題と決定事項 (15 MIN)\n3. 次回の予定 (5min)\n"
            "{% for a in open_actions %}- {{ a.text }} — {{ a.owner }}\n{% endfor %}")
    agenda = render(body, sample_context(), 20)
    assert agenda.text.splitlines()[0] == "議題: 請求システム移行（東京フィンテック）"
    assert "- Share the test plan — 山田 太郎" in agenda.text
    assert agenda.planned_minutes == 30 and agenda.overrun_minutes == 10


def test_a_syntax_error_names_its_line() -> None:
    body = "Objective\n{% for item in open_actions %}\n   - {{ item.text }\n{% endfor %}\n"
    with pytest.raises(AgendaError) as caught:
        render(body, sample_context(), 30)
    assert caught.value.line == 3
    assert str(caught.value).startswith("line 3: ")


def test_an_unclosed_block_is_an_agenda_error() -> None:
    with pytest.raises(AgendaError) as caught:
        render("1. Status (5 min)\n{% if open_actions %}\n- open\n", sample_context(), 30)
    assert "endif" in caught.value.message or "end of template" in caught.value.message


def test_an_unknown_variable_is_named_with_its_line() -> None:
    body = "Objective: {{ series.objective }}\nBudget left: {{ budget_left }}\n"
    with pytest.raises(AgendaError) as caught:
        render(body, sample_context(), 30)
    assert "budget_left" in caught.value.message
    assert caught.value.line == 2


def test_an_unknown_attribute_is_named() -> None:
    with pytest.raises(AgendaError) as caught:
        render("{{ project.name }}\n\n{{ project.budget }}", sample_context(), 30)
    assert "budget" in caught.value.message and caught.value.line == 3


@pytest.mark.parametrize("body", [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ project.name.format.__globals__ }}",
    "{{ '{0.__class__}'.format(project) }}",
    "{{ open_actions[0].__dict__ }}",
    "{% include '/etc/passwd' %}",
    "{% import 'os' as os %}{{ os.getcwd() }}",
])
def test_a_sandbox_escape_is_an_agenda_error_not_a_leak(body: str) -> None:
    with pytest.raises(AgendaError) as caught:
        render(body, sample_context(), 30)
    message = str(caught.value)
    for leak in ("<class", "<module", "<built-in", "root:", "object at 0x"):
        assert leak not in message


@pytest.mark.parametrize("body", [
    "{{ series.duration_minutes + 'min' }}",
    "{{ 1 / 0 }}",
    "{{ range(10 ** 9) | list | length }}",
    "{{ open_actions[7].text }}",
    "{% macro again() %}{{ again() }}{% endmacro %}{{ again() }}",
    "{{ 'Share the test plan' | truncate(-5) }}",
])
def test_a_mistake_at_render_time_is_an_agenda_error_never_a_crash(body: str) -> None:
    with pytest.raises(AgendaError):
        render(body, sample_context(), 30)


def _minutes(store: Store, project_id: str) -> str:
    """A saved weekly series in the future with public and internal minutes; its id."""
    pm, their_pm = vendor_pm(store, project_id), customer_pm(store, project_id)
    series = save(store, project_id, first_date=date(2027, 1, 5))
    occurrences.save_minutes(store, series.id, at(date(2027, 1, 5), 10), [
        MinutesItemData(MinutesKind.ACTION, "Share the test plan",
                        owner_person_id=their_pm.person_id, due_on=date(2027, 1, 8)),
        MinutesItemData(MinutesKind.ACTION, "Check our margin before quoting CR-7",
                        owner_person_id=pm.person_id, internal=True),
        MinutesItemData(MinutesKind.ACTION, "Already done", done_on=date(2027, 1, 6)),
        MinutesItemData(MinutesKind.DECISION, "Go-live on 15 January"),
        MinutesItemData(MinutesKind.DECISION, "Do not mention the team change yet",
                        internal=True),
    ])
    return series.id


def test_a_customer_agenda_has_open_actions_but_never_internal_items(demo_store: Store,
                                                                     jp104: str) -> None:
    series_id = _minutes(demo_store, jp104)
    their_pm = customer_pm(demo_store, jp104)
    next_meeting = at(date(2027, 1, 12), 10)

    for agenda in (invites.render_agenda(demo_store, series_id),
                   invites.render_agenda(demo_store, series_id, next_meeting),
                   invites.render_agenda(demo_store, series_id, next_meeting,
                                         for_customer=True)):
        assert f"Share the test plan（{their_pm.name}、期日 2027年1月8日）" in agenda.text
        assert "margin" not in agenda.text
        assert "Already done" not in agenda.text

    internal = invites.render_agenda(demo_store, series_id, next_meeting, for_customer=False)
    assert "Check our margin before quoting CR-7" in internal.text
    assert "Share the test plan" in internal.text


def test_internal_decisions_stay_out_of_a_customer_agenda_too(demo_store: Store,
                                                              jp104: str) -> None:
    series_id = _minutes(demo_store, jp104)
    body = "{% for d in decisions %}- {{ d.text }}\n{% endfor %}"
    customer = invites.render_agenda(demo_store, series_id, body=body).text
    internal = invites.render_agenda(demo_store, series_id, body=body, for_customer=False).text
    assert customer.splitlines() == ["- Go-live on 15 January"]
    assert internal.splitlines() == ["- Go-live on 15 January",
                                     "- Do not mention the team change yet"]


def test_a_series_agenda_uses_its_own_template(demo_store: Store, jp104: str) -> None:
    with demo_store.session() as s:
        template = AgendaTemplate(series_type=SeriesType.WEEKLY_STATUS, name="短い定例",
                                  body="{{ project.code }} 定例\n1. 確認 (20 min)\n")
        s.add(template)
        s.flush()
        template_id = template.id
    series = save(demo_store, jp104, agenda_template_id=template_id, duration_minutes=15)
    agenda = invites.render_agenda(demo_store, series.id)
    assert agenda.text == "JP-104 定例\n1. 確認 (20 min)\n"
    assert (agenda.planned_minutes, agenda.overrun_minutes) == (20, 5)
    # without a template of its own a series gets the default of its type
    plain = save(demo_store, jp104, agenda_template_id=None, type=SeriesType.BIWEEKLY_STATUS)
    assert _sections(invites.render_agenda(demo_store, plain.id).text) == ["1", "2", "3", "4",
                                                                           "5"]
    assert "今後2週間の予定" in invites.render_agenda(demo_store, plain.id).text


def test_a_broken_stored_template_is_an_agenda_error(demo_store: Store, jp104: str) -> None:
    with demo_store.session() as s:
        template = AgendaTemplate(series_type=SeriesType.OTHER, name="Broken",
                                  body="1. {{ series.title }\n")
        s.add(template)
        s.flush()
        template_id = template.id
    series = save(demo_store, jp104, agenda_template_id=template_id)
    with pytest.raises(AgendaError) as caught:
        invites.render_agenda(demo_store, series.id)
    assert caught.value.line == 1


def test_the_proposed_governance_meetings_fit_their_default_agendas(demo_store: Store,
                                                                   jp104: str) -> None:
    """Right after applying the governance model no series warns that its agenda overruns."""
    saved = meetings.save_proposals(
        demo_store, meetings.propose_governance(demo_store, jp104, today=date(2026, 11, 24)))
    for series in saved:
        agenda = invites.render_agenda(demo_store, series.id)
        assert agenda.planned_minutes == PLANNED[series.type]
        assert agenda.overrun_minutes == 0, (series.type, series.duration_minutes)


def test_an_agenda_item_is_plain_data() -> None:
    item = AgendaItem("Share the test plan", "山田 太郎", date(2026, 11, 30))
    assert render("{{ item.text }} / {{ item.owner }} / {{ item.due_on }}", {"item": item},
                  5).text == "Share the test plan / 山田 太郎 / 30 Nov 2026\n"


def test_an_agenda_for_one_date_names_the_meetings_around_it(demo_store: Store,
                                                             jp104: str) -> None:
    series = save(demo_store, jp104, first_date=date(2027, 1, 5))
    agenda = invites.render_agenda(demo_store, series.id, at(date(2027, 1, 12), 10))
    assert "5. 今後の進め方、次回（2027年1月19日（火）10:00）について（5分）" in \
        agenda.text.splitlines()


def test_the_agenda_of_a_meeting_on_29_february_renders(demo_store: Store, jp104: str) -> None:
    """2028 is a leap year: a weekly Tuesday meeting falls on 29 February."""
    series = save(demo_store, jp104, first_date=date(2028, 2, 1))
    agenda = invites.render_agenda(demo_store, series.id, at(date(2028, 2, 29), 10))
    assert "次回（2028年3月7日（火）10:00）について（5分）" in agenda.text


def test_the_agenda_names_the_meetings_as_they_will_be_held(demo_store: Store,
                                                            jp104: str) -> None:
    """Tuesdays 10:00 Tokyo; 19 January cancelled, 26 January moved to Wednesday 15:00. The
    customer must not read that the next meeting is on a date that was called off."""
    series = save(demo_store, jp104, first_date=date(2027, 1, 5))
    occurrences.cancel(demo_store, series.id, at(date(2027, 1, 19), 10))
    occurrences.reschedule(demo_store, series.id, at(date(2027, 1, 26), 10),
                           at(date(2027, 1, 27), 15))
    body = "{{ previous_occurrence }} | {{ occurrence }} | {{ next_occurrence }}"

    def around(day: date) -> str:
        return invites.render_agenda(demo_store, series.id, at(day, 10), body=body).text.strip()

    # a Japanese project: its meetings as a Japanese invite writes them, with the weekday
    assert around(date(2027, 1, 12)) == ("2027年1月5日（火）10:00 | 2027年1月12日（火）10:00 | "
                                         "2027年1月27日（水）15:00")
    assert around(date(2027, 1, 26)) == ("2027年1月12日（火）10:00 | 2027年1月27日（水）15:00 | "
                                         "2027年2月2日（火）10:00")
    assert around(date(2027, 2, 2)) == ("2027年1月27日（水）15:00 | 2027年2月2日（火）10:00 | "
                                        "2027年2月9日（火）10:00")
    default = invites.render_agenda(demo_store, series.id, at(date(2027, 1, 12), 10)).text
    assert "次回（2027年1月27日（水）15:00）について（5分）" in default
