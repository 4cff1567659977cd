"""Outlook-style VTIMEZONE blocks: read back by icalendar, they give zoneinfo's offsets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from cockpit.ics.vtimezone import vtimezone

ZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney",
         "Europe/Dublin", "America/Sao_Paulo", "Asia/Kolkata", "Pacific/Auckland",
         "Europe/London", "America/Los_Angeles", "UTC"]


@pytest.mark.parametrize("tzid", ZONES)
def test_parsed_block_matches_zoneinfo_twice_a_day_for_two_years(tzid: str) -> None:
    reference = datetime(2026, 11, 24, tzinfo=UTC)
    calendar = Calendar()
    calendar.add_component(vtimezone(tzid, reference))
    # rename the zone so that the parser must use the written rules, not its own database
    text = calendar.to_ical().replace(f"TZID:{tzid}".encode(), f"TZID:Rules only {tzid}".encode())
    parsed = Calendar.from_ical(text)
    tz = parsed.walk("VTIMEZONE")[0].to_tz()
    assert "Rules only" in str(parsed.walk("VTIMEZONE")[0]["TZID"])
    real = ZoneInfo(tzid)
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    wrong = []
    while moment < datetime(2028, 1, 1, tzinfo=UTC):
        if moment.astimezone(tz).utcoffset() != moment.astimezone(real).utcoffset():
            wrong.append(moment)
        moment += timedelta(hours=12)
    assert wrong == []


def test_outlook_shape_one_standard_one_daylight_with_yearly_rules() -> None:
    block = vtimezone("Europe/Berlin", datetime(2026, 6, 1, tzinfo=UTC))
    text = block.to_ical().decode()
    assert text.count("BEGIN:STANDARD") == 1 and text.count("BEGIN:DAYLIGHT") == 1
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in text
    assert "RDATE" not in text
    assert "DTSTART:16010325T020000" in text  # 02:00 local, the last Sunday of March


def test_zone_without_daylight_saving_has_a_single_standard_block() -> None:
    text = vtimezone("Asia/Tokyo").to_ical().decode()
    assert text.count("BEGIN:STANDARD") == 1 and "DAYLIGHT" not in text
    assert "TZOFFSETTO:+0900" in text
