"""Care items as JSON and back, for the Today shown at start: every field comes back equal; a
file from another version or a damaged one is refused, never half read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from cockpit.care.item_codec import dump_items, load_items
from cockpit.care.items import CareItem, DueState

AT = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
ITEMS = [
    CareItem("p1", "JP-104", "customer_mail", "customer_mail:ack:m1", "acknowledge: 請求書",
             ("山田 太郎 <yamada@example.jp>",), AT + timedelta(minutes=30), DueState.DUE,
             AT - timedelta(minutes=5), "reply:m1", "Asia/Tokyo", "お世話になっております。",
             snoozed_until=None, subject="請求書"),
    CareItem("p2", "DE-102", "open_task_update", "open_task_update@2026-12-02T16:30:00",
             "update on open tasks (4 open tasks)", (), datetime(2026, 12, 4, 18, 0,
                                                              tzinfo=timezone(timedelta(hours=1))),
             DueState.OVERDUE, None, "compose:task_update", "Europe/Berlin", subject="4",
             snoozed_until=AT + timedelta(days=1)),
]


def test_items_come_back_as_they_went() -> None:
    text = dump_items(AT, ITEMS, "Europe/Warsaw", {"p1": "東京フィンテック 請求システム移行"})
    at, items, zone, names = load_items(text)
    assert (at, items, zone) == (AT, ITEMS, "Europe/Warsaw")
    assert names == {"p1": "東京フィンテック 請求システム移行"}
    assert items[1].due.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize("text", ["", "{}", '{"version": 99, "items": []}', "[1, 2]",
                                  '{"version": 1, "at": "x", "zone": "UTC", "names": {}, '
                                  '"items": [{"state": "nope"}]}'])
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        load_items(text)
