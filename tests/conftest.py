"""Shared fixtures. Qt runs offscreen; one template database is migrated per session and copied
for each test that needs a store, so every test starts from a real Alembic-migrated file."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("COCKPIT_DB", None)

import pytest

from cockpit.paths import resolve_store
from cockpit.store.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent


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
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(resolve_store(str(db_path)))
    yield s
    s.dispose()


@pytest.fixture
def demo_store(store: Store) -> Store:
    from datetime import date

    from cockpit.services.demo import build_demo

    build_demo(store, today=date(2026, 11, 24))
    return store
