"""Marks the ``[[places]]`` a PM must still fill in a message body, so none is missed."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from cockpit.messages.placeholders import placeholder_spans

BACKGROUND = "#ffe08a"  # amber: to do, not an error
FOREGROUND = "#5c3d00"


class PlaceholderHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.mark = QTextCharFormat()
        self.mark.setBackground(QColor(BACKGROUND))
        self.mark.setForeground(QColor(FOREGROUND))
        self.mark.setFontWeight(QFont.Weight.DemiBold)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        for spot in placeholder_spans(text):
            self.setFormat(spot.start, spot.end - spot.start, self.mark)
