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


# what a series' dates depend on -> (asked at, first date at or after it): valid for any moment
# from "asked at" up to that date, so the Today view's re-evaluations reuse it
_SCHEDULE = ("cadence", "interval", "custom_rrule", "first_date", "start_time", "time_zone",
             "until")
_NEXT: dict[tuple[Any, ...], tuple[datetime, datetime | None]] = {}
_NEXT_LIMIT = 20_000


def _next_start(data: SeriesData, at: datetime) -> datetime | None:
    key = tuple(getattr(data, name) for name in _SCHEDULE)
    known = _NEXT.get(key)
    if known is not None:
        asked, found = known
        if asked <= at and (found is None or at <= found):
            return found
    found = next_start(data, at)
    if len(_NEXT) >= _NEXT_LIMIT:
        _NEXT.clear()
    _NEXT[key] = (at, found)
    return found


def governance_series(session: Session, projects: Any, at: datetime
                      ) -> dict[str, list[GovernanceSeries]]:
    """Project id -> its governance series, for the projects of ``projects`` (a subquery of
    project ids)."""
    from cockpit.store.models import MeetingSeries

    columns = [getattr(MeetingSeries, name) for name in _SCHEDULE]
    out: dict[str, list[GovernanceSeries]] = {}
    rows = session.execute(select(
        MeetingSeries.project_id, MeetingSeries.id, MeetingSeries.type, MeetingSeries.title,
        *columns).where(
        MeetingSeries.project_id.in_(projects), MeetingSeries.type.in_(GOVERNANCE_TYPES),
        MeetingSeries.cancelled.is_(False)))
    for project_id, series_id, kind, title, *schedule in rows:
        data = SeriesData(project_id=project_id, id=series_id, type=kind, title=title,
                          **dict(zip(_SCHEDULE, schedule, strict=True)))
        upcoming = _next_start(data, at)
        past = last_start(data, at) if upcoming is None else None  # only when it ended
        out.setdefault(project_id, []).append(GovernanceSeries(
            series_id, kind, title, upcoming, past))
    return out
