"""What fulfils a care item, as a thing to open: the item's ``action`` ("compose:task_update",
"follow_up:<occurrence>", "reply:<mail>", "onboarding:<step>", "series:<series>",
"governance:<project>", "register:<register>:<entry>", "flag:<answer>") resolved against the
store into exactly what the window opens — the message kind and what it is written about, the
meeting, the step, the series, the register's entry or the answer to raise a red flag from.

The UI opens what this returns and nothing else, so a test of the resolution needs no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

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
    REGISTER = "register"  # an entry of the project's registers (a red flag, a change request…)
    FLAG = "flag"  # raise a red flag from a satisfaction answer (a low score, a falling trend)


@dataclass(frozen=True)
class Target:
    verb: Verb
    project_id: str
    kind: MessageKind | None = None
    source: Source | None = None
    series_id: str | None = None
    original_start: datetime | None = None
    step_id: str | None = None
    register: str | None = None  # red_flag, change_request, problem, decision
    entry_id: str | None = None


# the rules whose "compose" item is about an entry of a register: the Source field naming it
REGISTER_SOURCES = {"red_flag": "red_flag_id", "change_request": "change_request_id",
                    "decision_unconfirmed": "decision_id", "problem": "problem_id"}


def split(action: str) -> tuple[Verb, str]:
    verb, _, arg = action.partition(":")
    try:
        return Verb(verb), arg
    except ValueError:
        raise KnownError(ErrorCode.VALIDATION, f"no such care action {action!r}") from None


def _compose_source(session: Session, item: CareItem) -> Source:
    """What the message a "compose" item asks for is about."""
    from cockpit.store.models import Sprint, TaskEtaChange

    project, ref = item.project_id, item.key.partition(":")[2]
    if item.rule == "sprint_report":
        sprint = session.get(Sprint, ref)
        return Source(project, sprint=sprint.name if sprint else None)
    if item.rule == "urgent_update":
        return Source(project, task_id=ref.partition("@")[0] or None)
    if item.rule == "eta_slipped":
        change = session.get(TaskEtaChange, ref)
        return Source(project, task_id=change.task_id if change else None)
    if item.rule in REGISTER_SOURCES:
        entry = item.key.rpartition(":")[2]  # the flag, request, decision or problem
        fields: dict[str, Any] = {REGISTER_SOURCES[item.rule]: entry}
        return replace(Source(project), **fields)
    return Source(project)


def target_of(session: Session, item: CareItem) -> Target:
    """What to open for ``item``; ``KnownError`` (NOT_FOUND) when its subject is gone."""
    from cockpit.store.models import MailItem, MeetingOccurrence

    verb, arg = split(item.action)
    project = item.project_id
    if verb is Verb.COMPOSE:
        return Target(verb, project, kind=MessageKind(arg),
                      source=_compose_source(session, item))
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
    if verb is Verb.REGISTER:
        register, _, entry = arg.partition(":")
        return Target(verb, project, register=register, entry_id=entry or None)
    if verb is Verb.FLAG:
        from cockpit.store.models import SatisfactionEntry

        if session.get(SatisfactionEntry, arg) is None:
            raise KnownError(ErrorCode.NOT_FOUND, "that answer is no longer in the store")
        return Target(verb, project, register="satisfaction", entry_id=arg)
    return Target(verb, project)


def resolve(store: Store, item: CareItem) -> Target:
    """``target_of`` in a session of its own."""
    with store.session() as s:
        return target_of(s, item)
