"""A sparkline: twelve months of a rolling CSAT mean in a strip's height, no axes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.charts.plot import pg, still


def sparkline(parent: QWidget | None = None) -> QWidget:
    graphs = pg()
    widget = graphs.PlotWidget(parent)
    widget.setFixedSize(110, 30)
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    plot = widget.getPlotItem()
    still(plot)
    for side in ("left", "bottom"):
        plot.hideAxis(side)
    plot.setContentsMargins(0, 0, 0, 0)
    widget.setBackground(None)
    return widget


def draw(widget: QWidget, values: Sequence[float | None], falling: bool = False) -> int:
    """Draws ``values`` (CSAT 1–5); returns how many points it drew."""
    graphs = pg()
    plot = widget.getPlotItem()  # type: ignore[attr-defined]
    plot.clear()
    xs = [float(i) for i, v in enumerate(values) if v is not None]
    ys = [float(v) for v in values if v is not None]
    colour = "#c0392b" if falling else "#1f5fbf"
    plot.plot(xs, ys, pen=graphs.mkPen(colour, width=2))
    if xs:
        plot.plot([xs[-1]], [ys[-1]], pen=None, symbol="o", symbolSize=5, symbolBrush=colour,
                  symbolPen=colour)
    if ys:  # the shape at a glance: the values' own range (at least half a point)
        low, high = min(ys), max(ys)
        middle, half = (low + high) / 2, max((high - low) / 2, 0.25)
        plot.setYRange(max(1.0, middle - half), min(5.0, middle + half), padding=0.15)
    plot.setXRange(0, max(len(values) - 1, 1), padding=0.05)
    return len(xs)
