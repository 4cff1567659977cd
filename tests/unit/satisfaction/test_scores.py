"""The satisfaction figures with fixed data: NPS from its 0–10 answers, the rolling CSAT mean,
the drop rule, and the survey cadence."""

from __future__ import annotations

from datetime import date

import pytest

from cockpit.domain.satisfaction import (
    Answer,
    Scale,
    add_months,
    check_score,
    csat_drop,
    is_low,
    nps,
    shift_months,
    survey_due,
    trend,
)

TODAY = date(2026, 12, 2)


def csat(on: date, score: int) -> Answer:
    return Answer(on, Scale.CSAT, score)


def test_nps_is_promoters_minus_detractors_in_percent() -> None:
    assert nps([10, 9, 8, 7, 6, 0]) == pytest.approx(0.0)  # 2 promoters, 2 detractors of 6
    assert nps([10, 10, 9, 8]) == 75.0
    assert nps([3, 5, 6]) == -100.0
    assert nps([7, 8]) == 0.0  # passives count in the total only
    assert nps([]) is None


def test_low_scores_are_csat_one_or_two_and_nps_detractors() -> None:
    assert [s for s in range(1, 6) if is_low(Scale.CSAT, s)] == [1, 2]
    assert [s for s in range(11) if is_low(Scale.NPS, s)] == [0, 1, 2, 3, 4, 5, 6]
    with pytest.raises(ValueError, match="1 to 5"):
        check_score(Scale.CSAT, 0)
    with pytest.raises(ValueError, match="0 to 10"):
        check_score(Scale.NPS, 11)
    with pytest.raises(ValueError):
        check_score(Scale.CSAT, True)  # type: ignore[arg-type]


def test_the_csat_trend_is_a_three_month_rolling_mean_per_month() -> None:
    answers = [csat(date(2026, 9, 10), 5), csat(date(2026, 10, 5), 4),
               csat(date(2026, 11, 3), 3), csat(date(2026, 11, 20), 2),
               csat(date(2026, 12, 1), 1), Answer(date(2026, 11, 1), Scale.NPS, 10)]
    points = trend(answers, Scale.CSAT, TODAY)
    assert [p.month for p in points][-4:] == [date(2026, 9, 1), date(2026, 10, 1),
                                              date(2026, 11, 1), date(2026, 12, 1)]
    assert len(points) == 12 and points[0].month == date(2026, 1, 1)
    by_month = {p.month: p for p in points}
    assert by_month[date(2026, 9, 1)].value == 5.0
    assert by_month[date(2026, 10, 1)].value == 4.5  # Sep + Oct
    assert by_month[date(2026, 11, 1)].value == 3.5  # Sep, Oct, two in Nov: 14 / 4
    assert by_month[date(2026, 12, 1)].value == 2.5  # Oct, Nov ×2, Dec: 10 / 4 (Sep left)
    assert by_month[date(2026, 11, 1)].in_month == 2 and by_month[date(2026, 11, 1)].answers == 4
    assert by_month[date(2026, 8, 1)].value is None  # nothing in its window


def test_answers_after_today_are_not_in_the_trend() -> None:
    points = trend([csat(date(2026, 12, 20), 1), csat(date(2026, 12, 1), 5)], Scale.CSAT,
                   TODAY)
    assert points[-1].value == 5.0


def test_the_nps_trend_counts_the_answers_of_six_months() -> None:
    answers = [Answer(date(2026, 6, 15), Scale.NPS, 10), Answer(date(2026, 6, 15), Scale.NPS, 3),
               Answer(date(2026, 12, 1), Scale.NPS, 9)]
    by_month = {p.month: p.value for p in trend(answers, Scale.NPS, TODAY)}
    assert by_month[date(2026, 6, 1)] == 0.0
    assert by_month[date(2026, 11, 1)] == 0.0  # June is still in November's window
    assert by_month[date(2026, 12, 1)] == 100.0  # June has left December's


def _steady_then(last: list[int]) -> list[Answer]:
    """Four good months (three 5s each), then the last month's scores."""
    answers = [csat(date(2026, month, day), 5) for month in (8, 9, 10, 11) for day in (5, 6, 7)]
    return answers + [csat(date(2026, 12, 1), s) for s in last]


def test_a_drop_of_half_a_point_in_the_rolling_mean_is_an_early_warning() -> None:
    # December's window: Oct and Nov (six 5s) and December's answers
    dropped = csat_drop(trend(_steady_then([1, 1]), Scale.CSAT, TODAY), 0.5)
    assert dropped is not None and dropped.now == pytest.approx(4.0) and dropped.peak == 5.0
    assert dropped.size == pytest.approx(1.0) and dropped.month == date(2026, 12, 1)
    assert csat_drop(trend(_steady_then([4]), Scale.CSAT, TODAY), 0.5) is None  # 4.86
    assert csat_drop(trend(_steady_then([2]), Scale.CSAT, TODAY), 0.5) is None  # 4.57: 0.43
    assert csat_drop(trend(_steady_then([2]), Scale.CSAT, TODAY), 0.4) is not None


def test_a_rolling_mean_of_fewer_than_three_answers_is_not_a_trend() -> None:
    thin = [csat(date(2026, 10, 5), 5), csat(date(2026, 12, 1), 1)]
    assert csat_drop(trend(thin, Scale.CSAT, TODAY), 0.5) is None


def test_months_are_counted_across_years_and_short_months() -> None:
    assert add_months(date(2026, 11, 1), 3) == date(2027, 2, 1)
    assert add_months(date(2026, 1, 1), -1) == date(2025, 12, 1)
    assert shift_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert shift_months(date(2027, 12, 31), 2) == date(2028, 2, 29)


def test_the_survey_cadence_runs_from_the_last_answer_or_survey() -> None:
    start = date(2026, 5, 10)
    fresh = survey_due(start, None, None, None, 1, 6)
    assert (fresh.csat, fresh.nps, fresh.next) == (date(2026, 6, 10), date(2026, 11, 10),
                                                   date(2026, 6, 10))
    answered = survey_due(start, date(2026, 11, 20), date(2026, 11, 1), None, 1, 6)
    assert answered.csat == date(2026, 12, 20) and answered.nps == date(2027, 5, 1)
    sent = survey_due(start, date(2026, 10, 1), None, date(2026, 11, 25), 1, 6)
    assert sent.csat == date(2026, 12, 25)
    assert sent.nps == date(2027, 5, 25)  # NPS was due (11-10): that survey asked it


def test_a_survey_asks_for_nps_only_when_it_falls_due_before_the_next_one() -> None:
    due = survey_due(date(2026, 5, 10), date(2026, 11, 20), date(2026, 9, 1), None, 1, 6)
    assert due.nps == date(2027, 3, 1)
    assert not due.asks_nps(date(2026, 12, 20), 1)  # the next survey (Jan 20) comes first
    assert due.asks_nps(date(2027, 2, 5), 1)  # March's NPS falls before March 5
