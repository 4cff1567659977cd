"""Demo projects for the meeting-planner tests: JP-104 (a Tokyo customer, a Warsaw project
manager) and DE-102 (a Berlin customer).

``demo_store`` here is the shared one built once per session: the Alembic-migrated template
filled by ``build_demo`` and copied for each test, so every test still gets its own file.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cockpit.paths import resolve_store
from cockpit.services import projects
from cockpit.services.demo import build_demo
from cockpit.store.store import Store, open_store


@pytest.fixture(scope="session")
def demo_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("meetings-demo") / "demo.sqlite3"
    shutil.copy(template_db, path)
    store = open_store(resolve_store(str(path)))
    build_demo(store, today=date(2026, 11, 24), with_meetings=False)  # tests plan their own
    store.dispose()
    assert not path.with_name(path.name + "-wal").exists()  # all of it is in the one file
    return path


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "cockpit.sqlite3"
    shutil.copy(demo_template, path)
    store = open_store(resolve_store(str(path)))
    yield store
    store.dispose()


@pytest.fixture
def jp104(demo_store: Store) -> str:
    return projects.find_project_id(demo_store, "JP-104")


@pytest.fixture
def de102(demo_store: Store) -> str:
    return projects.find_project_id(demo_store, "DE-102")
