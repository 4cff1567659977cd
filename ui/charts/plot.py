"""pyqtgraph, configured once for the app's charts: white ground, dark ink, smooth lines."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def pg() -> Any:
    import pyqtgraph

    pyqtgraph.setConfigOptions(antialias=True, background="w", foreground="#333",
                               leftButtonPan=False)
    return pyqtgraph


def month_ticks(labels: list[str], every: int = 1) -> list[list[tuple[int, str]]]:
    """The x axis's ticks: one per month, its label on every ``every``-th."""
    return [[(i, text) for i, text in enumerate(labels) if i % every == 0 or i == len(labels) - 1]]


def still(plot: Any) -> None:
    """A chart to read, not to explore: no mouse panning or zooming, no context menu."""
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
