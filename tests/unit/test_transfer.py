"""JSON export/import (format version 2): complete, exact, duplicate-free, all-or-nothing,
clear about bad files; version 1 files still import."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cockpit.domain.messages import MessageState
from cockpit.domain.passport import ContractData, MemberData
from cockpit.errors import ErrorCode, KnownError
from cockpit.paths import resolve_store
from cockpit.services import messages, projects, transfer
from cockpit.services.export_tables import EXPORTED
from cockpit.store.models import Message, Project, RemoteLink
from cockpit.store.store import Store, open_store

FIXTURES = Path(__file__).parents[1] / "fixtures"
pytestmark = pytest.mark.both_databases


@pytest.fixture
def other_store(template_db: Path, tmp_path: Path):
    path = tmp_path / "other.sqlite3"
    shutil.copy(template_db, path)
    s = open_store(resolve_store(str(path)))
    yield s
    s.dispose()


def _snapshot(store: Store) -> dict[str, Any]:
    data = transfer.export_data(store)
    data.pop("exported_at")
    return data


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _rows(data: dict[str, Any], table: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = data["tables"][table]
    return rows


def test_export_holds_every_kind_of_work(demo_store: Store) -> None:
    data = transfer.export_data(demo_store)
    assert data["format"] == "pm-cockpit" and data["version"] == 2 and data["demo"] is False
    counts = {name: len(rows) for name, rows in data["tables"].items()}
    assert list(counts) == [spec.name for spec in EXPORTED]
    for table in ("project", "person", "membership", "meeting_series", "series_attendee",
                  "meeting_occurrence", "minutes_item", "agenda_template", "message_template",
                  "message", "message_link", "task", "change_request", "invoice"):
        assert counts[table] > 0, table
    kinds = {r["kind"] for r in _rows(data, "minutes_item")}
    assert {"point", "decision", "action"} <= kinds
    assert any(r["internal"] for r in _rows(data, "minutes_item"))
    states = {r["state"] for r in _rows(data, "message")}
    assert {"draft", "ready", "sent", "failed"} <= states


def test_round_trip_into_an_empty_store_gives_the_same_document(
    demo_store: Store, other_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    count = transfer.export_json(demo_store, path)
    assert count == len(projects.list_projects(demo_store, include_archived=True)) > 0

    result = transfer.import_json(other_store, path)

    assert (result.created, result.updated, result.removed) == (count, 0, 0)
    assert result.records == sum(len(rows) for rows in _snapshot(demo_store)["tables"].values())
    assert _snapshot(other_store) == _snapshot(demo_store)


def test_importing_twice_never_duplicates(
    demo_store: Store, other_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    count = transfer.export_json(demo_store, path)
    transfer.import_json(other_store, path)
    snapshot = _snapshot(other_store)

    again = transfer.import_json(other_store, path)

    assert (again.created, again.updated, again.removed) == (0, count, 0)
    assert _snapshot(other_store) == snapshot
    back_home = transfer.import_json(demo_store, path)
    assert back_home.updated == count and _snapshot(demo_store) == snapshot


def test_work_edited_after_the_export_is_kept(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    transfer.export_json(demo_store, path)
    code = projects.list_projects(demo_store)[0].code
    edit = projects.get_passport(demo_store, projects.find_project_id(demo_store, code))
    edit.fields.name = "Renamed after the export"
    edit.members.pop()
    saved = projects.save_passport(demo_store, edit)
    draft = next(m for m in messages.list_messages(demo_store)
                 if m.state is MessageState.DRAFT)
    typed = messages.save_draft(demo_store, replace(messages.get_message(demo_store, draft.id),
                                                    body="Typed after the export"))
    expected = _snapshot(demo_store)

    result = transfer.import_json(demo_store, path)

    assert projects.get_passport(demo_store, saved.id) == saved
    assert messages.get_message(demo_store, draft.id).body == typed.body
    assert result.kept == 2 and result.removed == 0
    assert _snapshot(demo_store) == expected
    if demo_store.location.path is not None:  # a SQLite file is copied first; a server not
        assert result.backup is not None and result.backup.exists()
    else:
        assert result.backup is None


def test_a_newer_export_replaces_the_older_version(demo_store: Store, other_store: Store,
                                                   tmp_path: Path) -> None:
    from cockpit.domain.passport import TaskData

    first, second = tmp_path / "first.json", tmp_path / "second.json"
    project_id = projects.list_projects(demo_store)[0].id
    edit = projects.get_passport(demo_store, project_id)
    edit.tasks.append(TaskData(name="Dropped later"))
    projects.save_passport(demo_store, edit)
    transfer.export_json(demo_store, first)
    transfer.import_json(other_store, first)
    newer = projects.get_passport(demo_store, project_id)
    newer.tasks = [t for t in newer.tasks if t.name != "Dropped later"]
    newer.fields.name = "Renamed in the newer version"
    projects.save_passport(demo_store, newer)
    transfer.export_json(demo_store, second)

    result = transfer.import_json(other_store, second)

    assert result.removed == 1 and result.kept == 0
    imported = projects.get_passport(other_store, project_id)
    assert imported.fields.name == "Renamed in the newer version"
    assert "Dropped later" not in [t.name for t in imported.tasks]
    assert _snapshot(other_store) == _snapshot(demo_store)


def _changed_export(store: Store) -> dict[str, Any]:
    """The store's export with every project renamed, so any partial write would show."""
    data = transfer.export_data(store)
    assert len(_rows(data, "project")) >= 3
    for p in _rows(data, "project"):
        p["name"] += " (changed)"
    return data


def _member_person(data: dict[str, Any], project_index: int) -> dict[str, Any]:
    project_id = _rows(data, "project")[project_index]["id"]
    person_id = next(m["person_id"] for m in _rows(data, "membership")
                     if m["project_id"] == project_id)
    return next(p for p in _rows(data, "person") if p["id"] == person_id)


def test_an_invalid_member_changes_nothing(demo_store: Store, tmp_path: Path) -> None:
    data = _changed_export(demo_store)
    _member_person(data, 1)["email"] = "not an email"
    path = _write(tmp_path / "bad.json", data)
    before = _snapshot(demo_store)

    with pytest.raises(KnownError) as err:
        transfer.import_json(demo_store, path)

    assert err.value.code is ErrorCode.BAD_EXPORT_FORMAT
    assert ".email" in err.value.message
    assert _snapshot(demo_store) == before


def test_a_meeting_the_planner_would_refuse_changes_nothing(demo_store: Store,
                                                            tmp_path: Path) -> None:
    data = _changed_export(demo_store)
    _rows(data, "meeting_series")[0]["time_zone"] = "Mars/Olympus_Mons"
    before = _snapshot(demo_store)
    with pytest.raises(KnownError) as err:
        transfer.import_json(demo_store, _write(tmp_path / "bad.json", data))
    assert "unknown time zone Mars/Olympus_Mons" in err.value.message
    assert _snapshot(demo_store) == before


def test_code_clash_with_a_different_project_changes_nothing(
    demo_store: Store, tmp_path: Path
) -> None:
    data = _changed_export(demo_store)
    project = _rows(data, "project")[1]
    new_id = "00000000-0000-4000-8000-000000000000"  # same code, new project
    for table in ("membership", "link", "contract", "invoice", "quality_report",
                  "onboarding_step", "task", "change_request", "meeting_series", "message"):
        for row in _rows(data, table):
            if row["project_id"] == project["id"]:
                row["project_id"] = new_id
    project["id"] = new_id
    path = _write(tmp_path / "clash.json", data)
    before = _snapshot(demo_store)

    with pytest.raises(KnownError) as err:
        transfer.import_json(demo_store, path)

    assert err.value.code is ErrorCode.DUPLICATE_CODE
    assert project["code"] in err.value.message
    assert _snapshot(demo_store) == before


def test_a_pasted_project_cannot_steal_records_from_the_original(
    demo_store: Store, tmp_path: Path
) -> None:
    """A project added to the file with a new id and code, its invoices keeping their ids."""
    data = transfer.export_data(demo_store)
    billed = {r["project_id"] for r in _rows(data, "invoice")}
    original = next(p for p in _rows(data, "project") if p["id"] in billed)
    copy = dict(original, id="00000000-0000-4000-8000-000000000001", code="COPY-1")
    data["tables"]["project"] = [copy]
    data["tables"]["invoice"] = [dict(r, project_id=copy["id"]) for r in _rows(data, "invoice")
                                 if r["project_id"] == original["id"]]
    assert data["tables"]["invoice"]
    for name in ("membership", "link", "contract", "quality_report", "onboarding_step", "task",
                 "change_request", "meeting_series", "series_attendee", "meeting_occurrence",
                 "minutes_item", "message", "message_link", "sprint", "task_eta_change"):
        data["tables"][name] = []
    before = _snapshot(demo_store)

    with pytest.raises(KnownError) as err:
        transfer.import_json(demo_store, _write(tmp_path / "copied.json", data))

    assert "belongs to another project" in err.value.message
    assert _snapshot(demo_store) == before


def test_a_meeting_uid_held_by_another_series_changes_nothing(demo_store: Store,
                                                               tmp_path: Path) -> None:
    data = transfer.export_data(demo_store)
    series = _rows(data, "meeting_series")
    series[0]["id"] = "00000000-0000-4000-8000-000000000002"
    for table in ("series_attendee", "meeting_occurrence"):
        data["tables"][table] = [r for r in _rows(data, table)
                                 if r["series_id"] in {s["id"] for s in series}]
    kept = {r["id"] for r in _rows(data, "meeting_occurrence")}
    data["tables"]["minutes_item"] = [r for r in _rows(data, "minutes_item")
                                      if r["occurrence_id"] in kept]
    data["tables"]["project"] = [p for p in _rows(data, "project")
                                 if p["id"] != series[0]["project_id"]]
    before = _snapshot(demo_store)
    with pytest.raises(KnownError) as err:
        transfer.import_json(demo_store, _write(tmp_path / "uid.json", data))
    assert "uid" in err.value.message and series[0]["uid"] in err.value.message
    assert _snapshot(demo_store) == before


def test_a_reference_to_nothing_is_refused(store: Store, tmp_path: Path) -> None:
    data = transfer.export_data(store)
    data["tables"]["project"] = [{"id": "p1", "code": "X-1", "name": "X"}]
    data["tables"]["task"] = [{"id": "t1", "project_id": "p1", "name": "Task",
                               "owner_person_id": "nobody"}]
    with pytest.raises(KnownError) as err:
        transfer.import_json(store, _write(tmp_path / "ref.json", data))
    assert "task t1 names owner_person_id nobody" in err.value.message
    assert projects.list_projects(store, include_archived=True) == []


def test_imported_template_replaces_the_stores_template(store: Store, tmp_path: Path) -> None:
    from cockpit.services import onboarding_template

    data = transfer.export_data(store)
    steps = _rows(data, "onboarding_template_step")[:2]
    steps[0]["title"] = "Kick-off with the customer"
    data["tables"]["onboarding_template_step"] = steps
    transfer.import_json(store, _write(tmp_path / "template.json", data))

    titles = [step.title for step in onboarding_template.get_template(store)]
    assert titles == [s["title"] for s in sorted(steps, key=lambda s: s["position"])]


def test_missing_fields_take_their_defaults(store: Store, tmp_path: Path) -> None:
    data = transfer.export_data(store)
    data["tables"]["project"] = [{"id": "p1", "code": "X-1", "name": "Minimal"}]
    transfer.import_json(store, _write(tmp_path / "minimal.json", data))
    passport = projects.get_passport(store, "p1")
    assert passport.fields.name == "Minimal" and passport.fields.customer_time_zone == "UTC"


def _v2(**tables: Any) -> str:
    return json.dumps({"format": "pm-cockpit", "version": 2, "tables": tables})


@pytest.mark.parametrize(
    ("content", "code", "says"),
    [
        ('{"format": "pm-cockpit", "version": 2, "tables": {', ErrorCode.BAD_JSON, "line 1"),
        ("", ErrorCode.BAD_JSON, "not valid JSON"),
        ('{"format": "something-else", "version": 2}', ErrorCode.BAD_EXPORT_FORMAT,
         "not a PM Cockpit export"),
        ('[{"code": "JP-1"}]', ErrorCode.BAD_EXPORT_FORMAT, "not a PM Cockpit export"),
        ('{"format": "pm-cockpit", "version": 3, "tables": {}}',
         ErrorCode.UNSUPPORTED_EXPORT_VERSION, "update PM Cockpit"),
        ('{"format": "pm-cockpit", "version": "2", "tables": {}}',
         ErrorCode.UNSUPPORTED_EXPORT_VERSION, "reads versions 1 and 2"),
        ('{"format": "pm-cockpit", "version": 2, "tables": []}', ErrorCode.BAD_EXPORT_FORMAT,
         "tables: expected an object"),
        (_v2(sync_state=[]), ErrorCode.BAD_EXPORT_FORMAT, "unknown table 'sync_state'"),
        (_v2(project=[{"id": "p", "code": "A", "name": "A", "colour": "red"}]),
         ErrorCode.BAD_EXPORT_FORMAT, "unknown field 'colour'"),
        (_v2(project=[{"id": "p", "code": 5, "name": "A"}]), ErrorCode.BAD_EXPORT_FORMAT,
         "tables.project[0].code: expected text"),
        (_v2(project=[{"id": "p", "name": "A"}]), ErrorCode.BAD_EXPORT_FORMAT,
         "tables.project[0].code: is missing"),
        (_v2(project=[{"id": "p", "code": "A", "name": "A", "status": "dreaming"}]),
         ErrorCode.BAD_EXPORT_FORMAT, "'dreaming' is not one of"),
        (_v2(project=[{"id": "p", "code": "A", "name": "A"}, {"id": "q", "code": "a",
                                                             "name": "B"}]),
         ErrorCode.BAD_EXPORT_FORMAT, "belongs to two records"),
        ('{"format": "pm-cockpit", "version": 2, "tables": {"project": [{"id": "p", '
         '"code": "A", "name": "A", "sprint_length_weeks": NaN}]}}', ErrorCode.BAD_JSON,
         "NaN is not a JSON number"),
    ],
    ids=["truncated", "empty", "other-format", "a-list", "newer-version", "version-string",
         "tables-list", "bookkeeping-table", "unknown-field", "code-number", "code-missing",
         "unknown-status", "same-code-twice", "nan"],
)
def test_bad_file_is_refused_with_its_reason(
    demo_store: Store, tmp_path: Path, content: str, code: ErrorCode, says: str
) -> None:
    path = tmp_path / "in.json"
    path.write_text(content, encoding="utf-8")
    before = _snapshot(demo_store)
    with pytest.raises(KnownError) as err:
        transfer.import_json(demo_store, path)
    assert err.value.code is code
    assert says in err.value.message
    assert _snapshot(demo_store) == before


def test_missing_and_undecodable_files(store: Store, tmp_path: Path) -> None:
    with pytest.raises(KnownError) as err:
        transfer.import_json(store, tmp_path / "nowhere.json")
    assert err.value.code is ErrorCode.FILE_NOT_FOUND
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"name": "Müller"}'.encode("latin-1"))
    with pytest.raises(KnownError) as err:
        transfer.import_json(store, latin1)
    assert err.value.code is ErrorCode.FILE_UNREADABLE


def test_money_and_hours_are_written_as_strings(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    transfer.export_json(demo_store, path)
    floats: list[float] = []
    data = json.loads(path.read_text(encoding="utf-8"), parse_float=floats.append)
    assert floats == []
    for table, column in (("invoice", "amount"), ("contract", "value"), ("task", "hours")):
        values = [r[column] for r in _rows(data, table) if r[column] is not None]
        assert values and all(isinstance(v, str) for v in values), table


def test_exact_decimal_and_international_text_round_trip(
    store: Store, other_store: Store, tmp_path: Path
) -> None:
    p = projects.new_passport(store)
    p.fields.code, p.fields.name = "JP-9", "東京フィンテック 請求システム移行"
    p.fields.notes = "Kunde bevorzugt Abstimmungen am Dienstag; Grüße an Jörg Schäfer. Олег"
    p.members = [MemberData(name="Jürgen Weiß", email="juergen@example.de")]
    p.contract = ContractData(value=Decimal("1234567890.1234"), currency="EUR")
    projects.save_passport(store, p)
    path = tmp_path / "export.json"
    transfer.export_json(store, path)
    assert "東京フィンテック" in path.read_text(encoding="utf-8")  # readable, not \\u-escaped
    assert '"1234567890.1234"' in path.read_text(encoding="utf-8")

    transfer.import_json(other_store, path)

    again = projects.get_passport(other_store, p.id)
    assert again.fields.name == "東京フィンテック 請求システム移行"
    assert again.fields.notes == p.fields.notes
    assert again.members[0].name == "Jürgen Weiß"
    assert again.contract is not None and str(again.contract.value) == "1234567890.1234"


def test_a_version_1_file_still_imports(store: Store) -> None:
    old = json.loads((FIXTURES / "export_v1.json").read_text(encoding="utf-8"))
    result = transfer.import_json(store, FIXTURES / "export_v1.json")
    assert (result.created, result.updated) == (3, 0)
    for project in old["projects"]:
        passport = projects.get_passport(store, project["id"])
        assert passport.fields.code == project["fields"]["code"]
        assert [m.email for m in passport.members] == [m["email"] for m in project["members"]]
        assert [t.name for t in passport.tasks] == [t["name"] for t in project["tasks"]]
    again = transfer.import_json(store, FIXTURES / "export_v1.json")
    assert (again.created, again.updated) == (0, 3)


def test_an_imported_store_looks_up_unsent_messages_before_writing_them_again(
    demo_store: Store, other_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    transfer.export_json(demo_store, path)
    transfer.import_json(other_store, path)
    with other_store.session() as s:
        states = {row.id: row.state for row in s.execute(select(Message.id, Message.state))}
        marked = {link.entity_id for link in s.scalars(select(RemoteLink))
                  if link.create_started_at is not None and link.remote_id is None}
    unsent = {i for i, state in states.items() if state is not MessageState.SENT}
    assert unsent and marked == unsent  # looked up in Outlook by their tag, never doubled
    assert "remote_link" not in json.loads(path.read_text(encoding="utf-8"))["tables"]


def test_a_demo_export_goes_only_into_a_demo_or_an_empty_store(
    demo_store: Store, other_store: Store, tmp_path: Path
) -> None:
    from cockpit.store.purpose import mark_demo

    mark_demo(demo_store)
    path = tmp_path / "demo.json"
    transfer.export_json(demo_store, path)
    assert json.loads(path.read_text(encoding="utf-8"))["demo"] is True

    transfer.import_json(other_store, path)  # an empty store becomes a demo store
    assert other_store.demo
    reopened = open_store(other_store.location)
    assert reopened.demo
    reopened.dispose()

    mine = tmp_path / "mine.sqlite3"
    own = open_store(resolve_store(str(mine)))
    transfer.import_json(own, FIXTURES / "export_v1.json")
    with pytest.raises(KnownError) as err:
        transfer.import_json(own, path)
    assert err.value.code is ErrorCode.DEMO_STORE and "holds your own work" in err.value.message
    with own.session() as s:
        assert s.scalar(select(func.count()).select_from(Project)) == 3
    assert not own.demo
    own.dispose()


def test_round_trip_of_a_scaled_portfolio_with_meetings_and_messages(
    store: Store, other_store: Store, tmp_path: Path
) -> None:
    from datetime import date

    from cockpit.services.demo import build_demo

    build_demo(store, scale=30, today=date(2026, 11, 24))
    path = tmp_path / "scale.json"
    transfer.export_json(store, path)
    tables = json.loads(path.read_text(encoding="utf-8"))["tables"]
    assert len(tables["project"]) == 30 and tables["meeting_series"] and tables["message"]

    transfer.import_json(other_store, path)

    assert _snapshot(other_store) == _snapshot(store)
