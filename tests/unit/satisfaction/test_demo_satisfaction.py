"""The demo's satisfaction history: a year of answers across the portfolio, one clearly falling
trend (JP-104) that Today shows as an early warning."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from cockpit.care.engine import due_items
from cockpit.services import projects, satisfaction
from cockpit.store.store import Store

DAY = date(2026, 11, 24)  # the demo fixture's day


def test_the_portfolio_has_answers_and_one_falling_trend(demo_store: Store) -> None:
    live = [p for p in projects.list_projects(demo_store)
            if p.status.value in ("active", "on_hold")]
    pictures = {p.code: satisfaction.picture(demo_store, p.id, DAY) for p in live}
    assert all(picture.answers > 0 for picture in pictures.values())
    falling = {code for code, picture in pictures.items() if picture.drop is not None}
    assert falling == {"JP-104"}
    jp104 = pictures["JP-104"]
    assert jp104.drop is not None and jp104.drop.size >= 0.8 and jp104.latest_nps is not None \
        and jp104.latest_nps < 0
    steady = [p.latest_csat for code, p in pictures.items() if code != "JP-104"
              and code != "US-109" and p.latest_csat is not None]
    assert steady and all(value >= 4.0 for value in steady)


def test_today_warns_of_the_falling_trend_on_the_demo(demo_store: Store) -> None:
    at = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    warnings = due_items(demo_store, at, rule="satisfaction_drop")
    assert {i.project_code for i in warnings} == {"JP-104"}
    assert any(i.key.startswith("satisfaction_drop:csat:") for i in warnings)
    assert all(i.action.startswith("flag:") for i in warnings)
