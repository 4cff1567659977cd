"""``cockpit due`` as a user runs it on the demo portfolio: the care engine's answer, as a
table or JSON, at any moment (``--at`` reads the store as it stood then and writes nothing)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cockpit.care.engine import due_items
from cockpit.paths import resolve_store
from cockpit.store.store import open_store
from tests.e2e.test_cli import assert_one_error_line, cli

pytestmark = pytest.mark.both_databases

ACTIONS = {("open_task_update", "compose"), ("biweekly_report", "compose"),
           ("follow_up", "follow_up"),
           ("onboarding_step", "onboarding"), ("governance", "governance"),
           ("governance", "series"), ("urgent_update", "compose"), ("eta_slipped", "compose"),
           ("sprint_report", "compose"), ("customer_mail", "reply"),
           ("change_request", "register"), ("change_request", "compose"),
           ("red_flag", "register"), ("red_flag", "compose"), ("problem", "compose"),
           ("problem", "register"), ("decision_unconfirmed", "compose"),
           ("satisfaction_survey", "compose"), ("satisfaction_drop", "flag")}
KEYS = {"project", "rule", "title", "recipients", "state", "due", "since", "action",
        "customer_zone", "key", "detail", "subject"}


def _due(tmp_path: Path, db: Path | str, *args: str) -> list[dict[str, object]]:
    result = cli(tmp_path, "due", "--json", *args, "--db", db)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert isinstance(rows, list)
    return rows


def test_a_week_on_the_demo_owes_every_customer_an_update(demo_db: Path | str,
                                                          tmp_path: Path) -> None:
    at = (datetime.now(UTC) + timedelta(days=7)).isoformat()
    rows = _due(tmp_path, demo_db, "--at", at)
    assert rows and all(set(row) == KEYS for row in rows)
    assert {row["state"] for row in rows} <= {"overdue", "due", "soon"}
    assert any(row["state"] == "overdue" for row in rows)
    for row in rows:
        due = datetime.fromisoformat(str(row["due"]))
        assert due.utcoffset() is not None
        assert (row["rule"], str(row["action"]).split(":")[0]) in ACTIONS
        if row["rule"] in ("open_task_update", "follow_up"):  # owed to the customer's people
            assert row["recipients"] and all("@" in r for r in row["recipients"])  # type: ignore
    order = {"overdue": 0, "due": 1, "soon": 2}
    keys = [(order[str(r["state"])], datetime.fromisoformat(str(r["due"]))) for r in rows]
    assert keys == sorted(keys)  # overdue first, then by when

    store = open_store(resolve_store(str(demo_db)))
    try:  # the window's engine says the same
        same = due_items(store, datetime.fromisoformat(at))
    finally:
        store.dispose()
    assert [(i.project_code, i.rule, i.state.value) for i in same] == [
        (r["project"], r["rule"], r["state"]) for r in rows]

    table = cli(tmp_path, "due", "--at", at, "--db", demo_db)
    assert table.returncode == 0 and table.stdout.split()[:5] == [
        "STATE", "DUE", "(CUSTOMER)", "PROJECT", "WHAT"]
    assert str(rows[0]["project"]) in table.stdout


def test_filters_and_what_is_refused(demo_db: Path | str, tmp_path: Path) -> None:
    at = (datetime.now(UTC) + timedelta(days=7)).isoformat()
    everything = _due(tmp_path, demo_db, "--at", at)
    code = str(everything[0]["project"])
    mine = _due(tmp_path, demo_db, "--at", at, "--project", code.lower())
    assert mine and {row["project"] for row in mine} == {code}
    updates = _due(tmp_path, demo_db, "--at", at, "--rule", "open_task_update")
    assert updates == [row for row in everything if row["rule"] == "open_task_update"]
    assert _due(tmp_path, demo_db, "--at", "2020-01-01T09:00+00:00") == []  # before the work
    line = assert_one_error_line(cli(tmp_path, "due", "--rule", "weather", "--db", demo_db))
    assert "open_task_update" in line
    bad = cli(tmp_path, "due", "--at", "tomorrow", "--db", demo_db)
    assert bad.returncode == 2 and "ISO 8601" in bad.stderr and "Traceback" not in bad.stderr
    unknown = cli(tmp_path, "due", "--project", "XX-999", "--db", demo_db)
    assert "XX-999" in assert_one_error_line(unknown)


def test_asking_about_another_moment_writes_nothing(db: Path | str, tmp_path: Path) -> None:
    before = tmp_path / "before.json"
    assert cli(tmp_path, "export", "--db", db, "--json", before).returncode == 0
    _due(tmp_path, db, "--at", (datetime.now(UTC) + timedelta(days=30)).isoformat())
    after = tmp_path / "after.json"
    assert cli(tmp_path, "export", "--db", db, "--json", after).returncode == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b
