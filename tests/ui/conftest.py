"""A real main window over a real migrated store, with a synchronous task runner."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cockpit.store.store import Store
from tests.ui.fakes import FakePrompts
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import SyncTaskRunner


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp):  # type: ignore[no-untyped-def]
    """The UI as an English-speaking user sees it (plural forms come from cockpit_en.qm)."""
    from scripts.build_translations import build
    from ui import i18n

    build()
    translators = i18n.install(qapp, "en")
    assert translators, "cockpit_en.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Qt's offscreen platform crashes at exit (SIGSEGV) when the clipboard still holds
    QMimeData (a real X11 session does not); a test that copies leaves it empty."""
    yield
    qapp.clipboard().clear()


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot, prompts: FakePrompts, settings_file: Path) -> Iterator[
        Callable[[Path], MainWindow]]:
    windows: list[MainWindow] = []

    def make(db: Path, connectors: object = None, *, today: bool = False,
             clock: object = None) -> MainWindow:
        """The window on its projects page (what most tests drive), or with ``today`` on
        the page it opens on by itself; ``clock``: the app's clock (default: the real one)."""
        settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
        ctx = AppContext(SyncTaskRunner(), prompts, settings,  # type: ignore[arg-type]
                         connectors=connectors, clock=clock)  # type: ignore[arg-type]
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.open_store(str(db))
        # the full store opens once the list has painted (or at once when there is no list)
        qtbot.waitUntil(lambda: window.store is not None or bool(prompts.errors), timeout=5000)
        if not today:
            window.show_projects()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.store is not None:
            window.store.dispose()


@pytest.fixture
def window(make_window, demo_store: Store, db_path: Path) -> MainWindow:
    demo_store.dispose()
    return make_window(db_path)
