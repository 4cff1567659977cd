"""Meetings outside a side's working days or hours are flagged wherever they are listed (the
planner, the Meetings tab), and the series editor's greyed rule reads as what it is."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt

from cockpit.domain.meetings import Cadence, SeriesData, SeriesType
from cockpit.services import meetings, projects
from tests.ui.helpers import select_code
from ui.main_window import MainWindow
from ui.meetings.series_dialog import SeriesDialog

TIP = Qt.ItemDataRole.ToolTipRole
TINT = Qt.ItemDataRole.BackgroundRole


def _weekly(window: MainWindow, code: str, title: str, first: date, at: time) -> SeriesData:
    """A weekly series of the project's own governance proposal (its attendees), moved."""
    store = window.store
    project_id = projects.find_project_id(store, code)
    proposal = next(p for p in meetings.propose_governance(store, project_id)
                    if p.type is SeriesType.WEEKLY_STATUS)
    proposal.title, proposal.first_date, proposal.start_time = title, first, at
    proposal.cadence, proposal.duration_minutes = Cadence.WEEKLY, 45
    return meetings.save_series(store, proposal)


def _next(window: MainWindow, weekday: int) -> date:
    today = window.ctx.clock.today()
    return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)


def _planner_rows(window: MainWindow, day: date) -> dict[str, int]:
    """The planner on the week of ``day``: row number per series title."""
    window.actions_.planner.trigger()
    planner = window.planner
    planner.go((day - timedelta(days=day.weekday()) - planner.monday).days)
    return {view.title: row for row, view in enumerate(planner.model.rows)}


def test_a_saturday_meeting_in_new_york_is_flagged_in_the_planner(window: MainWindow) -> None:
    saturday = _next(window, 5)
    _weekly(window, "US-103", "US-103 Saturday sync", saturday, time(9, 0))
    rows = _planner_rows(window, saturday)
    model = window.planner.model

    row = rows["US-103 Saturday sync"]
    day = model.index(row, model.DAY)
    assert day.data().startswith("⚠ ")
    assert "Saturday in New York" in str(day.data(TIP))
    assert model.index(row, model.MEETING).data(TINT) is not None  # the whole row is tinted
    calm = [r for title, r in rows.items() if "Saturday" not in title
            and model.rows[r].project_code == "DE-102"]
    assert calm and not model.index(calm[0], model.DAY).data().startswith("⚠")
    assert model.index(calm[0], model.DAY).data(TINT) is None
    window.planner.close()


def test_a_tokyo_evening_names_the_customer_it_is_late_for(window: MainWindow) -> None:
    tuesday = _next(window, 1)
    series = _weekly(window, "JP-104", "JP-104 Evening check", tuesday, time(18, 30))
    rows = _planner_rows(window, tuesday)
    model = window.planner.model
    tip = str(model.index(rows["JP-104 Evening check"], model.MEETING).data(TIP))
    customer = next(a.name for a in series.attendees if a.customer_side
                    and a.time_zone == "Asia/Tokyo")
    assert f"18:30 for {customer} in Tokyo — outside working hours" in tip
    window.planner.close()


def test_the_meetings_tab_flags_a_series_meeting_on_saturdays(window: MainWindow) -> None:
    saturday = _next(window, 5)
    _weekly(window, "US-103", "US-103 Saturday sync", saturday, time(9, 0))
    select_code(window, "US-103")
    window.editor.tabs.setCurrentWidget(window.editor.meetings)
    model = window.editor.meetings.model
    titles = [model.index(r, model.TITLE).data() for r in range(model.rowCount())]

    flagged = [r for r, t in enumerate(titles) if "Saturday sync" in t]
    assert len(flagged) == 1 and titles[flagged[0]].startswith("⚠ ")
    tip = str(model.index(flagged[0], model.TIME).data(TIP))
    assert "Saturday in New York" in tip and f"from {saturday:%Y-%m-%d}" in tip
    # the demo's own series meet on working days, within both sides' hours
    for row, title in enumerate(titles):
        if row not in flagged:
            assert "Saturday" not in str(model.index(row, model.TITLE).data(TIP)), title
            assert "working hours" not in str(model.index(row, model.TITLE).data(TIP)), title


def test_the_greyed_rule_shows_the_rule_repeats_makes(window: MainWindow) -> None:
    project_id = projects.find_project_id(window.store, "JP-104")
    series = SeriesData(project_id=project_id, title="JP-104 Weekly", cadence=Cadence.WEEKLY,
                        first_date=date(2027, 1, 5), start_time=time(17, 0),
                        time_zone="Asia/Tokyo")  # a Tuesday
    dialog = SeriesDialog(series, [], [], "Europe/Warsaw", window)
    rule = dialog.f["custom_rrule"].edit
    assert not rule.isEnabled() and rule.text() == ""
    assert rule.placeholderText() == "Set by “Repeats”: FREQ=WEEKLY;BYDAY=TU"

    cadence = dialog.f["cadence"].combo  # as the PM picks it
    cadence.setCurrentIndex(cadence.findData(Cadence.EVERY_N_WEEKS))
    dialog.f["interval"].edit.setText("2")
    assert rule.placeholderText() == "Set by “Repeats”: FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"

    cadence.setCurrentIndex(cadence.findData(Cadence.CUSTOM))
    assert rule.isEnabled()
    assert rule.placeholderText() == "Custom rule, e.g. FREQ=WEEKLY;BYDAY=TU"
    dialog.deleteLater()
