"""Post-call follow-up: points discussed, decisions, action items, the next meeting."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.enums import Language, MessageKind
from cockpit.domain.meetings import MinutesKind
from cockpit.domain.messages import LinkTarget
from cockpit.errors import ErrorCode, KnownError
from cockpit.locale_format import format_moment
from cockpit.messages.kinds.shared import Prepared, people
from cockpit.messages.kinds.spec import QT_TRANSLATE_NOOP, Audience, KindSpec, StartFrom
from cockpit.messages.sources import Source
from cockpit.store.models import MeetingOccurrence, MeetingSeries


def build(session: Session, source: Source, today: date) -> Prepared:
    from cockpit.services.invites import meeting_context

    if source.series_id is None or source.original_start is None:
        raise KnownError(ErrorCode.VALIDATION, "a follow-up is written about one meeting")
    series = session.get(MeetingSeries, source.series_id)
    if series is None or series.project_id != source.project_id:
        raise KnownError(ErrorCode.NOT_FOUND, f"no meeting series with id {source.series_id}")
    meeting = meeting_context(session, source.series_id, source.original_start)
    occurrence = session.scalars(select(MeetingOccurrence).where(
        MeetingOccurrence.series_id == source.series_id,
        MeetingOccurrence.original_start == source.original_start)).one_or_none()
    items = [m for m in (occurrence.minutes if occurrence else []) if not m.internal]
    names = people(session)
    when, language = meeting["occurrence"], meeting["language"]
    following = meeting["next_occurrence"]
    prepared = Prepared({
        "meeting": {"title": series.title, "date": when.date(), "time": f"{when:%H:%M}",
                    "time_zone": series.time_zone},
        "points": [m.text for m in items if m.kind is MinutesKind.POINT],
        "decisions": [m.text for m in items if m.kind is MinutesKind.DECISION],
        "actions": [{"text": m.text, "owner": names.get(m.owner_person_id or "", ""),
                     "due_on": m.due_on} for m in items if m.kind is MinutesKind.ACTION],
        "next_meeting": (f"{format_moment(following, language)} ({series.time_zone})"
                         if following else ""),
    })
    if occurrence is not None:
        prepared.links.append((LinkTarget.OCCURRENCE, occurrence.id,
                               f"{series.title} {when:%Y-%m-%d %H:%M}"))
    prepared.links += [(LinkTarget.DECISION, m.id, m.text) for m in items
                       if m.kind is MinutesKind.DECISION]
    return prepared


SPEC = KindSpec(
    value=MessageKind.FOLLOW_UP,
    label=QT_TRANSLATE_NOOP("MessageKind", "Call follow-up"),
    short_label=QT_TRANSLATE_NOOP("MessageKind", "Follow-up"),
    order=10,
    audience=Audience(report=True, receivers=MessageKind.FOLLOW_UP, attendees=True),
    build=build,
    names=("meeting", "points", "decisions", "actions", "next_meeting"),
    sample={
        "meeting": {"title": "Weekly status", "date": "2026-11-24", "time": "10:00",
                    "time_zone": "Asia/Tokyo"},
        "points": ["UAT environment is ready", "テスト計画の確認"],
        "decisions": ["Go-live moved to 15 January"],
        "actions": [{"text": "Share the test plan", "owner": "山田 太郎",
                     "due_on": date(2026, 11, 30)}],
        "next_meeting": "2026-12-01 10:00 (Asia/Tokyo)",
    },
    default_names={Language.EN: "Post-call follow-up (default)",
                   Language.JA: "打ち合わせ後のフォローアップ（既定）"},
    start_from=StartFrom.LAST_MINUTES,
    new_menu=QT_TRANSLATE_NOOP("MessageKind", "Follow-up for the last meeting"),
)
