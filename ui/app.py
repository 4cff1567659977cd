"""The composition root: builds the application in a fixed, logged order."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger("cockpit.ui.app")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cockpit", description="PM Cockpit desktop app")
    parser.add_argument("--db", help="database file or SQLAlchemy URL")
    parser.add_argument("--lang", help="UI language: en or ja (default: system locale)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo portfolio, kept in a store of its own (with --db: "
                             "that file); it never sends or syncs")
    # before 0.11 a new store was filled with the demo unless this was given; now never
    parser.add_argument("--no-demo", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-load", action="store_true", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args(list(argv))
    # Qt's own options (-platform, -style …) pass through; a stray word is a mistyped command
    words = [a for a in rest if not a.startswith("-")]
    if words and not any(a.startswith("-") for a in rest[:1]):
        from cockpit.cli.commands import COMMANDS

        parser.error(f"unknown command {words[0]!r} (commands: {', '.join(COMMANDS)})")
    return args


class BuildLog:
    """The composition root's steps with their times, kept until the log file is open (it
    opens after the first paint) and then written in the order they happened."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.steps: list[tuple[float, str]] = []

    def step(self, what: str) -> None:
        self.steps.append(((time.perf_counter() - self.started) * 1000, what))

    def write(self) -> None:
        for ms, what in self.steps:
            log.info("start-up %6.1f ms: %s", ms, what)
        self.steps.clear()


def _stacks_on_request() -> None:
    """``kill -USR1 <pid>`` prints every thread's stack to stderr: where a stuck app is stuck
    (the packaging test asks before it gives up on a start that does not end)."""
    import faulthandler
    import signal

    if hasattr(signal, "SIGUSR1") and sys.stderr is not None:
        faulthandler.register(signal.SIGUSR1, all_threads=True)


def _watch_home(window: MainWindow, *, markers: bool, quit_after: bool) -> None:
    """Print ``listed`` once the project list is loaded (and painted, when it is the page on
    screen), ``today`` once Today has painted rows (the last evaluation's, kept from the
    previous start, or the live ones) and ``today-live`` once it has painted the live
    evaluation, for the benchmark; with ``quit_after``, close the window once the list and the
    live Today are there (the packaging smoke test)."""
    from PySide6.QtCore import QTimer

    from ui.first_paint import AfterFirstPaint

    shown: set[str] = set()

    def home_shown(what: str) -> None:
        if what in shown:
            return
        shown.add(what)
        if markers:
            print(what, flush=True)
        if quit_after and shown >= {"listed", "today-live"}:
            QTimer.singleShot(0, window.close)

    def list_loaded() -> None:
        viewport = window.list_panel.view.viewport()
        if viewport.isVisible():
            AfterFirstPaint(viewport, lambda: home_shown("listed"))
        else:  # the window opened on Today: the list is loaded behind it
            QTimer.singleShot(0, lambda: home_shown("listed"))

    def today_loaded(live: bool) -> None:
        panel = window.today_panel
        target = panel.view.viewport() if panel.view.isVisible() else panel.stack

        def painted() -> None:
            home_shown("today")
            if live:
                home_shown("today-live")

        AfterFirstPaint(target, painted)

    window.projects_loaded.connect(list_loaded)
    window.today_shown.connect(today_loaded)


def run_app(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    built = BuildLog()
    _stacks_on_request()
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from cockpit.paths import APP_NAME, ORG_NAME, log_dir

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication([sys.argv[0], *[a for a in argv if a.startswith("-platform")]])
    built.step("application")

    from ui import i18n

    language = i18n.choose_language(args.lang)
    translators = i18n.install(app, language)  # kept alive for the app's lifetime
    built.step(f"translations ({language})")

    from ui.context import AppContext
    from ui.first_paint import AfterFirstPaint
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.tasks import TaskRunner
    from ui.widgets.prompts import HeadlessPrompts, Prompts

    prompts = HeadlessPrompts() if args.quit_after_load else Prompts()
    # the store's worker, the sync's and the sign-in's threads, prompts, settings, the clock;
    # the store once it is open, the connectors when the sync first asks (after the paint)
    ctx = AppContext(TaskRunner(), prompts, Settings(), sync_runner=TaskRunner(),
                     account_runner=TaskRunner())
    built.step("app context: task runners, prompts, settings, clock")
    window = MainWindow(ctx)  # composes the panels and controllers; nothing reaches through it
    built.step("main window: menus and actions")
    log_file = log_dir() / "cockpit.log"
    _install_crash_handler(window, prompts, log_file)
    markers = bool(os.environ.get("COCKPIT_BENCH_MARKERS"))
    if args.quit_after_load:
        ctx.failed.connect(lambda _m: app.exit(3))

    def first_paint() -> None:  # paint first; then the log file and the store (SQLAlchemy)
        if markers:
            print("painted", flush=True)
        from ui.logging_setup import setup_logging

        built.step("first paint")
        setup_logging(log_dir())
        log.info("started, language %s", language)
        built.write()
        log.info("next: the panels, the store (then the sync and its connectors)")
        if language != "en" and not translators:
            log.warning("no compiled translation for %s (run scripts/build_translations.py)",
                        language)
        window.open_store(args.db, demo=args.demo)

    if markers or args.quit_after_load:
        _watch_home(window, markers=markers, quit_after=args.quit_after_load)
    AfterFirstPaint(window, first_paint)
    # the window is the app (another store is another process): once its close went through
    # the app ends, whatever else Qt still counts as open
    window.closed_for_good.connect(lambda: QTimer.singleShot(0, app.quit))
    window.show()
    code = app.exec()
    # the window goes before the interpreter does: the charts' scene items (pyqtgraph) left to
    # the interpreter's last garbage collection crash PySide6 6.12 on the way out
    window.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code


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
