"""A series' next and last planned dates, as the governance rule reads them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from cockpit.domain.cadence import last_start, next_start, series_starts
from cockpit.domain.meetings import Cadence, SeriesData, SeriesType

TOKYO, BERLIN = ZoneInfo("Asia/Tokyo"), ZoneInfo("Europe/Berlin")
WEEKLY = SeriesData(id="s", project_id="p", title="Weekly status",
                    type=SeriesType.WEEKLY_STATUS, cadence=Cadence.WEEKLY, interval=1,
                    first_date=date(2026, 11, 3), start_time=time(10, 0),
                    time_zone="Asia/Tokyo", duration_minutes=45)


def test_the_next_date_is_the_first_at_or_after_the_moment() -> None:
    assert next_start(WEEKLY, datetime(2026, 11, 18, 12, 0, tzinfo=TOKYO)) == datetime(
        2026, 11, 24, 10, 0, tzinfo=TOKYO)
    exactly = datetime(2026, 11, 24, 10, 0, tzinfo=TOKYO)
    assert next_start(WEEKLY, exactly) == exactly
    assert next_start(WEEKLY, datetime(2026, 1, 1, tzinfo=TOKYO)) == datetime(
        2026, 11, 3, 10, 0, tzinfo=TOKYO)  # before the first date: the first date
    ended = replace(WEEKLY, until=date(2026, 11, 24))
    assert next_start(ended, datetime(2026, 11, 25, tzinfo=TOKYO)) is None


def test_the_last_date_is_the_latest_before_the_moment() -> None:
    ended = replace(WEEKLY, until=date(2026, 11, 24))
    later = datetime(2026, 12, 10, tzinfo=TOKYO)
    assert last_start(ended, later) == datetime(2026, 11, 24, 10, 0, tzinfo=TOKYO)
    assert last_start(ended, datetime(2026, 11, 3, 10, 0, tzinfo=TOKYO)) is None
    assert last_start(WEEKLY, later) == list(series_starts(
        WEEKLY, datetime(2026, 11, 1, tzinfo=TOKYO), later))[-1]


def test_a_berlin_series_keeps_its_local_hour_over_the_dst_change() -> None:
    berlin = replace(WEEKLY, time_zone="Europe/Berlin", first_date=date(2026, 3, 24))
    after = next_start(berlin, datetime(2026, 3, 30, tzinfo=BERLIN))
    assert after == datetime(2026, 3, 31, 10, 0, tzinfo=BERLIN)
    assert after is not None and after.utcoffset() == datetime(
        2026, 3, 31, 10, 0, tzinfo=BERLIN).utcoffset()


def test_a_known_next_date_is_reused_only_while_it_is_still_ahead() -> None:
    from cockpit.care import governance_facts

    governance_facts._NEXT.clear()
    wednesday = datetime(2026, 11, 18, 12, 0, tzinfo=TOKYO)
    tuesday = datetime(2026, 11, 24, 10, 0, tzinfo=TOKYO)
    assert governance_facts._next_start(WEEKLY, wednesday) == tuesday
    assert len(governance_facts._NEXT) == 1
    assert governance_facts._next_start(WEEKLY, tuesday) == tuesday  # reused: still ahead
    after = datetime(2026, 11, 24, 10, 1, tzinfo=TOKYO)
    assert governance_facts._next_start(WEEKLY, after) == datetime(
        2026, 12, 1, 10, 0, tzinfo=TOKYO)  # that date passed: asked again
    before = datetime(2026, 11, 10, 12, 0, tzinfo=TOKYO)  # earlier than what is kept
    assert governance_facts._next_start(WEEKLY, before) == datetime(
        2026, 11, 17, 10, 0, tzinfo=TOKYO)
    moved = replace(WEEKLY, start_time=time(15, 0))  # another schedule: its own entry
    assert governance_facts._next_start(moved, wednesday) == datetime(
        2026, 11, 24, 15, 0, tzinfo=TOKYO)
