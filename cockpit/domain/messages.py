"""Messages a PM writes: their kinds, states and what they can be linked to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from cockpit.domain.enums import Language
from cockpit.domain.enums import MessageKind as MessageKind  # one enum, kept importable here
from cockpit.domain.passport import new_id


class MessageState(StrEnum):
    DRAFT = "draft"
    READY = "ready"  # queued for Outlook
    SENT = "sent"  # confirmed by sync (or marked sent by the PM after sending the .eml)
    FAILED = "failed"  # with the reason; can be retried


def state_word(state: MessageState) -> str:
    """What the app calls the state, for the command line and its JSON: a ``ready`` message
    is *queued*, as the window says."""
    return "queued" if state is MessageState.READY else state.value


# draft → ready → sent | failed; failed → ready (retry) | draft (edit); ready → draft (hold back)
TRANSITIONS: dict[MessageState, frozenset[MessageState]] = {
    MessageState.DRAFT: frozenset({MessageState.READY}),
    MessageState.READY: frozenset({MessageState.DRAFT, MessageState.SENT, MessageState.FAILED}),
    MessageState.FAILED: frozenset({MessageState.READY, MessageState.DRAFT}),
    MessageState.SENT: frozenset(),
}


def can_move(current: MessageState, target: MessageState) -> bool:
    return target in TRANSITIONS[current]


def is_editable(state: MessageState) -> bool:
    """Only drafts change; a queued or failed message goes back to draft to be edited."""
    return state is MessageState.DRAFT


class LinkTarget(StrEnum):
    """What a message confirms or reports on."""

    OCCURRENCE = "occurrence"  # a meeting that took place (minutes)
    SERIES = "series"  # a meeting series (an invite)
    TASK = "task"
    CHANGE_REQUEST = "change_request"
    DECISION = "decision"  # a decision in the minutes
    MAIL = "mail"  # a customer's mail (synced from the Inbox) this message answers
    PROBLEM = "problem"  # a problem of the register (its notice, its remedial plan)
    RED_FLAG = "red_flag"  # a red flag (its escalation notice)


@dataclass(frozen=True)
class MessageLinkData:
    target: LinkTarget
    target_id: str
    label: str = ""


@dataclass
class MessageData:
    """A message as the compose window edits it. Recipients are the text as typed."""

    project_id: str | None
    kind: MessageKind = MessageKind.OTHER
    state: MessageState = MessageState.DRAFT
    sender: str = ""
    to: str = ""
    cc: str = ""
    bcc: str = ""
    subject: str = ""
    body: str = ""  # Markdown
    calendar: str | None = None  # an invite's iCalendar text
    failure: str = ""
    revision: int = 0  # 0: never saved
    message_id: str = ""
    project_code: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    ready_at: datetime | None = None
    sent_at: datetime | None = None
    links: list[MessageLinkData] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class MessageSummary:
    """One line of a message list."""

    id: str
    project_id: str | None
    project_code: str
    kind: MessageKind
    state: MessageState
    subject: str
    to: str
    updated_at: datetime
    sent_at: datetime | None
    failure: str
    # edited here and in Outlook at once: the id of the other version, kept as its own draft
    conflict_of: str | None = None


@dataclass(frozen=True)
class DraftText:
    """What a PM edits of a draft in Outlook, as it comes back: recipients as text (like the
    compose window's fields) and the body as plain text, kept as the Markdown body."""

    subject: str
    to: str
    cc: str
    bcc: str
    body: str


@dataclass
class MessageTemplateData:
    kind: MessageKind
    name: str
    subject: str = ""
    body: str = ""
    is_default: bool = False
    language: Language = Language.EN
    id: str = field(default_factory=new_id)
