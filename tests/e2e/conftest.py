"""Stores for the command-line tests, made by the real ``cockpit`` commands.

``demo_db`` is a demo store made once per run by ``cockpit demo`` and shared read-only; ``db``
is a copy of it of the test's own; ``empty_db`` is a store that holds nothing yet. In a module
marked ``pytestmark = pytest.mark.both_databases`` each test that uses one of them runs twice:
once on a SQLite file (the fixture is a ``Path``) and once on a database of the real
PostgreSQL server (the fixture is its URL), with the same commands.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PG_TEMPLATE
from tests.e2e.test_cli import cli

PG_DEMO = "cockpit_demo"


@pytest.fixture(scope="session")
def sqlite_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("demo")
    path = tmp / "demo.sqlite3"
    result = cli(tmp, "demo", "--db", path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and "projects created" in result.stdout
    return path


@pytest.fixture(scope="session")
def pg_demo(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A demo store on the server, made by ``cockpit demo --db URL`` like a PMO would."""
    pg_server.psql(f"CREATE DATABASE {PG_DEMO} TEMPLATE {PG_TEMPLATE}")
    url = str(pg_server.url(PG_DEMO))
    result = cli(tmp_path_factory.mktemp("pg-demo"), "demo", "--db", url)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and "projects created" in result.stdout
    return url


@pytest.fixture
def demo_db(backend: str, request: pytest.FixtureRequest) -> Path | str:
    """The demo store, shared by every test of the run: only for tests that do not change it."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_demo"))
    return Path(request.getfixturevalue("sqlite_demo"))


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """A copy of the demo store of this test's own, for tests that change it."""
    if backend == "postgresql":
        request.getfixturevalue("pg_demo")
        yield from request.getfixturevalue("pg_server").copy_of(PG_DEMO)
        return
    copy = tmp_path / "cockpit.sqlite3"
    shutil.copy(request.getfixturevalue("sqlite_demo"), copy)
    yield copy


@pytest.fixture
def empty_db(backend: str, request: pytest.FixtureRequest, tmp_path: Path
             ) -> Iterator[Path | str]:
    """Where a store with nothing in it is: a SQLite file not made yet (a command that may
    create one does), or an upgraded server database, as a PMO's administrator leaves it."""
    if backend == "postgresql":
        yield from request.getfixturevalue("pg_server").copy_of(PG_TEMPLATE)
        return
    yield tmp_path / "empty" / "cockpit.sqlite3"
