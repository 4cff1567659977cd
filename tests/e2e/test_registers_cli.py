"""``cockpit flags`` and ``cockpit cr`` as a user runs them on the demo: a red flag raised on
a Friday evening in Tokyo, where it stands at any moment (``--at`` writes nothing) and the
clock's move written once; a change request moved on, an illegal move refused with exit 1
and one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.test_cli import assert_one_error_line, cli

pytestmark = pytest.mark.both_databases


def _json(tmp_path: Path, *args: str | Path) -> list[dict[str, object]]:
    result = cli(tmp_path, *args, "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert isinstance(rows, list)
    return rows


def test_a_flag_climbs_the_path_on_the_customers_working_days(db: Path | str,
                                                               tmp_path: Path) -> None:
    raised = cli(tmp_path, "flags", "raise", "--project", "JP-104", "--title",
                 "請求書の金額が違う", "--severity", "high", "--category", "quality",
                 "--at", "2026-12-04T17:00+09:00", "--db", db)
    assert raised.returncode == 0, raised.stderr
    assert "JP-104 RF-" in raised.stdout and "2026-12-07T17:00:00+09:00" in raised.stdout
    friday = _json(tmp_path, "flags", "list", "--at", "2026-12-04T18:00+09:00", "--db", db)
    mine = [r for r in friday if r["title"] == "請求書の金額が違う"]
    assert len(mine) == 1
    flag = mine[0]
    assert f"JP-104 {flag['key']} raised" in raised.stdout  # numbered after the demo's own
    assert (flag["project"], flag["level"], flag["next_level"]) == (
        "JP-104", "project", "department")
    assert flag["moves_at"] == "2026-12-07T17:00:00+09:00" and flag["people"]
    tuesday = _json(tmp_path, "flags", "list", "--at", "2026-12-08T09:00+09:00", "--db", db)
    moved = next(r for r in tuesday if r["id"] == flag["id"])
    assert (moved["level"], moved["level_since"]) == ("department",
                                                       "2026-12-07T17:00:00+09:00")
    assert moved["moves_at"] == "2026-12-09T17:00:00+09:00"
    table = cli(tmp_path, "flags", "list", "--project", "JP-104", "--db", db)
    assert table.returncode == 0 and str(flag["key"]) in table.stdout and "LEVEL" in table.stdout


def test_a_change_request_moves_on_and_an_illegal_move_is_refused(db: Path | str,
                                                                   tmp_path: Path) -> None:
    rows = _json(tmp_path, "cr", "list", "--project", "JP-104", "--db", db)
    submitted = next(r for r in rows if r["status"] == "submitted")
    refused = cli(tmp_path, "cr", "move", "--id", submitted["id"], "--to", "confirmed",
                  "--db", db)
    line = assert_one_error_line(refused)
    assert refused.returncode == 1
    assert "it can move to estimated or rejected, not to confirmed" in line
    missing = cli(tmp_path, "cr", "move", "--id", submitted["id"], "--to", "estimated",
                  "--db", db)
    assert "hours" in assert_one_error_line(missing)
    vendor = next(str(r["estimated_by"]) for r in rows if r["estimated_by"])
    moved = cli(tmp_path, "cr", "move", "--id", submitted["id"], "--to", "estimated",
                "--hours", "12", "--estimated-by", vendor, "--note", "one sprint", "--db", db)
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.strip().endswith("submitted → estimated")
    after = next(r for r in _json(tmp_path, "cr", "list", "--db", db)
                 if r["id"] == submitted["id"])
    assert (after["status"], after["estimate_hours"], after["estimated_by"]) == (
        "estimated", "12.00", vendor)
