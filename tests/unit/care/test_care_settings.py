"""The care rules' settings: the company's defaults and calendar, a project's own over them,
and the refusals a PM can cause."""

from __future__ import annotations

from datetime import date, time

import pytest

from cockpit.care.engine import due_items
from cockpit.domain.enums import MessageKind
from cockpit.domain.passport import CareRuleData
from cockpit.errors import KnownError
from cockpit.services import care_settings, projects
from cockpit.services.care_settings import PmCalendar
from cockpit.store.store import Store
from tests.unit.care.conftest import sent, tokyo
from tests.unit.messages import helpers

pytestmark = pytest.mark.both_databases


def test_a_project_setting_wins_over_the_company_default(store: Store) -> None:
    sent(store, MessageKind.TASK_UPDATE, tokyo(2026, 11, 30, 10, 0))  # Monday
    care_settings.set_company_rule(store, "open_task_update", True, {"working_days": 3})
    (item,) = due_items(store, tokyo(2026, 12, 3, 10, 0), rule="open_task_update")
    assert item.due == tokyo(2026, 12, 3, 18, 0)  # Monday + 3 working days
    p = projects.get_passport(store, helpers.PROJECT)
    p.care_rules = [CareRuleData("open_task_update", True, {"working_days": 1})]
    saved = projects.save_passport(store, p)
    assert care_settings.project_rules(store, saved.care_rules)["open_task_update"][
        "working_days"] == 1
    (item,) = due_items(store, tokyo(2026, 12, 1, 10, 0), rule="open_task_update")
    assert item.due == tokyo(2026, 12, 1, 18, 0)
    care_settings.set_company_rule(store, "open_task_update", False, {})
    assert due_items(store, tokyo(2026, 12, 1, 10, 0), rule="open_task_update") != []  # the
    saved.care_rules = []  # project's "on" stands; without it the company's "off" does
    projects.save_passport(store, saved)
    assert due_items(store, tokyo(2026, 12, 1, 10, 0), rule="open_task_update") == []
    assert care_settings.company_rules(store)["open_task_update"].enabled is False


def test_out_of_range_and_unknown_settings_are_refused(store: Store) -> None:
    with pytest.raises(KnownError, match="between 1 and 10"):
        care_settings.set_company_rule(store, "open_task_update", True, {"working_days": 0})
    with pytest.raises(KnownError, match="no parameter"):
        care_settings.set_company_rule(store, "open_task_update", True, {"hours": 2})
    p = projects.get_passport(store, helpers.PROJECT)
    p.care_rules = [CareRuleData("no_such_rule", True, {})]
    with pytest.raises(KnownError, match="no care rule"):
        projects.save_passport(store, p)
    with pytest.raises(KnownError, match="time zone"):
        care_settings.set_pm_calendar(store, PmCalendar("Mars/Olympus"))
    with pytest.raises(KnownError, match="start before"):
        care_settings.set_pm_calendar(store, PmCalendar("Europe/Berlin", "DE", time(18),
                                                         time(9)))


def test_company_days_off_move_what_falls_due_on_them(store: Store) -> None:
    sent(store, MessageKind.TASK_UPDATE, tokyo(2026, 11, 30, 10, 0))
    care_settings.set_days_off(store, [date(2026, 12, 2), date(2026, 12, 2)])
    assert care_settings.days_off(store) == [date(2026, 12, 2)]
    (item,) = due_items(store, tokyo(2026, 12, 3, 10, 0), rule="open_task_update")
    assert item.due == tokyo(2026, 12, 3, 18, 0)  # Wednesday off: Monday + 2 is Thursday


def test_the_pms_calendar_makes_an_item_due_before_the_pms_day_ends(store: Store) -> None:
    """A PM in Berlin, a customer in Tokyo: on German Unity Day (Friday 3 October 2025) Tokyo
    works and Berlin does not, so what Tokyo is owed that Friday is due on the PM's Thursday."""
    sent(store, MessageKind.TASK_UPDATE, tokyo(2025, 10, 1, 10, 0))  # Wednesday
    thursday = tokyo(2025, 10, 2, 17, 0)  # 10:00 in Berlin
    (item,) = due_items(store, thursday, rule="open_task_update")
    assert item.due == tokyo(2025, 10, 3, 18, 0) and item.state.value == "soon"  # no PM set
    care_settings.set_pm_calendar(store, PmCalendar("Europe/Berlin", "DE"))
    assert care_settings.pm_calendar(store) == PmCalendar("Europe/Berlin", "DE")
    (item,) = due_items(store, thursday, rule="open_task_update")
    assert item.due == tokyo(2025, 10, 3, 18, 0) and item.state.value == "due"
