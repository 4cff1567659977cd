"""Export files tampered with by hand or by other tools: refused with a reason, nothing written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cockpit.errors import ErrorCode, KnownError
from cockpit.services import transfer
from cockpit.store.store import Store

pytestmark = pytest.mark.both_databases


def _tampered(store: Store, tmp_path: Path, change: Any) -> Path:
    data = transfer.export_data(store)
    change(data)
    path = tmp_path / "tampered.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # \u escapes, as other tools write
    return path


def _set(path: list[Any], value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _duplicate_link(data: dict[str, Any]) -> None:
    links = data["tables"]["link"]
    links.append(dict(links[0], label="copy"))


def _duplicate_template_step(data: dict[str, Any]) -> None:
    steps = data["tables"]["onboarding_template_step"]
    steps.append(dict(steps[0]))


def _project_name(value: Any) -> Any:
    return _set(["tables", "project", 0, "name"], value)


CASES = {
    "NaN percentage": _set(["tables", "quality_report", 0, "test_coverage_pct"], "NaN"),
    "huge count": _set(["tables", "quality_report", 0, "open_bugs"], 10**20),
    "year one": _set(["tables", "project", 0, "created_at"], "0001-01-01T00:00:00+05:00"),
    "broken unicode": _project_name("\ud800"),
    "NUL in text": _project_name("a\x00b"),
    "duplicate link id": _duplicate_link,
    "duplicate template step": _duplicate_template_step,
    "untitled template step": _set(["tables", "onboarding_template_step", 0, "title"], " "),
    "amount too large": _set(["tables", "invoice", 0, "amount"], "1" * 50),
    "hours with three decimals": _set(["tables", "task", 0, "hours"], "1.125"),
    "name too long": _project_name("x" * 201),
    "moment without offset": _set(["tables", "message", 0, "created_at"], "2026-01-01T09:00"),
    "time with offset": _set(["tables", "meeting_series", 0, "start_time"], "09:00:00+09:00"),
    "meetings not a list": _set(["tables", "membership", 0, "meetings"], "weekly_status"),
    "unknown message kind": _set(["tables", "message", 0, "kind"], "telegram"),
    "null where a value is needed": _set(["tables", "minutes_item", 0, "text"], None),
    "boolean as text": _set(["tables", "minutes_item", 0, "internal"], "yes"),
    "agenda that does not render": _set(["tables", "agenda_template", 0, "body"], "{% if %}"),
    "template without a name": _set(["tables", "message_template", 0, "name"], " "),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_tampered_file_is_refused_and_changes_nothing(demo_store: Store, tmp_path: Path,
                                                      case: str) -> None:
    path = _tampered(demo_store, tmp_path, CASES[case])
    before = transfer.export_data(demo_store)
    with pytest.raises(KnownError) as err:
        transfer.import_json(demo_store, path)
    assert err.value.code in (ErrorCode.BAD_EXPORT_FORMAT, ErrorCode.BAD_JSON)
    after = transfer.export_data(demo_store)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before


def test_deeply_nested_json_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(KnownError) as err:
        transfer.import_json(store, path)
    assert err.value.code is ErrorCode.BAD_JSON


@pytest.mark.sqlite_only  # the store's own file
def test_export_refuses_links_special_files_and_the_store_itself(
        demo_store: Store, db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("keep me", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    for path in (link, Path("/dev/null"), db_path):
        with pytest.raises(KnownError):
            transfer.export_json(demo_store, path)
    assert target.read_text(encoding="utf-8") == "keep me"
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
