"""Which store a command works on: stores are created only on purpose (``init``, ``demo``, an
import), and the demo portfolio lives in a store of its own."""

from __future__ import annotations

import json
from pathlib import Path

from cockpit.paths import resolve_store
from cockpit.store.store import open_store
from tests.e2e.test_cli import assert_one_error_line, cli

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _data_dir(tmp_path: Path) -> Path:
    return tmp_path / "home" / "data" / "PM Cockpit" / "cockpit"


def test_a_mistyped_db_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "x.sqlite3"
    for command in (["projects", "list"], ["export", "--json", tmp_path / "out.json"],
                    ["messages", "list"], ["meetings", "list", "--project", "JP-1"]):
        result = cli(tmp_path, *command, "--db", missing)
        line = assert_one_error_line(result)
        assert "there is no store at" in line and "cockpit init --db" in line
    assert not (tmp_path / "no").exists()


def test_without_a_store_commands_say_how_to_make_one(tmp_path: Path) -> None:
    line = assert_one_error_line(cli(tmp_path, "projects", "list"))
    assert "no store yet" in line and "cockpit init" in line
    assert not _data_dir(tmp_path).exists()


def test_init_creates_an_empty_store_once(tmp_path: Path) -> None:
    db = tmp_path / "new" / "cockpit.sqlite3"
    first = cli(tmp_path, "init", "--db", db)
    assert first.returncode == 0 and "created a new, empty store" in first.stdout
    again = cli(tmp_path, "init", "--db", db)
    assert again.returncode == 0 and "already" in again.stdout
    listed = cli(tmp_path, "projects", "list", "--json", "--db", db)
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    default = cli(tmp_path, "init")
    assert default.returncode == 0
    assert (_data_dir(tmp_path) / "cockpit.sqlite3").exists()


def test_demo_goes_into_its_own_store_by_default(tmp_path: Path) -> None:
    result = cli(tmp_path, "demo")
    assert result.returncode == 0, result.stderr
    assert "cockpit --demo" in result.stdout and "never syncs" in result.stdout
    demo = _data_dir(tmp_path) / "demo.sqlite3"
    assert demo.exists()
    assert not (_data_dir(tmp_path) / "cockpit.sqlite3").exists()  # the PM's store: untouched
    store = open_store(resolve_store(str(demo)))
    try:
        assert store.demo
    finally:
        store.dispose()
    again = cli(tmp_path, "demo")  # refreshes the demo in place
    assert again.returncode == 0 and "0 projects created, 12 updated" in again.stdout


def test_demo_is_never_added_to_a_store_with_own_projects(tmp_path: Path) -> None:
    own = tmp_path / "own.sqlite3"
    assert cli(tmp_path, "init", "--db", own).returncode == 0
    assert cli(tmp_path, "import", "--db", own, "--json", FIXTURES / "export_v1.json"
               ).returncode == 0
    source = tmp_path / "source.sqlite3"
    assert cli(tmp_path, "demo", "--db", source).returncode == 0
    export = tmp_path / "export.json"
    assert cli(tmp_path, "export", "--db", source, "--json", export).returncode == 0
    before = cli(tmp_path, "projects", "list", "--json", "--db", own).stdout
    line = assert_one_error_line(cli(tmp_path, "import", "--db", own, "--json", export))
    assert "export of the demo portfolio" in line and "holds your own work" in line
    line = assert_one_error_line(cli(tmp_path, "demo", "--db", own))
    assert "holds your own projects" in line
    assert cli(tmp_path, "projects", "list", "--json", "--db", own).stdout == before
    store = open_store(resolve_store(str(own)))
    try:
        assert not store.demo
    finally:
        store.dispose()


def test_an_import_may_create_its_store(tmp_path: Path) -> None:
    source = tmp_path / "source.sqlite3"
    assert cli(tmp_path, "demo", "--db", source).returncode == 0
    export = tmp_path / "export.json"
    assert cli(tmp_path, "export", "--db", source, "--json", export).returncode == 0
    target = tmp_path / "laptop" / "cockpit.sqlite3"
    result = cli(tmp_path, "import", "--db", target, "--json", export)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(cli(tmp_path, "projects", "list", "--json", "--db",
                              target).stdout)) == 11
    store = open_store(resolve_store(str(target)))
    try:
        assert store.demo  # the demo's export made a demo store: it never syncs or sends
    finally:
        store.dispose()
