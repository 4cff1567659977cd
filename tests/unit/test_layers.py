"""The layers stay apart: core never imports Qt widgets, the UI never imports SQLAlchemy,
and starting the app does not import SQLAlchemy/Alembic before the first window paints."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def test_core_imports_no_qt_gui_or_widgets_and_no_ui() -> None:
    offenders = {
        path: sorted(n for n in names
                     if n.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "ui")))
        for path, names in _imports("cockpit").items()
    }
    assert {p: n for p, n in offenders.items() if n} == {}
    qt_users = {p for p, names in _imports("cockpit").items()
                if any(n.startswith("PySide6") for n in names)}
    assert qt_users == {"cockpit/paths.py"}  # QStandardPaths, the one allowed place


def test_ui_never_imports_sqlalchemy_or_alembic() -> None:
    offenders = {
        path: sorted(n for n in names if n.startswith(("sqlalchemy", "alembic")))
        for path, names in _imports("ui").items()
    }
    assert {p: n for p, n in offenders.items() if n} == {}


def test_main_window_module_loads_without_sqlalchemy() -> None:
    code = (
        "import sys, ui.main_window, ui.app, ui.context;"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'msal') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, env={"QT_QPA_PLATFORM": "offscreen",
                                                       "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
