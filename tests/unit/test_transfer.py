"""JSON export/import: faithful, duplicate-free, all-or-nothing, and clear about bad files."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cockpit.domain.passport import ContractData, MemberData, Passport
from cockpit.errors import ErrorCode, KnownError
from cockpit.paths import resolve_store
from cockpit.services import projects, transfer
from cockpit.store.models import Invoice, Membership, Person, Project
from cockpit.store.store import Store, open_store


@pytest.fixture
def other_store(template_db: Path, tmp_path: Path):
    path = tmp_path / "other.sqlite3"
    shutil.copy(template_db, path)
    s = open_store(resolve_store(str(path)))
    yield s
    s.dispose()


def _passports(store: Store) -> list[Passport]:
    return [projects.get_passport(store, r.id)
            for r in projects.list_projects(store, include_archived=True)]


def _counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Project, Person, Membership, Invoice)}


def _snapshot(store: Store) -> dict[str, Any]:
    data = transfer.export_data(store)
    data.pop("exported_at")
    return data


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_export_then_import_gives_identical_passports(
    demo_store: Store, other_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    count = transfer.export_json(demo_store, path)
    assert count == len(projects.list_projects(demo_store, include_archived=True)) > 0

    result = transfer.import_json(other_store, path)

    assert (result.created, result.updated) == (count, 0)
    assert _passports(other_store) == _passports(demo_store)
    assert _counts(other_store) == _counts(demo_store)
    assert _snapshot(other_store) == _snapshot(demo_store)


def test_importing_twice_never_duplicates(
    demo_store: Store, other_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    count = transfer.export_json(demo_store, path)
    transfer.import_json(other_store, path)
    before, snapshot = _counts(other_store), _snapshot(other_store)

    again = transfer.import_json(other_store, path)

    assert (again.created, again.updated) == (0, count)
    assert _counts(other_store) == before
    assert _snapshot(other_store) == snapshot
    back_home = transfer.import_json(demo_store, path)
    assert back_home.updated == count and _counts(demo_store) == before


def test_import_replaces_edited_project(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    transfer.export_json(demo_store, path)
    snapshot = _snapshot(demo_store)
    code = projects.list_projects(demo_store)[0].code
    edit = projects.get_passport(demo_store, projects.find_project_id(demo_store, code))
    edit.fields.name = "Renamed"
    edit.members.pop()
    projects.save_passport(demo_store, edit)

    transfer.import_json(demo_store, path)

    assert _snapshot(demo_store) == snapshot


def _changed_export(store: Store) -> dict[str, Any]:
    """The store's export with every project renamed, so any partial write would show."""
    data = transfer.export_data(store)
    assert len(data["projects"]) >= 3
    for p in data["projects"]:
        p["fields"]["name"] += " (changed)"
    return data


def test_invalid_second_project_changes_nothing(demo_store: Store, tmp_path: Path) -> None:
    data = _changed_export(demo_store)
    data["projects"][1]["members"][0]["email"] = "not an email"
    path = _write(tmp_path / "bad.json", data)
    before = _snapshot(demo_store)

    with pytest.raises(KnownError) as err:
        transfer.import_json(demo_store, path)

    assert err.value.code is ErrorCode.BAD_EXPORT_FORMAT
    assert "members[0].email" in err.value.message
    assert _snapshot(demo_store) == before


def test_code_clash_with_a_different_project_changes_nothing(
    demo_store: Store, tmp_path: Path
) -> None:
    data = _changed_export(demo_store)
    data["projects"][1]["id"] = "00000000-0000-4000-8000-000000000000"  # same code, new project
    path = _write(tmp_path / "clash.json", data)
    before = _snapshot(demo_store)

    with pytest.raises(KnownError) as err:
        transfer.import_json(demo_store, path)

    assert err.value.code is ErrorCode.DUPLICATE_CODE
    assert data["projects"][1]["fields"]["code"] in err.value.message
    assert _snapshot(demo_store) == before


def test_copied_project_block_cannot_steal_rows_from_the_original(
    demo_store: Store, tmp_path: Path
) -> None:
    """A project pasted in the file with a new id and code but its children's old ids."""
    data = transfer.export_data(demo_store)
    copy = json.loads(json.dumps(data["projects"][0]))
    copy["id"] = "00000000-0000-4000-8000-000000000001"
    copy["fields"]["code"] = "COPY-1"
    data["projects"].append(copy)
    path = _write(tmp_path / "copied.json", data)
    before = _snapshot(demo_store)

    with pytest.raises(KnownError) as err:
        transfer.import_json(demo_store, path)

    assert "belongs to another project" in err.value.message
    assert _snapshot(demo_store) == before


def test_imported_template_replaces_the_stores_template(store: Store, tmp_path: Path) -> None:
    from cockpit.services import onboarding_template

    data = transfer.export_data(store)
    data["onboarding_template"] = data["onboarding_template"][:2]
    data["onboarding_template"][0]["title"] = "Kick-off with the customer"
    transfer.import_json(store, _write(tmp_path / "template.json", data))

    titles = [step.title for step in onboarding_template.get_template(store)]
    assert titles == ["Kick-off with the customer", data["onboarding_template"][1]["title"]]


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ('{"format": "pm-cockpit", "version": 1, "projects": [', ErrorCode.BAD_JSON),
        ("", ErrorCode.BAD_JSON),
        ('{"format": "something-else", "version": 1, "projects": []}',
         ErrorCode.BAD_EXPORT_FORMAT),
        ('[{"code": "JP-1"}]', ErrorCode.BAD_EXPORT_FORMAT),
        ('{"format": "pm-cockpit", "version": 2, "projects": []}',
         ErrorCode.UNSUPPORTED_EXPORT_VERSION),
        ('{"format": "pm-cockpit", "version": "1", "projects": []}',
         ErrorCode.UNSUPPORTED_EXPORT_VERSION),
        ('{"format": "pm-cockpit", "version": 1, "projects": {}}', ErrorCode.BAD_EXPORT_FORMAT),
        ('{"format": "pm-cockpit", "version": 1, "projects": [{"fields": {"code": 5}}]}',
         ErrorCode.BAD_EXPORT_FORMAT),
    ],
    ids=["truncated", "empty", "other-format", "a-list", "version-2", "version-string",
         "projects-object", "code-number"],
)
def test_bad_file_is_refused_with_its_reason(
    demo_store: Store, tmp_path: Path, content: str, code: ErrorCode
) -> None:
    path = tmp_path / "in.json"
    path.write_text(content, encoding="utf-8")
    before = _snapshot(demo_store)
    with pytest.raises(KnownError) as err:
        transfer.import_json(demo_store, path)
    assert err.value.code is code
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


def test_money_is_written_as_strings(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    transfer.export_json(demo_store, path)
    floats: list[float] = []
    data = json.loads(path.read_text(encoding="utf-8"), parse_float=floats.append)
    assert floats == []
    amounts = [i["amount"] for p in data["projects"] for i in p["invoices"]]
    assert amounts and all(isinstance(a, str) for a in amounts)
    values = [p["contract"]["value"] for p in data["projects"] if p["contract"]]
    assert values and all(isinstance(v, str) for v in values)


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
