"""The demo's morning, as ``cockpit demo`` and the app's first run make it: at the moment it
was made, Today holds overdue items and more to come, one item snoozed, one slipped ETA, a
customer's mail to acknowledge and one to answer — all found by the care engine from the
history the demo wrote, none of it made up."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest

from cockpit.care.engine import due_items
from cockpit.care.items import DueState
from cockpit.services import care_marks, care_settings
from cockpit.services.demo import build_demo
from cockpit.store.store import Store

pytestmark = pytest.mark.both_databases


@pytest.fixture
def morning(store: Store) -> datetime:
    build_demo(store, care_morning=True)
    return datetime.now(UTC)


def test_the_demo_morning_has_work_overdue_and_more_to_come(store: Store,
                                                            morning: datetime) -> None:
    items = due_items(store, morning)
    states = Counter(i.state for i in items)
    assert states[DueState.OVERDUE] >= 2  # the task update three working days old, …
    assert states[DueState.DUE] + states[DueState.SOON] >= 3
    assert len({i.project_code for i in items}) >= 5  # across the portfolio
    rules = {i.rule for i in items}
    assert {"open_task_update", "eta_slipped", "customer_mail", "governance"} <= rules
    assert len([i for i in items if i.rule == "eta_slipped"]) == 1
    keys = {i.key for i in items}
    assert "customer_mail:ack:demo-mail-1" in keys  # arrived twenty minutes ago
    assert "customer_mail:answer:demo-mail-2" in keys  # acknowledged by phone yesterday
    assert not any("demo-mail-3" in k for k in keys)  # answered in its conversation
    assert [i.rule for i in items if i.rule == "urgent_update"] == ["urgent_update"] * 2


def test_one_item_is_snoozed_with_its_reason(store: Store, morning: datetime) -> None:
    snoozed = [i for i in due_items(store, morning, snoozed=True) if i.snoozed_until]
    assert len(snoozed) == 1 and snoozed[0].snoozed_until > morning  # type: ignore[operator]
    (mark,) = care_marks.history(store)
    assert mark.item_key == snoozed[0].key and "VPN" in mark.note


def test_the_pm_works_from_warsaw_and_the_morning_is_made_once(store: Store,
                                                               morning: datetime) -> None:
    assert care_settings.pm_calendar(store).zone == "Europe/Warsaw"

    def owed() -> list[tuple[str, str, bool]]:
        # (a slipped ETA is a new change of the ETA each time: its key names the change)
        return [(i.project_id, i.rule if i.rule == "eta_slipped" else i.key,
                 i.snoozed_until is not None)
                for i in due_items(store, datetime.now(UTC), snoozed=True)]

    before = owed()
    build_demo(store, care_morning=True)  # the demo written again: a new morning, not two
    assert owed() == before
    assert len(care_marks.history(store)) == 1
