"""Complaint analysis: red flags and low scores per month, stacked by category."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.charts.plot import legend_html, month_ticks, pg, still

# one colour per category, in the order of ``cockpit.domain.satisfaction.Category``
COLOURS = {"overall": "#7f8c8d", "quality": "#c0392b", "schedule": "#e67e22",
           "communication": "#2980b9", "cost": "#8e44ad", "people": "#16a085",
           "other": "#95a5a6"}


class ComplaintsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = pg().PlotWidget(self)
        self.plot_widget.setMinimumHeight(180)
        self.plot = self.plot_widget.getPlotItem()
        still(self.plot)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.legend)
        self.bars = 0

    def show_counts(self, months: list[str],
                    series: Sequence[tuple[str, str, Sequence[int]]]) -> None:
        """``series``: (category value, its label, a count per month)."""
        graphs = pg()
        self.plot.clear()
        base = [0.0] * len(months)
        self.bars = 0
        for value, _label, counts in series:
            heights = [float(c) for c in counts]
            item = graphs.BarGraphItem(x=list(range(len(months))), height=heights, y0=base,
                                       width=0.6, brush=COLOURS.get(value, "#95a5a6"),
                                       pen=None)
            self.plot.addItem(item)
            base = [b + h for b, h in zip(base, heights, strict=True)]
            self.bars += sum(1 for h in heights if h)
        self.legend.setText(legend_html([(COLOURS.get(value, "#95a5a6"), label, False)
                                         for value, label, _counts in series]))
        top = int(max(max(base, default=0), 3))
        self.plot.setYRange(0, top * 1.15, padding=0)
        step = max(1, (top + 4) // 5)  # whole counts, about five ticks
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, top + 1, step)]])
        self.plot.getAxis("bottom").setTicks(month_ticks(months, 2 if len(months) > 8 else 1))
        self.plot.setXRange(-0.5, len(months) - 0.5, padding=0)
