"""Creating and editing a project through the real widgets, saved to the real store."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cockpit.domain.enums import Health, Meeting, MessageKind
from cockpit.services import projects
from tests.ui.helpers import cell, select_code, set_cell, type_text, visible_codes
from ui.main_window import MainWindow


def test_create_project_with_keyboard_and_japanese_text(window: MainWindow, qtbot) -> None:
    QTest.keySequence(window, "Ctrl+N")  # shortcut, as a user presses it
    editor = window.editor
    assert editor.is_new and editor.dirty
    overview = editor.overview
    assert overview.f["code"].input.hasFocus()
    QTest.keyClicks(overview.f["code"].input, "JP-900")
    type_text(overview.f["name"].input, "新基幹システム刷新")
    type_text(overview.f["customer"].input, "株式会社ひかり銀行")
    overview.f["customer_time_zone"].combo.setCurrentText("Asia/Tokyo")
    assert window.actions_.save.isEnabled()
    QTest.keySequence(window, "Ctrl+S")

    assert not editor.dirty
    assert "JP-900" in visible_codes(window)
    assert window.list_panel.current_id() == editor.passport.id
    stored = projects.get_passport(window.store, editor.passport.id)
    assert stored.fields.name == "新基幹システム刷新"
    assert stored.fields.customer == "株式会社ひかり銀行"
    assert stored.fields.customer_time_zone == "Asia/Tokyo"
    assert len(stored.onboarding) == 7  # the company checklist came with it


def test_edit_fields_in_every_tab_and_save(window: MainWindow) -> None:
    select_code(window, "DE-108")
    editor = window.editor
    health = editor.overview.f["health"].combo
    health.setCurrentIndex(health.findData(Health.RED))
    editor.overview.f["notes"].edit.setPlainText("Kündigung angedroht — Eskalation an CTO")
    people = editor.people.table
    row = people.add_row()
    set_cell(people, row, "name", "Jörg Weiß")
    set_cell(people, row, "email", "joerg.weiss@example.de")
    set_cell(people, row, "time_zone", "Europe/Berlin")
    set_cell(people, row, "meetings", Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    map_index = editor.people.map_view.model().index(row, cell(people, row, "meetings").column())
    assert map_index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    links = editor.links.table
    link_row = links.add_row()
    set_cell(links, link_row, "label", "Staging")
    set_cell(links, link_row, "url", "https://staging.example.de")
    invoices = editor.contract.invoices
    inv = invoices.add_row()
    set_cell(invoices, inv, "number", "INV-NEW-1")
    set_cell(invoices, inv, "amount", "12,500.50")
    set_cell(invoices, inv, "currency", "EUR")
    editor.contract.f["value"].edit.setText("250000.00")
    quality = editor.quality.table
    q = quality.add_row()
    set_cell(quality, q, "report_date", "2026-11-20")
    set_cell(quality, q, "test_coverage_pct", "81.5")
    onboarding = editor.onboarding.table
    onboarding.view.selectRow(0)
    editor.onboarding.done_button.click()
    assert window.windowTitle().startswith("DE-108") and " *" in window.windowTitle()

    window.actions_.save.trigger()

    assert not editor.dirty
    stored = projects.get_passport(window.store, editor.passport.id)
    assert stored.fields.health is Health.RED
    assert stored.fields.notes.startswith("Kündigung")
    joerg = next(m for m in stored.members if m.name == "Jörg Weiß")
    assert joerg.meetings == frozenset({Meeting.WEEKLY_STATUS})
    assert joerg.reports == frozenset()
    assert any(link.url == "https://staging.example.de" for link in stored.links)
    new_invoice = next(i for i in stored.invoices if i.number == "INV-NEW-1")
    assert new_invoice.amount == Decimal("12500.50")
    assert stored.contract is not None and stored.contract.value == Decimal("250000.00")
    assert any(r.test_coverage_pct == Decimal("81.5") for r in stored.quality_reports)
    assert stored.onboarding[0].done_on is not None
    health_col = window.list_panel.model.HEALTH
    row = visible_codes(window).index("DE-108")
    assert window.list_panel.proxy.index(row, health_col).data() == "Red"


def test_communication_map_checkbox_toggles_a_report(window: MainWindow) -> None:
    select_code(window, "US-103")
    table = window.editor.people.table
    before = table.model.records[0].reports
    index = cell(table, 0, "reports")
    flag_cols = [i for i, c in enumerate(table.model.columns) if c.flag is MessageKind.TASK_UPDATE]
    index = table.model.index(0, flag_cols[0])
    state = index.data(Qt.ItemDataRole.CheckStateRole)
    new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
    assert table.model.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)
    window.actions_.save.trigger()
    stored = projects.get_passport(window.store, window.editor.passport.id)
    update = MessageKind.TASK_UPDATE
    assert (update in stored.members[0].reports) != (update in before)


def test_bad_email_is_shown_in_the_cell_and_blocks_saving(window: MainWindow) -> None:
    select_code(window, "JP-104")
    editor = window.editor
    people = editor.people.table
    original = projects.get_passport(window.store, editor.passport.id)
    set_cell(people, 1, "email", "yamada at example")
    index = cell(people, 1, "email")
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "e-mail" in index.data(Qt.ItemDataRole.ToolTipRole).lower()
    assert "Row 2" in people.message.text()
    editor.tabs.setCurrentWidget(editor.overview)

    window.actions_.save.trigger()

    assert editor.dirty
    assert editor.tabs.currentWidget() is editor.people  # taken to the problem
    assert projects.get_passport(window.store, original.id) == original  # nothing written
    set_cell(people, 1, "email", "yamada@example.jp")
    assert not people.message.text()
    window.actions_.save.trigger()
    assert not editor.dirty


def test_inline_messages_for_date_url_amount_and_required(window: MainWindow) -> None:
    select_code(window, "US-106")
    editor = window.editor
    overview = editor.overview
    overview.f["end_date"].edit.setText("2026-13-45")
    assert overview.f["end_date"].message.isVisibleTo(editor)
    assert "YYYY-MM-DD" in overview.f["end_date"].message.text()
    overview.f["end_date"].edit.setText("2001-01-01")  # a date, but before the start
    assert "before the start" in overview.f["end_date"].message.text()
    overview.f["name"].edit.clear()
    assert "required" in overview.f["name"].message.text()
    editor.contract.f["currency"].edit.setText("EURO")
    assert "three-letter" in editor.contract.f["currency"].message.text()
    links = editor.links.table
    set_cell(links, 0, "url", "not a web address")
    assert cell(links, 0, "url").data(Qt.ItemDataRole.BackgroundRole) is not None
    rejected = set_cell(editor.contract.invoices, 0, "amount", "lots")
    assert not rejected
    assert "Not a number" in editor.contract.invoices.message.text()

    before = projects.get_passport(window.store, editor.passport.id)
    window.actions_.save.trigger()
    assert editor.dirty
    assert projects.get_passport(window.store, before.id) == before


def test_revert_discards_edits(window: MainWindow) -> None:
    select_code(window, "US-109")
    name = window.editor.overview.f["name"]
    original = name.value()
    name.edit.setText("Something else")
    assert window.actions_.revert.isEnabled()
    window.actions_.revert.trigger()
    assert name.value() == original
    assert not window.editor.dirty


def test_archive_hides_and_delete_removes_after_confirmation(window: MainWindow, prompts) -> None:
    select_code(window, "US-109")
    project_id = window.editor.passport.id
    window.actions_.archive.trigger()
    assert "US-109" not in visible_codes(window)
    assert projects.get_passport(window.store, project_id).fields.archived
    window.list_panel.show_archived.setChecked(True)
    select_code(window, "US-109")
    assert window.editor.overview.archived_label.isVisibleTo(window.editor)
    window.actions_.unarchive.trigger()
    assert not projects.get_passport(window.store, project_id).fields.archived

    prompts.delete_answers = [False]
    window.actions_.delete.trigger()
    assert "US-109" in visible_codes(window)
    prompts.delete_answers = [True]
    window.actions_.delete.trigger()
    assert "US-109" not in visible_codes(window)
    assert all(s.id != project_id for s in projects.list_projects(window.store,
                                                                  include_archived=True))
    assert [kind for kind, _ in prompts.asked] == ["delete", "delete"]
