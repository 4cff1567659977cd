"""What the satisfaction rules read: each live project's CSAT and NPS answers of the last
eighteen months (the first trend month's NPS window reaches that far back), in one query for
the portfolio."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.satisfaction import Answer, Category, Scale

LOOK_BACK = timedelta(days=19 * 31)


@dataclass(frozen=True)
class AnswerFact:
    id: str
    on: date
    scale: Scale
    score: int
    category: Category
    respondent: str
    comment: str
    flagged: bool  # a red flag was raised from it

    def answer(self) -> Answer:
        return Answer(self.on, self.scale, self.score, self.category)


def answers(session: Session, ids: Any, at: datetime) -> dict[str, list[AnswerFact]]:
    """Per project, its answers up to ``at``'s day (oldest first)."""
    from cockpit.store.models import SatisfactionEntry as E

    found: dict[str, list[AnswerFact]] = defaultdict(list)
    day = at.date()
    for row in session.execute(
            select(E.project_id, E.id, E.answered_on, E.scale, E.score, E.category,
                   E.respondent, E.comment, E.red_flag_id)
            .where(E.project_id.in_(ids), E.answered_on >= day - LOOK_BACK,
                   E.answered_on <= day + timedelta(days=1))
            .order_by(E.project_id, E.answered_on, E.created_at)).all():
        found[row.project_id].append(AnswerFact(
            row.id, row.answered_on, Scale(row.scale), row.score, Category(row.category),
            row.respondent, row.comment, row.red_flag_id is not None))
    return found
