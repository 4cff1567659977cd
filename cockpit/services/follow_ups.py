"""Follow-ups of meetings: which message follows up which meeting, how far it got, and one
follow-up per meeting unless the PM asks for another.

A follow-up names the meeting it reports on by a ``message_link`` to the occurrence
(``LinkTarget.OCCURRENCE``, written by the follow-up kind). Meetings are keyed here as
(series id, original start), the way the planner and the minutes name them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from cockpit.domain.messages import LinkTarget, MessageData, MessageKind, MessageState
from cockpit.messages.sources import Source
from cockpit.store.models import MeetingOccurrence, Message, MessageLink
from cockpit.store.store import Store

MeetingKey = tuple[str, datetime]  # (series id, original start, UTC)

# which of several follow-ups of one meeting speaks for it: one still to act on (being
# written, waiting to go out, refused) before one that went out; the latest of each
OPEN_FIRST = {MessageState.DRAFT: 3, MessageState.READY: 3, MessageState.FAILED: 3,
              MessageState.SENT: 1}


@dataclass(frozen=True)
class FollowUpState:
    """A follow-up message of a meeting: ``when`` is when it went out (sent) or was last
    changed (draft, queued, failed); ``others``: how many more follow-ups the meeting has."""

    message_id: str
    state: MessageState
    subject: str
    when: datetime
    others: int = 0

    @property
    def is_open(self) -> bool:
        """Still to be sent: a draft, queued, or refused by the mail server."""
        return self.state is not MessageState.SENT


@dataclass(frozen=True)
class FollowUp:
    """What asking for a meeting's follow-up gave: a new draft (``created``), or the one the
    meeting already has (``existing``; ``message`` is None then)."""

    message: MessageData | None
    existing: FollowUpState | None

    @property
    def created(self) -> bool:
        return self.message is not None


def follow_up_states(store: Store, meetings: Iterable[MeetingKey] | None = None, *,
                     project_id: str | None = None) -> dict[MeetingKey, FollowUpState]:
    """For each meeting that has a follow-up (of ``meetings``, or of the project, or all):
    the follow-up that speaks for it (see ``OPEN_FIRST``)."""
    wanted = set(meetings) if meetings is not None else None
    if wanted is not None and not wanted:
        return {}
    stmt = (select(MeetingOccurrence.series_id, MeetingOccurrence.original_start, Message.id,
                   Message.state, Message.subject, Message.sent_at, Message.updated_at)
            .join(MessageLink, MessageLink.message_id == Message.id)
            .join(MeetingOccurrence, MeetingOccurrence.id == MessageLink.target_id)
            .where(MessageLink.target == LinkTarget.OCCURRENCE,
                   Message.kind == MessageKind.FOLLOW_UP))
    if project_id is not None:
        stmt = stmt.where(Message.project_id == project_id)
    if wanted is not None:
        stmt = stmt.where(MeetingOccurrence.series_id.in_(sorted({k[0] for k in wanted})))
    found: dict[MeetingKey, list[FollowUpState]] = {}
    with store.session() as s:
        for series_id, start, message_id, state, subject, sent_at, updated_at in s.execute(stmt):
            key = (series_id, start)
            if wanted is None or key in wanted:
                when = sent_at if state is MessageState.SENT and sent_at else updated_at
                found.setdefault(key, []).append(FollowUpState(message_id, state, subject, when))
    out = {}
    for key, states in found.items():
        best = max(states, key=lambda f: (OPEN_FIRST[f.state], f.when, f.message_id))
        out[key] = FollowUpState(best.message_id, best.state, best.subject, best.when,
                                 others=len(states) - 1)
    return out


def follow_up_of(store: Store, series_id: str, original_start: datetime
                 ) -> FollowUpState | None:
    """The follow-up that speaks for one meeting, or None when it has none."""
    return follow_up_states(store, [(series_id, original_start)]).get(
        (series_id, original_start))


def write_follow_up(store: Store, source: Source, *, template_id: str | None = None,
                    another: bool = False) -> FollowUp:
    """The meeting's follow-up: a new draft from the template when the meeting has none (or
    ``another`` is asked for), else the follow-up it already has, untouched."""
    from cockpit.services.messages import compose

    if not another and source.series_id is not None and source.original_start is not None:
        existing = follow_up_of(store, source.series_id, source.original_start)
        if existing is not None:
            return FollowUp(None, existing)
    return FollowUp(compose(store, MessageKind.FOLLOW_UP, source, template_id=template_id),
                    None)
