"""The store where users actually put it, and what happens when the data moves underneath."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from cockpit.domain.passport import MemberData
from cockpit.errors import ErrorCode, KnownError
from cockpit.paths import resolve_store
from cockpit.services import projects
from cockpit.services.demo import build_demo
from cockpit.store.schema_check import classify
from cockpit.store.store import Store, open_store

# the store and the damaged-row tests run on SQLite and on the PostgreSQL server; the ones
# about files and URLs use no store
pytestmark = pytest.mark.both_databases


@pytest.mark.parametrize("folder", ["C# work", "q?x", "100% done", "日本語 フォルダ"])
def test_a_store_in_a_folder_with_url_characters(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "cockpit.sqlite3"
    path.parent.mkdir()
    store = open_store(resolve_store(str(path)))
    try:
        build_demo(store)
        assert len(projects.list_projects(store)) >= 10
    finally:
        store.dispose()
    assert path.exists() and path.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # no stray file beside it
    again = open_store(resolve_store(str(path)))
    try:
        assert not again.created  # recognised as the same store: no second demo
    finally:
        again.dispose()


@pytest.mark.parametrize("value", ["", "   ", "sqlite://", "sqlite:///:memory:"])
def test_empty_or_in_memory_db_is_refused(value: str) -> None:
    with pytest.raises(KnownError) as err:
        resolve_store(value)
    assert err.value.code is ErrorCode.DB_BAD_URL


def test_empty_environment_variable_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COCKPIT_DB", "")
    with pytest.raises(KnownError, match="COCKPIT_DB is empty"):
        resolve_store(None)


def test_another_programs_alembic_history_is_not_called_newer() -> None:
    with pytest.raises(KnownError) as err:
        classify("a1b2c3d4e5f6", has_tables=True, where="x.sqlite3")
    assert err.value.code is ErrorCode.DB_CORRUPT and "not a PM Cockpit" in err.value.message


def test_a_save_never_undoes_a_change_made_elsewhere(store: Store) -> None:
    passport = projects.new_passport(store)
    passport.fields.code, passport.fields.name = "X-1", "First"
    mine = projects.save_passport(store, passport)
    theirs = projects.get_passport(store, mine.id)
    theirs.fields.notes = "saved by the command line"
    projects.save_passport(store, theirs)

    mine.fields.name = "Renamed on my screen"
    with pytest.raises(KnownError) as err:
        projects.save_passport(store, mine)
    assert err.value.code is ErrorCode.CHANGED_ELSEWHERE
    stored = projects.get_passport(store, mine.id)
    assert (stored.fields.name, stored.fields.notes) == ("First", "saved by the command line")


def test_a_deleted_project_is_not_brought_back_by_a_stale_save(store: Store) -> None:
    passport = projects.new_passport(store)
    passport.fields.code, passport.fields.name = "X-2", "Doomed"
    saved = projects.save_passport(store, passport)
    projects.delete_project(store, saved.id)
    with pytest.raises(KnownError) as err:
        projects.save_passport(store, saved)
    assert err.value.code is ErrorCode.NOT_FOUND
    assert projects.list_projects(store, include_archived=True) == []


def test_codes_are_unique_whatever_their_case(store: Store) -> None:
    first = projects.new_passport(store)
    first.fields.code, first.fields.name = "DE-102", "One"
    projects.save_passport(store, first)
    second = projects.new_passport(store)
    second.fields.code, second.fields.name = "de-102", "Two"
    with pytest.raises(KnownError) as err:
        projects.save_passport(store, second)
    assert err.value.code is ErrorCode.DUPLICATE_CODE


def test_adding_someone_by_a_known_email_links_the_same_person(store: Store) -> None:
    a = projects.new_passport(store)
    a.fields.code, a.fields.name = "A-1", "Alpha"
    a.members = [MemberData(name="Elena Petrova", email="elena@vendor.example.com")]
    a = projects.save_passport(store, a)
    b = projects.new_passport(store)
    b.fields.code, b.fields.name = "B-1", "Beta"
    b.members = [MemberData(name="Elena P.", email="ELENA@vendor.example.com", role="PM")]
    b.onboarding[0].owner_person_id = b.members[0].person_id  # chosen before saving
    b = projects.save_passport(store, b)
    assert b.members[0].person_id == a.members[0].person_id
    assert b.onboarding[0].owner_person_id == a.members[0].person_id
    assert projects.get_passport(store, a.id).members[0].name == "Elena P."  # one person


def test_a_damaged_row_gives_a_clear_error_not_a_traceback(demo_store: Store) -> None:
    """A value another program wrote that PM Cockpit cannot read (an unknown status; on SQLite,
    which keeps any text in any column, also money that is not a number)."""
    with demo_store.engine.begin() as conn:
        conn.execute(text("UPDATE project SET status = 'bogus' WHERE code = 'JP-104'"))
    with pytest.raises(KnownError) as err:
        projects.list_projects(demo_store)
    assert err.value.code is ErrorCode.DB_CORRUPT and "bogus" in err.value.message
    with demo_store.engine.begin() as conn:
        conn.execute(text("UPDATE project SET status = 'active' WHERE code = 'JP-104'"))
    assert projects.list_projects(demo_store)  # put right, it reads again
    if demo_store.location.path is None:
        return  # a server's numeric column refuses 'abc' itself
    with demo_store.engine.begin() as conn:
        conn.execute(text("UPDATE invoice SET amount = 'abc' WHERE rowid = 1"))
        project_id = conn.execute(text("SELECT project_id FROM invoice WHERE rowid = 1")
                                  ).scalar_one()
    with pytest.raises(KnownError) as err:
        projects.get_passport(demo_store, project_id)
    assert err.value.code is ErrorCode.DB_CORRUPT
