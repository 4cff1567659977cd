"""Operations of the Registers tab, run off the GUI thread. Each returns what it changed: the
project's registers (``registers``), which Today and every open register view refresh from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from cockpit.changes import Changes, Done

if TYPE_CHECKING:
    from cockpit.domain.change_workflow import Confirmation
    from cockpit.domain.work import ChangeRequestStatus
    from cockpit.services.change_requests import ChangeRequestView
    from cockpit.store.store import Store


@dataclass(frozen=True)
class MailChoice:
    id: str
    label: str  # "2026-12-08  Re: CR-9 …  — 山田 太郎"


@dataclass(frozen=True)
class ChangeRequestsData:
    rows: list[ChangeRequestView]
    sprints: list[str]  # this sprint and the next (for scheduling)
    mails: list[MailChoice]  # the project's recent customer mail (for a confirmation)


def _changed(project_id: str) -> Changes:
    return Changes.of(registers=[project_id])


def load_change_requests(store: Store, project_id: str, today: date) -> ChangeRequestsData:
    from cockpit.services import change_requests, register_mail

    return ChangeRequestsData(
        change_requests.list_requests(store, project_id),
        change_requests.sprint_choices(store, project_id, today),
        [MailChoice(m.id, m.label) for m in register_mail.recent_customer_mail(store,
                                                                                project_id)])


def submit_change(store: Store, project_id: str, values: dict[str, Any]
                  ) -> Done[ChangeRequestView]:
    from cockpit.services import change_requests

    return Done(change_requests.submit(store, project_id, **values), _changed(project_id))


def edit_change(store: Store, cr_id: str, values: dict[str, Any]) -> Done[ChangeRequestView]:
    from cockpit.services import change_requests

    row = change_requests.edit(store, cr_id, **values)
    return Done(row, _changed(row.project_id))


def move_change(store: Store, cr_id: str, to: ChangeRequestStatus, *, note: str = "",
                hours: str | None = None, estimated_by_person_id: str | None = None,
                sprint: str | None = None, confirmation: Confirmation | None = None
                ) -> Done[ChangeRequestView]:
    from cockpit.services import change_requests

    row = change_requests.move(store, cr_id, to, note=note, hours=hours,
                               estimated_by_person_id=estimated_by_person_id, sprint=sprint,
                               confirmation=confirmation)
    return Done(row, _changed(row.project_id))


def delete_change(store: Store, cr_id: str) -> Done[None]:
    from cockpit.services import change_requests

    return Done(None, _changed(change_requests.delete(store, cr_id)))
