"""The care engine's settings as the PM edits them: Settings → Care rules and calendars (the
PM's calendar, company days off, rule defaults), a project's Care rules tab, its Sprints tab,
and the planner's held / not held — each change shows on Today through the change signal."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from cockpit.domain.enums import Language
from cockpit.services import care_settings, occurrences, projects
from cockpit.store.models import MailItem, Project
from cockpit.store.store import Store
from tests.ui.helpers import select_code, when_a_dialog_opens
from ui.main_window import MainWindow
from ui.passport.tabs.sprints_tab import next_sprint
from ui.today.model import ITEM_ROLE


@pytest.fixture
def window(make_window, demo_store: Store, db_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    jp104 = projects.find_project_id(demo_store, "JP-104")
    with demo_store.session() as s:
        s.execute(update(Project).values(language=Language.EN))
        s.add(MailItem(id="mail-settings-1", folder="inbox", project_id=jp104,
                       internet_message_id="<settings-1@customer.example>",
                       subject="Question about the invoice",
                       sender="misaki.watanabe.jp-104@example.jp", recipients=[],
                       moment=datetime.now(UTC) - timedelta(days=6),
                       conversation_id="conv-settings-1", body_preview="Hello"))
    demo_store.dispose()
    return make_window(db_path, today=True)


def _rules_shown(window: MainWindow, code: str) -> set[str]:
    proxy = window.today_panel.proxy
    items = [proxy.index(r, 0).data(ITEM_ROLE) for r in range(proxy.rowCount())]
    return {i.rule for i in items if i.project_code == code}


def _settled(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.today._debounce.isActive()
                    and not window.today._running, timeout=5000)


def test_settings_save_the_pms_calendar_days_off_and_a_rule_switched_off(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert "customer_mail" in _rules_shown(window, "JP-104")

    def edit(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.windowTitle() == "Care rules and calendars"
        dialog.zone.combo.setCurrentText("Europe/Warsaw")
        dialog.country.setText("pl")
        dialog.day.setDate(date(2026, 12, 24))
        dialog.add_day.click()
        dialog.rules.enabled["customer_mail"].setChecked(False)
        dialog.rules.spins["open_task_update"]["working_days"].setValue(3)
        dialog.accept()

    when_a_dialog_opens(edit)
    window.actions_.care_settings.trigger()
    _settled(window, qtbot)
    store = window.store
    assert care_settings.pm_calendar(store) == care_settings.PmCalendar(
        "Europe/Warsaw", "PL", time(9, 0), time(18, 0))
    assert care_settings.days_off(store) == [date(2026, 12, 24)]
    rules = care_settings.company_rules(store)
    assert rules["customer_mail"].enabled is False
    assert rules["open_task_update"].params == {"working_days": 3}
    assert "customer_mail" not in _rules_shown(window, "JP-104")  # Today follows at once
    assert window.today.zone() == "Europe/Warsaw"


def test_a_refused_zone_is_explained_and_the_dialog_comes_back_as_typed(
        window: MainWindow, qtbot, prompts) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def wrong(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.zone.combo.setCurrentText("Mars/Olympus")
        dialog.country.setText("DE")
        dialog.accept()
        when_a_dialog_opens(again)

    def again(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append(dialog.zone.value())
        seen.append(dialog.country.text())
        dialog.reject()

    when_a_dialog_opens(wrong)
    window.actions_.care_settings.trigger()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert seen == ["Mars/Olympus", "DE"]
    assert any("Mars/Olympus" in e for e in prompts.errors)
    assert care_settings.pm_calendar(window.store).zone == "UTC"  # nothing was saved


def test_a_rule_switched_off_in_the_passport_leaves_today_for_that_project_only(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert "customer_mail" in _rules_shown(window, "JP-104")
    window.show_projects()
    select_code(window, "JP-104")
    tab = window.editor.care_rules
    rows = tab.rows
    assert not rows.enabled["customer_mail"].isEnabled()  # it follows the company's
    rows.own["customer_mail"].setChecked(True)
    assert rows.enabled["customer_mail"].isEnabled()
    rows.enabled["customer_mail"].setChecked(False)
    assert window.editor.dirty
    window.actions_.save.trigger()
    qtbot.waitUntil(lambda: not window.editor.dirty, timeout=3000)
    _settled(window, qtbot)
    passport = projects.get_passport(window.store, projects.find_project_id(window.store,
                                                                            "JP-104"))
    (own,) = passport.care_rules
    assert own.rule == "customer_mail" and own.enabled is False
    assert "customer_mail" not in _rules_shown(window, "JP-104")
    rows.own["customer_mail"].setChecked(False)  # back to the company's: on again
    assert rows.enabled["customer_mail"].isChecked()
    window.actions_.save.trigger()
    qtbot.waitUntil(lambda: not window.editor.dirty, timeout=3000)
    _settled(window, qtbot)
    assert "customer_mail" in _rules_shown(window, "JP-104")


def test_the_next_sprint_follows_the_last_one() -> None:
    from cockpit.domain.passport import SprintData

    last = SprintData(name="Sprint 14", start_on=date(2026, 11, 23), end_on=date(2026, 12, 4))
    nxt = next_sprint([last], 2, date(2026, 12, 7))
    assert (nxt.name, nxt.start_on, nxt.end_on) == ("Sprint 15", date(2026, 12, 7),
                                                    date(2026, 12, 18))
    first = next_sprint([], 1, date(2026, 12, 9))  # a Wednesday: the coming Monday
    assert (first.name, first.start_on, first.end_on) == ("Sprint 1", date(2026, 12, 14),
                                                          date(2026, 12, 18))


def test_the_sprints_tab_adds_the_next_sprint_and_saves_it(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_projects()
    select_code(window, "JP-104")
    table = window.editor.sprints.table
    before = table.records()
    table.add_button.click()
    added = table.records()[-1]
    assert len(table.records()) == len(before) + 1
    dated = [s for s in before if s.end_on]
    if dated:
        assert added.start_on is not None and added.start_on > max(s.end_on for s in dated)  # type: ignore[type-var]
    tasks = window.editor.tasks
    column = next(c for c in tasks.table.model.columns if c.field == "sprint")
    assert column.choices is not None
    offered = [key for _text, key in column.choices()]
    assert offered[0] == "" and added.name in offered  # the Tasks tab picks from the sprints
    window.actions_.save.trigger()
    qtbot.waitUntil(lambda: not window.editor.dirty, timeout=3000)
    passport = projects.get_passport(window.store, projects.find_project_id(window.store,
                                                                            "JP-104"))
    assert added.name in [s.name for s in passport.sprints]


def test_held_in_the_planner_puts_the_follow_up_on_today(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    now = datetime.now(UTC)
    jp104 = projects.find_project_id(store, "JP-104")
    view = next(v for v in occurrences.upcoming(store, now - timedelta(days=7), now,
                                                project_id=jp104)
                if v.end < now and not v.has_minutes)
    assert "follow_up" not in _rules_shown(window, "JP-104")
    window.open_planner()
    planner = window.planner
    assert planner is not None
    planner.show_cancelled.setChecked(True)
    local = view.occurrence.start.date()
    days = (local - planner.ctx.clock.today()).days
    planner.go(days - days % 7 if days % 7 else days)
    qtbot.waitUntil(lambda: any(r.series_id == view.series_id and r.occurrence.original_start
                                == view.occurrence.original_start for r in planner.model.rows),
                    timeout=3000)
    row = next(i for i, r in enumerate(planner.model.rows) if r.series_id == view.series_id
               and r.occurrence.original_start == view.occurrence.original_start)
    planner.view.selectRow(row)
    assert planner.buttons["held"].isEnabled()
    planner.buttons["held"].click()
    _settled(window, qtbot)
    assert "follow_up" in _rules_shown(window, "JP-104")
    stored = occurrences.get_occurrence(store, view.series_id, view.occurrence.original_start)
    assert stored.held is True
    planner.close()
