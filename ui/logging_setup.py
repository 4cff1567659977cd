"""Loggers by area into a log file kept to a few MB; Qt's own messages routed into logging.

The file is rotated at start (``cockpit.log`` → ``cockpit.log.1`` …) when it has grown past
1 MB, which avoids importing ``logging.handlers`` (and its socket/pickle imports) at start-up.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
MAX_BYTES = 1_000_000
KEEP = 3


def _qt_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(QT_LEVELS.get(kind, logging.WARNING), message)


def rotate(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    if not path.exists() or path.stat().st_size < max_bytes:
        return
    for index in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{index}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{index + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def setup_logging(folder: Path) -> Path | None:
    """Log to ``folder/cockpit.log``. Returns the file, or None if it is not writable."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    path: Path | None = folder / "cockpit.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        rotate(path)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler, path = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    qInstallMessageHandler(_qt_handler)
    return path
