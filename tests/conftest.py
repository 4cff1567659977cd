"""Shared fixtures. Qt runs offscreen; one template database is migrated per session and copied
for each test that needs a store, so every test starts from a real Alembic-migrated file.

A test module marked ``pytestmark = pytest.mark.both_databases`` runs every test that uses
a store fixture (``store``, ``demo_store``, or the CLI tests' ``db``, ``demo_db`` and
``empty_db``) twice: on SQLite, and on a real PostgreSQL server
(``tests/pg_server.py``), each test in a database of its own copied from a migrated template.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("COCKPIT_DB", None)

import pytest

from cockpit.paths import resolve_store
from cockpit.store.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
BACKENDS = ("sqlite", "postgresql")
PG_TEMPLATE = "cockpit_template"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    definition = metafunc.definition
    if "backend" in metafunc.fixturenames and \
            definition.get_closest_marker("both_databases") is not None and \
            definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database a ``store`` test runs on: SQLite unless its module runs on both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A PostgreSQL server for this run, with a migrated template database."""
    from tests import pg_server as server_module

    try:
        server = server_module.start()
    except FileNotFoundError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(exc))
    try:
        server.psql(f"CREATE DATABASE {PG_TEMPLATE}")
        template = open_store(resolve_store(server.url(PG_TEMPLATE)), upgrade_server=True)
        template.dispose()
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: object) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database of this test's own."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_server.psql(f"CREATE DATABASE {name} TEMPLATE {PG_TEMPLATE}")  # type: ignore[attr-defined]
    yield pg_server.url(name)  # type: ignore[attr-defined]
    pg_server.psql(f"DROP DATABASE {name} WITH (FORCE)")  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    store = open_store(resolve_store(str(path)))
    store.dispose()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A freshly migrated database file of this test's own."""
    path = tmp_path / "cockpit.sqlite3"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def store(backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    """An empty, migrated store of this test's own — or, when the test also asks for
    ``demo_store``, that same store (a test sees one store, whichever names it uses)."""
    if "demo_store" in request.fixturenames:
        yield request.getfixturevalue("demo_store")
        return
    if backend == "postgresql":
        location = resolve_store(request.getfixturevalue("pg_url"))
    else:
        location = resolve_store(str(request.getfixturevalue("db_path")))
    s = open_store(location)
    yield s
    s.dispose()


class StoreTemplates:
    """Stores filled once per run and copied for each test that wants one: a SQLite file, or a
    template database on the PostgreSQL server (``CREATE DATABASE … TEMPLATE``)."""

    def __init__(self, template_db: Path, folder: Path) -> None:
        self.template_db, self.folder = template_db, folder
        self.made: dict[tuple[str, str], Path | str] = {}

    def template(self, backend: str, name: str, fill: Callable[[Store], object],
                 server: Any = None) -> Path | str:
        key = (backend, name)
        if key not in self.made:
            if backend == "postgresql":
                database = "tpl_" + name.replace("-", "_")
                server.psql(f"CREATE DATABASE {database} TEMPLATE {PG_TEMPLATE}")
                self._fill(server.url(database), fill)
                self.made[key] = database
            else:
                path = self.folder / f"{name}.sqlite3"
                shutil.copy(self.template_db, path)
                self._fill(str(path), fill)
                assert not path.with_name(path.name + "-wal").exists()  # all in the one file
                self.made[key] = path
        return self.made[key]

    @staticmethod
    def _fill(where: str, fill: Callable[[Store], object]) -> None:
        filled = open_store(resolve_store(where))
        try:
            fill(filled)
        finally:
            filled.dispose()


@pytest.fixture(scope="session")
def store_templates(template_db: Path, tmp_path_factory: pytest.TempPathFactory
                    ) -> StoreTemplates:
    return StoreTemplates(template_db, tmp_path_factory.mktemp("store-templates"))


def filled_store(request: pytest.FixtureRequest, name: str,
                 fill: Callable[[Store], object]) -> Iterator[Store]:
    """For a fixture: a store of the test's own holding what ``fill`` writes, on the test's
    backend. ``fill`` runs once per run and database; each test gets a copy (on SQLite at
    ``db_path``, so a test that also opens that file sees the same store)."""
    backend = str(request.getfixturevalue("backend"))
    templates: StoreTemplates = request.getfixturevalue("store_templates")
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        copies = server.copy_of(templates.template(backend, name, fill, server))
        location = resolve_store(next(copies))
    else:
        path = request.getfixturevalue("db_path")
        shutil.copy(templates.template(backend, name, fill), path)
        copies, location = iter(()), resolve_store(str(path))
    s = open_store(location)
    try:
        yield s
    finally:
        s.dispose()
        next(copies, None)  # drops the server's copy


def _fill_demo(s: Store) -> None:
    from datetime import date

    from cockpit.services.demo import build_demo

    build_demo(s, today=date(2026, 11, 24))


@pytest.fixture
def demo_store(backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    """The demo portfolio of 2026-11-24 (meetings, tasks, messages) in a store of the test's
    own."""
    yield from filled_store(request, "demo", _fill_demo)
