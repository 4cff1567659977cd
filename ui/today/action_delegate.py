"""The Action column drawn as a push button in every row (painted, not a widget per row, so
the list stays cheap however long it grows); a click on it emits ``clicked`` with the row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

Index = QModelIndex | QPersistentModelIndex


class ActionButtonDelegate(QStyledItemDelegate):
    clicked = Signal(QModelIndex)

    def _button(self, option: QStyleOptionViewItem, index: Index) -> QStyleOptionButton:
        button = QStyleOptionButton()
        button.rect = option.rect.adjusted(3, 2, -3, -2)  # type: ignore[attr-defined]
        button.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")  # type: ignore[attr-defined]
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised  # type: ignore[attr-defined]
        return button

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(option.rect, option.palette.highlight())  # type: ignore[attr-defined]
        style = option.widget.style() if option.widget else QApplication.style()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_PushButton, self._button(option, index),
                          painter, option.widget)  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = option.fontMetrics.horizontalAdvance(  # type: ignore[attr-defined]
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        return QSize(width + 28, option.fontMetrics.height() + 12)  # type: ignore[attr-defined]

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem,  # type: ignore[no-untyped-def]  # noqa: N802
                    index: Index) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton \
                and option.rect.contains(event.position().toPoint()):  # type: ignore[attr-defined]
            self.clicked.emit(QModelIndex(index) if isinstance(index, QModelIndex) else index)
            return True
        return super().editorEvent(event, model, option, index)
