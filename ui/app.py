"""The composition root: builds the application in a fixed, logged order."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

log = logging.getLogger("cockpit.ui.app")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cockpit", description="PM Cockpit desktop app")
    parser.add_argument("--db", help="database file or SQLAlchemy URL")
    parser.add_argument("--lang", help="UI language: en or ja (default: system locale)")
    parser.add_argument("--no-demo", action="store_true",
                        help="do not add demo data when a new store is created")
    parser.add_argument("--quit-after-load", action="store_true", help=argparse.SUPPRESS)
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def run_app(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from cockpit.paths import APP_NAME, ORG_NAME, log_dir

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication([sys.argv[0], *[a for a in argv if a.startswith("-platform")]])

    from ui import i18n
    from ui.logging_setup import setup_logging

    log_file = setup_logging(log_dir())
    language = i18n.choose_language(args.lang)
    translators = i18n.install(app, language)  # noqa: F841 - kept alive for the app's lifetime
    log.info("starting, language %s", language)

    from ui.main_window import MainWindow
    from ui.prompts import HeadlessPrompts, Prompts
    from ui.settings import Settings
    from ui.tasks import TaskRunner

    prompts = HeadlessPrompts() if args.quit_after_load else Prompts()
    runner = TaskRunner()
    window = MainWindow(runner, prompts, Settings())
    _install_crash_handler(window, prompts, log_file)
    if os.environ.get("COCKPIT_BENCH_MARKERS"):
        _print_markers(window)
    window.show()
    if args.quit_after_load:  # used by the packaging smoke test and the benchmark
        window.projects_loaded.connect(lambda: QTimer.singleShot(0, window.close))
        window.failed.connect(lambda _m: app.exit(3))
    QTimer.singleShot(0, lambda: window.open_store(args.db, demo_on_first_run=not args.no_demo))
    return app.exec()


def _print_markers(window) -> None:  # type: ignore[no-untyped-def]
    """For bench/: print 'painted' at the main window's first paint, 'listed' when the
    project list is shown."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                watched.removeEventFilter(self)
            return False

    window._bench_filter = FirstPaint(window)
    window.installEventFilter(window._bench_filter)
    window.projects_loaded.connect(lambda: print("listed", flush=True))


def _install_crash_handler(window, prompts, log_file) -> None:  # type: ignore[no-untyped-def]
    def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.critical("unexpected error\n%s", text)
        sys.__stderr__.write(text)
        where = str(log_file) if log_file else "stderr"
        from PySide6.QtCore import QCoreApplication

        title = QCoreApplication.translate("CrashDialog", "PM Cockpit — unexpected error")
        text = QCoreApplication.translate(
            "CrashDialog",
            "Something went wrong that PM Cockpit did not expect. Your saved data is safe.\n"
            "Details are in the log: %1",
        ).replace("%1", where)
        prompts.error(window, title, text)

    sys.excepthook = handle
