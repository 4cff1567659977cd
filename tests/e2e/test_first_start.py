"""The app's first starts as a user makes them (``main.py``, offscreen): the own store is
made empty, ``--demo`` opens the demo's own store, a mistyped ``--db`` creates nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.e2e.test_cli import ROOT


def _env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "COCKPIT_DB"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), PYTHONIOENCODING="utf-8")
    return env


def _start(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *map(str, args), "--quit-after-load"],
                          cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)


def _projects(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = [code for (code,) in conn.execute("SELECT code FROM project ORDER BY code")]
    conn.close()
    return rows


def test_first_start_makes_an_empty_own_store_and_the_demo_its_own(tmp_path: Path) -> None:
    data = tmp_path / "home" / "data" / "PM Cockpit" / "cockpit"
    first = _start(tmp_path)
    assert first.returncode == 0, first.stderr
    assert _projects(data / "cockpit.sqlite3") == []  # the first-run screen, no demo in it
    assert not (data / "demo.sqlite3").exists()
    demo = _start(tmp_path, "--demo")
    assert demo.returncode == 0, demo.stderr
    assert len(_projects(data / "demo.sqlite3")) == 12
    assert _projects(data / "cockpit.sqlite3") == []


def test_a_mistyped_db_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "cockpit.sqlite3"
    result = _start(tmp_path, "--db", missing)
    assert result.returncode != 0  # unattended: the question "create it?" is answered no
    assert "Create a new, empty store" in result.stderr
    assert not (tmp_path / "typo").exists()
