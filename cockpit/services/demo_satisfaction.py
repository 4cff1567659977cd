"""The demo's satisfaction history: CSAT answers every month and NPS twice a year, from each
project's customer people, since the project began (at most a year back).

Most projects hold steady between 4 and 5. JP-104 falls clearly: pleased at the start, then
the missed reports and the VAT error of the autumn pull its three-month average down by more
than a point, with a detractor's NPS answer last month — the early warning Today shows.
US-109 recovers from a rough spring. Comments are in the project's language. Deterministic
(a seeded generator per project), written at moments relative to the demo's day.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from cockpit.domain.enums import ProjectStatus, Side
from cockpit.domain.passport import Passport
from cockpit.domain.satisfaction import Category, Scale, add_months, month_start
from cockpit.store.models import SatisfactionEntry
from cockpit.store.store import Store

MONTHS = 12
# per project code: the CSAT mean of each month, oldest first (the last is the demo's month)
FALLING = (4.8, 4.7, 4.7, 4.6, 4.6, 4.5, 4.5, 4.3, 4.0, 3.5, 3.0, 2.6)
RECOVERING = (3.0, 3.0, 3.2, 3.3, 3.6, 3.8, 4.0, 4.2, 4.3, 4.4, 4.5, 4.5)
SHAPES = {"JP-104": FALLING, "US-109": RECOVERING}

COMMENTS = {
    "ja": {
        "good": [("いつも迅速にご対応いただき、ありがとうございます。", Category.COMMUNICATION),
                 ("品質が安定しており、安心してお任せできています。", Category.QUALITY),
                 ("", Category.OVERALL)],
        "fair": [("進捗報告をもう少し早めにいただけると助かります。", Category.COMMUNICATION),
                 ("テスト環境の準備に時間がかかりました。", Category.SCHEDULE)],
        "poor": [("週次報告が期日どおりに届かないことが続いています。", Category.COMMUNICATION),
                 ("請求書の税率誤りは社内でも問題になりました。再発防止策をご説明ください。",
                  Category.QUALITY),
                 ("移行スケジュールの見通しが分からず不安です。", Category.SCHEDULE)],
    },
    "en": {
        "good": [("Responsive and clear, as always.", Category.COMMUNICATION),
                 ("The release went smoothly. Thanks to the whole team.", Category.QUALITY),
                 ("", Category.OVERALL)],
        "fair": [("Estimates could come a little faster.", Category.SCHEDULE),
                 ("A few regressions slipped into the last release.", Category.QUALITY)],
        "poor": [("We keep finding bugs our users should never see.", Category.QUALITY),
                 ("Deadlines moved twice this month without warning.", Category.SCHEDULE),
                 ("Invoices were higher than the agreed estimate.", Category.COST)],
    },
}


def _score(rng: random.Random, target: float) -> int:
    return max(1, min(5, round(rng.gauss(target, 0.35))))


def _nps_score(rng: random.Random, csat: float) -> int:
    return max(0, min(10, round(rng.gauss(csat * 2 - 0.5, 0.9))))


def _comment(rng: random.Random, language: str, score: int, low: bool) -> tuple[str, Category]:
    words = COMMENTS.get(language, COMMENTS["en"])
    band = "poor" if low else "fair" if score == 3 else "good"
    if band == "good" and rng.random() < 0.5:
        return "", Category.OVERALL
    return rng.choice(words[band])


def add_demo_satisfaction(store: Store, passports: list[Passport], today: date) -> int:
    """Writes the answers (none for a project that has some already); returns how many."""
    rows: list[SatisfactionEntry] = []
    with store.session() as s:
        answered = set(s.scalars(select(SatisfactionEntry.project_id).distinct()))
    for passport in passports:
        fields = passport.fields
        if passport.id in answered or fields.status in (ProjectStatus.ONBOARDING,):
            continue
        customers = [m for m in passport.members if m.side is Side.CUSTOMER]
        if not customers:
            continue
        rng = random.Random(f"satisfaction:{fields.code}")
        level = rng.uniform(4.4, 4.7)
        shape = SHAPES.get(fields.code) or tuple(
            round(level + rng.uniform(-0.1, 0.1), 2) for _ in range(MONTHS))
        start = fields.start_date or today
        ended = fields.end_date if fields.status is ProjectStatus.CLOSED else None
        language = fields.language.value
        first = add_months(month_start(today), 1 - MONTHS)
        for index in range(MONTHS):
            month = add_months(first, index)
            if month < month_start(start) or (ended and month > ended):
                continue
            target = shape[index]
            last_day = (add_months(month, 1) - timedelta(days=1)).day
            for who in rng.sample(customers, k=min(len(customers), 1 + (index % 2) + 1)):
                day = month.replace(day=rng.randint(3, min(last_day, 26)))
                if day > today or day < start:
                    continue
                score = _score(rng, target)
                text, category = _comment(rng, language, score, score <= 2 or target < 3.2)
                rows.append(SatisfactionEntry(
                    project_id=passport.id, scale=Scale.CSAT, score=score, answered_on=day,
                    respondent_person_id=who.person_id, respondent=who.name,
                    category=category, comment=text))
            if index in (4, 10):  # NPS twice a year
                for who in customers[:3]:
                    day = month.replace(day=min(last_day, 20))
                    if day > today or day < start:
                        continue
                    score = _nps_score(rng, target)
                    if fields.code == "JP-104" and index == 10 and who is customers[0]:
                        score = 4  # the customer's PM: a detractor, last month
                    low = score <= 6
                    text, category = _comment(rng, language, 5 if score >= 9 else 3,
                                              low and target < 4)
                    rows.append(SatisfactionEntry(
                        project_id=passport.id, scale=Scale.NPS, score=score, answered_on=day,
                        respondent_person_id=who.person_id, respondent=who.name,
                        category=category, comment=text))
    with store.session() as s:
        s.add_all(rows)
    return len(rows)
