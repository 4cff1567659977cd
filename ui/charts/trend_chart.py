"""The satisfaction trend: the project's rolling CSAT mean (1–5) as a line with its points,
the portfolio's as a dashed line to compare, and the NPS (−100…+100) as bars beneath."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.charts.plot import legend_html, month_ticks, pg, still

PROJECT = "#1f5fbf"
PORTFOLIO = "#8a8a8a"
FALLING = "#c0392b"
PROMOTERS = "#2e8b57"
DETRACTORS = "#c0392b"


def _segments(values: Sequence[float | None]) -> tuple[list[float], list[float]]:
    xs = [float(i) for i, v in enumerate(values) if v is not None]
    ys = [float(v) for v in values if v is not None]
    return xs, ys


class TrendChart(QWidget):
    """``show_trend(months, csat, portfolio, nps, falling)``: twelve labels and values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        graphs = pg()
        self.graphics = graphs.GraphicsLayoutWidget(self)
        self.graphics.setMinimumHeight(220)
        self.csat = self.graphics.addPlot(row=0, col=0)
        self.nps = self.graphics.addPlot(row=1, col=0)
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 2)
        for plot in (self.csat, self.nps):
            still(plot)
            plot.showGrid(x=False, y=True, alpha=0.25)
        self.csat.setYRange(1, 5, padding=0.08)
        self.csat.getAxis("left").setTicks([[(v, str(v)) for v in range(1, 6)]])
        self.csat.setLabel("left", self.tr("CSAT"))
        self.nps.setYRange(-100, 100, padding=0.05)
        self.nps.getAxis("left").setTicks([[(v, f"{v:+d}" if v else "0")
                                            for v in (-100, -50, 0, 50, 100)]])
        self.nps.setLabel("left", self.tr("NPS"))
        self.nps.setXLink(self.csat)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.legend)
        self.points = 0  # what is drawn: the project's points with a value (for tests)

    def show_trend(self, months: list[str], csat: Sequence[float | None],
                   portfolio: Sequence[float | None] | None, nps: Sequence[float | None],
                   falling: bool = False) -> None:
        graphs = pg()
        self.csat.clear()
        self.nps.clear()
        colour = FALLING if falling else PROJECT
        legend = [(colour, self.tr("CSAT of this project (3-month average)"), False)]
        if portfolio is not None:
            xs, ys = _segments(portfolio)
            self.csat.plot(xs, ys, pen=graphs.mkPen(PORTFOLIO, width=1.5,
                                                    style=Qt.PenStyle.DashLine))
            legend.append((PORTFOLIO, self.tr("Portfolio CSAT"), True))
        xs, ys = _segments(csat)
        self.points = len(xs)
        self.csat.plot(xs, ys, pen=graphs.mkPen(colour, width=2.5), symbol="o", symbolSize=6,
                       symbolBrush=colour, symbolPen=colour)
        legend += [(PROMOTERS, self.tr("NPS above zero"), False),
                   (DETRACTORS, self.tr("NPS below zero"), False)]
        self.legend.setText(legend_html(legend))
        bars_x, heights, brushes = [], [], []
        for i, value in enumerate(nps):
            if value is not None:
                bars_x.append(float(i))
                heights.append(float(value))
                brushes.append(graphs.mkBrush(PROMOTERS if value >= 0 else DETRACTORS))
        if bars_x:
            self.nps.addItem(graphs.BarGraphItem(x=bars_x, height=heights, width=0.6,
                                                 brushes=brushes, pen=None))
        ticks = month_ticks(months, 2 if len(months) > 8 else 1)
        self.csat.getAxis("bottom").setTicks(ticks)
        self.nps.getAxis("bottom").setTicks(ticks)
        self.csat.setXRange(-0.5, len(months) - 0.5, padding=0)
