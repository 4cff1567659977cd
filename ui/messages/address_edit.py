"""A To/Cc/Bcc field: completion from the project's communication map for the address being
typed (after the last comma or semicolon), and inline validation of every entry."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from cockpit.mail.addresses import AddressProblem, parse_address_list

SEPARATORS = ",;，；"


def _token_start(text: str, cursor: int) -> int:
    """Where the entry under the cursor begins (after the last separator outside quotes)."""
    start, quoted = 0, False
    for index, char in enumerate(text[:cursor]):
        if char == '"':
            quoted = not quoted
        elif char in SEPARATORS and not quoted:
            start = index + 1
    return start


class AddressEdit(QLineEdit):
    problems_changed = Signal(list)  # list[AddressProblem]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = QStringListModel(self)
        self.completer_ = QCompleter(self._choices, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._insert)
        self.problems: list[AddressProblem] = []
        self.textEdited.connect(self._complete)
        self.textChanged.connect(self._validate)
        self.completer_.popup().installEventFilter(self)

    def set_choices(self, entries: list[str]) -> None:
        self._choices.setStringList(entries)

    def current_token(self) -> str:
        text, cursor = self.text(), self.cursorPosition()
        return text[_token_start(text, cursor):cursor].strip()

    def _complete(self) -> None:
        token = self.current_token()
        if len(token) < 1:
            self.completer_.popup().hide()
            return
        self.completer_.setCompletionPrefix(token)
        if self.completer_.completionCount() == 0:
            self.completer_.popup().hide()
            return
        self.completer_.complete()
        self._validate()  # the entry being completed is not judged while the popup helps

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        from PySide6.QtCore import QEvent

        if watched is self.completer_.popup() and event.type() == QEvent.Type.Hide:
            self._validate()  # the popup closed: now the entry counts
        return super().eventFilter(watched, event)

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusOutEvent(event)
        self._validate()

    def _insert(self, entry: str) -> None:
        text, cursor = self.text(), self.cursorPosition()
        start = _token_start(text, cursor)
        before = text[:start].rstrip()
        after = text[cursor:].lstrip(" ")
        head = (before + " ") if before else ""
        new = f"{head}{entry}, "
        self.setText(new + after)
        self.setCursorPosition(len(new))
        self.textEdited.emit(self.text())  # a completion is an edit: the draft saves it

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        popup = self.completer_.popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                 Qt.Key.Key_Tab):
            index = popup.currentIndex()
            if not index.isValid():
                index = self.completer_.completionModel().index(0, 0)
            if index.isValid():
                self._insert(str(index.data()))
            popup.hide()
            event.accept()
            return
        super().keyPressEvent(event)

    def _validate(self) -> None:
        _, problems = parse_address_list(self.text())
        if self.completer_.popup().isVisible():
            # the entry still being typed is not judged while the popup helps
            typing = self.current_token()
            problems = [p for p in problems if p.text != typing]
        if problems != self.problems:
            self.problems = problems
            self.setProperty("invalid", bool(problems))
            self.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }" if problems else "")
            self.problems_changed.emit(problems)
