"""The planner window: a week of meetings across projects; move, cancel, restore, agenda."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtWidgets import QDialog

from cockpit.domain.meetings import OccurrenceState
from cockpit.services import meetings, occurrences, projects
from tests.ui.helpers import when_a_dialog_opens
from ui.main_window import MainWindow


def _with_governance(window: MainWindow, *codes: str) -> None:
    for code in codes:
        project_id = projects.find_project_id(window.store, code)
        meetings.save_proposals(window.store, meetings.propose_governance(window.store,
                                                                          project_id))


def _planner_on_first_meeting_week(window: MainWindow):  # type: ignore[no-untyped-def]
    window.actions_.planner.trigger()
    planner = window.planner
    for _ in range(3):  # the first weekly meetings start within a fortnight
        if planner.model.rowCount():
            break
        planner.go(7)
    assert planner.model.rowCount() > 0
    return planner


def test_the_week_shows_meetings_of_every_project(window: MainWindow) -> None:
    _with_governance(window, "JP-107")  # the demo's other projects have theirs
    window.actions_.planner.trigger()
    planner = window.planner
    for _ in range(4):  # JP-107's first weekly meeting is within a fortnight of today
        if "JP-107" in {row.project_code for row in planner.model.rows}:
            break
        planner.go(7)
    projects_shown = {row.project_code for row in planner.model.rows}
    assert {"JP-107", "JP-104", "DE-108"} <= projects_shown
    starts = [row.occurrence.start for row in planner.model.rows]
    assert starts == sorted(starts)
    monday = planner.monday
    assert all(monday <= row.occurrence.start.date() + timedelta(days=1)
               and row.occurrence.start.date() <= monday + timedelta(days=7)
               for row in planner.model.rows)
    there = planner.model.index(0, planner.model.THERE).data()
    assert any(zone in there for zone in ("Asia/Tokyo", "Europe/Berlin", "America/New_York"))
    planner.go(7)
    planner.go(-7)
    assert [row.occurrence.start for row in planner.model.rows] == starts
    planner.close()


def test_cancel_restore_and_move_a_date(window: MainWindow, qtbot) -> None:
    planner = _planner_on_first_meeting_week(window)
    planner.view.selectRow(0)
    first = planner.selected()
    planner.buttons["cancel"].click()
    assert planner.model.rows[0].occurrence.state is OccurrenceState.CANCELLED
    planner.show_cancelled.setChecked(False)
    assert all((r.series_id, r.occurrence.original_start)
               != (first.series_id, first.occurrence.original_start)
               for r in planner.model.rows)
    planner.show_cancelled.setChecked(True)
    planner.view.selectRow(0)
    planner.buttons["restore"].click()
    assert planner.model.rows[0].occurrence.state is OccurrenceState.SCHEDULED

    planner.view.selectRow(0)

    def move(dialog: QDialog) -> None:
        dialog.at.edit.setText("15:30")
        dialog.accept()

    when_a_dialog_opens(move)
    planner.buttons["move"].click()
    stored = occurrences.get_occurrence(window.store, first.series_id,
                                        first.occurrence.original_start)
    assert stored.state is OccurrenceState.MOVED
    local = stored.start.astimezone(datetime.now(UTC).astimezone().tzinfo)
    assert stored.start != first.occurrence.start and local is not None
    planner.close()


def test_an_empty_week_says_so(window: MainWindow) -> None:
    window.actions_.planner.trigger()
    window.planner.monday = date(2020, 1, 6)  # before any series began
    window.planner.refresh()
    assert window.planner.model.rowCount() == 0
    assert "No meetings" in window.planner.empty.text()
    window.planner.close()
