"""Operations of the Satisfaction tab, off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from cockpit.changes import Changes, Done

if TYPE_CHECKING:
    from cockpit.services.satisfaction import Complaints, EntryView, FlagDraft, Picture
    from cockpit.store.store import Store


@dataclass(frozen=True)
class SatisfactionData:
    project_id: str
    entries: list[EntryView]
    picture: Picture  # the project's
    portfolio: Picture  # the live portfolio's, to compare
    complaints: Complaints  # the project's
    portfolio_complaints: Complaints


def _changed(project_id: str) -> Changes:
    return Changes.of(satisfaction=[project_id])


def load(store: Store, project_id: str, today: date) -> SatisfactionData:
    from cockpit.services import satisfaction as s

    return SatisfactionData(project_id, s.list_entries(store, project_id),
                            s.picture(store, project_id, today), s.picture(store, None, today),
                            s.complaints(store, project_id, today),
                            s.complaints(store, None, today))


def add(store: Store, project_id: str, values: dict[str, Any]) -> Done[EntryView]:
    from cockpit.services import satisfaction

    return Done(satisfaction.add(store, project_id, **values), _changed(project_id))


def save(store: Store, entry_id: str, values: dict[str, Any]) -> Done[EntryView]:
    from cockpit.services import satisfaction

    row = satisfaction.save(store, entry_id, **values)
    return Done(row, _changed(row.project_id))


def delete(store: Store, entry_id: str) -> Done[None]:
    from cockpit.services import satisfaction

    return Done(None, _changed(satisfaction.delete(store, entry_id)))


def draft(store: Store, entry_id: str) -> FlagDraft:
    from cockpit.services import satisfaction

    return satisfaction.flag_draft(store, entry_id)


def raise_flag(store: Store, entry_id: str, values: dict[str, Any]) -> Done[str]:
    """The red flag made from the answer; the registers and the answers both change."""
    from cockpit.services import satisfaction

    entry = satisfaction.get_entry(store, entry_id)
    flag_id = satisfaction.flag_from_entry(
        store, entry_id, title=values["title"], description=values["description"],
        category=values["category"], severity=values["severity"])
    return Done(flag_id, Changes.of(satisfaction=[entry.project_id],
                                    registers=[entry.project_id]))
