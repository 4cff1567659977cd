"""Invitations through Outlook in the Meetings tab: the PM hands a series to Outlook in the
series dialog, sees which way each series is invited, and cannot invite a meeting twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from cockpit.connectors import remote_links
from cockpit.ics.export import Method
from cockpit.services import invites, meetings
from cockpit.store.models import MeetingSeries
from tests.ui.helpers import select_code, when_a_dialog_opens
from ui.main_window import MainWindow
from ui.meetings.series_dialog import SeriesDialog


def _open(window: MainWindow, code: str):  # type: ignore[no-untyped-def]
    select_code(window, code)
    window.editor.tabs.setCurrentWidget(window.editor.meetings)
    return window.editor.meetings


def _row_of(tab, series_id: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, s in enumerate(tab.model.rows) if s.id == series_id)


def test_the_pm_hands_a_series_to_outlook_in_the_dialog(window: MainWindow, qtbot) -> None:
    tab = _open(window, "DE-108")
    fresh = next(s for s in tab.model.rows if not s.ics_sent and not s.sequence)
    tab.view.selectRow(_row_of(tab, fresh.id))
    seen: list[str] = []

    def tick(dialog: QDialog) -> None:
        assert isinstance(dialog, SeriesDialog)
        assert dialog.outlook.isEnabled() and not dialog.outlook.isChecked()
        dialog.outlook.setChecked(True)
        seen.append(dialog.outlook_note.text())
        dialog.accept()

    when_a_dialog_opens(tick)
    tab.buttons["edit"].click()
    assert "Outlook" in seen[0]
    assert meetings.get_series(window.store, fresh.id).outlook
    qtbot.waitUntil(lambda: tab.model.rows[_row_of(tab, fresh.id)].outlook)
    column = tab.model.SENT
    text = tab.model.index(_row_of(tab, fresh.id), column).data()
    assert text == "by Outlook: at the next sync"


def test_a_series_invited_by_ics_cannot_be_handed_to_outlook(window: MainWindow) -> None:
    tab = _open(window, "DE-108")
    series = tab.model.rows[0]
    invites.export_series(window.store, series.id, Method.REQUEST)
    series = meetings.get_series(window.store, series.id)
    dialog = SeriesDialog(series, [], [], "Asia/Tokyo", window)
    assert not dialog.outlook.isEnabled() and not dialog.outlook.isChecked()
    assert ".ics" in dialog.outlook_note.text() and "second time" in dialog.outlook_note.text()
    dialog.deleteLater()


def test_a_series_outlook_holds_is_cancelled_through_outlook_not_a_file(
        window: MainWindow, prompts, qtbot, tmp_path: Path) -> None:
    tab = _open(window, "DE-108")
    series = tab.model.rows[0]
    with window.store.session() as s:  # as the sync leaves it once Outlook holds the event
        row = s.get(MeetingSeries, series.id)
        assert row is not None
        row.outlook = True
        remote_links.put(s, remote_links.SERIES, series.id, "outlook", remote_id="AAMkAD-event")
    window.meetings.refresh()
    qtbot.waitUntil(lambda: tab.model.rows[_row_of(tab, series.id)].in_outlook)
    assert tab.model.index(_row_of(tab, series.id), tab.model.SENT).data() == "by Outlook"
    dialog = SeriesDialog(meetings.get_series(window.store, series.id), [], [], "UTC", window)
    assert not dialog.outlook.isEnabled() and dialog.outlook.isChecked()
    assert "UID" in dialog.outlook_note.text()
    dialog.deleteLater()

    tab.view.selectRow(_row_of(tab, series.id))
    prompts.confirm_answers = [True]
    prompts.next_path = tmp_path / "never.ics"
    tab.buttons["cancel"].click()
    qtbot.waitUntil(lambda: meetings.get_series(window.store, series.id).cancelled)
    assert not prompts.next_path.exists()  # no file: Outlook tells the attendees
    assert "Outlook" in prompts.asked[-1][1]
