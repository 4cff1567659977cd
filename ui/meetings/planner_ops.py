"""Meeting-planner operations for the widgets (services imported lazily, run off-thread)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cockpit.domain.meetings import OccurrenceData, SeriesData
    from cockpit.ics.importer import ImportResult
    from cockpit.services.invites import AttendeePreview
    from cockpit.services.occurrences import LoggedItem, OccurrenceView
    from cockpit.store.store import Store


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


def save_series(store: Store, series: SeriesData) -> SeriesData:
    from cockpit.services import meetings

    return meetings.save_series(store, series)


def save_many(store: Store, series: list[SeriesData]) -> list[SeriesData]:
    from cockpit.services import meetings

    return meetings.save_proposals(store, series)


def cancel_in_outlook(store: Store, series_id: str) -> SeriesData:
    from cockpit.services import meetings

    return meetings.cancel_in_outlook(store, series_id)


def delete_series(store: Store, series_id: str) -> str:
    from cockpit.services import meetings

    meetings.delete_series(store, series_id)
    return series_id


def export_series(store: Store, series_id: str, method: str, path: Path) -> Path:
    from cockpit.ics.export import Method
    from cockpit.safe_write import write_atomically
    from cockpit.services import invites

    data = invites.export_series(store, series_id, Method(method))
    protected = [store.location.path] if store.location.path else []
    write_atomically(path, data, protected=protected)
    return path


def export_occurrence(store: Store, series_id: str, original_start: datetime, method: str,
                      path: Path) -> Path:
    from cockpit.ics.export import Method
    from cockpit.safe_write import write_atomically
    from cockpit.services import invites

    data = invites.export_occurrence(store, series_id, original_start, Method(method))
    write_atomically(path, data)
    return path


def preview(store: Store, series_id: str) -> tuple[list[AttendeePreview], list[str] | None]:
    from cockpit.services import invites

    return invites.preview(store, series_id)


def import_ics(store: Store, project_id: str, path: Path) -> ImportResult:
    from cockpit.ics.importer import import_ics as run

    return run(store, project_id, path)


def upcoming(store: Store, after: datetime, before: datetime) -> list[OccurrenceView]:
    from cockpit.services import occurrences

    return occurrences.upcoming(store, after, before, include_cancelled=True)


def reschedule(store: Store, series_id: str, original: datetime, start: datetime,
               minutes: int) -> OccurrenceData:
    from cockpit.services import occurrences

    return occurrences.reschedule(store, series_id, original, start, minutes)


def cancel_occurrence(store: Store, series_id: str, original: datetime) -> OccurrenceData:
    from cockpit.services import occurrences

    return occurrences.cancel(store, series_id, original)


def restore_occurrence(store: Store, series_id: str, original: datetime) -> OccurrenceData:
    from cockpit.services import occurrences

    return occurrences.restore(store, series_id, original)


def set_agenda(store: Store, series_id: str, original: datetime,
               text: str | None) -> OccurrenceData:
    from cockpit.services import occurrences

    return occurrences.set_agenda(store, series_id, original, text)


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
