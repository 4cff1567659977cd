"""A cheap fingerprint of what the store holds, to notice changes made by another program (the
command line, a second window on the same file) when the PM comes back to the app.

Counts and the latest ``updated_at`` of the tables a PM's views show; any write that adds,
removes or edits a project, a person, a message, a series, a meeting date, minutes, a task or
a template moves it. It reads a few aggregates and takes milliseconds.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from cockpit.store.models import (
    AgendaTemplate,
    ChangeRequest,
    MeetingOccurrence,
    MeetingSeries,
    Membership,
    Message,
    MessageTemplate,
    MinutesItem,
    Person,
    Project,
    Task,
)
from cockpit.store.store import Store

_WITH_UPDATED = (Project, Message, MeetingSeries, Task, AgendaTemplate, MessageTemplate)
_COUNTED = (Person, Membership, MeetingOccurrence, MinutesItem, ChangeRequest)


def store_stamp(store: Store) -> tuple[Any, ...]:
    with store.session() as s:
        parts: list[Any] = []
        for model in _WITH_UPDATED:
            count, latest = s.execute(
                select(func.count(), func.max(model.updated_at)).select_from(model)).one()
            parts += [count, latest.isoformat() if latest is not None else None]
        for counted in _COUNTED:
            parts.append(s.scalar(select(func.count()).select_from(counted)))
        return tuple(parts)
