"""Today, the window's home: what every customer is owed across all projects — overdue first,
then due today, then soon — each row with its action button; snooze and done (both undoable),
the history of those marks, a health strip per project, and an empty state that says what will
appear. The panel shows; ``ui.today.controller`` evaluates and acts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cockpit.care.items import CareItem, DueState
from ui.today.action_delegate import ActionButtonDelegate
from ui.today.health_strip import HealthStrip
from ui.today.model import ITEM_ROLE, TodayFilter, TodayModel
from ui.widgets.undo_notice import UndoNotice


class TodayView(QTableView):
    """Enter (or a double click) runs the current row's action."""

    activated_item = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_item.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TodayPanel(QWidget):
    action_requested = Signal(object)  # CareItem
    snooze_requested = Signal(object)
    done_requested = Signal(object)
    acknowledge_requested = Signal(object)
    flag_requested = Signal(object)  # a customer's mail: make it a red flag
    decision_requested = Signal(object)  # a customer's mail: record it as a decision
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPanel")
        self.heading = QLabel(self)
        self.heading.setObjectName("todayHeading")
        self.heading.setStyleSheet("#todayHeading { font-size: 15pt; font-weight: 600; }")
        self.summary = QLabel(self)
        self.summary.setObjectName("todaySummary")
        from PySide6.QtWidgets import QSizePolicy

        # the window's width is the PM's: the counts give way rather than widen it
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.strip = HealthStrip(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter: project, customer, task, person…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(200)
        self.filter.setMaximumWidth(360)
        self.model = TodayModel(self)
        self.proxy = TodayFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = TodayView(self)
        self.view.setObjectName("todayView")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TodayModel.WHAT, QHeaderView.ResizeMode.Stretch)
        # fitting a column reads this many rows, not the first 1,000 (Qt's default): a
        # portfolio's hundreds of items would cost a third of a second at every start
        header.setResizeContentsPrecision(40)
        self.delegate = ActionButtonDelegate(self.view)
        self.view.setItemDelegateForColumn(TodayModel.ACTION, self.delegate)
        self.view.setMouseTracking(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("todayEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("#todayEmpty { color: #52525b; font-size: 11pt; "
                                 "padding: 40px; }")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.notice = UndoNotice(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.snooze_button = QPushButton(self.tr("S&nooze…"), self)
        self.done_button = QPushButton(self.tr("Mark &done…"), self)
        self.ack_button = QPushButton(self.tr("Mark &acknowledged"), self)
        self.ack_button.setToolTip(self.tr(
            "You acknowledged the mail another way (a call, a chat): the answer is owed next."))
        self.flag_button = QPushButton(self.tr("Make red &flag…"), self)
        self.flag_button.setToolTip(self.tr(
            "The mail is a complaint: raise a red flag from it (who wrote it, when, its text)"))
        self.decision_button = QPushButton(self.tr("Record as d&ecision…"), self)
        self.decision_button.setToolTip(self.tr(
            "The mail agrees something: add it to the decision log, confirmed by the mail"))
        self.history_button = QPushButton(self.tr("&History…"), self)
        self.snoozed_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.strip.trend_box)
        top.addSpacing(12)
        top.addWidget(self.filter)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.snooze_button, self.done_button, self.ack_button,
                       self.flag_button, self.decision_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.snoozed_label)
        buttons.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(top)
        from PySide6.QtWidgets import QFrame, QScrollArea

        strip_area = QScrollArea(self)  # as many projects as there are, never a wider window
        strip_area.setWidget(self.strip)
        strip_area.setWidgetResizable(True)
        strip_area.setFrameShape(QFrame.Shape.NoFrame)
        strip_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        strip_area.setFixedHeight(self.fontMetrics().height() * 2 + 22)  # a row and a scroll bar
        layout.addWidget(strip_area)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.filter.textChanged.connect(self._filter_changed)
        self.strip.project_chosen.connect(self._project_chosen)
        self.delegate.clicked.connect(self._act_on)
        self.view.activated_item.connect(self._act_on)
        self.view.doubleClicked.connect(self._act_on)
        self.open_button.clicked.connect(lambda: self._emit(self.action_requested))
        self.snooze_button.clicked.connect(lambda: self._emit(self.snooze_requested))
        self.done_button.clicked.connect(lambda: self._emit(self.done_requested))
        self.ack_button.clicked.connect(lambda: self._emit(self.acknowledge_requested))
        self.flag_button.clicked.connect(lambda: self._emit(self.flag_requested))
        self.decision_button.clicked.connect(lambda: self._emit(self.decision_requested))
        self.history_button.clicked.connect(self.history_requested)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.layoutChanged.connect(self._update_buttons)
        self.loading = True
        self._sized = False  # the columns fit the first rows shown, then keep their widths
        self.set_loading()

    # --- what it shows --------------------------------------------------------------
    def set_loading(self) -> None:
        self.heading.setText(self.tr("Today"))
        self.empty.setText(self.tr("Working out what every customer is owed…"))
        self.stack.setCurrentWidget(self.empty)
        self._update_buttons()

    def show_items(self, items: list[CareItem], snoozed: int, zone: str,
                   names: dict[str, str], heading: str) -> None:
        self.loading = False
        current = self.current_item()
        self.model.set_items(items, zone, names)
        self.heading.setText(heading)
        overdue = sum(1 for i in items if i.state is DueState.OVERDUE)
        due = sum(1 for i in items if i.state is DueState.DUE)
        soon = len(items) - overdue - due
        self.summary.setText(self.tr("%1 overdue · %2 due today · %3 soon").replace(
            "%1", str(overdue)).replace("%2", str(due)).replace("%3", str(soon)))
        self.snoozed_label.setText(
            self.tr("%1 snoozed").replace("%1", str(snoozed)) if snoozed else "")
        self.empty.setText(self.tr(
            "Nothing is owed to any customer right now.\n\nHere you will see, across all "
            "projects, every promise as it falls due: task updates every two working days, "
            "sprint and biweekly reports, follow-ups after held meetings, hourly updates on "
            "urgent tasks, customer mail to acknowledge and answer, slipped ETAs, onboarding "
            "steps and governance meetings to plan, complaints and their escalation, problems "
            "to report and fix, change requests waiting, decisions to confirm in writing."))
        self._show_rows()
        if current is not None:
            self.select(current)
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        if not self._sized and items:
            self._sized = True
            self.set_column_widths()
        self._update_buttons()

    def _show_rows(self) -> None:
        self.stack.setCurrentWidget(self.view if self.proxy.rowCount() else self.empty)
        if not self.proxy.rowCount() and self.model.rowCount():
            self.empty.setText(self.tr("No item matches the filter."))

    def set_column_widths(self) -> None:
        for column in (TodayModel.STATE, TodayModel.PROJECT, TodayModel.DUE, TodayModel.SINCE,
                       TodayModel.ACTION):
            self.view.resizeColumnToContents(column)
        self.view.setColumnWidth(TodayModel.TO, min(self.view.columnWidth(TodayModel.TO), 220))

    # --- selection ------------------------------------------------------------------
    def current_item(self) -> CareItem | None:
        index = self.view.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def select(self, item: CareItem) -> bool:
        """Make ``item``'s row current (an item is its project and its key: keys such as
        ``governance:weekly_status`` repeat across projects)."""
        row = self.row_of(item)
        if row is not None:
            self.view.setCurrentIndex(self.proxy.index(row, 0))
        return row is not None

    def row_of(self, item: CareItem) -> int | None:
        for row in range(self.proxy.rowCount()):
            shown = self.proxy.index(row, 0).data(ITEM_ROLE)
            if shown.key == item.key and shown.project_id == item.project_id:
                return row
        return None

    def _act_on(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE) if index.isValid() else None
        if item is not None:
            self.view.setCurrentIndex(index)
            self.action_requested.emit(item)

    def _emit(self, signal: SignalInstance) -> None:
        item = self.current_item()
        if item is not None:
            signal.emit(item)

    def _update_buttons(self) -> None:
        item = self.current_item()
        for button in (self.open_button, self.snooze_button, self.done_button):
            button.setEnabled(item is not None)
        self.ack_button.setVisible(item is not None and item.rule == "customer_mail"
                                   and ":ack:" in item.key)
        mail = item is not None and item.rule == "customer_mail"
        self.flag_button.setVisible(mail)
        self.decision_button.setVisible(mail)
        if item is not None:
            from ui.today.texts import action_text

            self.open_button.setText(action_text(item))

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_rows()

    def _project_chosen(self, project_id: str | None) -> None:
        self.proxy.set_project(project_id)
        self._show_rows()
