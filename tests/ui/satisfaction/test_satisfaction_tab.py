"""The Satisfaction tab on the demo, as a PM uses it: the trend drawn from the answers, an
answer recorded, a red flag raised from it, the complaints of the project and of the
portfolio; and Today's sparkline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cockpit.domain.red_flags import Severity
from cockpit.domain.satisfaction import Scale
from cockpit.services import projects, red_flags, satisfaction
from tests.ui.helpers import select_code, when_a_dialog_opens
from ui.main_window import MainWindow
from ui.registers.red_flag_dialog import RedFlagDialog
from ui.satisfaction.answer_dialog import AnswerDialog
from ui.satisfaction.tab import SatisfactionTab


def _tab(window: MainWindow, qtbot, code: str = "JP-104") -> SatisfactionTab:  # type: ignore[no-untyped-def]
    select_code(window, code)
    tab = window.editor.satisfaction
    window.editor.tabs.setCurrentWidget(tab)
    project = projects.find_project_id(window.store, code)
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.project_id == project,
                    timeout=5000)
    return tab


def test_the_trend_is_drawn_from_the_projects_answers(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window, qtbot)
    project = projects.find_project_id(window.store, "JP-104")
    stored = satisfaction.list_entries(window.store, project)
    assert tab.model.rowCount() == len(stored) > 10
    assert tab.trend is not None  # made when the tab was first shown
    picture = satisfaction.picture(window.store, project, date.today())
    assert tab.trend.points == sum(1 for p in picture.csat if p.value is not None)
    assert "CSAT" in tab.summary.text() and "answers in 12 months" in tab.summary.text()
    low = next(r for r in range(tab.model.rowCount()) if tab.model.rows[r].low)
    assert tab.model.data(tab.model.index(low, tab.model.SCORE),
                          Qt.ItemDataRole.BackgroundRole) is not None  # low scores tinted


def test_an_answer_is_recorded_and_made_a_red_flag(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window, qtbot, "US-106")
    before = tab.model.rowCount()

    def record(dialog: QDialog) -> None:
        assert isinstance(dialog, AnswerDialog)
        dialog.scale.setCurrentIndex(dialog.scale.findData(Scale.NPS.value))
        assert dialog.score.maximum() == 10
        dialog.score.setValue(3)
        assert "detractor" in dialog.meaning.text()
        dialog.comment.setPlainText("Releases keep slipping")
        dialog.accept()

    when_a_dialog_opens(record)
    tab.buttons["new"].click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=5000)
    entry = tab.selected()
    assert entry is not None
    row = tab.model.rows[tab.model.row_of(entry)]  # type: ignore[index]
    assert (row.scale, row.score, row.comment) == (Scale.NPS, 3, "Releases keep slipping")
    assert tab.buttons["flag"].isEnabled()

    def flag(dialog: QDialog) -> None:
        assert isinstance(dialog, RedFlagDialog)
        assert dialog.title.text() == "NPS 3/10: Releases keep slipping"
        assert dialog.severity.currentData() == Severity.HIGH.value
        dialog.accept()

    when_a_dialog_opens(flag)
    tab.buttons["flag"].click()
    qtbot.waitUntil(lambda: tab.model.rows[tab.model.row_of(entry) or 0].red_flag_key != "",
                    timeout=5000)
    assert not tab.buttons["flag"].isEnabled()  # raised once
    project = projects.find_project_id(window.store, "US-106")
    assert any(f.title == "NPS 3/10: Releases keep slipping"
               for f in red_flags.list_flags(window.store, project_id=project))


def test_the_complaints_are_shown_for_the_project_and_the_portfolio(window: MainWindow,
                                                                     qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(window, qtbot)
    tab.charts.setCurrentWidget(tab.complaints_page)
    assert tab.data is not None
    assert tab.complaints_model.rowCount() == len(tab.data.complaints.rows)
    tab.scope.setCurrentIndex(tab.scope.findData("portfolio"))
    assert tab.complaints_model.rowCount() == len(tab.data.portfolio_complaints.rows)
    assert tab.complaints_chart is not None
    assert tab.complaints_chart.bars == sum(1 for r in tab.data.portfolio_complaints.rows
                                            for c in r.by_month if c)


def test_a_new_project_has_no_answers_to_show(window: MainWindow) -> None:
    window.projects.new_project()  # type: ignore[union-attr]
    tab = window.editor.satisfaction
    window.editor.tabs.setCurrentWidget(tab)
    assert tab.note.isVisible() and "Save the new project first" in tab.note.text()
    assert not tab.buttons["new"].isEnabled() and tab.model.rowCount() == 0


def test_today_draws_the_portfolios_csat_and_the_chosen_projects(make_window, demo_store,
                                                                  db_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    demo_store.dispose()
    window = make_window(db_path, today=True)
    strip = window.today_panel.strip
    qtbot.waitUntil(lambda: strip.drawn > 0, timeout=8000)
    assert strip.trend_label.text().startswith("Portfolio CSAT")
    assert strip.sparkline is not None and strip.sparkline.isVisible()
