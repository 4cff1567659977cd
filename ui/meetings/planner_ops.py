"""Meeting-planner operations for the widgets (services imported lazily, run off-thread); one
that changes the store returns ``Done(value, changes)``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cockpit.changes import ANY, Changes, Done
from cockpit.domain.meetings import OccurrenceState

if TYPE_CHECKING:
    from cockpit.domain.meetings import OccurrenceData, SeriesData
    from cockpit.ics.importer import ImportResult
    from cockpit.services.follow_ups import FollowUpState
    from cockpit.services.invites import AttendeePreview
    from cockpit.services.meeting_checks import MeetingFlag, MeetingWarning
    from cockpit.services.occurrences import LoggedItem, OccurrenceView
    from cockpit.store.store import Store


def _key(series_id: str, original_start: datetime) -> str:
    return f"{series_id}@{original_start.isoformat()}"


def _occurrence_done(occurrence: OccurrenceData) -> Done[OccurrenceData]:
    return Done(occurrence, Changes.of(
        series=[occurrence.series_id],
        occurrences=[_key(occurrence.series_id, occurrence.original_start)]))


def list_series(store: Store, project_id: str) -> list[SeriesData]:
    from cockpit.services import meetings

    return meetings.list_series(store, project_id)


def template_choices(store: Store) -> list[tuple[str, str]]:
    from cockpit.services import meetings

    return meetings.agenda_template_choices(store)


def propose(store: Store, project_id: str) -> list[SeriesData]:
    """The governance proposals, minus the kinds the project already has."""
    from cockpit.services import meetings

    existing = {s.type for s in meetings.list_series(store, project_id) if not s.cancelled}
    return [p for p in meetings.propose_governance(store, project_id) if p.type not in existing]


def save_series(store: Store, series: SeriesData) -> Done[SeriesData]:
    from cockpit.services import meetings

    saved = meetings.save_series(store, series)
    return Done(saved, Changes.of(series=[saved.id]))


def save_many(store: Store, series: list[SeriesData]) -> Done[list[SeriesData]]:
    from cockpit.services import meetings

    saved = meetings.save_proposals(store, series)
    return Done(saved, Changes.of(series=[s.id for s in saved]))


def cancel_in_outlook(store: Store, series_id: str) -> Done[SeriesData]:
    from cockpit.services import meetings

    return Done(meetings.cancel_in_outlook(store, series_id), Changes.of(series=[series_id]))


def delete_series(store: Store, series_id: str) -> Done[str]:
    from cockpit.services import meetings

    meetings.delete_series(store, series_id)
    return Done(series_id, Changes.of(series=[series_id]))


def export_series(store: Store, series_id: str, method: str, path: Path) -> Done[Path]:
    from cockpit.ics.export import Method
    from cockpit.safe_write import write_atomically
    from cockpit.services import invites

    data = invites.export_series(store, series_id, Method(method))
    protected = [store.location.path] if store.location.path else []
    write_atomically(path, data, protected=protected)
    return Done(path, Changes.of(series=[series_id]))  # the invite went out: sequence, channel


def export_occurrence(store: Store, series_id: str, original_start: datetime, method: str,
                      path: Path) -> Done[Path]:
    from cockpit.ics.export import Method
    from cockpit.safe_write import write_atomically
    from cockpit.services import invites

    data = invites.export_occurrence(store, series_id, original_start, Method(method))
    write_atomically(path, data)
    return Done(path, Changes.of(series=[series_id], occurrences=[_key(series_id, original_start)]))


def preview(store: Store, series_id: str) -> tuple[list[AttendeePreview], list[str] | None]:
    from cockpit.services import invites

    return invites.preview(store, series_id)


def import_ics(store: Store, project_id: str, path: Path) -> Done[ImportResult]:
    from cockpit.ics.importer import import_ics as run

    return Done(run(store, project_id, path), Changes.of(series=[ANY], occurrences=[ANY]))


def upcoming(store: Store, after: datetime, before: datetime) -> list[OccurrenceView]:
    from cockpit.services import occurrences

    return occurrences.upcoming(store, after, before, include_cancelled=True)


def reschedule(store: Store, series_id: str, original: datetime, start: datetime,
               minutes: int) -> Done[OccurrenceData]:
    from cockpit.services import occurrences

    return _occurrence_done(occurrences.reschedule(store, series_id, original, start, minutes))


def cancel_occurrence(store: Store, series_id: str, original: datetime) -> Done[OccurrenceData]:
    from cockpit.services import occurrences

    return _occurrence_done(occurrences.cancel(store, series_id, original))


def restore_occurrence(store: Store, series_id: str, original: datetime) -> Done[OccurrenceData]:
    from cockpit.services import occurrences

    return _occurrence_done(occurrences.restore(store, series_id, original))


def mark_held(store: Store, series_id: str, original: datetime,
              held: bool | None) -> Done[OccurrenceData]:
    """Held (its follow-up is owed the same working day), not held, or back to what its
    minutes say."""
    from cockpit.services import occurrences

    return _occurrence_done(occurrences.mark_held(store, series_id, original, held))


def set_agenda(store: Store, series_id: str, original: datetime,
               text: str | None) -> Done[OccurrenceData]:
    from cockpit.services import occurrences

    return _occurrence_done(occurrences.set_agenda(store, series_id, original, text))


def occurrence_agenda(store: Store, series_id: str, original: datetime) -> str:
    from cockpit.services import invites

    return invites.render_agenda(store, series_id, original, for_customer=True).text


def decision_log(store: Store, project_id: str) -> list[LoggedItem]:
    from cockpit.services import occurrences

    return occurrences.decision_log(store, project_id)


def decision_confirmations(store: Store, project_id: str) -> dict[str, tuple[Any, Any]]:
    """Decision id → (state of the furthest message confirming it, when)."""
    from cockpit.domain.messages import LinkTarget
    from cockpit.services import messages

    return messages.confirmations(store, project_id, LinkTarget.DECISION)


def open_actions(store: Store, project_id: str) -> list[LoggedItem]:
    from cockpit.services import occurrences

    return occurrences.open_actions(store, project_id)


# --- what the planner and the Meetings tab flag ----------------------------------------------
@dataclass(frozen=True)
class PlannerWeek:
    """The week's meetings with, per meeting (series id, original start), why it is awkward
    for a side (working days and hours, holidays) and its follow-up, when it has one."""

    rows: list[OccurrenceView]
    flags: dict[tuple[str, datetime], list[MeetingFlag]] = field(default_factory=dict)
    follow_ups: dict[tuple[str, datetime], FollowUpState] = field(default_factory=dict)


def week(store: Store, after: datetime, before: datetime) -> PlannerWeek:
    from cockpit.services import follow_ups, meeting_checks

    rows = upcoming(store, after, before)
    keys = [(v.series_id, v.occurrence.original_start) for v in rows]
    flags = meeting_checks.flag_meetings(store, [
        (v.series_id, v.occurrence.original_start, v.occurrence.start,
         v.occurrence.duration_minutes) for v in rows
        if v.occurrence.state is not OccurrenceState.CANCELLED])
    return PlannerWeek(rows, flags, follow_ups.follow_up_states(store, keys))


@dataclass(frozen=True)
class SeriesOverview:
    """A project's series with, per series id, the working-hours and holiday warnings of its
    coming meetings and the follow-up of its latest meeting with minutes."""

    series: list[SeriesData]
    warnings: dict[str, list[MeetingWarning]] = field(default_factory=dict)
    follow_ups: dict[str, FollowUpState] = field(default_factory=dict)


def series_overview(store: Store, project_id: str) -> SeriesOverview:
    from cockpit.services import meeting_checks, meetings

    series = meetings.list_series(store, project_id)
    warnings = {}
    for s in series:
        found = [] if s.cancelled else meeting_checks.check_series(store, s, agenda=False)
        if found:
            warnings[s.id] = found
    return SeriesOverview(series, warnings, latest_follow_ups(store, [s.id for s in series]))


def latest_follow_ups(store: Store, series_ids: list[str]) -> dict[str, FollowUpState]:
    """Per series id: the follow-up of its latest meeting with minutes, if it has one."""
    from cockpit.services import follow_ups, occurrences

    latest = {}
    now = datetime.now(UTC)
    with store.session() as session:
        for series_id in series_ids:
            row = occurrences.latest_minuted(session, now, series_id=series_id)
            if row is not None:
                latest[(series_id, row.original_start)] = series_id
    states = follow_ups.follow_up_states(store, list(latest))
    return {latest[k]: v for k, v in states.items()}


def follow_up_states(store: Store, meetings: list[tuple[str, datetime]]
                     ) -> dict[tuple[str, datetime], FollowUpState]:
    """Per meeting (series id, original start): its follow-up, if it has one."""
    from cockpit.services import follow_ups

    return follow_ups.follow_up_states(store, meetings)


def follow_up(store: Store, series_id: str, original_start: datetime) -> FollowUpState | None:
    """The follow-up that speaks for one meeting, if it has one."""
    from cockpit.services import follow_ups

    return follow_ups.follow_up_of(store, series_id, original_start)
