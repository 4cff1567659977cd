"""A message list with folders (drafts, outbox, sent, all), search, and what can be done with
the selected message. Used for one project (a passport tab) and for all (a window)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.messages import MessageState, MessageSummary
from cockpit.messages.kinds.registry import new_menu_kinds
from cockpit.messages.kinds.spec import KindSpec
from ui.labels import kind_text
from ui.messages.list_model import FOLDERS, MessageFilter, MessageListModel
from ui.widgets.column_fit import keep_fitted


def new_kinds() -> list[KindSpec]:
    """What "New message" offers: every kind whose spec has a menu entry, in order."""
    return new_menu_kinds()



class MessagesPanel(QWidget):
    open_requested = Signal(str)
    new_requested = Signal(object)  # MessageKind
    export_requested = Signal(str)
    delete_requested = Signal(str)
    decision_requested = Signal(str)  # record the message as a decision of the log
    refresh_requested = Signal()

    def __init__(self, *, all_projects: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MessageListModel(self)
        self.proxy = MessageFilter(self)
        self.proxy.setSourceModel(self.model)
        self.folders = QTabBar(self)
        self._folder_keys = list(FOLDERS)
        for _ in self._folder_keys:
            self.folders.addTab("")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search subject, recipients, project…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(  # the hint reads whole, in Japanese too
            self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 40)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(MessageListModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MessageListModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        widths = {0: 70, 1: 90, 2: 70, 4: 160, 5: 120}
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        keep_fitted(self.view, widths, widest=220)  # the subject takes what is left
        self.view.setColumnHidden(MessageListModel.PROJECT, not all_projects)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-size: 11pt;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.new_button = QToolButton(self)
        self.new_button.setText(self.tr("New message"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_button)
        for spec in new_kinds():
            menu.addAction(kind_text(spec.new_menu)).triggered.connect(
                lambda _=False, k=spec.value: self.new_requested.emit(k))
        self.new_button.setMenu(menu)
        self.new_button.setVisible(not all_projects)
        self.buttons = {
            "open": QPushButton(self.tr("Open"), self),
            "export": QPushButton(self.tr("Export .eml…"), self),
            "delete": QPushButton(self.tr("Delete"), self),
            "decision": QPushButton(self.tr("Record as decision"), self),
        }
        self.buttons["decision"].setToolTip(self.tr(
            "Add what this message agrees to the project's decision log: once sent, the "
            "message is its written confirmation"))
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folders)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)

        self.folders.currentChanged.connect(self._folder_changed)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(self._update_empty)
        self.view.doubleClicked.connect(self._open_index)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.buttons["open"].clicked.connect(lambda: self._emit(self.open_requested))
        self.buttons["export"].clicked.connect(lambda: self._emit(self.export_requested))
        self.buttons["delete"].clicked.connect(lambda: self._emit(self.delete_requested))
        self.buttons["decision"].clicked.connect(
            lambda: self._emit(self.decision_requested))  # type: ignore[arg-type]
        self.proxy.set_folder(self._folder_keys[self.folders.currentIndex()])
        self._update_counts()
        self._update_buttons()
        self._update_empty()

    def set_rows(self, rows: list[MessageSummary]) -> None:
        selected = self.selected_id()
        self.model.set_rows(rows)
        self._update_counts()
        self._update_empty()
        if selected:
            self.select(selected)
        self._update_buttons()

    def select(self, message_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.rows[source.row()].id == message_id:
                self.view.selectRow(row)
                return

    def set_folder(self, folder: str) -> None:
        self.folders.setCurrentIndex(self._folder_keys.index(folder))

    def selected(self) -> MessageSummary | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()]

    def selected_id(self) -> str | None:
        row = self.selected()
        return row.id if row else None

    def _emit(self, signal: Signal) -> None:
        message_id = self.selected_id()
        if message_id:
            signal.emit(message_id)

    def _open_index(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.rows[self.proxy.mapToSource(index).row()].id)

    def _folder_changed(self, index: int) -> None:
        self.proxy.set_folder(self._folder_keys[index])
        self._update_empty()
        self._update_buttons()

    def _update_counts(self) -> None:
        names = {"drafts": self.tr("Drafts (%1)"), "outbox": self.tr("Outbox (%1)"),
                 "sent": self.tr("Sent (%1)"), "all": self.tr("All (%1)")}
        for index, key in enumerate(self._folder_keys):
            count = sum(1 for r in self.model.rows if r.state in FOLDERS[key])
            self.folders.setTabText(index, names[key].replace("%1", str(count)))
        failed = sum(1 for r in self.model.rows if r.state is MessageState.FAILED)
        self.folders.setTabToolTip(self._folder_keys.index("outbox"), self.tr(
            "%n message(s) failed to send", "", failed) if failed else "")

    def _update_buttons(self) -> None:
        row = self.selected()
        self.buttons["open"].setEnabled(row is not None)
        self.buttons["export"].setEnabled(row is not None)
        self.buttons["delete"].setEnabled(
            row is not None and row.state in (MessageState.DRAFT, MessageState.FAILED))
        self.buttons["decision"].setEnabled(row is not None and row.project_code != "")

    def _update_empty(self) -> None:
        if self.proxy.rowCount():
            self.stack.setCurrentWidget(self.view)
            return
        if self.model.rows and self.search.text():
            text = self.tr("No message matches the search.")
        else:
            folder = self._folder_keys[self.folders.currentIndex()]
            text = {
                "drafts": self.tr("No drafts. Write a follow-up after a call, or an update on "
                                  "open tasks, with New message."),
                "outbox": self.tr("The outbox is empty: nothing is waiting to be sent."),
                "sent": self.tr("Nothing sent yet."),
            }.get(folder, self.tr("No messages yet."))
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)
