"""The Meetings tab: governance set-up, editing a series, invites, import — real widgets."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from cockpit.services import meetings, projects
from tests.ui.helpers import select_code, when_a_dialog_opens
from ui.main_window import MainWindow
from ui.meetings.series_dialog import SeriesDialog

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "ics"


def _open_meetings(window: MainWindow, code: str):  # type: ignore[no-untyped-def]
    select_code(window, code)
    window.editor.tabs.setCurrentWidget(window.editor.meetings)
    return window.editor.meetings


def test_governance_setup_creates_the_three_series(window: MainWindow, qtbot) -> None:
    tab = _open_meetings(window, "JP-107")  # onboarding: no meetings in the demo yet
    assert tab.model.rowCount() == 0
    assert "governance" in tab.note.text().lower()
    when_a_dialog_opens(lambda d: d.accept())
    tab.buttons["governance"].click()
    assert tab.model.rowCount() == 3
    stored = meetings.list_series(window.store, tab.project_id)
    assert sorted(s.type.value for s in stored) == [
        "biweekly_status", "executive_review", "weekly_status"]
    assert all(s.time_zone == "Asia/Tokyo" and s.attendees for s in stored)


def test_edit_a_series_in_the_dialog(window: MainWindow, qtbot) -> None:
    tab = _open_meetings(window, "DE-108")  # the demo gave it its governance series
    assert tab.model.rowCount() == 3
    tab.view.selectRow(0)
    series_id = tab.selected().id

    def adjust(dialog: QDialog) -> None:
        assert isinstance(dialog, SeriesDialog)
        dialog.f["title"].edit.setText("DE-108 Jour fixe — Bäckerei Schäfer")
        dialog.f["duration_minutes"].edit.setText("50")
        assert "Next:" in dialog.times.text()
        dialog.accept()

    when_a_dialog_opens(adjust)
    tab.buttons["edit"].click()
    stored = meetings.get_series(window.store, series_id)
    assert stored.title == "DE-108 Jour fixe — Bäckerei Schäfer"
    assert stored.duration_minutes == 50
    assert any(s.title.startswith("DE-108 Jour fixe") for s in tab.model.rows)


def test_a_mistake_in_the_dialog_is_shown_and_keeps_it_open(window: MainWindow, qtbot) -> None:
    tab = _open_meetings(window, "JP-101")
    seen: list[str] = []

    def mistake(dialog: QDialog) -> None:
        dialog.f["title"].edit.setText("US-103 sync")
        dialog.f["online_url"].edit.setText("teams meeting")
        dialog.accept()
        seen.append(dialog.problem.text())
        assert dialog.isVisible()
        dialog.reject()

    when_a_dialog_opens(mistake)
    tab.buttons["new"].click()
    assert seen and "web address" in seen[0]
    assert tab.model.rowCount() == 0  # nothing was created


def test_save_invite_and_cancel_the_series(window: MainWindow, prompts, qtbot,
                                           tmp_path: Path) -> None:
    tab = _open_meetings(window, "JP-104")
    tab.view.selectRow(0)
    series = tab.selected()
    prompts.next_path = tmp_path / "invite.ics"
    tab.buttons["save"].click()
    invite = Calendar.from_ical(prompts.next_path.read_bytes())
    assert invite["METHOD"] == "REQUEST"
    event = invite.walk("VEVENT")[0]
    assert str(event["UID"]) == series.uid
    assert len(event["ATTENDEE"]) == len(series.attendees)

    prompts.confirm_answers = [True]
    prompts.next_path = tmp_path / "cancel.ics"
    tab.buttons["cancel"].click()
    cancel = Calendar.from_ical(prompts.next_path.read_bytes())
    assert cancel["METHOD"] == "CANCEL"
    assert cancel.walk("VEVENT")[0]["SEQUENCE"] > event["SEQUENCE"]
    assert meetings.get_series(window.store, series.id).cancelled


def test_dropping_an_outlook_invite_imports_it(window: MainWindow, prompts) -> None:
    tab = _open_meetings(window, "US-106")
    before = tab.model.rowCount()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(CORPUS / "real-world" / "icalendar-issue_350.ics"))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert prompts.infos and "added: 1" in prompts.infos[-1]
    assert tab.model.rowCount() == before + 1
    assert projects.find_project_id(window.store, "US-106") == tab.project_id


def test_a_broken_calendar_file_is_reported_and_changes_nothing(window: MainWindow,
                                                                prompts) -> None:
    tab = _open_meetings(window, "US-106")
    before = tab.model.rowCount()
    window.meetings.import_file(CORPUS / "broken" / "icalendar-broken_dtstart.ics")
    assert prompts.errors and "damaged" in prompts.errors[-1]
    assert tab.model.rowCount() == before


def test_the_editor_warns_when_a_time_leaves_working_hours(window: MainWindow, qtbot) -> None:
    tab = _open_meetings(window, "JP-104")
    tab.view.selectRow(0)
    seen: dict[str, str] = {}

    def retime(dialog: QDialog) -> None:
        qtbot.wait(600)  # the checks run once typing pauses
        seen["before"] = dialog.warnings.text()
        dialog.f["start_time"].edit.setText("10:00")  # Tokyo 10:00 is 02:00 in Warsaw
        qtbot.waitUntil(lambda: bool(dialog.warnings.text()), timeout=3000)
        seen["after"] = dialog.warnings.text()
        dialog.reject()

    when_a_dialog_opens(retime)
    tab.buttons["edit"].click()
    assert "vendor" not in seen["before"]
    assert "vendor side's working hours" in seen["after"]


def test_decision_log_shows_the_demo_decisions_and_open_actions(window: MainWindow,
                                                                 qtbot) -> None:
    tab = _open_meetings(window, "JP-104")
    seen: dict[str, str] = {}

    def read(dialog: QDialog) -> None:
        seen["decisions"] = "\n".join(dialog.decisions.item(i).text()
                                      for i in range(dialog.decisions.count()))
        seen["actions"] = dialog.actions.toPlainText()
        dialog.reject()

    when_a_dialog_opens(read)
    tab.buttons["log"].click()
    assert "本番移行は1月15日" in seen["decisions"]
    assert "移行リハーサル" in seen["actions"] or "テスト計画書" in seen["actions"]
