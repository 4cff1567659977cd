"""The store's schema: Alembic chain, upgrades with backups, refusals that leave files alone."""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, inspect, text

from cockpit.errors import ErrorCode, KnownError
from cockpit.paths import resolve_store
from cockpit.services import onboarding_template, projects
from cockpit.store import migrate
from cockpit.store.engine import make_engine
from cockpit.store.revisions import HEAD, REVISIONS
from cockpit.store.store import Store, open_store

PROJECT_ID = "11111111-2222-3333-4444-555555555555"
PERSON_ID = "66666666-7777-8888-9999-000000000000"


def _run(conn: Connection, statement: str) -> None:
    """One statement of seed data, the same SQL on SQLite and PostgreSQL (``:pid`` and
    ``:person`` name the seeded project and person; booleans are TRUE and FALSE)."""
    conn.execute(text(statement), {"pid": PROJECT_ID, "person": PERSON_ID})


def _seed_0001(conn: Connection) -> None:
    """A project with a customer, an invoice with exact money, written as 0001 knew them."""
    _run(conn,
         "INSERT INTO project (id, code, name, customer, description, department, status,"
         " health, start_date, end_date, customer_time_zone, working_days_country,"
         " sprint_length_weeks, notes, archived, created_at, updated_at) VALUES (:pid, 'JP-7',"
         " '物流ポータル', '株式会社さくら', '', 'Data & AI', 'active', 'amber', '2026-01-05',"
         " NULL, 'Asia/Tokyo', 'JP', 2, 'Müller says hi', FALSE, '2026-01-05 09:00:00.000000',"
         " '2026-01-06 10:00:00.000000')")
    _run(conn,
         "INSERT INTO person (id, name, email, organisation, time_zone, phone)"
         " VALUES (:person, '山田 太郎', 'yamada@example.jp', '株式会社さくら', 'Asia/Tokyo', '')")
    _run(conn,
         "INSERT INTO membership (id, project_id, person_id, role, side, escalation_level,"
         " meetings, reports, position) VALUES ('m-1', :pid, :person, 'Product owner',"
         " 'customer', 'project', '[\"weekly_status\"]', '[]', 0)")
    _run(conn,
         "INSERT INTO invoice (id, project_id, number, issued_on, amount, currency, due_on,"
         " paid_on, notes) VALUES ('i-1', :pid, 'INV-1', '2026-02-01', '1234567890.1234', 'JPY',"
         " '2026-03-01', NULL, '')")


# Every revision before head needs data written the way that revision stored it.
# 0002 only added rows (the onboarding template): its schema, and so its seed, is 0001's
def _seed_0003(conn: Connection) -> None:
    """0001's data plus a meeting series with minutes, as 0003 stored them."""
    _seed_0001(conn)
    _run(conn,
         "INSERT INTO meeting_series (id, project_id, type, title, objective, cadence,"
         " \"interval\", custom_rrule, first_date, start_time, time_zone, duration_minutes,"
         " location, online_url, cancelled, uid, sequence, created_at, updated_at) VALUES"
         " ('s-1', :pid, 'weekly_status', '週次定例', '', 'weekly', 1, '', '2026-01-06',"
         " '10:00:00.000000', 'Asia/Tokyo', 30, '', '', FALSE, 'uid-1@test', 0,"
         " '2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000')")


def _seed_0004(conn: Connection) -> None:
    """0003's data plus a task and a queued message, as 0004 stored them."""
    _seed_0003(conn)
    _run(conn,
         "INSERT INTO task (id, project_id, position, name, status, urgent, sprint,"
         " external_key, external_url, updated_at) VALUES ('t-1', :pid, 0, 'バッチ改善',"
         " 'in_progress', TRUE, 'Sprint 3', '', '', '2026-11-20 09:00:00.000000')")
    _run(conn,
         "INSERT INTO message (id, project_id, kind, state, sender, \"to\", cc, bcc, subject,"
         " body, message_id, failure, revision, created_at, updated_at) VALUES ('msg-1', :pid,"
         " 'task_update', 'ready', 'pm@vendor.example.com', 'yamada@example.jp', '', '',"
         " '進捗', 'body', 'id-1@pm-cockpit.invalid', '', 2, '2026-11-20 09:00:00.000000',"
         " '2026-11-20 09:00:00.000000')")


def _seed_0007(conn: Connection) -> None:
    """0004's data with Outlook's bookkeeping in the columns 0005–0007 had for it: the queued
    message's draft and the moments its create and send went out, the series' event with its
    per-field digest and a refusal, one date's pushed digest."""
    _seed_0004(conn)
    _run(conn,
         "UPDATE message SET remote_id = 'AAMk-msg-1', remote_change_key = 'ck-1',"
         " create_started_at = '2026-11-20 09:01:00.000000',"
         " send_started_at = '2026-11-20 09:02:00.000000', remote_revision = 2"
         " WHERE id = 'msg-1'")
    _run(conn,
         "UPDATE meeting_series SET outlook = TRUE, remote_id = 'AAMk-ev-1',"
         " remote_change_key = 'ck-ev', create_started_at = '2026-11-20 09:03:00.000000',"
         " pushed = '{\"subject\": \"d1\", \"start\": \"d2\"}', sync_problem = 'too odd'"
         " WHERE id = 's-1'")
    _run(conn,
         "INSERT INTO meeting_occurrence (id, series_id, original_start, start,"
         " duration_minutes, state, pushed_digest) VALUES ('o-1', 's-1',"
         " '2026-01-13 01:00:00.000000', '2026-01-14 01:00:00.000000', 30, 'moved',"
         " 'digest-o-1')")
    _run(conn,
         "INSERT INTO sync_state (connector, key, link, updated_at) VALUES"
         " ('outlook', 'delete-draft:msg-9', 'AAMk-msg-9', '2026-11-20 09:04:00'),"
         " ('outlook', 'cancel-event:s-9', 'AAMk-ev-9', '2026-11-20 09:04:00')")


OUTLOOK_0007 = [
    ("message", "msg-1", "outlook", "AAMk-msg-1", "ck-1", None,
     "2026-11-20 09:01:00.000000", "2026-11-20 09:02:00.000000", 2, ""),
    ("occurrence", "o-1", "outlook", None, None, "digest-o-1", None, None, None, ""),
    ("series", "s-1", "outlook", "AAMk-ev-1", "ck-ev", '{"start": "d2", "subject": "d1"}',
     "2026-11-20 09:03:00.000000", None, None, "too odd"),
]


def _seed_0009(conn: Connection) -> None:
    """0004's data with the Outlook draft of the queued message as a remote link (0009)."""
    _seed_0004(conn)
    _run(conn,
         "INSERT INTO remote_link (id, entity_kind, entity_id, connector, remote_id, problem)"
         " VALUES ('rl-1', 'message', 'msg-1', 'outlook', 'AAMk-msg-1', '')")


def _seed_0011(conn: Connection) -> None:
    """0009's data with a second task (an ETA, no sprint number) and a change request aimed at
    a named sprint, and the occurrence marked held (0011)."""
    _seed_0009(conn)
    _run(conn,
         "UPDATE task SET eta = '2026-12-10' WHERE id = 't-1'")
    _run(conn,
         "INSERT INTO task (id, project_id, position, name, status, urgent, sprint, eta,"
         " external_key, external_url, updated_at) VALUES ('t-2', :pid, 1, 'ログ整理',"
         " 'todo', FALSE, 'Hardening', '2026-12-20', '', '', '2026-11-21 09:00:00.000000')")
    _run(conn,
         "INSERT INTO change_request (id, project_id, position, key, title, description,"
         " status, target_sprint) VALUES ('cr-1', :pid, 0, 'CR-1', 'CSV出力', '', 'submitted',"
         " 'Sprint 4')")
    _run(conn,
         "INSERT INTO meeting_occurrence (id, series_id, original_start, start,"
         " duration_minutes, state, held) VALUES ('o-2', 's-1',"
         " '2026-01-20 01:00:00.000000', '2026-01-20 01:00:00.000000', 30, 'scheduled', TRUE)")


def _seed_0012(conn: Connection) -> None:
    """0011's data with change requests in each state 0012 knew: an estimate sent (the old
    ``estimated``), one confirmed without a sprint, one confirmed into a sprint."""
    _seed_0011(conn)
    for cr_id, status, sprint in (("cr-2", "estimated", ""), ("cr-3", "confirmed", ""),
                                  ("cr-4", "confirmed", "Sprint 4")):
        _run(conn,
             "INSERT INTO change_request (id, project_id, position, key, title, description,"
             f" status, target_sprint) VALUES ('{cr_id}', :pid, 1, '{cr_id.upper()}', '変更',"
             f" '', '{status}', '{sprint}')")


def _seed_0013(conn: Connection) -> None:
    """0012's data with a red flag and its history (0014's answers may point at flags)."""
    _seed_0012(conn)
    _run(conn,
         "INSERT INTO red_flag (id, project_id, number, title, description, category, severity,"
         " raised_by, raised_at, level, level_since, resolution, root_cause, retrospective,"
         " created_at, updated_at) VALUES ('rf-1', :pid, 1, '納期遅延', '', 'schedule', 'high',"
         " '田中', '2026-12-01 01:00:00', 'project', '2026-12-01 01:00:00', '', '', '',"
         " '2026-12-01 01:00:00', '2026-12-01 01:00:00')")
    _run(conn,
         "INSERT INTO red_flag_event (id, red_flag_id, at, position, kind, level, by, text)"
         " VALUES ('rfe-1', 'rf-1', '2026-12-01 01:00:00', 0, 'raised', 'project', '', '')")


SEEDERS: dict[str, Callable[[Connection], None]] = {
    "0001_passport": _seed_0001,
    "0002_onboarding_template": _seed_0001,
    "0003_meetings": _seed_0003,
    "0004_messages": _seed_0004,
    "0005_outlook_messages": _seed_0004,  # 0005 only added nullable columns
    "0006_mailbox": _seed_0004,  # 0006 only added tables
    "0007_outlook_drafts_events": _seed_0007,
    "0008_message_kinds_language": _seed_0007,  # 0008 only added language columns
    "0009_remote_links": _seed_0009,
    "0010_store_info": _seed_0009,  # 0010 only added a table
    "0011_occurrence_held": _seed_0011,
    "0012_care_facts": _seed_0012,
    "0013_registers": _seed_0013,
}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _db_at(path: Path, revision: str) -> None:
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate.upgrade(engine, revision)
    finally:
        engine.dispose()


def _seeded_at(target: Path | str, revision: str) -> None:
    """A store (a file, or a server database's URL) at ``revision``, holding its seed data."""
    engine = make_engine(target if isinstance(target, str) else f"sqlite:///{target}")
    try:
        migrate.upgrade(engine, revision)
        with engine.begin() as conn:
            SEEDERS[revision](conn)
    finally:
        engine.dispose()


def _sql(path: Path, statement: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(statement).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def _assert_seeded_project(store: Store) -> None:
    passport = projects.get_passport(store, PROJECT_ID)
    assert passport.fields.code == "JP-7"
    assert passport.fields.name == "物流ポータル"
    assert passport.fields.notes == "Müller says hi"
    assert [m.name for m in passport.members] == ["山田 太郎"]
    assert passport.invoices[0].amount == Decimal("1234567890.1234")


def test_outlook_columns_move_into_remote_links_and_back(tmp_path: Path) -> None:
    path = tmp_path / "cockpit.sqlite3"
    _seeded_at(path, "0007_outlook_drafts_events")
    _db_at(path, "0009_remote_links")
    assert _sql(path, "SELECT entity_kind, entity_id, connector, remote_id, change_key, digest,"
                      " create_started_at, send_started_at, remote_revision, problem"
                      " FROM remote_link ORDER BY entity_kind") == OUTLOOK_0007
    columns = {r[1] for r in _sql(path, "PRAGMA table_info(message)")}
    assert not columns & {"remote_id", "remote_change_key", "create_started_at",
                          "send_started_at", "remote_revision"}
    assert "conflict_of" in columns
    # nothing else went with the columns (a table copy would cascade to the children)
    assert _sql(path, "SELECT id FROM meeting_occurrence") == [("o-1",)]
    assert _sql(path, "SELECT id, title FROM meeting_series") == [("s-1", "週次定例")]
    assert _sql(path, "SELECT id, state, subject FROM message") == [("msg-1", "ready", "進捗")]
    assert sorted(_sql(path, "SELECT key, link FROM sync_state")) == [
        ("deleted-message:msg-9", "AAMk-msg-9"), ("deleted-series:s-9", "AAMk-ev-9")]
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate.downgrade(engine, "0007_outlook_drafts_events")
    finally:
        engine.dispose()
    assert _sql(path, "SELECT remote_id, remote_change_key, create_started_at, send_started_at,"
                      " remote_revision FROM message") == [
        ("AAMk-msg-1", "ck-1", "2026-11-20 09:01:00.000000", "2026-11-20 09:02:00.000000", 2)]
    (series,) = _sql(path, "SELECT remote_id, remote_change_key, create_started_at, pushed,"
                           " sync_problem FROM meeting_series")
    assert series[:3] == ("AAMk-ev-1", "ck-ev", "2026-11-20 09:03:00.000000")
    assert json.loads(series[3]) == {"subject": "d1", "start": "d2"}
    assert series[4] == "too odd"
    assert _sql(path, "SELECT pushed_digest FROM meeting_occurrence") == [("digest-o-1",)]
    assert sorted(_sql(path, "SELECT key, link FROM sync_state")) == [
        ("cancel-event:s-9", "AAMk-ev-9"), ("delete-draft:msg-9", "AAMk-msg-9")]


def test_revisions_module_matches_alembic_chain() -> None:
    assert list(REVISIONS) == migrate.script_revisions()
    assert REVISIONS[-1] == HEAD


def test_every_old_revision_has_seed_data() -> None:
    assert set(SEEDERS) == set(REVISIONS[:-1])


def test_new_file_is_created_at_head_with_default_template(tmp_path: Path) -> None:
    path = tmp_path / "new" / "cockpit.sqlite3"
    store = open_store(resolve_store(str(path)))
    try:
        assert store.backup is None and store.migrated_from is None
        assert len(onboarding_template.get_template(store)) == 7
    finally:
        store.dispose()
    assert _sql(path, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    assert not (path.parent / "backups").exists()


@pytest.fixture
def blank(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Where a store without any schema yet is: a file not made yet, or an empty database on
    the PostgreSQL server (given by its URL)."""
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        name = f"b_{uuid.uuid4().hex[:12]}"
        server.psql(f"CREATE DATABASE {name}")
        request.addfinalizer(lambda: server.psql(f"DROP DATABASE {name} WITH (FORCE)"))
        return str(server.url(name))
    return tmp_path / "cockpit.sqlite3"


def _url(target: Path | str) -> str:
    return target if isinstance(target, str) else f"sqlite:///{target}"


@pytest.mark.both_databases
@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_old_revision_is_backed_up_then_upgraded_keeping_data(
    blank: Path | str, tmp_path: Path, revision: str
) -> None:
    """A file is copied to ``backups/`` and upgraded when the app opens it; a server database
    waits for ``cockpit db upgrade`` — and either way every seeded value reads back exactly."""
    _seeded_at(blank, revision)
    if isinstance(blank, str):
        with pytest.raises(KnownError) as err:
            open_store(resolve_store(blank))
        assert err.value.code is ErrorCode.DB_NEEDS_UPGRADE
        store = open_store(resolve_store(blank), upgrade_server=True)
        try:
            _assert_seeded_project(store)
            assert store.migrated_from == revision and store.backup is None
        finally:
            store.dispose()
        return
    path = blank
    store = open_store(resolve_store(str(path)))
    try:
        _assert_seeded_project(store)
        assert store.migrated_from == revision
        assert store.backup is not None
        assert store.backup.parent == tmp_path / "backups"
        assert revision in store.backup.name
    finally:
        store.dispose()
    assert _sql(path, "SELECT version_num FROM alembic_version") == [(HEAD,)]

    backup = store.backup
    assert _sql(backup, "SELECT version_num FROM alembic_version") == [(revision,)]
    assert _sql(backup, "SELECT code, name FROM project") == [("JP-7", "物流ポータル")]
    assert _sql(backup, "SELECT amount FROM invoice") == [("1234567890.1234",)]


def test_current_store_is_opened_without_backup(db_path: Path) -> None:
    store = open_store(resolve_store(str(db_path)))
    store.dispose()
    assert store.backup is None and store.migrated_from is None
    assert not (db_path.parent / "backups").exists()


def test_downgrade_to_base_and_upgrade_again(store: Store, db_path: Path) -> None:
    passport = projects.new_passport(store)
    passport.fields.code, passport.fields.name = "DE-1", "Bäckerei Portal"
    saved = projects.save_passport(store, passport)
    store.dispose()

    engine = make_engine(f"sqlite:///{db_path}")
    try:
        for target in reversed(REVISIONS[:-1]):
            migrate.downgrade(engine, target)
            assert _sql(db_path, "SELECT version_num FROM alembic_version") == [(target,)]
            assert _sql(db_path, "SELECT name FROM project") == [("Bäckerei Portal",)]
        migrate.upgrade(engine, "head")  # back up from the oldest revision: data kept
    finally:
        engine.dispose()

    again = open_store(resolve_store(str(db_path)))
    try:
        assert projects.get_passport(again, saved.id).fields.name == "Bäckerei Portal"
        assert len(onboarding_template.get_template(again)) == 7
    finally:
        again.dispose()

    engine = make_engine(f"sqlite:///{db_path}")
    try:
        migrate.downgrade(engine, "base")
    finally:
        engine.dispose()
    tables = {r[0] for r in _sql(db_path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables <= {"alembic_version"}

    fresh = open_store(resolve_store(str(db_path)))  # an emptied file is made anew
    try:
        assert projects.list_projects(fresh, include_archived=True) == []
        assert len(onboarding_template.get_template(fresh)) == 7
    finally:
        fresh.dispose()
    assert _sql(db_path, "SELECT version_num FROM alembic_version") == [(HEAD,)]


def test_newer_schema_is_refused_and_file_untouched(db_path: Path) -> None:
    _sql(db_path, "UPDATE alembic_version SET version_num = '9999_future'")
    before = _sha256(db_path)
    with pytest.raises(KnownError) as err:
        open_store(resolve_store(str(db_path)))
    assert err.value.code is ErrorCode.DB_NEWER
    assert "9999_future" in err.value.message
    assert _sha256(db_path) == before
    assert not (db_path.parent / "backups").exists()


def _random_bytes(path: Path, _real: Path) -> None:
    path.write_bytes(random.Random(3).randbytes(20_000))


def _text_file(path: Path, _real: Path) -> None:
    path.write_text("name,email\nJürgen,j@example.de\n山田,y@example.jp\n", encoding="utf-8")


def _sqlite_header_then_garbage(path: Path, _real: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + random.Random(4).randbytes(8192))


def _truncated(path: Path, real: Path) -> None:
    path.write_bytes(real.read_bytes()[:100])


def _page_damaged(page: int) -> Callable[[Path, Path], None]:
    def damage(path: Path, real: Path) -> None:
        data = bytearray(real.read_bytes())
        size = int.from_bytes(data[16:18], "big")
        data[size * (page - 1) : size * page] = random.Random(page).randbytes(size)
        path.write_bytes(bytes(data))

    return damage


@pytest.mark.parametrize(
    "spoil",
    [
        _random_bytes,
        _text_file,
        _sqlite_header_then_garbage,
        _truncated,
        _page_damaged(2),
        _page_damaged(9),  # a data page: only an integrity check notices
    ],
    ids=["random", "text", "header-only", "truncated", "page2", "page9"],
)
def test_damaged_file_is_refused_and_left_alone(
    template_db: Path, tmp_path: Path, spoil: Callable[[Path, Path], None]
) -> None:
    path = tmp_path / "cockpit.sqlite3"
    spoil(path, template_db)
    before = _sha256(path)
    with pytest.raises(KnownError) as err:
        open_store(resolve_store(str(path)))
    assert err.value.code is ErrorCode.DB_CORRUPT
    assert "\n" not in err.value.message
    assert _sha256(path) == before
    assert not (tmp_path / "backups").exists()


def test_folder_as_database_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-file.sqlite3"
    folder.mkdir()
    with pytest.raises(KnownError) as err:
        open_store(resolve_store(str(folder)))
    assert err.value.code is ErrorCode.DB_UNREADABLE


def test_file_without_permission_is_unreadable(db_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file regardless of its mode")
    db_path.chmod(0)
    try:
        with pytest.raises(KnownError) as err:
            open_store(resolve_store(str(db_path)))
        assert err.value.code is ErrorCode.DB_UNREADABLE
    finally:
        db_path.chmod(0o600)


def test_connections_use_wal_and_foreign_keys(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    from sqlalchemy import text

    with store.session() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_failed_upgrade_keeps_data_and_names_the_backup(tmp_path: Path) -> None:
    """Another program holds the write lock (15 s busy timeout), so the upgrade cannot write."""
    old = REVISIONS[-2]
    path = tmp_path / "cockpit.sqlite3"
    _seeded_at(path, old)

    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(KnownError) as err:
            open_store(resolve_store(str(path)))
    finally:
        holder.rollback()
        holder.close()
    assert err.value.code is ErrorCode.DB_MIGRATION_FAILED
    assert "\n" not in err.value.message
    backups = list((tmp_path / "backups").glob("*.sqlite3"))
    assert len(backups) == 1 and str(backups[0]) in err.value.message
    assert _sql(backups[0], "SELECT code FROM project") == [("JP-7",)]
    assert _sql(path, "SELECT version_num FROM alembic_version") == [(old,)]
    assert _sql(path, "SELECT amount FROM invoice") == [("1234567890.1234",)]

    store = open_store(resolve_store(str(path)))  # the lock is gone: now it works
    try:
        _assert_seeded_project(store)
    finally:
        store.dispose()


def test_upgrade_failing_half_way_puts_the_old_file_back(tmp_path: Path) -> None:
    """A step that fails after earlier DDL ran (SQLite runs Alembic's DDL outside a
    transaction): the file is restored from the copy taken just before."""
    old = "0002_onboarding_template"  # 0003 creates five tables; make the last one fail
    path = tmp_path / "cockpit.sqlite3"
    _seeded_at(path, old)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE minutes_item (x)")  # in the way, as a bug would be
    conn.commit()
    conn.close()
    before = _sql(path, "SELECT name FROM sqlite_master ORDER BY name")

    with pytest.raises(KnownError) as err:
        open_store(resolve_store(str(path)))

    assert err.value.code is ErrorCode.DB_MIGRATION_FAILED
    assert "restored" in err.value.message
    assert _sql(path, "SELECT version_num FROM alembic_version") == [(old,)]
    assert _sql(path, "SELECT name FROM sqlite_master ORDER BY name") == before
    assert _sql(path, "SELECT amount FROM invoice") == [("1234567890.1234",)]


def test_upgrade_is_one_transaction_so_a_failing_step_leaves_no_trace(tmp_path: Path) -> None:
    """Without any restore: the DDL of the earlier steps is rolled back with the failing one
    (what also protects a migration killed half-way)."""
    path = tmp_path / "cockpit.sqlite3"
    _db_at(path, "0002_onboarding_template")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE minutes_item (x)")  # the last table 0003 creates
    conn.commit()
    conn.close()
    before = _sql(path, "SELECT name FROM sqlite_master ORDER BY name")
    engine = make_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(Exception, match="minutes_item"):
            migrate.upgrade(engine)
    finally:
        engine.dispose()
    assert _sql(path, "SELECT name FROM sqlite_master ORDER BY name") == before
    assert _sql(path, "SELECT version_num FROM alembic_version") == [("0002_onboarding_template",)]


EDITED_BODY = "Hello {{ greeting }},\n\n編集済み — edited by the PM\r\n  trailing spaces  \n"


def test_an_edited_default_at_0007_upgrades_byte_for_byte_and_gets_japanese(
    tmp_path: Path,
) -> None:
    from cockpit.domain.enums import Language
    from cockpit.services import message_templates
    from cockpit.store.default_templates import MESSAGE_NAMESPACE, stable_id

    path = tmp_path / "cockpit.sqlite3"
    _db_at(path, "0007_outlook_drafts_events")
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as seeding:
        _seed_0004(seeding)
    engine.dispose()
    conn = sqlite3.connect(path)
    follow_up = stable_id(MESSAGE_NAMESPACE, "follow_up", Language.EN)
    conn.execute(  # as the old 0004 wrote a default, then the PM edited it
        "INSERT INTO message_template (id, kind, name, subject, body, is_default, updated_at)"
        " VALUES (?, 'follow_up', 'Post-call follow-up (default)', '件名 {{ project.code }}', ?,"
        " 1, '2026-11-24 00:00:00.000000')", (follow_up, EDITED_BODY))
    conn.commit()
    conn.close()

    store = open_store(resolve_store(str(path)))
    try:
        _assert_seeded_project(store)
        assert projects.get_passport(store, PROJECT_ID).fields.language is Language.EN
        edited = message_templates.get_template(store, follow_up)
        assert edited.body == EDITED_BODY and edited.subject == "件名 {{ project.code }}"
        assert edited.language is Language.EN and edited.is_default
        english = [t for t in message_templates.list_templates(store, language=Language.EN)
                   if t.is_default]
        japanese = [t for t in message_templates.list_templates(store, language=Language.JA)
                    if t.is_default]
        assert len(english) == len(japanese) == 12  # the edit is kept, the rest are added
        assert [t.id for t in english].count(follow_up) == 1
    finally:
        store.dispose()
    assert _sql(path, "SELECT body FROM message_template WHERE id = ?".replace(
        "?", f"'{follow_up}'")) == [(EDITED_BODY,)]
    assert _sql(path, "SELECT DISTINCT language FROM project") == [("en",)]


def test_a_fresh_store_gets_english_and_japanese_defaults_from_the_files(tmp_path: Path) -> None:
    from cockpit.domain.enums import Language
    from cockpit.messages.kinds.registry import default_template, spec_of
    from cockpit.services import agenda_templates, message_templates
    from cockpit.store.default_templates import shipped_agenda

    store = open_store(resolve_store(str(tmp_path / "fresh.sqlite3")))
    try:
        for language in Language:
            defaults = [t for t in message_templates.list_templates(store, language=language)
                        if t.is_default]
            assert len(defaults) == 12  # one per written kind
            for t in defaults:
                assert (t.subject, t.body) == default_template(spec_of(t.kind), language)
            agendas = [t for t in agenda_templates.list_templates(store, language)
                       if t.is_default]
            assert len(agendas) == 3
            assert all(t.body == shipped_agenda(t.series_type, language) for t in agendas)
    finally:
        store.dispose()


def test_downgrading_0008_keeps_every_template_and_one_default_per_kind(store: Store,
                                                                         db_path: Path) -> None:
    store.dispose()
    before = _sql(db_path, "SELECT id, body FROM message_template ORDER BY id")
    engine = make_engine(f"sqlite:///{db_path}")
    try:
        migrate.downgrade(engine, "0007_outlook_drafts_events")
    finally:
        engine.dispose()
    assert _sql(db_path, "SELECT id, body FROM message_template ORDER BY id") == before
    assert _sql(db_path, "SELECT kind, count(*) FROM message_template WHERE is_default"
                         " GROUP BY kind HAVING count(*) > 1") == []
    again = open_store(resolve_store(str(db_path)))
    again.dispose()
    assert _sql(db_path, "SELECT version_num FROM alembic_version") == [(HEAD,)]


def _row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: int(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one())
                for t in inspect(conn).get_table_names()}


@pytest.mark.both_databases
@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_upgrading_to_head_and_downgrading_back_keeps_every_row(
        blank: Path | str, revision: str) -> None:
    """Every migration's downgrade as well as its upgrade: no row of any table is lost on the
    way (a table recreated by a batch copy would cascade-delete its children)."""
    _seeded_at(blank, revision)
    engine = make_engine(_url(blank))
    try:
        counts = _row_counts(engine)
        assert counts["project"] and sum(counts.values()) >= 4  # the seed is real data
        migrate.upgrade(engine, HEAD)
        migrate.downgrade(engine, revision)
        after = _row_counts(engine)
    finally:
        engine.dispose()
    for table in counts:
        if table.endswith("_template") and table != "onboarding_template_step":
            continue  # the store's seeding of defaults is not a migration's (none ran here)
        assert after[table] == counts[table], table


@pytest.mark.both_databases
def test_sprint_labels_become_dated_sprints_and_etas_start_their_history(
        blank: Path | str) -> None:
    """0012: every sprint label in use becomes a sprint; "Sprint N" gets its dates from the
    project's start and sprint length, a name without a number none; a task's ETA starts its
    history, an urgent task is urgent since its last change."""
    _seeded_at(blank, "0011_occurrence_held")
    engine = make_engine(_url(blank))
    try:
        migrate.upgrade(engine, "0012_care_facts")
        with engine.connect() as conn:
            sprints = conn.execute(text(
                "SELECT name, start_on, end_on, position FROM sprint ORDER BY position")).all()
            history = conn.execute(text(
                "SELECT task_id, old_eta, new_eta, project_id FROM task_eta_change"
                " ORDER BY task_id")).all()
            urgent = conn.execute(text(
                "SELECT id, urgent_since FROM task ORDER BY id")).all()
            mail_columns = {c["name"] for c in inspect(conn).get_columns("mail_item")}
        migrate.downgrade(engine, "0011_occurrence_held")
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            labels = conn.execute(text("SELECT sprint FROM task ORDER BY id")).all()
    finally:
        engine.dispose()
    as_dates = [(n, str(s) if s else None, str(e) if e else None, p) for n, s, e, p in sprints]
    # the project starts on Monday 2026-01-05 with two-week sprints
    assert as_dates == [("Hardening", None, None, 0),
                        ("Sprint 3", "2026-02-02", "2026-02-15", 1),
                        ("Sprint 4", "2026-02-16", "2026-03-01", 2)]
    assert [(t, o, str(n), p) for t, o, n, p in history] == [
        ("t-1", None, "2026-12-10", PROJECT_ID), ("t-2", None, "2026-12-20", PROJECT_ID)]
    assert urgent[0][0] == "t-1" and urgent[0][1] is not None  # urgent: since its last change
    assert urgent[1] == ("t-2", None)
    assert {"conversation_id", "body_preview", "in_reply_to", "acknowledged_at",
            "answered_at"} <= mail_columns
    assert not tables & {"sprint", "task_eta_change", "care_mark", "care_rule_setting",
                         "company_setting"}
    assert labels == [("Sprint 3",), ("Hardening",)]  # the labels stay on the tasks


@pytest.mark.both_databases
def test_change_requests_enter_the_workflow_in_the_state_they_meant(blank: Path | str) -> None:
    """0013: an estimate that was sent ("estimated" then) is now *sent*, a confirmed request
    with a sprint is *scheduled*; each request has one event saying where it stood; a
    downgrade maps the states back."""
    _seeded_at(blank, "0012_care_facts")
    engine = make_engine(_url(blank))
    try:
        migrate.upgrade(engine, "0013_registers")
        with engine.connect() as conn:
            states = conn.execute(text(
                "SELECT id, status FROM change_request ORDER BY id")).all()
            events = conn.execute(text(
                "SELECT change_request_id, from_status, to_status FROM change_request_event"
                " ORDER BY change_request_id")).all()
            limits = conn.execute(text(
                "SELECT escalation_project_days, escalation_department_days FROM project")).all()
        migrate.downgrade(engine, "0012_care_facts")
        with engine.connect() as conn:
            back = conn.execute(text("SELECT id, status FROM change_request ORDER BY id")).all()
    finally:
        engine.dispose()
    assert states == [("cr-1", "submitted"), ("cr-2", "sent"), ("cr-3", "confirmed"),
                      ("cr-4", "scheduled")]
    assert events == [(cr_id, None, status) for cr_id, status in states]
    assert limits == [(1, 2)]  # the company's default path: 1 working day, then 2
    assert back == [("cr-1", "submitted"), ("cr-2", "estimated"), ("cr-3", "confirmed"),
                    ("cr-4", "confirmed")]
