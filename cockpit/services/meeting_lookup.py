"""The meeting a command names: a stored occurrence (its id), or a series (its id or iCalendar
UID), which stands for its most recent meeting that took place and has minutes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.meetings import OccurrenceState, SeriesData
from cockpit.errors import ErrorCode, KnownError
from cockpit.services.occurrences import latest_minuted
from cockpit.store.models import MeetingOccurrence, MeetingSeries
from cockpit.store.store import Store

LIST_HINT = "`cockpit meetings list --project CODE` shows the ids"


class MeetingRef(NamedTuple):
    """What a follow-up ``Source`` needs: the project, the series and the date's name."""

    project_id: str
    series_id: str
    original_start: datetime


def find_meeting(store: Store, meeting_id: str, *, now: datetime | None = None) -> MeetingRef:
    """The meeting with minutes ``meeting_id`` names; ``KnownError`` saying what to do when
    there is none (unknown id, no minutes yet, not taken place, cancelled)."""
    key = meeting_id.strip()
    now = now or datetime.now(UTC)
    with store.session() as s:
        occurrence = s.get(MeetingOccurrence, key) if key else None
        if occurrence is not None:
            return _took_place(occurrence, now)
        series = _series(s, key)
        if series is None:
            raise KnownError(ErrorCode.NOT_FOUND,
                             f"no meeting with id {key or '(empty)'}; {LIST_HINT}")
        return _latest_with_minutes(s, series, now)


def _series(session: Session, key: str) -> MeetingSeries | None:
    if not key:
        return None
    return session.get(MeetingSeries, key) or session.scalars(
        select(MeetingSeries).where(MeetingSeries.uid == key)).one_or_none()


def _took_place(row: MeetingOccurrence, now: datetime) -> MeetingRef:
    what = f"{row.series.title} on {row.start:%Y-%m-%d}"
    if row.state is OccurrenceState.CANCELLED:
        raise KnownError(ErrorCode.VALIDATION, f"{what} was cancelled: there is nothing to "
                                               "follow up")
    if row.start > now:
        raise KnownError(ErrorCode.VALIDATION, f"{what} has not taken place yet")
    if not row.minutes:
        raise KnownError(ErrorCode.VALIDATION, f"{what} has no minutes yet; take the minutes "
                                               "in the app first")
    return MeetingRef(row.series.project_id, row.series_id, row.original_start)


def _latest_with_minutes(session: Session, series: MeetingSeries, now: datetime) -> MeetingRef:
    found = latest_minuted(session, now, series_id=series.id)
    if found is None:
        raise KnownError(ErrorCode.NOT_FOUND,
                         f"{series.title} has no past meeting with minutes yet; take the "
                         "minutes in the app first")
    return MeetingRef(series.project_id, series.id, found.original_start)


def pick_series(series: list[SeriesData], key: str, where: str) -> SeriesData:
    """The series of ``series`` that ``key`` names: its id or UID, a unique start of its id,
    its title (any case) or, failing that, a unique part of its title. ``KnownError`` naming
    the candidates when several fit, or what there is when none does (``where``: "JP-104")."""
    text = key.strip()
    folded = text.casefold()
    exact = [s for s in series if text and text in (s.id, s.uid)]
    if exact:
        return exact[0]
    rounds = (
        [s for s in series if folded and (s.id.casefold().startswith(folded)
                                          or s.title.strip().casefold() == folded)],
        [s for s in series if folded and folded in s.title.casefold()],
    )
    for found in rounds:
        if len(found) == 1:
            return found[0]
        if found:
            raise KnownError(ErrorCode.VALIDATION, f"'{text}' names several series of {where}: "
                             f"{_listing(found)}; give more of the id")
    raise KnownError(ErrorCode.NOT_FOUND, f"{where} has no meeting series '{text}'; it has: "
                     f"{_listing(series) or 'none'}")


def _listing(series: list[SeriesData]) -> str:
    return ", ".join(f"{s.id} ({s.title})" for s in series)
