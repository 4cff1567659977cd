"""The governance model proposed for a project: the PM ticks, adjusts and confirms."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cockpit.domain.cadence import local_start
from cockpit.domain.meetings import SeriesData
from ui.labels import label
from ui.widgets.time_zones import day_text


class ProposalsDialog(QDialog):
    """``edit(series) -> SeriesData | None`` opens the series editor on one proposal."""

    def __init__(self, proposals: list[SeriesData], my_zone: str,
                 edit: Callable[[SeriesData], SeriesData | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Governance meetings"))
        self.proposals = list(proposals)
        self.my_zone = my_zone
        self.edit = edit
        self.checks: list[QCheckBox] = []
        self.summaries: list[QLabel] = []
        intro = QLabel(self.tr("The governance model proposes these series with attendees from "
                               "the communication map. Untick what the customer does not want; "
                               "adjust any of them before creating."), self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        for row, proposal in enumerate(self.proposals):
            check = QCheckBox(proposal.title, self)
            check.setChecked(True)
            summary = QLabel(self)
            summary.setStyleSheet("color: #444;")
            button = QPushButton(self.tr("Adjust…"), self)
            button.clicked.connect(lambda _c=False, i=row: self._adjust(i))
            grid.addWidget(check, 2 * row, 0)
            grid.addWidget(button, 2 * row, 1)
            grid.addWidget(summary, 2 * row + 1, 0, 1, 2)
            self.checks.append(check)
            self.summaries.append(summary)
            self._describe(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create = self.buttons.addButton(self.tr("Create"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _describe(self, row: int) -> None:
        p = self.proposals[row]
        start = local_start(p)
        mine = start.astimezone(ZoneInfo(self.my_zone))
        repeats = label(p.cadence).replace("N", str(p.interval))
        self.summaries[row].setText(self.tr("%1, first %2 at %3 %4 (%5 for you), %6 min, "
                                            "%7 attendees")
                                    .replace("%1", repeats)
                                    .replace("%2", day_text(start, "%Y-%m-%d"))
                                    .replace("%3", start.strftime("%H:%M"))
                                    .replace("%4", p.time_zone)
                                    .replace("%5", mine.strftime("%H:%M"))
                                    .replace("%6", str(p.duration_minutes))
                                    .replace("%7", str(len(p.attendees))))
        self.checks[row].setText(p.title)

    def _adjust(self, row: int) -> None:
        changed = self.edit(self.proposals[row])
        if changed is not None:
            self.proposals[row] = changed
            self._describe(row)

    def chosen(self) -> list[SeriesData]:
        return [p for p, check in zip(self.proposals, self.checks, strict=True)
                if check.isChecked()]
