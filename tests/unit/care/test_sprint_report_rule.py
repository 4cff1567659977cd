"""The sprint report: owed after each dated sprint (one- and two-week sprints alike), due the
customer's next working day, satisfied by a report sent from the review on."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cockpit.care.engine import due_items
from cockpit.care.items import CareItem, DueState
from cockpit.domain.enums import MessageKind
from cockpit.domain.passport import CareRuleData, SprintData
from cockpit.services import projects
from cockpit.store.store import Store
from tests.unit.care.conftest import sent, tokyo
from tests.unit.messages import helpers

pytestmark = pytest.mark.both_databases


@pytest.fixture(autouse=True)
def _sprints(store: Store) -> None:
    p = projects.get_passport(store, helpers.PROJECT)
    p.sprints = [SprintData("Sprint 9", date(2026, 11, 2), date(2026, 11, 13)),
                 SprintData("Sprint 10", date(2026, 11, 16), date(2026, 11, 27)),  # 2 weeks
                 SprintData("Sprint 11", date(2026, 11, 30), date(2026, 12, 4)),  # 1 week
                 SprintData("Sprint 12")]  # no dates yet: owes nothing
    projects.save_passport(store, p)


def _owed(store: Store, at: datetime) -> list[CareItem]:
    return due_items(store, at, rule="sprint_report")


def test_due_the_working_day_after_a_two_week_sprint(store: Store) -> None:
    (item,) = _owed(store, tokyo(2026, 11, 30, 10, 0))  # Monday after Sprint 10's Friday
    assert "Sprint 10" in item.title and item.state is DueState.DUE
    assert item.due == tokyo(2026, 11, 30, 18, 0)
    assert item.action == "compose:sprint_report" and item.key.startswith("sprint_report:")
    (late,) = _owed(store, tokyo(2026, 12, 1, 9, 0))
    assert late.state is DueState.OVERDUE  # Sprint 9's is older than two weeks: not shown


def test_a_report_sent_at_the_review_satisfies_it(store: Store) -> None:
    sent(store, MessageKind.SPRINT_REPORT, tokyo(2026, 11, 27, 17, 0))  # the last day, 17:00
    assert _owed(store, tokyo(2026, 11, 30, 10, 0)) == []
    before = _owed(store, tokyo(2026, 11, 27, 16, 0))  # before it went out: Sprint 10's is
    assert [i.title.split(" (")[0] for i in before] == [  # soon, and Sprint 9's never went
        "sprint report for Sprint 9", "sprint report for Sprint 10"]
    assert [i.state for i in before] == [DueState.OVERDUE, DueState.SOON]


def test_a_report_sent_days_before_the_end_belongs_to_no_later_sprint(store: Store) -> None:
    sent(store, MessageKind.SPRINT_REPORT, tokyo(2026, 11, 24, 10, 0))  # mid-sprint
    (item,) = _owed(store, tokyo(2026, 11, 30, 10, 0))
    assert "Sprint 10" in item.title


def test_a_one_week_sprint_and_the_project_setting(store: Store) -> None:
    sent(store, MessageKind.SPRINT_REPORT, tokyo(2026, 11, 30, 11, 0))
    (friday,) = _owed(store, tokyo(2026, 12, 4, 12, 0))  # Sprint 11 ends today
    assert "Sprint 11" in friday.title and friday.due == tokyo(2026, 12, 7, 18, 0)
    assert friday.state is DueState.SOON  # Monday: the PM's next working day
    p = projects.get_passport(store, helpers.PROJECT)
    p.care_rules = [CareRuleData("sprint_report", True, {"working_days": 0})]
    projects.save_passport(store, p)
    (same_day,) = _owed(store, tokyo(2026, 12, 4, 12, 0))
    assert same_day.due == tokyo(2026, 12, 4, 18, 0) and same_day.state is DueState.DUE
    p = projects.get_passport(store, helpers.PROJECT)
    p.care_rules = [CareRuleData("sprint_report", False, {})]
    projects.save_passport(store, p)
    assert _owed(store, tokyo(2026, 12, 4, 12, 0)) == []  # switched off on this project


def test_its_action_writes_the_report_of_that_sprint(store: Store) -> None:
    from cockpit.care.actions import Verb, resolve
    from cockpit.services import messages

    (item,) = _owed(store, tokyo(2026, 11, 30, 10, 0))
    target = resolve(store, item)
    assert target.verb is Verb.COMPOSE and target.kind is MessageKind.SPRINT_REPORT
    assert target.source is not None and target.source.sprint == "Sprint 10"
    report = messages.compose(store, target.kind, target.source)
    assert "Sprint 10" in report.subject + report.body and "Sprint 11" not in report.subject
