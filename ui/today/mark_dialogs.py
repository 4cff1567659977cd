"""The PM's hand on an item: snooze it until a moment (with a reason), or mark it done (with a
note). Both are undoable from the note that follows and from the history."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

MORNING = time(9, 0)


def snooze_presets(now: datetime, zone: str) -> list[tuple[str, datetime]]:
    """(key, moment): in an hour, in three hours, tomorrow morning, next Monday morning."""
    tz = ZoneInfo(zone)
    local = now.astimezone(tz)
    tomorrow = datetime.combine(local.date() + timedelta(days=1), MORNING, tz)
    monday = datetime.combine(local.date() + timedelta(days=7 - local.weekday()), MORNING, tz)
    return [("hour", now + timedelta(hours=1)), ("three", now + timedelta(hours=3)),
            ("tomorrow", tomorrow), ("monday", monday)]


class SnoozeDialog(QDialog):
    def __init__(self, what: str, now: datetime, zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze"))
        self.now, self.zone = now, zone
        names = {"hour": self.tr("For an hour"), "three": self.tr("For three hours"),
                 "tomorrow": self.tr("Until tomorrow morning"),
                 "monday": self.tr("Until Monday morning")}
        self.presets = snooze_presets(now, zone)
        self.preset = QComboBox(self)
        for key, moment in self.presets:
            self.preset.addItem(names[key], moment)
        self.preset.addItem(self.tr("Until a date and time…"), None)
        self.until = QDateTimeEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.until.setTimeZone(QTimeZone(zone.encode()))
        self.until.setMinimumDateTime(QDateTime.fromSecsSinceEpoch(int(now.timestamp()) + 60))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why it can wait (kept in the history)"))
        self.reason.setMaxLength(2000)
        title = QLabel(what, self)
        title.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Snooze"), self.preset)
        form.addRow(self.tr("Until"), self.until)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Snooze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self._preset_chosen()
        self.resize(460, self.sizeHint().height())

    def _preset_chosen(self) -> None:
        moment = self.preset.currentData()
        if moment is not None:
            self.until.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
        self.until.setEnabled(moment is None)
        if moment is None:
            self.until.setFocus()

    def chosen_until(self) -> datetime:
        from datetime import UTC

        return datetime.fromtimestamp(self.until.dateTime().toSecsSinceEpoch(), UTC)

    def chosen_reason(self) -> str:
        return self.reason.text().strip()


class DoneDialog(QDialog):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as done"))
        title = QLabel(what, self)
        title.setWordWrap(True)
        hint = QLabel(self.tr("How was it done? For example: “told them on the phone at "
                              "10:00”. The note is kept in the history."), self)
        hint.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark as done"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(460, 240)

    def chosen_note(self) -> str:
        return self.note.toPlainText().strip()
