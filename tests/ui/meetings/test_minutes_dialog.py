"""Minutes of one meeting, on real widgets: decisions go to the decision log, action items carry
over, internal items are marked and never reach the customer, and no edit is lost silently."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.meetings import MinutesItemData, MinutesKind, SeriesType
from cockpit.services import invites, meetings, occurrences, projects
from cockpit.services.occurrences import OccurrenceView
from tests.ui.fakes import ManualTaskRunner
from tests.ui.helpers import cell, context_for, set_cell, when_a_dialog_opens
from ui.main_window import MainWindow
from ui.meetings.minutes_dialog import INTERNAL_BRUSH, MinutesDialog
from ui.widgets.record_table_model import Column, Kind, RecordTableModel

CHECKED = Qt.CheckState.Checked.value


@pytest.fixture
def weekly(window: MainWindow) -> list[OccurrenceView]:
    """JP-107 (no meetings in the demo) with its governance series: the next weekly dates."""
    store = window.store
    project_id = projects.find_project_id(store, "JP-107")
    saved = meetings.save_proposals(store, meetings.propose_governance(store, project_id))
    series = next(s for s in saved if s.type is SeriesType.WEEKLY_STATUS)
    now = datetime.now(UTC)
    views = [v for v in occurrences.upcoming(store, now, now + timedelta(days=30),
                                             project_id=project_id) if v.series_id == series.id]
    assert len(views) >= 2
    return views


def _people(window: MainWindow, code: str) -> tuple[str, str]:
    """(the customer's PM, the vendor PM) of a project, as person ids."""
    passport = projects.get_passport(window.store, projects.find_project_id(window.store, code))
    theirs = next(m for m in passport.members if m.side is Side.CUSTOMER
                  and m.escalation_level is EscalationLevel.PROJECT)
    ours = next(m for m in passport.members if m.side is Side.VENDOR
                and m.escalation_level is EscalationLevel.PROJECT)
    return theirs.person_id, ours.person_id


def _dialog(window: MainWindow, qtbot, view: OccurrenceView) -> MinutesDialog:  # type: ignore[no-untyped-def]
    dialog = MinutesDialog(window.ctx, view, window, my_zone="Europe/Warsaw")
    dialog.confirm_discard = lambda: True  # the teardown closes it; tests ask their own
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # typing goes to the active window, as for a user
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def _type_into_open_cell(dialog: MinutesDialog, text: str) -> None:
    editor = dialog.table.view.viewport().findChild(QLineEdit)
    assert editor is not None, "no cell editor is open"
    editor.setFocus()
    QTest.keyClicks(editor, text)


def test_decision_action_and_internal_items_are_saved_and_kept_apart(
        window: MainWindow, qtbot, weekly: list[OccurrenceView]) -> None:  # type: ignore[no-untyped-def]
    view = weekly[0]
    customer_pm, vendor_pm = _people(window, "JP-107")
    dialog = _dialog(window, qtbot, view)
    assert view.title in dialog.windowTitle()
    assert "(Asia/Tokyo)" in dialog.when.text() and "(Europe/Warsaw)" in dialog.when.text()
    assert dialog.table.model.rowCount() == 0 and not dialog.save_button.isEnabled()

    dialog.add_decision.click()  # opens the text cell: type as in a meeting
    _type_into_open_cell(dialog, "Go-live on 15 January")
    table = dialog.table
    table.commit_pending_edit()
    dialog.add_action.click()
    table.commit_pending_edit()
    assert set_cell(table, 1, "text", "テスト計画書を共有する")
    assert set_cell(table, 1, "owner_person_id", customer_pm)
    assert set_cell(table, 1, "due_on", "2026-12-15")
    table.add_button.click()  # a point discussed
    table.commit_pending_edit()
    set_cell(table, 2, "text", "Margin below target on the CR estimate")
    set_cell(table, 2, "internal", CHECKED, Qt.ItemDataRole.CheckStateRole)
    dialog.add_action.click()
    table.commit_pending_edit()
    set_cell(table, 3, "text", "Check the margin with finance")
    set_cell(table, 3, "owner_person_id", vendor_pm)
    set_cell(table, 3, "internal", CHECKED, Qt.ItemDataRole.CheckStateRole)

    internal = cell(table, 2, "text")
    assert internal.data(Qt.ItemDataRole.BackgroundRole) == INTERNAL_BRUSH
    assert "never reaches the customer" in internal.data(Qt.ItemDataRole.ToolTipRole)
    assert cell(table, 1, "text").data(Qt.ItemDataRole.BackgroundRole) is None
    assert cell(table, 1, "owner_person_id").data().startswith(
        next(name for name, pid in dialog.people if pid == customer_pm).split(" — ")[0])
    assert dialog.windowTitle().endswith("*") and dialog.save_button.isEnabled()

    dialog.save_button.click()

    assert dialog.status.text() == "Minutes saved." and not dialog.dirty
    assert not dialog.windowTitle().endswith("*")
    stored = occurrences.get_minutes(window.store, view.series_id, view.occurrence.original_start)
    assert [(i.kind, i.text, i.internal) for i in stored] == [
        (MinutesKind.DECISION, "Go-live on 15 January", False),
        (MinutesKind.ACTION, "テスト計画書を共有する", False),
        (MinutesKind.POINT, "Margin below target on the CR estimate", True),
        (MinutesKind.ACTION, "Check the margin with finance", True),
    ]
    assert stored[1].owner_person_id == customer_pm and stored[1].due_on == date(2026, 12, 15)
    decisions = occurrences.decision_log(window.store, view.project_id)
    assert [d.item.text for d in decisions] == ["Go-live on 15 January"]
    actions = occurrences.open_actions(window.store, view.project_id)
    assert [(a.item.text, a.item.internal) for a in actions] == [
        ("テスト計画書を共有する", False), ("Check the margin with finance", True)]

    for_customer = invites.render_agenda(window.store, view.series_id, for_customer=True).text
    assert "テスト計画書を共有する" in for_customer
    assert "Check the margin with finance" not in for_customer
    assert "Check the margin" in invites.render_agenda(window.store, view.series_id,
                                                       for_customer=False).text

    dialog.reject()  # nothing unsaved: closes without asking, and says minutes were saved
    assert dialog.result() == QDialog.DialogCode.Accepted.value


def test_open_actions_of_earlier_meetings_carry_over(
        window: MainWindow, qtbot, weekly: list[OccurrenceView]) -> None:  # type: ignore[no-untyped-def]
    first, second = weekly[0], weekly[1]
    customer_pm, _vendor = _people(window, "JP-107")
    occurrences.save_minutes(window.store, first.series_id, first.occurrence.original_start, [
        MinutesItemData(MinutesKind.ACTION, "Send the UAT plan", owner_person_id=customer_pm,
                        due_on=date(2026, 12, 20)),
        MinutesItemData(MinutesKind.ACTION, "Already done", done_on=date(2026, 12, 1)),
        MinutesItemData(MinutesKind.ACTION, "Internal follow-up", internal=True),
    ])

    later = _dialog(window, qtbot, second)
    carried = [later.carried.item(r) for r in range(later.carried.count())]
    texts = [item.text() for item in carried]
    assert len(texts) == 2 and "2" in later.carried_label.text()
    assert texts[0].startswith("• Send the UAT plan — ") and "due 2026-12-20" in texts[0]
    assert "Internal follow-up" in texts[1]
    assert carried[1].background() == INTERNAL_BRUSH
    assert "never reaches the customer" in carried[1].toolTip()
    assert later.table.model.rowCount() == 0  # the later meeting's own minutes are empty

    earlier = _dialog(window, qtbot, first)  # its own actions are in its table, not carried
    assert earlier.table.model.rowCount() == 3
    assert earlier.carried.count() == 1 and "None" in earlier.carried.item(0).text()


def test_an_item_without_text_refuses_the_save(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                               weekly: list[OccurrenceView]) -> None:
    view = weekly[0]
    customer_pm, _vendor = _people(window, "JP-107")
    dialog = _dialog(window, qtbot, view)
    dialog.add_action.click()
    dialog.table.commit_pending_edit()
    set_cell(dialog.table, 0, "owner_person_id", customer_pm)
    dialog.add_decision.click()  # left blank: dropped, not refused
    dialog.table.commit_pending_edit()

    dialog.save_button.click()

    assert "needs its text" in dialog.problem.text()
    assert "Row 1" in dialog.table.message.text()
    assert cell(dialog.table, 0, "text").data(Qt.ItemDataRole.BackgroundRole) is not None
    assert occurrences.get_minutes(window.store, view.series_id,
                                   view.occurrence.original_start) == []
    set_cell(dialog.table, 0, "text", "Book the rehearsal room")
    dialog.save_button.click()
    stored = occurrences.get_minutes(window.store, view.series_id, view.occurrence.original_start)
    assert [i.text for i in stored] == ["Book the rehearsal room"]
    assert dialog.table.model.rowCount() == 1  # the blank row went away


def test_closing_asks_before_discarding(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                        weekly: list[OccurrenceView]) -> None:
    view = weekly[0]
    dialog = _dialog(window, qtbot, view)
    dialog.add_decision.click()
    _type_into_open_cell(dialog, "Typed but not saved")
    answers = [False, True]
    dialog.confirm_discard = lambda: answers.pop(0)

    dialog.reject()  # the text still in the cell counts: it asks, and the answer is "no"
    assert dialog.isVisible() and dialog.items()[0].text == "Typed but not saved"

    dialog.reject()
    assert not dialog.isVisible() and answers == []
    assert dialog.result() == QDialog.DialogCode.Rejected.value
    assert occurrences.get_minutes(window.store, view.series_id,
                                   view.occurrence.original_start) == []


def test_the_planner_opens_the_minutes_of_a_meeting(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                    weekly: list[OccurrenceView]) -> None:
    window.actions_.planner.trigger()
    planner = window.planner
    view = weekly[0]
    monday = view.occurrence.start.date() - timedelta(days=view.occurrence.start.weekday())
    planner.monday = monday
    planner.refresh()
    row = next(i for i, r in enumerate(planner.model.rows)
               if (r.series_id, r.occurrence.original_start)
               == (view.series_id, view.occurrence.original_start))
    planner.view.selectRow(row)
    seen: list[QDialog] = []

    def write(dialog: QDialog) -> None:
        seen.append(dialog)
        dialog.add_action.click()
        dialog.table.commit_pending_edit()
        set_cell(dialog.table, 0, "text", "Confirm the cut-over weekend")
        dialog.save_button.click()
        dialog.reject()

    when_a_dialog_opens(write)
    planner.buttons["minutes"].click()

    assert len(seen) == 1 and isinstance(seen[0], MinutesDialog)
    assert [i.text for i in occurrences.get_minutes(
        window.store, view.series_id, view.occurrence.original_start)] == [
        "Confirm the cut-over weekend"]
    qtbot.waitUntil(lambda: any(r.has_minutes for r in planner.model.rows), timeout=2000)
    planner.close()


def test_the_minutes_table_passes_the_model_tester(window: MainWindow, qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                   weekly: list[OccurrenceView]) -> None:
    dialog = _dialog(window, qtbot, weekly[0])
    dialog.add_decision.click()
    dialog.table.commit_pending_edit()
    set_cell(dialog.table, 0, "internal", CHECKED, Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(dialog.table.model)


def test_a_bool_column_is_a_checkbox_over_a_plain_bool(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel([Column("text", "Text"),
                              Column("internal", "Internal", Kind.BOOL)],
                             lambda: MinutesItemData(MinutesKind.POINT, ""))
    model.set_records([MinutesItemData(MinutesKind.POINT, "a", internal=True)])
    edits: list[bool] = []
    model.edited.connect(lambda: edits.append(True))
    index = model.index(0, 1)

    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert index.data(Qt.ItemDataRole.DisplayRole) is None
    assert not model.setData(index, False, Qt.ItemDataRole.EditRole)  # only the checkbox
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.result()[0].internal is False and edits == [True]
    assert not model.setData(index, Qt.CheckState.Unchecked.value,
                             Qt.ItemDataRole.CheckStateRole)  # unchanged: no edit
    model.row_hint = lambda r: (INTERNAL_BRUSH if r.internal else None, "hint")
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "hint"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_what_is_typed_while_a_save_runs_stays_on_screen(  # type: ignore[no-untyped-def]
        window: MainWindow, qtbot, weekly: list[OccurrenceView]) -> None:
    view = weekly[0]
    runner = ManualTaskRunner()
    dialog = MinutesDialog(context_for(window, runner), view, window, my_zone="Asia/Tokyo")
    dialog.confirm_discard = lambda: True
    qtbot.addWidget(dialog)
    assert not dialog.table.isEnabled() and dialog.status.text() == "Loading…"
    runner.run_next()
    assert dialog.table.isEnabled() and "for you" not in dialog.when.text()  # one zone

    dialog.table.model.add_row(MinutesItemData(MinutesKind.DECISION, "Saved one"))
    dialog.save_button.click()
    dialog.table.model.add_row(MinutesItemData(MinutesKind.POINT, "Typed meanwhile"))
    runner.run_next()

    assert [i.text for i in dialog.items()] == ["Saved one", "Typed meanwhile"]
    assert dialog.dirty and dialog.save_button.isEnabled()
    assert [i.text for i in occurrences.get_minutes(
        window.store, view.series_id, view.occurrence.original_start)] == ["Saved one"]
