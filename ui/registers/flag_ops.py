"""Operations of the Red flags page, off the GUI thread; each returns the project's
registers as what changed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cockpit.changes import Changes, Done
from ui.registers.ops import MailChoice

if TYPE_CHECKING:
    from cockpit.services.red_flags import Flag
    from cockpit.store.store import Store


@dataclass(frozen=True)
class FlagsData:
    rows: list[Flag]
    zone: str  # the customer's: the escalation path's times are theirs
    mails: list[MailChoice]


def _changed(project_id: str) -> Changes:
    return Changes.of(registers=[project_id])


def load_flags(store: Store, project_id: str) -> FlagsData:
    from cockpit.services import red_flags, register_mail
    from cockpit.services.projects import get_passport

    zone = get_passport(store, project_id).fields.customer_time_zone
    return FlagsData(red_flags.list_flags(store, project_id=project_id), zone,
                     [MailChoice(m.id, m.label)
                      for m in register_mail.recent_customer_mail(store, project_id)])


def raise_flag(store: Store, project_id: str, values: dict[str, Any]) -> Done[Flag]:
    from cockpit.services import red_flags

    if values.get("mail_id"):
        flag = red_flags.flag_from_mail(store, values["mail_id"], title=values["title"],
                                        category=values["category"],
                                        severity=values["severity"])
        if values.get("description") and not flag.description:
            flag = red_flags.edit(store, flag.id, title=flag.title,
                                  description=values["description"], category=flag.category,
                                  severity=flag.severity)
    else:
        flag = red_flags.raise_flag(
            store, project_id, title=values["title"], description=values["description"],
            category=values["category"], severity=values["severity"],
            raised_by_person_id=values["raised_by_person_id"],
            raised_by=values["raised_by"], raised_at=values["raised_at"])
    return Done(flag, _changed(project_id))


def edit_flag(store: Store, flag_id: str, values: dict[str, Any]) -> Done[Flag]:
    from cockpit.services import red_flags

    flag = red_flags.edit(store, flag_id, title=values["title"],
                          description=values["description"], category=values["category"],
                          severity=values["severity"])
    return Done(flag, _changed(flag.project_id))


def flag_step(store: Store, flag_id: str, step: str, values: dict[str, Any]) -> Done[Flag]:
    """note, answer, escalate, resolve or reopen."""
    from cockpit.services import red_flags

    text = values.get("text", "")
    if step in ("note", "answer"):
        flag = red_flags.add_note(store, flag_id, text, answer=step == "answer")
    elif step == "escalate":
        flag = red_flags.escalate(store, flag_id, text)
    elif step == "resolve":
        flag = red_flags.resolve(store, flag_id, resolution=text,
                                 root_cause=values.get("root_cause", ""),
                                 retrospective=values.get("retrospective", ""))
    else:
        flag = red_flags.reopen(store, flag_id, text)
    return Done(flag, _changed(flag.project_id))
