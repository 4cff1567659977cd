"""Another window of the app on another store (the demo portfolio, a store chosen with
*File → Open store…*): a second process, so each window keeps one store, its own sync and
its own unsaved edits."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger("cockpit.ui")


def app_command(args: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that start the app: the bundle itself when frozen (the
    PyInstaller build), else this interpreter with ``main.py``."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(args)
    main = Path(__file__).resolve().parents[1] / "main.py"
    return sys.executable, [str(main), *args]


class Launcher:
    def open_window(self, args: list[str]) -> bool:
        """Start the app with ``args``; False when it could not be started."""
        from PySide6.QtCore import QProcess

        program, arguments = app_command(args)
        started, _pid = QProcess.startDetached(program, arguments)
        log.info("started another window: %s %s (%s)", program, " ".join(arguments),
                 "ok" if started else "failed")
        return bool(started)
