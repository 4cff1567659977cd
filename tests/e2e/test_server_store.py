"""A shared store on a real PostgreSQL server: its schema is created and upgraded only by
`cockpit db upgrade`, a newer one is refused, and two app processes saving the same project
at once never overwrite each other (the second is refused as stale)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from cockpit.errors import ErrorCode, KnownError
from cockpit.paths import resolve_store
from cockpit.services import projects, transfer
from cockpit.store.engine import make_engine
from cockpit.store.migrate import upgrade
from cockpit.store.revisions import HEAD, REVISIONS
from cockpit.store.store import open_store
from tests.e2e.test_cli import cli

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def empty_url(pg_server: Any) -> str:
    name = f"e_{uuid.uuid4().hex[:12]}"
    pg_server.psql(f"CREATE DATABASE {name}")
    return str(pg_server.url(name))


def test_a_new_server_database_is_set_up_only_by_db_upgrade(empty_url: str,
                                                            tmp_path: Path) -> None:
    with pytest.raises(KnownError) as err:
        open_store(resolve_store(empty_url))
    assert err.value.code is ErrorCode.DB_NEEDS_UPGRADE
    assert f"cockpit db upgrade --db {empty_url}" in err.value.message
    refused = cli(tmp_path, "projects", "list", "--db", empty_url)
    assert refused.returncode == 1 and "cockpit db upgrade" in refused.stderr

    made = cli(tmp_path, "db", "upgrade", "--db", empty_url)
    assert made.returncode == 0, made.stderr
    assert f"created the PM Cockpit schema ({HEAD})" in made.stdout
    again = cli(tmp_path, "db", "upgrade", "--db", empty_url)
    assert "is up to date" in again.stdout

    imported = cli(tmp_path, "import", "--db", empty_url, "--json", FIXTURES / "export_v1.json")
    assert imported.returncode == 0, imported.stderr
    listed = cli(tmp_path, "projects", "list", "--db", empty_url)
    assert "JP-104" in listed.stdout and "DE-102" in listed.stdout


def test_an_older_server_schema_waits_for_db_upgrade(empty_url: str, tmp_path: Path) -> None:
    engine = make_engine(empty_url)
    upgrade(engine, REVISIONS[-2])
    engine.dispose()
    with pytest.raises(KnownError) as err:
        open_store(resolve_store(empty_url))
    assert err.value.code is ErrorCode.DB_NEEDS_UPGRADE and REVISIONS[-2] in err.value.message

    done = cli(tmp_path, "db", "upgrade", "--db", empty_url)
    assert done.returncode == 0, done.stderr
    assert f"upgraded {empty_url} from {REVISIONS[-2]} to {HEAD}" in done.stdout
    open_store(resolve_store(empty_url)).dispose()


def test_a_newer_server_schema_is_refused_and_left_alone(pg_url: str, tmp_path: Path) -> None:
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    result = cli(tmp_path, "db", "upgrade", "--db", pg_url)
    assert result.returncode == 1 and "newer PM Cockpit" in result.stderr
    engine = make_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            "9999_from_the_future"
    engine.dispose()


def test_two_processes_saving_the_same_project_never_overwrite_each_other(
        pg_url: str, tmp_path: Path) -> None:
    store = open_store(resolve_store(pg_url))
    transfer.import_json(store, FIXTURES / "export_v1.json")
    project_id = projects.find_project_id(store, "JP-104")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    go = tmp_path / "go"
    children = []
    for name in ("Saved by the first window", "Saved by the second window"):
        ready = tmp_path / f"ready-{len(children)}"
        children.append((ready, subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.save_child", pg_url, project_id, name,
             str(ready), str(go)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)))
    deadline = time.monotonic() + 60
    while not all(ready.exists() for ready, _p in children):
        assert time.monotonic() < deadline, "the processes did not load the project"
        time.sleep(0.05)
    go.write_text("go", encoding="utf-8")  # both save at once, from the same loaded copy
    outcomes = []
    for _ready, process in children:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        outcomes.append(out.strip())

    assert sorted(outcomes) == ["refused: changed_elsewhere", "saved"]
    winner = ("Saved by the first window", "Saved by the second window")[
        outcomes.index("saved")]
    assert projects.get_passport(store, project_id).fields.name == winner
    store.dispose()


def test_every_migration_runs_up_and_down_on_postgresql(empty_url: str) -> None:
    from cockpit.store.migrate import downgrade

    engine = make_engine(empty_url)
    try:
        for revision in REVISIONS:  # one step at a time, as stores of each version upgrade
            upgrade(engine, revision)
        downgrade(engine, "base")
        with engine.connect() as conn:
            left = conn.execute(text(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
                "AND table_name <> 'alembic_version'")).scalar()
        assert left == 0
        upgrade(engine, "head")
    finally:
        engine.dispose()
    open_store(resolve_store(empty_url)).dispose()


def test_a_laptops_work_moves_into_the_shared_store_whole(
        sqlite_demo: Path, empty_url: str, tmp_path: Path) -> None:
    """The PMO's way in: a new database set up by `cockpit db upgrade`, then a laptop's export
    imported — every meeting, decision, action item and message is there, value for value."""
    laptop = tmp_path / "laptop.json"
    assert cli(tmp_path, "export", "--db", sqlite_demo, "--json", laptop).returncode == 0
    assert cli(tmp_path, "db", "upgrade", "--db", empty_url).returncode == 0
    imported = cli(tmp_path, "import", "--db", empty_url, "--json", laptop)
    assert imported.returncode == 0, imported.stderr
    server = tmp_path / "server.json"
    assert cli(tmp_path, "export", "--db", empty_url, "--json", server).returncode == 0

    sent, back = (json.loads(p.read_text(encoding="utf-8")) for p in (laptop, server))
    assert sent["tables"]["minutes_item"] and sent["tables"]["message"]
    kinds = {row["kind"] for row in sent["tables"]["minutes_item"]}
    assert {"decision", "action"} <= kinds
    sent.pop("exported_at"), back.pop("exported_at")
    assert back == sent  # the same document, from the other database
    for args in (["messages", "list", "--json"], ["meetings", "list", "--project", "JP-104",
                                                   "--json"]):
        here = cli(tmp_path, *args, "--db", sqlite_demo)
        there = cli(tmp_path, *args, "--db", empty_url)
        assert there.returncode == 0 and json.loads(there.stdout) == json.loads(here.stdout)
