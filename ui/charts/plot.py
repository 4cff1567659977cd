"""pyqtgraph, configured once for the app's charts: white ground, dark ink, smooth lines."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def pg() -> Any:
    import pyqtgraph

    pyqtgraph.setConfigOptions(antialias=True, background="w", foreground="#333",
                               leftButtonPan=False, exitCleanup=False)
    return pyqtgraph


def month_ticks(labels: list[str], every: int = 1) -> list[list[tuple[int, str]]]:
    """The x axis's ticks: one per month, its label on every ``every``-th."""
    return [[(i, text) for i, text in enumerate(labels) if i % every == 0 or i == len(labels) - 1]]


def legend_html(entries: list[tuple[str, str, bool]]) -> str:
    """A legend as a line of text under the chart: (colour, label, dashed). (pyqtgraph's own
    legend items crash PySide6 6.12 at interpreter exit when two charts carry them.)"""
    from html import escape

    parts = []
    for colour, label, dashed in entries:
        mark = "┅┅" if dashed else "━━"
        parts.append(f"<span style='color:{colour}; font-weight:bold'>{mark}</span>&nbsp;"
                     f"{escape(label)}")
    return "&nbsp;&nbsp;&nbsp;".join(parts)


def still(plot: Any) -> None:
    """A chart to read, not to explore: no mouse panning or zooming, no context menu."""
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
