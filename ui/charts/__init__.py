"""Charts drawn with pyqtgraph, imported only when a chart is first shown (the first paint
never pays for pyqtgraph and numpy)."""
