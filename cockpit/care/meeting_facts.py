"""The meetings the care rules read: each series' latest held meeting up to a moment — marked
held by the PM, or with minutes and not marked "not held" — and whether its post-call
follow-up went out by then."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from cockpit.domain.enums import MessageKind
from cockpit.domain.messages import LinkTarget, MessageState


@dataclass(frozen=True)
class HeldMeeting:
    occurrence_id: str
    series_id: str
    title: str
    start: datetime
    end: datetime
    followed_up: bool  # a follow-up linked to it was sent by the moment asked about


def latest_held(session: Session, projects: Any, at: datetime
                ) -> dict[str, list[HeldMeeting]]:
    """Project id -> the latest held meeting of each of its series, oldest first, for the
    projects of ``projects`` (a subquery of project ids)."""
    from cockpit.store.models import (
        MeetingOccurrence,
        MeetingSeries,
        Message,
        MessageLink,
        MinutesItem,
    )

    latest: dict[str, tuple[str, HeldMeeting]] = {}  # series id -> (project id, meeting)
    rows = session.execute(
        select(MeetingSeries.project_id, MeetingSeries.id, MeetingSeries.title,
               MeetingOccurrence.id, MeetingOccurrence.start, MeetingOccurrence.duration_minutes)
        .join(MeetingOccurrence, MeetingOccurrence.series_id == MeetingSeries.id)
        .where(MeetingSeries.project_id.in_(projects), MeetingOccurrence.start <= at,
               or_(MeetingOccurrence.held.is_(True),  # the PM says so, or it has minutes
                   and_(MeetingOccurrence.held.is_not(False),  # and nobody said it was not
                        exists().where(MinutesItem.occurrence_id == MeetingOccurrence.id)))))
    for project_id, series_id, title, occurrence_id, begins, minutes in rows:
        known = latest.get(series_id)
        if known is None or begins > known[1].start:
            latest[series_id] = (project_id, HeldMeeting(
                occurrence_id, series_id, title, begins,
                begins + timedelta(minutes=minutes), followed_up=False))
    if not latest:
        return {}
    followed = set(session.scalars(
        select(MessageLink.target_id).join(Message, Message.id == MessageLink.message_id)
        .where(MessageLink.target == LinkTarget.OCCURRENCE, Message.project_id.in_(projects),
               Message.kind == MessageKind.FOLLOW_UP, Message.state == MessageState.SENT,
               Message.sent_at <= at)))
    out: dict[str, list[HeldMeeting]] = {}
    for project_id, meeting in latest.values():
        out.setdefault(project_id, []).append(
            replace(meeting, followed_up=meeting.occurrence_id in followed))
    for meetings in out.values():
        meetings.sort(key=lambda m: m.start)
    return out
