"""Recording answers, the project's and the portfolio's picture, complaint analysis, a red flag
from an answer, and the survey message in the project's language."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from cockpit.domain.enums import Language, MessageKind
from cockpit.domain.red_flags import FlagCategory, Severity
from cockpit.domain.satisfaction import Category, Scale
from cockpit.errors import KnownError
from cockpit.messages.sources import Source
from cockpit.services import messages, projects, red_flags, satisfaction
from cockpit.store.store import Store
from tests.unit.messages import helpers

pytestmark = pytest.mark.both_databases
TODAY = date(2026, 11, 24)


def _add(store: Store, on: date, score: int, scale: Scale = Scale.CSAT,
         category: Category = Category.OVERALL, comment: str = "") -> str:
    return satisfaction.add(store, helpers.PROJECT, scale=scale, score=score, answered_on=on,
                            respondent_person_id=helpers.YAMADA.person_id, category=category,
                            comment=comment).id


def test_an_answer_is_checked_before_it_is_kept(store: Store) -> None:
    with pytest.raises(KnownError, match="1 to 5"):
        _add(store, TODAY, 6)
    with pytest.raises(KnownError, match="0 to 10"):
        _add(store, TODAY, 11, Scale.NPS)
    with pytest.raises(KnownError, match="future"):
        _add(store, date.today() + timedelta(days=3), 4)
    with pytest.raises(KnownError, match="not on this project"):
        satisfaction.add(store, helpers.PROJECT, scale=Scale.CSAT, score=4, answered_on=TODAY,
                         respondent_person_id="someone-else")
    assert satisfaction.list_entries(store, helpers.PROJECT) == []


def test_answers_are_listed_newest_first_with_their_respondent(store: Store) -> None:
    _add(store, date(2026, 10, 1), 5)
    latest = _add(store, date(2026, 11, 20), 2, comment="遅延が続いています")
    shown = satisfaction.list_entries(store, helpers.PROJECT)
    assert [e.id for e in shown][0] == latest
    assert shown[0].respondent == "山田 太郎" and shown[0].low
    edited = satisfaction.save(store, latest, scale=Scale.CSAT, score=3,
                               answered_on=date(2026, 11, 21), respondent_person_id=None,
                               respondent="Guest reviewer", category=Category.SCHEDULE,
                               comment="better")
    assert (edited.score, edited.respondent, edited.respondent_person_id) == (
        3, "Guest reviewer", None)
    assert satisfaction.delete(store, latest) == helpers.PROJECT
    assert len(satisfaction.list_entries(store, helpers.PROJECT)) == 1


def test_the_picture_shows_the_trend_and_the_drop(store: Store) -> None:
    for month in (7, 8, 9):
        for day in (1, 2):
            _add(store, date(2026, month, day), 5)
    _add(store, date(2026, 10, 5), 3)
    _add(store, date(2026, 11, 5), 2)
    _add(store, date(2026, 11, 6), 3, Scale.NPS)
    _add(store, date(2026, 11, 7), 9, Scale.NPS)
    picture = satisfaction.picture(store, helpers.PROJECT, TODAY)
    assert [p.value for p in picture.csat][-5:] == [5.0, 5.0, 5.0, 4.6, 3.75]
    assert picture.latest_csat == 3.75 and picture.latest_nps == 0.0
    assert picture.drop is not None and picture.drop.peak == 5.0
    assert (picture.answers, picture.low) == (10, 2)
    portfolio = satisfaction.picture(store, None, TODAY)
    assert portfolio.csat == picture.csat  # the one project with answers
    lines = satisfaction.sparklines(store, TODAY)
    assert set(lines) == {"", helpers.PROJECT} and lines[helpers.PROJECT][-1] == 3.75


def test_complaints_count_red_flags_and_low_scores_by_category(store: Store) -> None:
    from datetime import UTC, datetime

    _add(store, date(2026, 11, 5), 1, category=Category.QUALITY)
    _add(store, date(2026, 11, 6), 4, Scale.NPS, category=Category.SCHEDULE)
    _add(store, date(2026, 10, 6), 5, category=Category.QUALITY)  # not a complaint
    red_flags.raise_flag(store, helpers.PROJECT, title="Invoices wrong",
                         category=FlagCategory.QUALITY,
                         raised_at=datetime(2026, 10, 20, 3, 0, tzinfo=UTC))
    found = satisfaction.complaints(store, helpers.PROJECT, TODAY)
    rows = {r.category: r for r in found.rows}
    assert set(rows) == {Category.QUALITY, Category.SCHEDULE}
    assert (rows[Category.QUALITY].red_flags, rows[Category.QUALITY].low_scores) == (1, 1)
    assert rows[Category.QUALITY].by_month[-3:] == (0, 1, 1)  # Sep, Oct, Nov
    assert found.rows[0].category is Category.QUALITY  # most first
    assert found.totals[-1] == 2 and found.months[-1] == date(2026, 11, 1)


def test_a_red_flag_raised_from_an_answer_is_linked_and_raised_once(store: Store) -> None:
    entry = _add(store, date(2026, 11, 20), 3, Scale.NPS, Category.COMMUNICATION,
                 "返信が遅い\n詳細は別途")
    draft = satisfaction.flag_draft(store, entry)
    assert draft.title == "NPS 3/10: 返信が遅い" and draft.severity is Severity.HIGH
    flag_id = satisfaction.flag_from_entry(store, entry, title=draft.title,
                                           description=draft.description,
                                           category=draft.category, severity=draft.severity)
    flag = red_flags.get_flag(store, flag_id)
    assert flag.raised_by == "山田 太郎" and flag.raised_at.date() == date(2026, 11, 20)
    assert satisfaction.get_entry(store, entry).red_flag_key == flag.key
    with pytest.raises(KnownError, match="already raised"):
        satisfaction.flag_from_entry(store, entry, title="again", description="",
                                     category=FlagCategory.OTHER, severity=Severity.LOW)


def _language(store: Store, language: Language) -> None:
    p = projects.get_passport(store, helpers.PROJECT)
    projects.save_passport(store, replace(p, fields=replace(
        p.fields, language=language, start_date=date(2026, 6, 1))))


def test_the_survey_asks_for_csat_and_for_nps_only_when_it_is_due(store: Store) -> None:
    _language(store, Language.EN)
    _add(store, date(2026, 10, 20), 9, Scale.NPS)
    m = messages.compose(store, MessageKind.SURVEY, Source(helpers.PROJECT, today=TODAY))
    assert m.subject == "[JP-201] How are we doing? A two-minute feedback request"
    assert "from 1 to 5" in m.body and "0 (not at all likely)" not in m.body
    assert "ideally by 1 Dec 2026" in m.body  # a week to answer, in the customer's words
    _add(store, date(2026, 5, 20), 9, Scale.NPS)
    satisfaction.delete(store, satisfaction.list_entries(store, helpers.PROJECT)[0].id)
    asked = messages.compose(store, MessageKind.SURVEY, Source(helpers.PROJECT, today=TODAY))
    assert "0 (not at all likely) to 10" in asked.body  # six months since the last NPS


def test_a_japanese_customer_gets_the_survey_in_japanese(store: Store) -> None:
    _language(store, Language.JA)
    m = messages.compose(store, MessageKind.SURVEY, Source(helpers.PROJECT, today=TODAY))
    assert m.subject == "[JP-201] 満足度アンケートご協力のお願い"
    assert "様" in m.body and "1〜5の数字でお答えください" in m.body
    assert "2026年12月1日までに" in m.body and "2026-12-01" not in m.body
    assert "0（まったくない）〜10" in m.body  # never asked yet: NPS is due
