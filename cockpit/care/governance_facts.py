"""The governance series the care rules read: for each project, its series of each governance
type (weekly status, biweekly status, executive review) and the next date each has planned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.cadence import series_starts
from cockpit.domain.meetings import SeriesData, SeriesType

CHUNK = 500
HORIZON = timedelta(days=400)  # the longest governance cadence (six months) and then some
GOVERNANCE_TYPES = (SeriesType.WEEKLY_STATUS, SeriesType.BIWEEKLY_STATUS,
                    SeriesType.EXECUTIVE_REVIEW)


@dataclass(frozen=True)
class GovernanceSeries:
    id: str
    type: SeriesType
    title: str
    next_start: datetime | None  # None: nothing planned any more (ended, or every date past)
    last_start: datetime | None  # the latest planned date before the moment asked about


def governance_series(session: Session, project_ids: list[str], at: datetime
                      ) -> dict[str, list[GovernanceSeries]]:
    from cockpit.services.meetings_mapping import SERIES_FIELDS
    from cockpit.store.models import MeetingSeries

    out: dict[str, list[GovernanceSeries]] = {}
    for start in range(0, len(project_ids), CHUNK):
        rows = session.scalars(select(MeetingSeries).where(
            MeetingSeries.project_id.in_(project_ids[start:start + CHUNK]),
            MeetingSeries.type.in_(GOVERNANCE_TYPES), MeetingSeries.cancelled.is_(False)))
        for row in rows:
            data = SeriesData(id=row.id, **{name: getattr(row, name) for name in SERIES_FIELDS})
            upcoming = next(series_starts(data, at, at + HORIZON), None)
            past = list(series_starts(data, at - HORIZON, at))
            out.setdefault(row.project_id, []).append(GovernanceSeries(
                row.id, row.type, row.title, upcoming, past[-1] if past else None))
    return out
