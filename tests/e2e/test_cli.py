"""The ``cockpit`` command line, run as a user runs it: a separate process, real files."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cockpit.paths import resolve_store
from cockpit.services import projects
from cockpit.store.store import open_store

ROOT = Path(__file__).resolve().parents[2]

# every test on the demo store runs on SQLite and on the PostgreSQL server (tests/e2e/conftest.py)
pytestmark = pytest.mark.both_databases


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "COCKPIT_DB"}
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               PYTHONIOENCODING="utf-8", **extra)
    return env


def cli(tmp_path: Path, *args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cockpit.cli", *map(str, args)],
        cwd=ROOT, env=_env(tmp_path, **env), capture_output=True, text=True,
        encoding="utf-8", timeout=120, check=False,
    )


def assert_one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cockpit: error:")
    return lines[0]


def test_projects_list_table_shows_japanese_names(demo_db: Path, tmp_path: Path) -> None:
    result = cli(tmp_path, "projects", "list", "--db", demo_db)
    assert result.returncode == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["CODE", "NAME", "CUSTOMER", "STATUS", "HEALTH", "MANAGER"]
    assert any("さくらロジスティクス" in line for line in lines)
    assert any("Müller" in line for line in lines)


def test_projects_list_of_an_empty_store_says_there_are_none(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite3"
    assert cli(tmp_path, "init", "--db", db).returncode == 0

    result = cli(tmp_path, "projects", "list", "--db", db)

    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("no projects yet") and "CODE" not in result.stdout
    assert "cockpit demo" in result.stdout and "cockpit import" in result.stdout
    assert json.loads(cli(tmp_path, "projects", "list", "--json", "--db", db).stdout) == []


def test_projects_list_json(demo_db: Path, tmp_path: Path) -> None:
    result = cli(tmp_path, "projects", "list", "--json", "--db", demo_db)
    assert result.returncode == 0 and result.stderr == ""
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and len(rows) >= 10
    for row in rows:
        assert {"code", "name", "status", "health"} <= row.keys()
        assert row["archived"] is False
    assert any(row["code"].startswith("JP-") for row in rows)


def test_archived_projects_only_with_flag(demo_db: Path, tmp_path: Path) -> None:
    plain = json.loads(cli(tmp_path, "projects", "list", "--json", "--db", demo_db).stdout)
    full = cli(tmp_path, "projects", "list", "--json", "--archived", "--db", demo_db)
    rows = json.loads(full.stdout)
    archived = [r["code"] for r in rows if r["archived"]]
    assert archived and len(rows) == len(plain) + len(archived)
    assert not set(archived) & {r["code"] for r in plain}
    table = cli(tmp_path, "projects", "list", "--archived", "--db", demo_db).stdout
    assert f"{archived[0]} " in table and "(archived)" in table


def test_export_then_import_into_another_store(demo_db: Path, empty_db: Path,
                                               tmp_path: Path) -> None:
    export = tmp_path / "out.json"
    result = cli(tmp_path, "export", "--db", demo_db, "--json", export)
    assert result.returncode == 0, result.stderr
    data = json.loads(export.read_text(encoding="utf-8"))
    n = len(data["tables"]["project"])
    assert data["format"] == "pm-cockpit" and f"exported {n} projects" in result.stdout

    target = empty_db
    first = cli(tmp_path, "import", "--db", target, "--json", export)
    second = cli(tmp_path, "import", "--db", target, "--json", export)
    assert first.returncode == 0 and f"{n} projects created, 0 updated" in first.stdout
    assert second.returncode == 0 and f"0 projects created, {n} updated" in second.stdout

    a = cli(tmp_path, "projects", "list", "--json", "--archived", "--db", demo_db).stdout
    b = cli(tmp_path, "projects", "list", "--json", "--archived", "--db", target).stdout
    assert json.loads(a) == json.loads(b)


def test_cockpit_db_variable_names_the_store(demo_db: Path, tmp_path: Path) -> None:
    result = cli(tmp_path, "projects", "list", "--json", COCKPIT_DB=str(demo_db))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) >= 10
    if isinstance(demo_db, Path):  # a file may be named by its path or by its URL
        url = cli(tmp_path, "projects", "list", "--json", COCKPIT_DB=f"sqlite:///{demo_db}")
        assert json.loads(url.stdout) == json.loads(result.stdout)


def test_db_argument_wins_over_variable(demo_db: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    assert cli(tmp_path, "init", "--db", empty).returncode == 0
    result = cli(tmp_path, "projects", "list", "--json", "--db", empty, COCKPIT_DB=str(demo_db))
    assert result.returncode == 0 and json.loads(result.stdout) == []


def test_reader_closing_the_pipe_is_not_an_error_trace(demo_db: Path, tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "cockpit.cli", "projects", "list", "--json", "--db", str(demo_db)],
        cwd=ROOT, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -0`: nobody reads the answer
    with proc.stderr:
        stderr = proc.stderr.read().decode("utf-8")
    proc.wait(timeout=120)
    assert "Traceback" not in stderr and "Exception ignored" not in stderr


def _bad_json(tmp_path: Path) -> Path:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "pm-cockpit", "projects": [', encoding="utf-8")
    return path


def _not_an_export(tmp_path: Path) -> Path:
    path = tmp_path / "other.json"
    path.write_text('{"name": "山田", "items": [1, 2]}', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make_file", "says"),
    [
        (lambda tmp: tmp / "missing.json", "no such file"),
        (_bad_json, "not valid JSON"),
        (_not_an_export, "not a PM Cockpit export"),
    ],
    ids=["missing", "bad-json", "not-an-export"],
)
def test_import_of_a_bad_file_fails_cleanly(tmp_path: Path, make_file, says: str) -> None:
    db = tmp_path / "store.sqlite3"
    line = assert_one_error_line(cli(tmp_path, "import", "--db", db, "--json", make_file(tmp_path)))
    assert says in line
    assert not db.exists()  # refused before the store was even opened


def _text_file(tmp_path: Path) -> str:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n", encoding="utf-8")
    return str(path)


def _folder(tmp_path: Path) -> str:
    path = tmp_path / "folder.sqlite3"
    path.mkdir()
    return str(path)


@pytest.mark.parametrize(
    "make_db",
    [_text_file, lambda tmp: "foo://bar", _folder, lambda tmp: str(tmp / "notes.txt" / "x.db")],
    ids=["text-file", "unknown-scheme", "folder", "below-a-file"],
)
@pytest.mark.parametrize("command", [["projects", "list"], ["demo"], ["export", "--json"]])
def test_bad_database_fails_cleanly(tmp_path: Path, make_db, command: list[str]) -> None:
    (tmp_path / "notes.txt").write_text("not a database\n", encoding="utf-8")
    db = make_db(tmp_path)
    before = Path(db).read_bytes() if Path(db).is_file() else None
    if command[0] == "export":
        command = [*command, str(tmp_path / "o.json")]
    assert_one_error_line(cli(tmp_path, *command, "--db", db))
    if before is not None:
        assert Path(db).read_bytes() == before
    assert not (tmp_path / "o.json").exists()


@pytest.mark.sqlite_only  # the server's twin is in test_server_store.py
def test_newer_database_is_refused(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "newer.sqlite3"
    shutil.copy(demo_db, db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    line = assert_one_error_line(cli(tmp_path, "projects", "list", "--db", db))
    assert "newer PM Cockpit" in line


def test_the_app_without_a_display_says_what_to_do(tmp_path: Path) -> None:
    env = {k: v for k, v in _env(tmp_path).items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2  # not Qt's abort (134)
    assert "no display" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "xcb" not in result.stderr and "Traceback" not in result.stderr
    commands = subprocess.run([sys.executable, "main.py", "projects", "list", "--db",
                               tmp_path / "x.sqlite3"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60, check=False)
    assert "no display" not in commands.stderr  # the commands need none


def test_scale_zero_is_rejected_by_the_parser(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    result = cli(tmp_path, "demo", "--scale", "0", "--db", db)
    assert result.returncode == 2
    assert "--scale" in result.stderr and "Traceback" not in result.stderr
    assert not db.exists()


def test_store_written_by_cli_opens_in_process(demo_db: Path) -> None:
    store = open_store(resolve_store(str(demo_db)))
    try:
        names = [r.name for r in projects.list_projects(store)]
    finally:
        store.dispose()
    assert any("東京フィンテック" in n for n in names)
