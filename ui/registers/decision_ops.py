"""Operations of the Decisions page, off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cockpit.changes import Changes, Done
from ui.registers.ops import MailChoice

if TYPE_CHECKING:
    from cockpit.services.decision_log import LoggedDecision
    from cockpit.store.store import Store


@dataclass(frozen=True)
class DecisionsData:
    rows: list[LoggedDecision]
    mails: list[MailChoice]


def _changed(project_id: str) -> Changes:
    return Changes.of(registers=[project_id])


def load_decisions(store: Store, project_id: str) -> DecisionsData:
    from cockpit.services import decision_log, register_mail

    return DecisionsData(decision_log.list_decisions(store, project_id),
                         [MailChoice(m.id, m.label)
                          for m in register_mail.recent_customer_mail(store, project_id)])


def record(store: Store, project_id: str, values: dict[str, Any]) -> Done[LoggedDecision]:
    from cockpit.services import decision_log

    if values.get("mail_id"):
        row = decision_log.from_mail(store, values["mail_id"], values["text"])
        if values.get("internal"):
            row = decision_log.edit(store, row.id, row.text, row.decided_on, True)
    else:
        row = decision_log.record(store, project_id, values["text"], values["decided_on"],
                                  internal=values["internal"])
    return Done(row, _changed(project_id))


def edit(store: Store, decision_id: str, values: dict[str, Any]) -> Done[LoggedDecision]:
    from cockpit.services import decision_log

    row = decision_log.edit(store, decision_id, values["text"], values["decided_on"],
                            values["internal"])
    return Done(row, _changed(row.project_id))


def link(store: Store, project_id: str, decision_id: str, values: dict[str, Any]
         ) -> Done[LoggedDecision]:
    from cockpit.services import decision_log

    row = decision_log.confirm(store, project_id, decision_id, mail_id=values["mail_id"],
                               note=values["note"], on=values["on"])
    return Done(row, _changed(project_id))


def delete(store: Store, decision_id: str) -> Done[None]:
    from cockpit.services import decision_log

    return Done(None, _changed(decision_log.delete(store, decision_id)))


def from_message(store: Store, message_id: str) -> Done[LoggedDecision]:
    """"Record as decision" on a message of the Messages list."""
    from cockpit.services import decision_log

    row = decision_log.from_message(store, message_id)
    return Done(row, _changed(row.project_id))
