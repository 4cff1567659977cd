"""A process killed while it imports a JSON export or restores a backup leaves the store as it
was (or, had it finished, as the file says) — never half of each, and it opens. The import is
killed on a SQLite file and on a PostgreSQL server store; a restore is a file's only."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from cockpit.paths import resolve_store
from cockpit.store.store import open_store
from tests.e2e.test_cli import cli
from tests.store_digest import row_digests

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.both_databases


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A 120-project store with meetings and messages, and its export."""
    tmp = tmp_path_factory.mktemp("big")
    source, export = tmp / "big.sqlite3", tmp / "big.json"
    assert cli(tmp, "demo", "--scale", "120", "--db", source).returncode == 0
    assert cli(tmp, "export", "--db", source, "--json", export).returncode == 0
    return source, export


@pytest.fixture
def copy_of_db(db: Path | str, request: pytest.FixtureRequest, tmp_path: Path
               ) -> Callable[[str], Path | str]:
    """Another copy of ``db`` under a name: a file beside it, or a database on the server."""
    def copy(name: str) -> Path | str:
        if isinstance(db, Path):
            target = tmp_path / f"{name}.sqlite3"
            shutil.copy(db, target)
            return target
        server = request.getfixturevalue("pg_server")
        database = "k_" + name.replace(".", "_").replace("-", "_")
        server.psql(f"CREATE DATABASE {database} TEMPLATE {db.split('?')[0].rsplit('/', 1)[1]}")
        request.addfinalizer(lambda: server.psql(f"DROP DATABASE {database} WITH (FORCE)"))
        return str(server.url(database))
    return copy


def _digests(path: Path | str) -> dict[str, str]:
    store = open_store(resolve_store(str(path)))
    try:  # the id and moment of each "look up before writing" mark differ per run
        return row_digests(store, skip={"remote_link": {"id", "create_started_at"}})
    finally:
        store.dispose()


def _kill_after(args: list[str], delay: float, tmp_path: Path) -> int | None:
    """Start ``cockpit ARGS``, SIGKILL it ``delay`` seconds later; its exit status."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_DATA_HOME=str(tmp_path / "home" / "data"))
    process = subprocess.Popen([sys.executable, "-m", "cockpit.cli", *args], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    return process.wait(timeout=30)


def test_an_import_killed_at_any_moment_leaves_the_store_as_it_was(
        big: tuple[Path, Path], db: Path | str, copy_of_db: Callable[[str], Path | str],
        tmp_path: Path) -> None:
    _source, export = big
    before = _digests(db)
    finished = copy_of_db("finished")
    done = cli(tmp_path, "import", "--db", finished, "--json", export)
    assert done.returncode == 0, done.stderr
    after = _digests(finished)
    assert after != before
    killed = 0
    for delay in (0.6, 1.0, 1.4, 1.8, 2.4):
        target = copy_of_db(f"target-{delay}")
        status = _kill_after(["import", "--db", str(target), "--json", str(export)], delay,
                             tmp_path)
        now = _digests(target)
        assert now in (before, after), f"killed after {delay} s: half an import is stored"
        killed += status == -signal.SIGKILL
    assert killed, "every import finished before the kill: nothing was tested"


@pytest.mark.sqlite_only  # a server store's backups are the server's (pg_dump)
def test_a_restore_killed_at_any_moment_leaves_the_store_as_it_was(
        big: tuple[Path, Path], db: Path, tmp_path: Path) -> None:
    """The backup is made large (a project with 60 MB of notes) so that copying it back takes
    long enough to be killed in the middle."""
    import sqlite3

    source, _export = big
    large = tmp_path / "large.sqlite3"
    shutil.copy(source, large)
    with sqlite3.connect(large) as conn:
        conn.execute("UPDATE project SET notes = ? WHERE id = (SELECT min(id) FROM project)",
                     ("Minutes of every call, pasted here. " * 1_700_000,))
    before, restored = _digests(db), _digests(large)
    killed = 0
    for delay in (0.4, 0.55, 0.7, 0.85, 1.0, 1.3):
        target = tmp_path / f"target-{delay}.sqlite3"
        shutil.copy(db, target)
        backup = tmp_path / "backups" / f"target-{delay}-20261201T000000Z-by-hand.sqlite3"
        backup.parent.mkdir(exist_ok=True)
        shutil.copy(large, backup)
        status = _kill_after(["backup", "restore", str(backup), "--db", str(target)], delay,
                             tmp_path)
        now = _digests(target)
        assert now in (before, restored), f"killed after {delay} s: half a restore is stored"
        killed += status == -signal.SIGKILL
    assert killed, "every restore finished before the kill: nothing was tested"
