"""Columns as wide as what they hold: the header and the longest value read whole (up to a
limit), never narrower than the width the table starts with."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

WIDEST_FIT = 360  # pixels: a long subject or note is cut (its tooltip has it) past this


def fit_columns(view: QTableView, least: dict[int, int], widest: int = WIDEST_FIT) -> None:
    """Widen each shown column of ``least`` to its header and longest value (at most
    ``widest``), never below its ``least`` width; stretched columns keep the rest."""
    header = view.horizontalHeader()
    last = header.count() - 1
    for column, narrowest in least.items():
        if view.isColumnHidden(column) or (column == last and header.stretchLastSection()):
            continue
        if header.sectionResizeMode(column) is QHeaderView.ResizeMode.Stretch:
            continue
        wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        view.setColumnWidth(column, max(narrowest, min(wanted, widest)))


def keep_fitted(view: QTableView, least: dict[int, int], widest: int = WIDEST_FIT) -> None:
    """Fit now and whenever the model shows other rows (a project switch, a refresh)."""
    model = view.model()
    view.horizontalHeader().setResizeContentsPrecision(200)  # a long list: its first rows

    def fit() -> None:
        fit_columns(view, least, widest)

    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
        signal.connect(fit)
    fit()
