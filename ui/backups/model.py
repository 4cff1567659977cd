"""The backups of the open store, one row each: when, why, how large (newest first)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cockpit.store.backups import BackupInfo

COLUMNS = ("taken", "reason", "size")
Index = QModelIndex | QPersistentModelIndex


def moment_text(moment: datetime, long: bool = False) -> str:
    """A backup's moment in the PM's own time and locale."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, kind)


def reason_text(reason: str) -> str:
    translate = QCoreApplication.translate
    if reason.startswith("before-upgrade-from-"):
        return translate("Backups", "Before an upgrade (from %1)").replace(
            "%1", reason.removeprefix("before-upgrade-from-"))
    return {
        "daily": translate("Backups", "Daily"),
        "before-import": translate("Backups", "Before an import"),
        "before-restore": translate("Backups", "Before a restore"),
        "by-hand": translate("Backups", "Taken by hand"),
        "damaged": translate("Backups", "Damaged store, set aside"),
    }.get(reason, reason)


class BackupsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BackupInfo] = []

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("Backups", "Taken"),
                QCoreApplication.translate("Backups", "Why"),
                QCoreApplication.translate("Backups", "Size"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "taken":
                return moment_text(backup.taken_at)
            if column == "reason":
                return reason_text(backup.reason)
            return QLocale().formattedDataSize(backup.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def backup_at(self, row: int) -> BackupInfo | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
