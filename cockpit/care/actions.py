"""What fulfils a care item, as a thing to open: the item's ``action`` ("compose:task_update",
"follow_up:<occurrence>", "reply:<mail>", "onboarding:<step>", "series:<series>",
"governance:<project>") resolved against the store into exactly what the window opens — the
message kind and what it is written about, the meeting, the step or the series.

The UI opens what this returns and nothing else, so a test of the resolution needs no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy.orm import Session

from cockpit.care.items import CareItem
from cockpit.domain.enums import MessageKind
from cockpit.errors import ErrorCode, KnownError
from cockpit.messages.sources import Source
from cockpit.store.store import Store


class Verb(StrEnum):
    COMPOSE = "compose"  # a message of ``kind`` about ``source``
    FOLLOW_UP = "follow_up"  # the follow-up of a held meeting
    REPLY = "reply"  # the answer to a customer's mail (a ``mail_reply`` message)
    ONBOARDING = "onboarding"  # the passport's onboarding step
    SERIES = "series"  # the meeting series dialog
    GOVERNANCE = "governance"  # set up the project's governance meetings


@dataclass(frozen=True)
class Target:
    verb: Verb
    project_id: str
    kind: MessageKind | None = None
    source: Source | None = None
    series_id: str | None = None
    original_start: datetime | None = None
    step_id: str | None = None


def split(action: str) -> tuple[Verb, str]:
    verb, _, arg = action.partition(":")
    try:
        return Verb(verb), arg
    except ValueError:
        raise KnownError(ErrorCode.VALIDATION, f"no such care action {action!r}") from None


def target_of(session: Session, item: CareItem) -> Target:
    """What to open for ``item``; ``KnownError`` (NOT_FOUND) when its subject is gone."""
    from cockpit.store.models import MailItem, MeetingOccurrence, Sprint, TaskEtaChange

    verb, arg = split(item.action)
    project = item.project_id
    if verb is Verb.COMPOSE:
        kind = MessageKind(arg)
        source = Source(project)
        ref = item.key.partition(":")[2]
        if item.rule == "sprint_report":
            sprint = session.get(Sprint, ref)
            source = Source(project, sprint=sprint.name if sprint else None)
        elif item.rule == "urgent_update":
            source = Source(project, task_id=ref.partition("@")[0] or None)
        elif item.rule == "eta_slipped":
            change = session.get(TaskEtaChange, ref)
            source = Source(project, task_id=change.task_id if change else None)
        return Target(verb, project, kind=kind, source=source)
    if verb is Verb.FOLLOW_UP:
        occurrence = session.get(MeetingOccurrence, arg)
        if occurrence is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that meeting is no longer in the store")
        return Target(verb, project, kind=MessageKind.FOLLOW_UP,
                      series_id=occurrence.series_id, original_start=occurrence.original_start)
    if verb is Verb.REPLY:
        if session.get(MailItem, arg) is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that mail is no longer in the synced Inbox")
        return Target(verb, project, kind=MessageKind.MAIL_REPLY,
                      source=Source(project, mail_id=arg))
    if verb is Verb.ONBOARDING:
        return Target(verb, project, step_id=arg)
    if verb is Verb.SERIES:
        return Target(verb, project, series_id=arg)
    return Target(verb, project)


def resolve(store: Store, item: CareItem) -> Target:
    """``target_of`` in a session of its own."""
    with store.session() as s:
        return target_of(s, item)
