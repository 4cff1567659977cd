"""Satisfaction in the care engine: the survey owed on its cadence (CSAT monthly, NPS every six
months), and the early warnings — a falling CSAT trend, a low answer — each offered as a red
flag until one is raised."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from cockpit.care.actions import Verb, resolve
from cockpit.care.engine import due_items
from cockpit.care.items import CareItem, DueState
from cockpit.domain.enums import MessageKind
from cockpit.domain.red_flags import FlagCategory, Severity
from cockpit.domain.satisfaction import Category, Scale
from cockpit.services import projects, satisfaction
from cockpit.store.store import Store
from tests.unit.care.conftest import sent, set_sql, tokyo
from tests.unit.messages import helpers

pytestmark = pytest.mark.both_databases


@pytest.fixture(autouse=True)
def _started_in_june(store: Store) -> None:
    p = projects.get_passport(store, helpers.PROJECT)
    projects.save_passport(store, replace(p, fields=replace(p.fields,
                                                            start_date=date(2026, 6, 1))))


def _owed(store: Store, at: datetime, rule: str) -> list[CareItem]:
    return due_items(store, at, rule=rule)


def _answer(store: Store, on: date, score: int, scale: Scale = Scale.CSAT,
            comment: str = "", who: helpers.Person = helpers.YAMADA) -> str:
    """An answer dated ``on`` (written as if recorded then: the service refuses future
    dates, and the tests' days are in the past)."""
    return satisfaction.add(store, helpers.PROJECT, scale=scale, score=score, answered_on=on,
                            respondent_person_id=who.person_id, comment=comment,
                            category=Category.COMMUNICATION).id


def test_a_new_project_owes_its_first_survey_a_month_after_it_started(store: Store) -> None:
    assert _owed(store, tokyo(2026, 6, 15, 10, 0), "satisfaction_survey") == []
    (item,) = _owed(store, tokyo(2026, 7, 1, 10, 0), "satisfaction_survey")
    assert item.state is DueState.DUE and item.due == tokyo(2026, 7, 1, 18, 0)
    assert item.action == "compose:survey" and item.detail == "csat"
    assert helpers.YAMADA.email in " ".join(item.recipients) or item.recipients == ()


def test_the_nps_question_is_asked_when_it_falls_due(store: Store) -> None:
    _answer(store, date(2026, 10, 28), 5)
    (item,) = _owed(store, tokyo(2026, 11, 30, 10, 0), "satisfaction_survey")
    assert item.title == "satisfaction survey (CSAT and NPS)" and item.detail == "nps"
    assert item.due == tokyo(2026, 11, 30, 18, 0)  # Oct 28 + 1 month: a Saturday → Monday


def test_an_answer_or_a_survey_sent_restarts_the_cadence(store: Store) -> None:
    _answer(store, date(2026, 11, 25), 5)
    _answer(store, date(2026, 11, 25), 9, Scale.NPS)
    assert _owed(store, tokyo(2026, 12, 1, 10, 0), "satisfaction_survey") == []
    (item,) = _owed(store, tokyo(2026, 12, 25, 10, 0), "satisfaction_survey")
    assert item.detail == "csat"  # NPS is answered until May
    sent(store, MessageKind.SURVEY, tokyo(2026, 12, 24, 11, 0))
    assert _owed(store, tokyo(2026, 12, 25, 10, 0), "satisfaction_survey") == []


def test_the_cadence_is_the_pms_to_set(store: Store) -> None:
    from cockpit.domain.passport import CareRuleData

    p = projects.get_passport(store, helpers.PROJECT)
    p.care_rules = [CareRuleData("satisfaction_survey", True, {"csat_months": 3})]
    projects.save_passport(store, p)
    _answer(store, date(2026, 9, 1), 5)
    _answer(store, date(2026, 9, 1), 9, Scale.NPS)
    assert _owed(store, tokyo(2026, 11, 25, 10, 0), "satisfaction_survey") == []  # not monthly
    (item,) = _owed(store, tokyo(2026, 12, 1, 10, 0), "satisfaction_survey")
    assert item.state is DueState.DUE  # quarterly: NPS (March) comes before the next one
    assert item.detail == "nps"


def _steady(store: Store) -> None:
    for month in (8, 9, 10):
        for day in (3, 4, 5):
            _answer(store, date(2026, month, day), 5)


def test_a_falling_trend_is_an_early_warning_offered_as_a_red_flag(store: Store) -> None:
    _steady(store)
    _answer(store, date(2026, 11, 16), 3, comment="Reports keep coming late")
    lowest = _answer(store, date(2026, 11, 17), 2, comment="Nobody answers our mails")
    items = _owed(store, tokyo(2026, 11, 18, 10, 0), "satisfaction_drop")
    assert [i.title for i in items] == ["CSAT falling: 5.0 → 4.4 (3-month average)"]
    (item,) = items  # the low answer is the falling trend's own, not listed twice
    assert item.action == f"flag:{lowest}" and item.subject == "Nobody answers our mails"
    assert item.due == tokyo(2026, 11, 19, 18, 0)  # two working days after the answer
    target = resolve(store, item)
    assert target.verb is Verb.FLAG and target.entry_id == lowest

    draft = satisfaction.flag_draft(store, lowest)
    assert draft.title == "CSAT 2/5: Nobody answers our mails"
    assert draft.category is FlagCategory.COMMUNICATION and draft.raised_by == "山田 太郎"
    satisfaction.flag_from_entry(store, lowest, title=draft.title,
                                 description=draft.description, category=draft.category,
                                 severity=Severity.HIGH)
    assert _owed(store, tokyo(2026, 11, 18, 10, 0), "satisfaction_drop") == []


def test_the_threshold_is_the_pms_to_set(store: Store) -> None:
    from cockpit.domain.passport import CareRuleData

    _steady(store)
    _answer(store, date(2026, 11, 16), 4)
    _answer(store, date(2026, 11, 17), 3)
    assert _owed(store, tokyo(2026, 11, 18, 10, 0), "satisfaction_drop") == []  # 4.64
    p = projects.get_passport(store, helpers.PROJECT)
    p.care_rules = [CareRuleData("satisfaction_drop", True, {"drop_tenths": 3})]
    projects.save_passport(store, p)
    (item,) = _owed(store, tokyo(2026, 11, 18, 10, 0), "satisfaction_drop")
    assert item.title.startswith("CSAT falling: 5.0 → 4.6")


def test_a_detractor_is_an_early_warning_for_two_months(store: Store) -> None:
    _steady(store)
    detractor = _answer(store, date(2026, 11, 16), 4, Scale.NPS, who=helpers.TAKAHASHI)
    _answer(store, date(2026, 11, 16), 10, Scale.NPS)  # a promoter: nothing
    (item,) = _owed(store, tokyo(2026, 11, 17, 10, 0), "satisfaction_drop")
    assert item.title == "NPS detractor: 4/10 from 高橋 健"
    assert item.key == f"satisfaction_drop:low:{detractor}"
    assert item.state is DueState.SOON  # due 11-18 18:00: two working days to act
    overdue = _owed(store, tokyo(2026, 12, 20, 10, 0), "satisfaction_drop")
    assert [i.state for i in overdue] == [DueState.OVERDUE]
    assert _owed(store, tokyo(2027, 1, 20, 10, 0), "satisfaction_drop") == []  # two months on


def test_marking_the_warning_done_settles_it(store: Store) -> None:
    from cockpit.services import care_marks

    _steady(store)
    _answer(store, date(2026, 11, 16), 1)
    (item,) = _owed(store, tokyo(2026, 11, 17, 10, 0), "satisfaction_drop")
    mark = care_marks.mark_done(store, helpers.PROJECT, item.key,
                                "Called Yamada-san; it was a one-off")
    set_sql(store, "UPDATE care_mark SET created_at = :at WHERE id = :id",
            at=tokyo(2026, 11, 17, 10, 30).astimezone(UTC), id=mark.id)
    assert _owed(store, tokyo(2026, 11, 17, 11, 0), "satisfaction_drop") == []
