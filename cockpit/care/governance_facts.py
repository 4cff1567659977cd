"""The governance series the care rules read: for each project, its series of each governance
type (weekly status, biweekly status, executive review) and the next date each has planned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.cadence import last_start, next_start
from cockpit.domain.meetings import SeriesData, SeriesType

GOVERNANCE_TYPES = (SeriesType.WEEKLY_STATUS, SeriesType.BIWEEKLY_STATUS,
                    SeriesType.EXECUTIVE_REVIEW)


@dataclass(frozen=True)
class GovernanceSeries:
    id: str
    type: SeriesType
    title: str
    next_start: datetime | None  # None: nothing planned any more (ended, or every date past)
    last_start: datetime | None  # the latest planned date before the moment asked about


def governance_series(session: Session, projects: Any, at: datetime
                      ) -> dict[str, list[GovernanceSeries]]:
    """Project id -> its governance series, for the projects of ``projects`` (a subquery of
    project ids)."""
    from cockpit.services.meetings_mapping import SERIES_FIELDS
    from cockpit.store.models import MeetingSeries

    out: dict[str, list[GovernanceSeries]] = {}
    rows = session.scalars(select(MeetingSeries).where(
        MeetingSeries.project_id.in_(projects), MeetingSeries.type.in_(GOVERNANCE_TYPES),
        MeetingSeries.cancelled.is_(False)))
    for row in rows:
        data = SeriesData(id=row.id, **{name: getattr(row, name) for name in SERIES_FIELDS})
        upcoming = next_start(data, at)
        past = last_start(data, at) if upcoming is None else None  # only when it ended
        out.setdefault(row.project_id, []).append(GovernanceSeries(
            row.id, row.type, row.title, upcoming, past))
    return out
