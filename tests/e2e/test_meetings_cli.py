"""``cockpit meetings`` and ``cockpit ics import`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import recurring_ical_events
from icalendar import Calendar

from tests.e2e.test_cli import assert_one_error_line, cli

pytestmark = pytest.mark.both_databases

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ics"


def test_list_shows_the_demo_governance_series(db: Path, tmp_path: Path) -> None:
    result = cli(tmp_path, "meetings", "list", "--project", "JP-104", "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    series = json.loads(result.stdout)
    assert sorted(s["type"] for s in series) == ["biweekly_status", "executive_review",
                                                 "weekly_status"]
    assert all(s["time_zone"] == "Asia/Tokyo" and s["next"] for s in series)
    table = cli(tmp_path, "meetings", "list", "--project", "JP-104", "--db", db)
    assert "FREQ=WEEKLY" in table.stdout and "next:" in table.stdout


def test_export_request_parses_and_expands(db: Path, tmp_path: Path) -> None:
    listed = json.loads(cli(tmp_path, "meetings", "list", "--project", "DE-108", "--json",
                            "--db", db).stdout)
    weekly = next(s for s in listed if s["type"] == "weekly_status")
    out = tmp_path / "weekly.ics"
    result = cli(tmp_path, "meetings", "export", "--project", "DE-108", "--series",
                 weekly["id"], "--out", out, "--db", db)
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical(out.read_bytes())
    assert calendar["METHOD"] == "REQUEST"
    assert str(calendar.walk("VEVENT")[0]["UID"]) == weekly["uid"]
    events = recurring_ical_events.of(calendar).at(weekly["next"][0][:10].replace("-", ""))
    assert len(events) == 1
    assert events[0]["DTSTART"].dt.isoformat() == weekly["next"][0]


def test_export_series_by_a_short_id_or_its_title(db: Path, tmp_path: Path) -> None:
    listed = json.loads(cli(tmp_path, "meetings", "list", "--project", "DE-108", "--json",
                            "--db", db).stdout)
    weekly = next(s for s in listed if s["type"] == "weekly_status")
    for key in (weekly["id"][:8], weekly["title"].upper(), f"  {weekly['title']} "):
        out = tmp_path / "weekly.ics"
        out.unlink(missing_ok=True)
        result = cli(tmp_path, "meetings", "export", "--project", "DE-108", "--series", key,
                     "--out", out, "--db", db)
        assert result.returncode == 0, (key, result.stderr)
        assert str(Calendar.from_ical(out.read_bytes()).walk("VEVENT")[0]["UID"]) \
            == weekly["uid"]

    ambiguous = cli(tmp_path, "meetings", "export", "--project", "DE-108", "--series",
                    "status", "--out", tmp_path / "x.ics", "--db", db)
    line = assert_one_error_line(ambiguous)
    statuses = [s for s in listed if s["type"] in ("weekly_status", "biweekly_status")]
    assert "several series" in line and all(s["id"] in line and s["title"] in line
                                            for s in statuses)
    unknown = cli(tmp_path, "meetings", "export", "--project", "DE-108", "--series",
                  "no such meeting", "--out", tmp_path / "x.ics", "--db", db)
    line = assert_one_error_line(unknown)
    assert "no such meeting" in line and weekly["id"] in line  # what there is instead
    assert not (tmp_path / "x.ics").exists()


def test_several_series_need_a_choice_except_for_publish(db: Path, tmp_path: Path) -> None:
    refused = cli(tmp_path, "meetings", "export", "--project", "JP-104", "--out",
                  tmp_path / "x.ics", "--db", db)
    assert "--series" in assert_one_error_line(refused)
    out = tmp_path / "all.ics"
    result = cli(tmp_path, "meetings", "export", "--project", "JP-104", "--method", "publish",
                 "--out", out, "--db", db)
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical(out.read_bytes())
    assert calendar["METHOD"] == "PUBLISH"
    assert len({str(e["UID"]) for e in calendar.walk("VEVENT")}) == 3
    assert len(calendar.walk("VTIMEZONE")) == 1


def test_governance_is_not_set_up_twice(db: Path, tmp_path: Path) -> None:
    again = cli(tmp_path, "meetings", "governance", "--project", "JP-104", "--db", db)
    assert again.returncode == 0 and "already has" in again.stdout
    new = cli(tmp_path, "meetings", "governance", "--project", "JP-107", "--db", db)
    assert new.returncode == 0 and new.stdout.count("created") == 3


def test_ics_import_of_an_outlook_invite_and_of_a_broken_file(db: Path, tmp_path: Path) -> None:
    outlook = CORPUS / "real-world" / "icalendar-issue_350.ics"
    result = cli(tmp_path, "ics", "import", "--project", "US-106", outlook, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "1 created" in result.stdout
    again = cli(tmp_path, "ics", "import", "--project", "US-106", outlook, "--db", db)
    assert "0 created, 1 updated" in again.stdout
    broken = cli(tmp_path, "ics", "import", "--project", "US-106",
                 CORPUS / "broken" / "icalendar-broken_dtstart.ics", "--db", db)
    assert "DTSTART" in assert_one_error_line(broken)
    missing = cli(tmp_path, "ics", "import", "--project", "US-106", tmp_path / "nope.ics",
                  "--db", db)
    assert "no such file" in assert_one_error_line(missing)
    unknown = cli(tmp_path, "meetings", "list", "--project", "XX-999", "--db", db)
    assert "XX-999" in assert_one_error_line(unknown)
