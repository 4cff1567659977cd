"""Occurrences: the planned dates of every series with their exceptions (moved, cancelled,
own agenda), minutes taken in a meeting, the decision log and open action items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cockpit.agenda.context import AgendaItem, register
from cockpit.domain.cadence import series_starts
from cockpit.domain.meetings import (
    MinutesItemData,
    MinutesKind,
    OccurrenceData,
    OccurrenceState,
)
from cockpit.errors import ErrorCode, KnownError
from cockpit.services.meetings_mapping import to_minutes, to_occurrence, to_series
from cockpit.store.models import (
    MeetingOccurrence,
    MeetingSeries,
    MinutesItem,
    Person,
    Project,
    SeriesAttendee,
)
from cockpit.store.store import Store


@dataclass(frozen=True)
class OccurrenceView:
    """One line of the planner's week/agenda view."""

    project_id: str
    project_code: str
    series_id: str
    title: str
    time_zone: str
    occurrence: OccurrenceData
    has_minutes: bool

    @property
    def end(self) -> datetime:
        return self.occurrence.start + timedelta(minutes=self.occurrence.duration_minutes)


def _series_rows(session: Session, project_id: str | None) -> list[MeetingSeries]:
    stmt = select(MeetingSeries).where(MeetingSeries.cancelled.is_(False)).options(
        selectinload(MeetingSeries.occurrences).selectinload(MeetingOccurrence.minutes),
        selectinload(MeetingSeries.attendees).selectinload(SeriesAttendee.person))
    if project_id is not None:
        stmt = stmt.where(MeetingSeries.project_id == project_id)
    return list(session.scalars(stmt))


def upcoming(store: Store, after: datetime, before: datetime, *, project_id: str | None = None,
             include_cancelled: bool = False) -> list[OccurrenceView]:
    """Every occurrence starting in [after, before), across projects, in time order."""
    views: list[OccurrenceView] = []
    with store.session() as s:
        codes = {pid: code for pid, code in s.execute(select(Project.id, Project.code))}
        for row in _series_rows(s, project_id):
            series = to_series(row, set())
            stored = {o.original_start: o for o in row.occurrences}
            planned = {start.astimezone(UTC) for start in
                       series_starts(series, after - timedelta(days=1), before)}
            keys = planned | {k for k, o in stored.items() if after <= o.start < before}
            for original in keys:
                row_occ = stored.get(original)
                if row_occ is not None:
                    occurrence = to_occurrence(row_occ)
                else:
                    occurrence = OccurrenceData(row.id, original, original, row.duration_minutes)
                if not after <= occurrence.start < before:
                    continue
                if occurrence.state is OccurrenceState.CANCELLED and not include_cancelled:
                    continue
                views.append(OccurrenceView(
                    project_id=row.project_id, project_code=codes.get(row.project_id, ""),
                    series_id=row.id, title=row.title, time_zone=row.time_zone,
                    occurrence=occurrence, has_minutes=bool(row_occ and row_occ.minutes)))
    return sorted(views, key=lambda v: (v.occurrence.start, v.project_code, v.title))


def _planned(session: Session, series_id: str, original_start: datetime) -> MeetingSeries:
    row = session.get(MeetingSeries, series_id)
    if row is None:
        raise KnownError(ErrorCode.NOT_FOUND, f"no meeting series with id {series_id}")
    series = to_series(row, set())
    window = (original_start - timedelta(minutes=1), original_start + timedelta(minutes=1))
    if not any(start == original_start for start in series_starts(series, *window)):
        raise KnownError(ErrorCode.NOT_FOUND,
                         f"{row.title} has no meeting planned at {original_start:%Y-%m-%d %H:%M}")
    return row


def _stored(session: Session, series_id: str, original_start: datetime, *,
            lock: bool = False) -> MeetingOccurrence:
    """The stored occurrence, created from the series when it was only planned so far;
    ``lock`` holds its row until the session ends (two saves of its minutes on a shared server
    run one after the other)."""
    stmt = select(MeetingOccurrence).where(MeetingOccurrence.series_id == series_id,
                                           MeetingOccurrence.original_start == original_start)
    if lock:
        stmt = stmt.with_for_update(of=MeetingOccurrence)
    found = session.scalars(stmt).one_or_none()
    if found is not None:
        return found
    series = _planned(session, series_id, original_start)
    row = MeetingOccurrence(series_id=series_id, original_start=original_start,
                            start=original_start, duration_minutes=series.duration_minutes,
                            state=OccurrenceState.SCHEDULED)
    session.add(row)
    return row


def get_occurrence(store: Store, series_id: str, original_start: datetime) -> OccurrenceData:
    with store.session() as s:
        found = s.scalars(select(MeetingOccurrence).where(
            MeetingOccurrence.series_id == series_id,
            MeetingOccurrence.original_start == original_start)).one_or_none()
        if found is not None:
            return to_occurrence(found)
        series = _planned(s, series_id, original_start)
        return OccurrenceData(series_id, original_start, original_start, series.duration_minutes)


def reschedule(store: Store, series_id: str, original_start: datetime, new_start: datetime,
               duration_minutes: int | None = None) -> OccurrenceData:
    if new_start.tzinfo is None:
        raise ValueError("new_start must carry a time zone")
    with store.session() as s:
        row = _stored(s, series_id, original_start)
        row.start = new_start
        if duration_minutes is not None:
            row.duration_minutes = duration_minutes
        moved = row.start != row.original_start
        row.state = OccurrenceState.MOVED if moved else OccurrenceState.SCHEDULED
        s.flush()
        return to_occurrence(row)


def cancel(store: Store, series_id: str, original_start: datetime) -> OccurrenceData:
    with store.session() as s:
        row = _stored(s, series_id, original_start)
        row.state = OccurrenceState.CANCELLED
        s.flush()
        return to_occurrence(row)


def restore(store: Store, series_id: str, original_start: datetime) -> OccurrenceData:
    """Undo a cancellation (the date keeps any move it had)."""
    with store.session() as s:
        row = _stored(s, series_id, original_start)
        row.state = (OccurrenceState.MOVED if row.start != row.original_start
                     else OccurrenceState.SCHEDULED)
        s.flush()
        return to_occurrence(row)


def mark_held(store: Store, series_id: str, original_start: datetime,
              held: bool | None) -> OccurrenceData:
    """The PM says the meeting took place (True), did not (False), or takes the word back
    (None: then its minutes say whether it was held). A held meeting owes its follow-up."""
    with store.session() as s:
        row = _stored(s, series_id, original_start, lock=True)
        row.held = held
        s.flush()
        return to_occurrence(row)


def set_agenda(store: Store, series_id: str, original_start: datetime,
               agenda: str | None) -> OccurrenceData:
    """This date's own agenda text; None goes back to the series' template."""
    with store.session() as s:
        row = _stored(s, series_id, original_start)
        row.agenda = agenda
        s.flush()
        return to_occurrence(row)


def get_minutes(store: Store, series_id: str, original_start: datetime) -> list[MinutesItemData]:
    with store.session() as s:
        found = s.scalars(select(MeetingOccurrence).where(
            MeetingOccurrence.series_id == series_id,
            MeetingOccurrence.original_start == original_start)).one_or_none()
        return [to_minutes(m) for m in found.minutes] if found else []


def save_minutes(store: Store, series_id: str, original_start: datetime,
                 items: list[MinutesItemData]) -> list[MinutesItemData]:
    """Replace this meeting's minutes with ``items`` (in order)."""
    for item in items:
        if not item.text.strip():
            raise KnownError(ErrorCode.VALIDATION, "every minutes item needs text")
    with store.session() as s:
        row = _stored(s, series_id, original_start, lock=True)
        s.flush()
        existing = {m.id: m for m in row.minutes}
        kept = []
        for position, item in enumerate(items):
            minutes = existing.pop(item.id, None) or MinutesItem(id=item.id)
            if item.owner_person_id and s.get(Person, item.owner_person_id) is None:
                raise KnownError(ErrorCode.VALIDATION, f"unknown owner for '{item.text}'")
            minutes.kind, minutes.text = item.kind, item.text.strip()
            minutes.owner_person_id, minutes.due_on = item.owner_person_id, item.due_on
            minutes.done_on, minutes.internal = item.done_on, item.internal
            minutes.position = position
            kept.append(minutes)
        row.minutes = kept
        for orphan in existing.values():
            s.delete(orphan)
        s.flush()
        return [to_minutes(m) for m in row.minutes]


@dataclass(frozen=True)
class LoggedItem:
    """A decision or an action item, with the meeting it came from."""

    item: MinutesItemData
    series_title: str
    meeting_start: datetime
    owner_name: str


def _logged(session: Session, project_id: str, kind: MinutesKind,
            open_only: bool) -> list[LoggedItem]:
    stmt = (select(MinutesItem, MeetingSeries.title, MeetingOccurrence.start, Person.name)
            .join(MeetingOccurrence, MinutesItem.occurrence_id == MeetingOccurrence.id)
            .join(MeetingSeries, MeetingOccurrence.series_id == MeetingSeries.id)
            .outerjoin(Person, Person.id == MinutesItem.owner_person_id)
            .where(MeetingSeries.project_id == project_id, MinutesItem.kind == kind)
            .order_by(MeetingOccurrence.start, MinutesItem.position))
    if open_only:
        stmt = stmt.where(MinutesItem.done_on.is_(None))
    return [LoggedItem(to_minutes(m), title, start, name or "")
            for m, title, start, name in session.execute(stmt)]


def decision_log(store: Store, project_id: str) -> list[LoggedItem]:
    with store.session() as s:
        return _logged(s, project_id, MinutesKind.DECISION, open_only=False)


def open_actions(store: Store, project_id: str) -> list[LoggedItem]:
    """Action items not done yet, from every meeting of the project: they carry over."""
    with store.session() as s:
        return _logged(s, project_id, MinutesKind.ACTION, open_only=True)


@register
def _minutes_provider(session: Session, project_id: str) -> dict[str, list[AgendaItem]]:
    actions = _logged(session, project_id, MinutesKind.ACTION, open_only=True)
    decisions = _logged(session, project_id, MinutesKind.DECISION, open_only=False)
    return {
        "open_actions": [AgendaItem(a.item.text, a.owner_name, a.item.due_on, a.item.internal)
                         for a in actions],
        "decisions": [AgendaItem(d.item.text, d.owner_name, None, d.item.internal)
                      for d in decisions[-10:]],
    }


def minutes_dates(store: Store, series_id: str) -> list[date]:
    with store.session() as s:
        rows = s.scalars(select(MeetingOccurrence).where(MeetingOccurrence.series_id == series_id)
                         .options(selectinload(MeetingOccurrence.minutes)))
        return [r.start.date() for r in rows if r.minutes]



def latest_minuted(session: Session, before: datetime, *, project_id: str | None = None,
                   series_id: str | None = None) -> MeetingOccurrence | None:
    """The latest meeting (of a project, or of one series) held before ``before``, not
    cancelled, that has minutes: what a post-call follow-up is written about."""
    stmt = (select(MeetingOccurrence)
            .join(MeetingSeries, MeetingSeries.id == MeetingOccurrence.series_id)
            .where(MeetingOccurrence.start <= before,
                   MeetingOccurrence.state != OccurrenceState.CANCELLED,
                   MeetingOccurrence.minutes.any())
            .order_by(MeetingOccurrence.start.desc()))
    if project_id is not None:
        stmt = stmt.where(MeetingSeries.project_id == project_id)
    if series_id is not None:
        stmt = stmt.where(MeetingOccurrence.series_id == series_id)
    return session.scalars(stmt).first()


def last_with_minutes(store: Store, project_id: str,
                      before: datetime | None = None) -> tuple[str, datetime]:
    """(series id, original start) of the project's latest meeting with minutes."""
    with store.session() as s:
        found = latest_minuted(s, before or datetime.now(UTC), project_id=project_id)
        if found is None:
            raise KnownError(ErrorCode.NOT_FOUND, "no meeting of this project has minutes "
                             "yet: take the minutes first, then write the follow-up")
        return found.series_id, found.original_start
