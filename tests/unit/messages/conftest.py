"""Stores for the messaging tests. Each is built once per session into a template file (an
Alembic-migrated store filled by the services) and copied for every test, so every test still
gets its own file:

- ``work_store``: the JP-201 project of ``helpers`` (people, tasks, change requests, a meeting
  with minutes);
- ``demo_store``: the demo portfolio of 2026-11-24 with meetings, tasks and messages.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from cockpit.paths import resolve_store
from cockpit.services.demo import build_demo
from cockpit.store.store import Store, open_store
from tests.unit.messages import helpers


def _template(template_db: Path, folder: Path, fill: Callable[[Store], object]) -> Path:
    path = folder / "filled.sqlite3"
    shutil.copy(template_db, path)
    store = open_store(resolve_store(str(path)))
    fill(store)
    store.dispose()
    assert not path.with_name(path.name + "-wal").exists()  # all of it is in the one file
    return path


def _copy(template: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "cockpit.sqlite3"
    shutil.copy(template, path)
    store = open_store(resolve_store(str(path)))
    yield store
    store.dispose()


@pytest.fixture(scope="session")
def work_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(template_db, tmp_path_factory.mktemp("messages-work"), helpers.build)


@pytest.fixture(scope="session")
def messages_demo_template(template_db: Path,
                           tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(template_db, tmp_path_factory.mktemp("messages-demo"),
                     lambda s: build_demo(s, today=date(2026, 11, 24)))


@pytest.fixture
def work_store(work_template: Path, tmp_path: Path) -> Iterator[Store]:
    yield from _copy(work_template, tmp_path)


@pytest.fixture
def demo_store(messages_demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    yield from _copy(messages_demo_template, tmp_path)
