"""The PyInstaller bundle, built from installer.spec and run as a user runs it.

Slow (the build takes ~30 s), but it is the only test that sees what the frozen app finds on
disk: the Alembic scripts, the compiled translations, the time-zone data, the Qt plugins.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cockpit.store.revisions import HEAD

ROOT = Path(__file__).resolve().parents[2]
EXE_NAME = "cockpit.exe" if sys.platform == "win32" else "cockpit"

pytestmark = pytest.mark.slow


def _report(result: subprocess.CompletedProcess[str], log: Path | None = None) -> str:
    text = (f"{' '.join(map(str, result.args))}\nexit code {result.returncode}\n"
            f"--- stdout ---\n{result.stdout[-4000:]}\n--- stderr ---\n{result.stderr[-8000:]}")
    if log is not None and log.is_file():
        text += f"\n--- {log.name} ---\n{log.read_text(encoding='utf-8', errors='replace')[-4000:]}"
    return text


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the one-folder bundle once for this module; returns ``dist/cockpit``."""
    tmp = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(tmp / "dist"),
         "--workpath", str(tmp / "build"), "installer.spec"],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=600, check=False,
    )
    assert result.returncode == 0, _report(result)
    folder = tmp / "dist" / "cockpit"
    assert (folder / EXE_NAME).is_file(), _report(result)
    return folder


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Offscreen Qt, and a home of the test's own so settings and logs stay in tmp."""
    home = tmp_path / "home"
    runtime = home / "runtime"
    runtime.mkdir(parents=True)
    runtime.chmod(0o700)
    environ = {k: v for k, v in os.environ.items() if k != "COCKPIT_DB"}
    environ.update(
        QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"), XDG_RUNTIME_DIR=str(runtime),
    )
    return environ


def run(bundle: Path, env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    cmd = [str(bundle / EXE_NAME), *map(str, args)]
    process = subprocess.Popen(cmd, cwd=env["HOME"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8",
                               errors="replace")
    try:
        out, err = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        # e.g. a modal error dialog that nobody can close offscreen, or a start that hangs:
        # ask for every thread's stack (the app registers SIGUSR1), then show what it said
        process.send_signal(signal.SIGUSR1)
        time.sleep(2)
        process.kill()
        out, err = process.communicate()
        partial = subprocess.CompletedProcess(cmd, -1, out, err)
        pytest.fail(f"no exit after 120 s\n{_report(partial, _log(env))}")
    return subprocess.CompletedProcess(cmd, process.returncode, out, err)


def _db(path: Path) -> tuple[str | None, list[str]]:
    """(alembic revision, codes of the projects the default list shows), read with sqlite3."""
    with sqlite3.connect(path) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        codes = [c for (c,) in conn.execute(
            "SELECT code FROM project WHERE NOT archived ORDER BY code")]
    conn.close()
    return revision, codes


def _log(env: dict[str, str]) -> Path:
    return Path(env["XDG_DATA_HOME"]) / "PM Cockpit" / "cockpit" / "logs" / "cockpit.log"


def test_bundle_ships_migrations_and_translations_as_files(bundle: Path) -> None:
    internal = bundle / "_internal"
    for name in ("__init__.py", "env.py", "script.py.mako"):
        assert (internal / "migrations" / name).is_file(), name
    versions = sorted(p.stem for p in (internal / "migrations" / "versions").glob("[0-9]*.py"))
    shipped = sorted(p.stem for p in (ROOT / "migrations" / "versions").glob("[0-9]*.py"))
    assert versions == shipped
    assert (internal / "resources" / "__init__.py").is_file()
    # IANA zones for machines without /usr/share/zoneinfo (Windows, slim images)
    assert (internal / "tzdata" / "zoneinfo" / "Asia" / "Tokyo").is_file()
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert (internal / "resources" / "translations" / f"{ts.stem}.qm").is_file(), ts.name


def test_app_creates_migrates_and_fills_a_new_store(bundle: Path, env: dict[str, str],
                                                  tmp_path: Path) -> None:
    db = tmp_path / "fresh" / "cockpit.sqlite3"
    db.parent.mkdir()
    result = run(bundle, env, "--demo", "--db", db, "--quit-after-load")
    assert result.returncode == 0, _report(result, _log(env))
    assert "Traceback" not in result.stderr, _report(result, _log(env))
    assert db.is_file(), _report(result, _log(env))
    revision, codes = _db(db)
    assert revision == HEAD
    assert codes, "no demo projects in a new demo store"
    assert _log(env).is_file(), "the app's log is not in the test's XDG_DATA_HOME"

    # a second start opens the same store: no migration, no second helping of demo data
    again = run(bundle, env, "--db", db, "--quit-after-load")
    assert again.returncode == 0, _report(again, _log(env))
    assert _db(db) == (HEAD, codes)

    # the PM's own store: made on the first start, empty (the first-run screen)
    own = run(bundle, env, "--quit-after-load")
    assert own.returncode == 0, _report(own, _log(env))
    default = Path(env["XDG_DATA_HOME"]) / "PM Cockpit" / "cockpit" / "cockpit.sqlite3"
    assert _db(default) == (HEAD, []), _report(own, _log(env))

    # the CLI in the same executable lists exactly the projects the store holds
    listed = run(bundle, env, "projects", "list", "--json", "--db", db)
    assert listed.returncode == 0, _report(listed)
    assert sorted(row["code"] for row in json.loads(listed.stdout)) == codes, _report(listed)
    table = run(bundle, env, "projects", "list", "--db", db)
    assert table.returncode == 0, _report(table)
    lines = table.stdout.splitlines()
    assert lines[0].split()[:2] == ["CODE", "NAME"], _report(table)
    assert sorted(line.split()[0] for line in lines[1:]) == codes, _report(table)


def test_app_finds_its_japanese_translation(bundle: Path, env: dict[str, str],
                                            tmp_path: Path) -> None:
    if not (ROOT / "resources" / "translations" / "cockpit_ja.ts").is_file():
        pytest.skip("no Japanese translation source in this checkout")
    db = tmp_path / "cockpit.sqlite3"
    result = run(bundle, env, "--demo", "--db", db, "--lang", "ja", "--quit-after-load")
    assert result.returncode == 0, _report(result, _log(env))
    log = _log(env).read_text(encoding="utf-8")
    assert "started, language ja" in log, log
    assert "no compiled translation" not in log, log
