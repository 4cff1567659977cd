"""Backups a user can use: listed newest first, pruned to the number kept, taken daily, and
restored only after the current store is set aside — never from a newer PM Cockpit."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cockpit.errors import ErrorCode, KnownError
from cockpit.paths import resolve_store
from cockpit.services import projects
from cockpit.store import backups
from cockpit.store.store import Store, open_store
from tests.store_digest import row_digests


def _codes(store: Store) -> list[str]:
    return [p.code for p in projects.list_projects(store, include_archived=True)]


def test_backups_are_listed_newest_first_and_pruned(demo_store: Store, db_path: Path) -> None:
    backups.set_keep(db_path, 3)
    taken = [backups.take(db_path, "by-hand", backups.read_keep(db_path)) for _ in range(5)]
    listed = backups.list_backups(db_path)
    assert [b.path for b in listed] == list(reversed(taken))[:3]
    assert all(b.reason == "by-hand" and b.size > 0 for b in listed)
    assert len(list(backups.folder(db_path).glob("cockpit-*.sqlite3"))) == 3  # the rest deleted
    other = db_path.with_name("other.sqlite3")  # another store's backups in the same folder
    shutil.copy(db_path, other)
    backups.take(other, "by-hand", 1)
    assert len(backups.list_backups(db_path)) == 3 and len(backups.list_backups(other)) == 1


def test_the_number_kept_survives_a_restore(demo_store: Store, db_path: Path) -> None:
    first = backups.take(db_path, "by-hand", 20)
    backups.set_keep(db_path, 4)
    backups.restore(demo_store.location, first)
    assert backups.read_keep(db_path) == 4


def test_a_daily_backup_is_taken_once_a_day(demo_store: Store, db_path: Path) -> None:
    now = datetime.now(UTC)
    first = backups.take_daily(db_path, 20, now)
    assert first is not None and "daily" in first.name
    assert backups.take_daily(db_path, 20, now + timedelta(hours=23)) is None
    assert backups.take_daily(db_path, 20, now + timedelta(hours=25)) is not None


def test_restore_sets_the_current_store_aside_first(demo_store: Store, db_path: Path) -> None:
    backup = backups.take(db_path, "by-hand", 20)
    before = row_digests(demo_store)
    code = _codes(demo_store)[0]
    projects.delete_project(demo_store, projects.find_project_id(demo_store, code))
    after_delete = row_digests(demo_store)

    done = backups.restore(demo_store.location, backup)

    assert code in _codes(demo_store)  # the open store sees the restored content
    assert row_digests(demo_store) == before
    assert done.aside is not None and done.aside.exists() and "before-restore" in done.aside.name
    aside = open_store(resolve_store(str(done.aside)))
    try:
        assert row_digests(aside) == after_delete  # the store as it was, kept whole
    finally:
        aside.dispose()


def test_a_damaged_store_is_moved_aside_and_the_backup_restored(
        demo_store: Store, db_path: Path) -> None:
    backup = backups.take(db_path, "by-hand", 20)
    expected = row_digests(demo_store)
    demo_store.dispose()
    db_path.write_bytes(b"this is not a database any more")

    done = backups.restore(resolve_store(str(db_path)), backup)

    assert done.aside is not None and "damaged" in done.aside.name
    assert done.aside.read_bytes() == b"this is not a database any more"
    store = open_store(resolve_store(str(db_path)))
    try:
        assert row_digests(store) == expected
    finally:
        store.dispose()


def test_an_older_backup_is_upgraded_after_the_restore(db_path: Path, tmp_path: Path) -> None:
    from cockpit.store.engine import make_engine, sqlite_url
    from cockpit.store.migrate import upgrade
    from cockpit.store.revisions import HEAD, REVISIONS

    old = tmp_path / "backups" / "cockpit-20260101T000000Z-by-hand.sqlite3"
    old.parent.mkdir()
    engine = make_engine(sqlite_url(old))
    upgrade(engine, REVISIONS[-2])
    engine.dispose()

    done = backups.restore(resolve_store(str(db_path)), old)

    assert done.upgraded_from == REVISIONS[-2]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD


def _newer(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    return path


@pytest.mark.parametrize("case", ["newer", "not a database", "missing", "the store itself",
                                  "empty database"])
def test_a_backup_that_cannot_be_restored_changes_nothing(
        demo_store: Store, db_path: Path, tmp_path: Path, case: str) -> None:
    candidate = tmp_path / "candidate.sqlite3"
    if case == "newer":
        shutil.copy(db_path, candidate)
        _newer(candidate)
    elif case == "not a database":
        candidate.write_text("hello", encoding="utf-8")
    elif case == "the store itself":
        candidate = db_path
    elif case == "empty database":
        sqlite3.connect(candidate).close()
        candidate.write_bytes(b"")
    before = row_digests(demo_store)

    with pytest.raises(KnownError) as err:
        backups.restore(demo_store.location, candidate)

    expected = {"newer": ErrorCode.DB_NEWER, "not a database": ErrorCode.DB_CORRUPT,
                "missing": ErrorCode.FILE_NOT_FOUND, "the store itself": ErrorCode.FILE_UNREADABLE,
                "empty database": ErrorCode.DB_CORRUPT}[case]
    assert err.value.code is expected
    if case == "newer":
        assert "update PM Cockpit" in err.value.message
    assert row_digests(demo_store) == before
    assert backups.list_backups(db_path) == []  # nothing was even set aside


def test_a_server_store_is_not_restored_from_a_file(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as err:
        backups.restore(resolve_store("postgresql+psycopg://pmo@db/cockpit"),
                        tmp_path / "x.sqlite3")
    assert "pg_restore" in err.value.message
