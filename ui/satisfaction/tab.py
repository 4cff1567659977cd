"""The passport's *Satisfaction* tab: the project's CSAT and NPS answers, their trend over the
last twelve months against the portfolio's, and the complaints by category. What is done here
is saved at once, not with the passport (``ui.satisfaction.controller`` carries it out).

The charts (pyqtgraph) are made the first time the tab is shown, so opening the window never
loads the chart library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.passport import Passport
from cockpit.domain.validation import Issue
from ui.labels import label
from ui.passport.tabs.base import PassportTab
from ui.satisfaction.answer_model import AnswerModel
from ui.satisfaction.complaints_model import ComplaintsModel
from ui.widgets.column_fit import keep_fitted

if TYPE_CHECKING:
    from datetime import date

    from cockpit.services.satisfaction import Complaints, Picture
    from ui.satisfaction.ops import SatisfactionData

WIDTHS = {AnswerModel.DATE: 90, AnswerModel.SCALE: 60, AnswerModel.SCORE: 70,
          AnswerModel.RESPONDENT: 150, AnswerModel.CATEGORY: 110, AnswerModel.COMMENT: 320}


def month_labels(months: list[date]) -> list[str]:
    """Short month names in the UI's language, with the year on January and the first."""
    locale = QLocale()
    out = []
    for i, month in enumerate(months):
        name = locale.monthName(month.month, QLocale.FormatType.ShortFormat)
        out.append(f"{name} {month.year}" if i == 0 or month.month == 1 else name)
    return out


class SatisfactionTab(PassportTab):
    project_shown = Signal(str)  # a saved project is on screen: load its answers
    new_requested = Signal()
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    flag_requested = Signal(str)
    survey_requested = Signal()
    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_id: str | None = None
        self.data: SatisfactionData | None = None
        self.trend: Any = None  # made on first show
        self.complaints_chart: Any = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text in (("new", self.tr("&Record answer…")), ("edit", self.tr("&Edit…")),
                          ("delete", self.tr("&Delete")),
                          ("flag", self.tr("Raise red &flag…")),
                          ("survey", self.tr("Ask for &feedback…"))):
            button = QPushButton(text, self)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons["flag"].setToolTip(self.tr(
            "Make the selected answer a red flag: raised by its respondent, on its date"))
        self.buttons["survey"].setToolTip(self.tr(
            "Compose the satisfaction survey in the project's language"))
        self.model = AnswerModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in WIDTHS.items():
            self.view.setColumnWidth(column, width)
        keep_fitted(self.view, WIDTHS)
        self.empty = QLabel(self.tr(
            "No answers yet. Ask for feedback (the survey asks the CSAT question, and the NPS "
            "question when it is due), then record each answer here: the trend, Today's early "
            "warnings and the customer document follow from them."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555;")
        # charts: placeholders until the tab is first shown
        self.charts = QTabWidget(self)
        self.trend_page = QWidget(self)
        QVBoxLayout(self.trend_page).setContentsMargins(0, 0, 0, 0)
        self.complaints_page = QWidget(self)
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("This project"), "project")
        self.scope.addItem(self.tr("Whole portfolio"), "portfolio")
        self.complaints_model = ComplaintsModel(self)
        self.complaints_table = QTableView(self)
        self.complaints_table.setModel(self.complaints_model)
        self.complaints_table.verticalHeader().hide()
        self.complaints_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaints_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.complaints_table.horizontalHeader().setStretchLastSection(True)
        self.complaints_empty = QLabel(self.tr(
            "No red flags and no low scores in the last twelve months."), self)
        self.complaints_empty.setStyleSheet("color: #555;")
        self.complaints_side = QVBoxLayout()
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(self.tr("Complaints in the last 12 months:"), self))
        scope_row.addWidget(self.scope)
        scope_row.addStretch(1)
        complaints_layout = QVBoxLayout(self.complaints_page)
        complaints_layout.setContentsMargins(0, 0, 0, 0)
        complaints_layout.addLayout(scope_row)
        body = QHBoxLayout()
        body.addLayout(self.complaints_side, 3)
        tables = QVBoxLayout()
        tables.addWidget(self.complaints_empty)
        tables.addWidget(self.complaints_table, 1)
        body.addLayout(tables, 2)
        complaints_layout.addLayout(body, 1)
        self.charts.addTab(self.trend_page, self.tr("Trend"))
        self.charts.addTab(self.complaints_page, self.tr("Complaints"))
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.empty)
        lower_layout.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.charts)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.buttons["new"].clicked.connect(self.new_requested)
        self.buttons["edit"].clicked.connect(lambda: self._emit(self.edit_requested))
        self.buttons["delete"].clicked.connect(lambda: self._emit(self.delete_requested))
        self.buttons["flag"].clicked.connect(lambda: self._emit(self.flag_requested))
        self.buttons["survey"].clicked.connect(self.survey_requested)
        self.view.doubleClicked.connect(lambda _i: self._emit(self.edit_requested))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.scope.currentIndexChanged.connect(self._show_complaints)
        self._show_empty_state()

    # --- the passport's tab ----------------------------------------------------------
    def load(self, passport: Passport) -> None:
        self.project_id = passport.id if passport.updated_at is not None else None
        self.data = None
        self.model.set_rows([])
        self.note.setVisible(self.project_id is None)
        self.buttons["new"].setEnabled(self.project_id is not None)
        self.buttons["survey"].setEnabled(self.project_id is not None)
        self._show_empty_state()
        if self.project_id is None:
            self.note.setText(self.tr("Save the new project first, then record its "
                                      "customers' satisfaction."))
        else:
            self.project_shown.emit(self.project_id)

    def write_into(self, passport: Passport) -> None:
        """The answers are saved on their own, not with the passport."""

    def show_issues(self, issues: list[Issue]) -> None:
        """No passport field lives here."""

    # --- showing ---------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.trend is None:
            self._make_charts()
            if self.data is not None:
                self._draw()

    def _make_charts(self) -> None:
        from ui.charts.complaints_chart import ComplaintsChart
        from ui.charts.trend_chart import TrendChart

        self.trend = TrendChart(self.trend_page)
        layout = self.trend_page.layout()
        assert layout is not None
        layout.addWidget(self.trend)
        self.complaints_chart = ComplaintsChart(self.complaints_page)
        self.complaints_side.addWidget(self.complaints_chart)

    def show_data(self, data: SatisfactionData) -> None:
        selected = self.selected()
        self.data = data
        self.model.set_rows(data.entries)
        self._show_summary(data.picture)
        self._show_empty_state()
        if selected:
            self.select(selected)
        self._draw()
        self._update_buttons()

    def _draw(self) -> None:
        if self.data is None or self.trend is None:
            self._show_complaints()
            return
        picture, portfolio = self.data.picture, self.data.portfolio
        months = month_labels([p.month for p in picture.csat])
        self.trend.show_trend(months, [p.value for p in picture.csat],
                              [p.value for p in portfolio.csat],
                              [p.value for p in picture.nps], falling=picture.drop is not None)
        self._show_complaints()

    def shown_complaints(self) -> Complaints | None:
        if self.data is None:
            return None
        portfolio = self.scope.currentData() == "portfolio"
        return self.data.portfolio_complaints if portfolio else self.data.complaints

    def _show_complaints(self) -> None:
        found = self.shown_complaints()
        rows = list(found.rows) if found else []
        self.complaints_model.set_rows(rows)
        self.complaints_empty.setVisible(found is not None and not rows)
        if self.complaints_chart is not None and found is not None:
            self.complaints_chart.show_counts(
                month_labels(list(found.months)),
                [(r.category.value, label(r.category), r.by_month) for r in rows])

    def _show_summary(self, picture: Picture) -> None:
        if not picture.answers:
            self.summary.setText(self.tr("No answers in the last twelve months."))
            return
        parts = []
        csat = picture.latest_csat
        if csat is not None:
            parts.append(self.tr("CSAT <b>%1</b> (3-month average)").replace(
                "%1", f"{csat:.1f}"))
        if picture.drop is not None:
            peak = picture.drop.peak_month
            locale = QLocale()
            pattern = "yyyy年M月" if locale.language() == QLocale.Language.Japanese \
                else "MMM yyyy"
            month = locale.toString(QDate(peak.year, peak.month, 1), pattern)
            parts.append("<span style='color:#b91c1c'>" + self.tr(
                "down %1 from %2 in %3: an early warning").replace(
                "%1", f"{picture.drop.size:.1f}").replace(
                "%2", f"{picture.drop.peak:.1f}").replace("%3", month) + "</span>")
        nps = picture.latest_nps
        if nps is not None:
            parts.append(self.tr("NPS <b>%1</b>").replace("%1", f"{nps:+.0f}"))
        parts.append(self.tr("%1 answers in 12 months, %2 low").replace(
            "%1", str(picture.answers)).replace("%2", str(picture.low)))
        self.summary.setText(" · ".join(parts))

    def _show_empty_state(self) -> None:
        empty = not self.model.rows
        self.empty.setVisible(empty and self.project_id is not None)
        if self.data is None:
            self.summary.setText("")

    # --- selection -------------------------------------------------------------------
    def selected(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def select(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row is None:
            return
        self.view.selectionModel().select(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(self.model.index(row, 0))

    def _emit(self, signal: Any) -> None:
        entry = self.selected()
        if entry is not None:
            signal.emit(entry)

    def _update_buttons(self) -> None:
        entry = self.selected()
        index = self.model.row_of(entry) if entry else None
        row = self.model.rows[index] if index is not None else None
        for key in ("edit", "delete"):
            self.buttons[key].setEnabled(row is not None)
        self.buttons["flag"].setEnabled(row is not None and not row.red_flag_id)
