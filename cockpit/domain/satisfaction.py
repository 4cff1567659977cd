"""Customer satisfaction control (PRODUCT.md §7): CSAT (1–5) and NPS (0–10) answers, their
trend over the last twelve months, and the early warnings a falling trend gives.

Pure functions over plain answers, so the figures the tab, Today, the document and the care
rule show are the same computation, tested with fixed data.

- **CSAT trend**: for each month, the mean of the CSAT answers of that month and the
  ``window - 1`` months before it (a rolling window; default three months). A month whose
  window holds no answer has no point.
- **NPS**: % promoters (9–10) − % detractors (0–6) of the answers in the window (default six
  months, as NPS is asked twice a year), from −100 to +100.
- **Drop**: the latest CSAT point below the highest of the ``compare`` points before it by at
  least the threshold (default 0.5); or an NPS answer of a detractor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Scale(StrEnum):
    CSAT = "csat"  # "How satisfied are you…?" 1 (very dissatisfied) – 5 (very satisfied)
    NPS = "nps"  # "How likely are you to recommend us…?" 0 – 10


RANGE: dict[Scale, tuple[int, int]] = {Scale.CSAT: (1, 5), Scale.NPS: (0, 10)}
# the rolling window of each scale's trend, in months
WINDOW: dict[Scale, int] = {Scale.CSAT: 3, Scale.NPS: 6}
TREND_MONTHS = 12


class Category(StrEnum):
    """What an answer is about: the red flags' categories, and the relationship overall."""

    OVERALL = "overall"
    QUALITY = "quality"
    SCHEDULE = "schedule"
    COMMUNICATION = "communication"
    COST = "cost"
    PEOPLE = "people"
    OTHER = "other"


def check_score(scale: Scale, score: int) -> int:
    low, high = RANGE[scale]
    if isinstance(score, bool) or not isinstance(score, int) or not low <= score <= high:
        raise ValueError(f"a {scale.value.upper()} score is a whole number from {low} to {high}")
    return score


def is_low(scale: Scale, score: int) -> bool:
    """A score that counts as a complaint: CSAT 1–2, an NPS detractor (0–6)."""
    return score <= 2 if scale is Scale.CSAT else score <= 6


def nps(scores: Iterable[int]) -> float | None:
    """Net Promoter Score of 0–10 answers: % promoters (9–10) minus % detractors (0–6)."""
    answers = list(scores)
    if not answers:
        return None
    promoters = sum(1 for s in answers if s >= 9)
    detractors = sum(1 for s in answers if s <= 6)
    return round(100 * (promoters - detractors) / len(answers), 1)


def mean(scores: Iterable[int]) -> float | None:
    answers = list(scores)
    return round(sum(answers) / len(answers), 2) if answers else None


@dataclass(frozen=True)
class Answer:
    on: date
    scale: Scale
    score: int
    category: Category = Category.OVERALL


@dataclass(frozen=True)
class TrendPoint:
    month: date  # the month's first day
    value: float | None  # the rolling CSAT mean or NPS; None: no answer in the window
    answers: int  # how many answers the window holds
    in_month: int  # how many of them fall in the month itself


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def shift_months(day: date, count: int) -> date:
    """The same day ``count`` months later (the month's last day when it is shorter)."""
    first = add_months(month_start(day), count)
    days_in = (add_months(first, 1) - first).days
    return first.replace(day=min(day.day, days_in))


@dataclass(frozen=True)
class SurveyDue:
    """When the next survey is owed: CSAT every ``csat_months``, NPS every ``nps_months``."""

    csat: date
    nps: date

    @property
    def next(self) -> date:
        return min(self.csat, self.nps)

    def asks_nps(self, on: date, csat_months: int) -> bool:
        """A survey sent on ``on`` asks the NPS question too when NPS falls due before the
        next CSAT survey would."""
        return self.nps <= shift_months(on, csat_months)


def survey_due(started: date, last_csat: date | None, last_nps: date | None,
               last_survey: date | None, csat_months: int, nps_months: int) -> SurveyDue:
    """The survey cadence from the last answers and the last survey sent (which restarts the
    CSAT cadence, and the NPS one when it asked the NPS question)."""
    csat_basis = max(d for d in (started, last_csat, last_survey) if d is not None)
    nps_basis = max(d for d in (started, last_nps) if d is not None)
    nps_due = shift_months(nps_basis, nps_months)
    if last_survey is not None and last_survey >= nps_basis and \
            nps_due <= shift_months(last_survey, csat_months):
        nps_due = shift_months(last_survey, nps_months)  # that survey asked it
    return SurveyDue(shift_months(csat_basis, csat_months), nps_due)


def months_back(today: date, count: int = TREND_MONTHS) -> list[date]:
    """The first days of the ``count`` months ending with ``today``'s, oldest first."""
    last = month_start(today)
    return [add_months(last, -i) for i in range(count - 1, -1, -1)]


def trend(answers: Iterable[Answer], scale: Scale, today: date, *,
          months: int = TREND_MONTHS, window: int | None = None) -> list[TrendPoint]:
    """One point per month of the last ``months`` (``today``'s month last)."""
    window = window or WINDOW[scale]
    mine = [a for a in answers if a.scale is scale and a.on <= today]
    points = []
    for month in months_back(today, months):
        since, until = add_months(month, 1 - window), add_months(month, 1)
        scores = [a.score for a in mine if since <= a.on < until]
        in_month = sum(1 for a in mine if month <= a.on < until)
        value = mean(scores) if scale is Scale.CSAT else nps(scores)
        points.append(TrendPoint(month, value, len(scores), in_month))
    return points


@dataclass(frozen=True)
class Drop:
    """The CSAT trend fell: from ``peak`` (in ``peak_month``) to ``now`` (``month``)."""

    month: date
    now: float
    peak: float
    peak_month: date

    @property
    def size(self) -> float:
        return round(self.peak - self.now, 2)


MIN_ANSWERS = 3  # a rolling mean of fewer answers is too thin to call a trend


def csat_drop(points: Sequence[TrendPoint], threshold: float, compare: int = 6) -> Drop | None:
    """The latest point with a value, against the highest of the ``compare`` points before it
    (each point's window holding at least ``MIN_ANSWERS`` answers); a drop when it is at least
    ``threshold`` lower."""
    valued = [p for p in points if p.value is not None and p.answers >= MIN_ANSWERS]
    if len(valued) < 2:
        return None
    latest = valued[-1]
    before = [p for p in valued[:-1] if p.month >= add_months(latest.month, -compare)]
    if not before:
        return None
    peak = max(before, key=lambda p: (p.value, p.month))
    assert latest.value is not None and peak.value is not None
    if peak.value - latest.value >= threshold - 1e-9:
        return Drop(latest.month, latest.value, peak.value, peak.month)
    return None


__all__ = ["MIN_ANSWERS", "RANGE", "TREND_MONTHS", "WINDOW", "Answer", "Category", "Drop", "Scale",
           "SurveyDue", "TrendPoint", "add_months", "check_score", "csat_drop", "is_low",
           "mean", "month_start", "months_back", "nps", "shift_months", "survey_due", "trend"]
