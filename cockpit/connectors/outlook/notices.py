"""Outlook's notices: the generic kinds, with Outlook's name on them and the codes
``cockpit sync`` has always printed for them (its output is a public interface)."""

from __future__ import annotations

from cockpit.connectors.base import Notice, NoticeKind
from cockpit.connectors.outlook import NAME

CODES: dict[NoticeKind, str] = {
    NoticeKind.EDITED_BOTH_SIDES: "draft_conflict",
    NoticeKind.UPDATED_REMOTELY: "draft_updated_from_outlook",
    NoticeKind.DELETED_REMOTELY: "draft_deleted_in_outlook",
    NoticeKind.SENT_REMOTELY: "sent_from_outlook",
    NoticeKind.MESSAGE_REFUSED: "message_failed",
    NoticeKind.INVITED: "series_invited",
    NoticeKind.SERIES_REFUSED: "series_refused",
    NoticeKind.CANCELLED_REMOTELY: "series_cancelled_in_outlook",
    NoticeKind.MOVED_REMOTELY: "series_moved_in_outlook",
    NoticeKind.OCCURRENCE_MOVED_REMOTELY: "occurrence_moved_in_outlook",
    NoticeKind.OCCURRENCE_CANCELLED_REMOTELY: "occurrence_cancelled_in_outlook",
    NoticeKind.RESPONSES_UPDATED: "responses_updated",
}


def notice(kind: NoticeKind, subject: str, item_id: str = "", detail: str = "") -> Notice:
    return Notice(kind, subject, item_id, detail, connector=NAME, code=CODES[kind])
