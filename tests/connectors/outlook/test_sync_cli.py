"""``cockpit sync --once`` as a subprocess against the fake Graph server: the queued demo
messages go out once, a failure says what to do, and the token is written nowhere."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cockpit.domain.messages import MessageState
from cockpit.paths import resolve_store
from cockpit.services import messages
from cockpit.store.store import open_store
from tests.conftest import PG_TEMPLATE
from tests.connectors.outlook.fake_graph import FakeGraph
from tests.e2e.test_cli import ROOT, cli

# the sync runs on a file store and on a shared PostgreSQL store alike
pytestmark = pytest.mark.both_databases


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph(token="secret-token-5f3a9c") as fake:
        yield fake
    assert fake.errors == []


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio's projects and queued messages in a store of the PM's own (not
    marked as the demo's: that one never syncs, see the test below)."""
    from datetime import date

    from cockpit.services.demo import build_demo

    path = tmp_path_factory.mktemp("sync-demo") / "portfolio.sqlite3"
    store = open_store(resolve_store(str(path)))
    try:
        build_demo(store, today=date.today())
    finally:
        store.dispose()
    return path


def test_the_demo_store_never_syncs(tmp_path: Path, graph: FakeGraph) -> None:
    demo = tmp_path / "demo.sqlite3"
    made = cli(tmp_path, "demo", "--db", demo)
    assert made.returncode == 0, made.stderr
    assert "never syncs" in made.stdout
    assert _queued(demo)  # it holds queued messages to demo customers…
    for extra in (("--once",), ("--once", "--json"), ()):
        result = _sync(tmp_path, demo, graph, *extra)
        assert result.returncode == 1
        assert "demo portfolio" in result.stderr + result.stdout
        assert "Traceback" not in result.stderr
    assert graph.requests == []  # …and not one request reached Outlook
    assert graph.sent_count() == 0
    assert _queued(demo)


@pytest.fixture(scope="module")
def server_demo(pg_server: Any) -> str:
    """The same portfolio in a database on the PostgreSQL server (a PMO's shared store)."""
    from datetime import date

    from cockpit.services.demo import build_demo

    name = f"sync_demo_{uuid.uuid4().hex[:8]}"
    pg_server.psql(f"CREATE DATABASE {name} TEMPLATE {PG_TEMPLATE}")
    store = open_store(resolve_store(pg_server.url(name)))
    try:
        build_demo(store, today=date.today())
    finally:
        store.dispose()
    return name


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """A copy of the portfolio of this test's own: a file, or a server database's URL."""
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        yield from server.copy_of(request.getfixturevalue("server_demo"))
        return
    copy = tmp_path / "cockpit.sqlite3"
    shutil.copy(request.getfixturevalue("demo_file"), copy)
    yield copy


def _sync(tmp_path: Path, db: Path, graph: FakeGraph | None, *extra: str,
          token: str | None = None) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items()
           if k not in ("COCKPIT_DB", "COCKPIT_GRAPH_TOKEN", "COCKPIT_GRAPH_URL")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), PYTHONIOENCODING="utf-8",
               QT_QPA_PLATFORM="offscreen")
    if graph is not None:
        env.update(COCKPIT_GRAPH_TOKEN=token or graph.token, COCKPIT_GRAPH_URL=graph.url)
    return subprocess.run([sys.executable, "-m", "cockpit.cli", "sync", "--db", str(db),
                           *extra], cwd=ROOT, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)


def _queued(db: Path) -> list[str]:
    store = open_store(resolve_store(str(db)))
    try:
        return [m.id for m in messages.list_messages(store)
                if m.state is MessageState.READY]
    finally:
        store.dispose()


def test_sync_once_sends_every_queued_message_once(tmp_path: Path, db: Path,
                                                   graph: FakeGraph) -> None:
    queued = _queued(db)
    assert queued  # the demo queues an open-task update per active project
    result = _sync(tmp_path, db, graph, "--once", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert sorted(report["sent"]) == sorted(queued) and report["error"] is None
    assert graph.sent_count() == len(queued)
    # what went out comes back from Sent Items as each project's mail to its customers
    assert report["pulled"] == {"stored": len(queued), "removed": 0, "resynced": []}
    assert _queued(db) == []
    again = _sync(tmp_path, db, graph, "--once", "--json")
    assert json.loads(again.stdout)["sent"] == [] and graph.sent_count() == len(queued)


def test_with_json_an_error_is_json_on_stdout_too(tmp_path: Path, db: Path,
                                                  graph: FakeGraph) -> None:
    """A script reading stdout learns why the run stopped: once, in JSON, with the code."""
    unsigned = _sync(tmp_path, db, None, "--once", "--json")
    assert unsigned.returncode == 1 and unsigned.stderr.startswith("cockpit: error:")
    error = json.loads(unsigned.stdout)["error"]
    assert error["code"] == "sign_in_expired" and "COCKPIT_GRAPH_TOKEN" in error["message"]

    expired = _sync(tmp_path, db, graph, "--once", "--json", token="expired")
    assert expired.returncode == 1
    (line,) = expired.stdout.splitlines()  # the run's report holds the error: not twice
    report = json.loads(line)
    assert report["error"]["code"] == "sign_in_expired" and report["sent"] == []


def test_a_throttled_run_waits_and_still_sends_once(tmp_path: Path, db: Path,
                                                    graph: FakeGraph) -> None:
    queued = _queued(db)
    graph.fail_next("POST", r"/send$", 429, retry_after=1)
    result = _sync(tmp_path, db, graph, "--once")
    assert result.returncode == 0, result.stderr
    assert f"sent {len(queued)}, failed 0, still queued 0" in result.stdout
    assert graph.sent_count() == len(queued)


def test_without_a_sign_in_it_says_what_to_do(tmp_path: Path, db: Path) -> None:
    result = _sync(tmp_path, db, None, "--once")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "COCKPIT_GRAPH_TOKEN" in result.stderr and "cockpit account login" in result.stderr


def test_an_expired_token_stops_with_a_clear_error_and_keeps_the_queue(
        tmp_path: Path, db: Path, graph: FakeGraph) -> None:
    queued = _queued(db)
    result = _sync(tmp_path, db, graph, "--once", token="expired")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "401" in result.stderr
    assert sorted(_queued(db)) == sorted(queued)


def test_the_token_is_written_nowhere(tmp_path: Path, db: Path, graph: FakeGraph) -> None:
    graph.fail_next("POST", r"^/me/messages$", 503, retry_after=0)
    assert _sync(tmp_path, db, graph, "--once").returncode == 0
    token = graph.token.encode()
    written = [*(tmp_path / "home").rglob("*")]
    if isinstance(db, Path):
        written += [db, *db.parent.glob("*.sqlite3-*")]
    else:  # every row of every table on the server, as text
        from sqlalchemy import inspect, text

        from cockpit.store.engine import make_engine

        engine = make_engine(db)
        try:
            with engine.connect() as conn:
                for table in inspect(conn).get_table_names():
                    rows = conn.execute(text(f'SELECT t::text FROM "{table}" t')).scalars()
                    assert all(token.decode() not in row for row in rows), table
        finally:
            engine.dispose()
    for path in written:
        if path.is_file():
            assert token not in path.read_bytes(), f"the token is in {path}"


def _account(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    environ = {k: v for k, v in os.environ.items()
               if k not in ("COCKPIT_GRAPH_TOKEN", "COCKPIT_GRAPH_URL", "COCKPIT_CLIENT_ID")}
    environ.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                   XDG_CONFIG_HOME=str(home / "config"), PYTHONIOENCODING="utf-8",
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", **env)
    return subprocess.run([sys.executable, "-m", "cockpit.cli", "account", *args], cwd=ROOT,
                          env=environ, capture_output=True, text=True, encoding="utf-8",
                          timeout=60, check=False)


def test_account_status_says_how_the_sync_would_sign_in(tmp_path: Path) -> None:
    nobody = _account(tmp_path, "status")
    assert nobody.returncode == 0 and "not signed in" in nobody.stdout
    from_env = _account(tmp_path, "status", "--json", COCKPIT_GRAPH_TOKEN="tok-4f9e2a",
                        COCKPIT_GRAPH_URL="http://127.0.0.1:1/v1.0")
    state = json.loads(from_env.stdout)
    assert state["token_from_environment"] is True and state["account"] is None
    assert state["graph_url"] == "http://127.0.0.1:1/v1.0"
    assert "tok-4f9e2a" not in from_env.stdout + from_env.stderr  # never the token


def test_without_a_keychain_the_status_says_so_and_nothing_is_written(tmp_path: Path) -> None:
    result = _account(tmp_path, "status", "--client-id", "11111111-2222-3333-4444-555555555555")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "not signed in" in result.stdout
    assert not [p for p in (tmp_path / "home").rglob("*") if p.is_file()]


def test_account_commands_take_the_store_as_every_command_does(tmp_path: Path) -> None:
    """The sign-in is one per computer; --db says whether that store syncs with it, and the
    demo's is refused a sign-in."""
    demo, own = tmp_path / "demo.sqlite3", tmp_path / "own.sqlite3"
    assert cli(tmp_path, "demo", "--db", demo).returncode == 0
    assert cli(tmp_path, "init", "--db", own).returncode == 0

    mine = _account(tmp_path, "status", "--db", str(own))
    assert mine.returncode == 0, mine.stderr
    assert "not signed in" in mine.stdout and "syncs with this sign-in" in mine.stdout
    state = json.loads(_account(tmp_path, "status", "--json", "--db", str(demo)).stdout)
    assert state["store_syncs"] is False and state["store"].endswith("demo.sqlite3")
    refused = _account(tmp_path, "login", "--db", str(demo), "--client-id",
                       "11111111-2222-3333-4444-555555555555")
    assert refused.returncode == 1 and "demo portfolio" in refused.stderr
    missing = _account(tmp_path, "status", "--db", str(tmp_path / "nope.sqlite3"))
    assert missing.returncode == 1 and "there is no store at" in missing.stderr
    assert "Traceback" not in mine.stderr + refused.stderr + missing.stderr


def test_login_and_logout_need_the_company_app_registration(tmp_path: Path) -> None:
    for action in ("login", "logout"):
        result = _account(tmp_path, action)
        assert result.returncode == 1 and "--client-id" in result.stderr
        assert "Traceback" not in result.stderr
