"""How the planner and the Meetings tab word a meeting's flags (outside working days or hours,
a holiday) and its follow-up ("Follow-up sent 24 Nov")."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from cockpit.domain.messages import MessageState

if TYPE_CHECKING:
    from cockpit.services.follow_ups import FollowUpState
    from cockpit.services.meeting_checks import MeetingFlag, MeetingWarning

FLAG_TINT = QColor(255, 236, 204)  # a light amber behind the meeting's day and time
WARNING_SIGN = "⚠"


def city(zone: str) -> str:
    """"America/New_York" → "New York"."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _weekday(moment: datetime) -> str:
    return QLocale().dayName(moment.isoweekday(), QLocale.FormatType.LongFormat)


def _fill(text: str, *values: str) -> str:
    """``text`` with %1, %2… replaced by ``values``."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def short_date(day: date) -> str:
    """"24 Nov" (11月24日 in Japanese)."""
    pattern = QCoreApplication.translate("MeetingFlags", "d MMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _why(kind: str, local: datetime, place: str, who: str, holiday: str) -> str:
    translate = QCoreApplication.translate
    if kind == "holiday":
        return _fill(translate("MeetingFlags", "%1: a public holiday in %2"), holiday, place)
    if local.weekday() >= 5:  # a day off for the whole side, not only for one person
        return _fill(translate("MeetingFlags", "%1 in %2"), _weekday(local), place)
    if who:
        return _fill(translate("MeetingFlags", "%1 for %3 in %2 — outside working hours"),
                     f"{local:%H:%M}", place, who)
    return _fill(translate("MeetingFlags", "%1 in %2 — outside working hours"),
                 f"{local:%H:%M}", place)


def flag_text(flag: MeetingFlag) -> str:
    """"Saturday in New York", "18:30 for 田中 健 in Tokyo — outside working hours",
    "Christmas Day: a public holiday in New York"."""
    return _why(flag.kind.value, flag.local, city(flag.zone), flag.who, flag.detail)


def flags_text(flags: list[MeetingFlag]) -> str:
    return "\n".join(f"{WARNING_SIGN} {flag_text(f)}" for f in flags)


def warning_text(warning: MeetingWarning) -> str:
    """A series' warning, from its first meeting concerned: "Saturday in New York (9 meetings
    from 2026-09-19)"."""
    first = warning.first
    place = city(str(first.tzinfo)) if first.tzinfo is not None else ""
    what = _why(warning.kind.value, first, place, "", warning.detail)
    return _fill(QCoreApplication.translate("MeetingFlags", "%1 (%2 meetings from %3)"),
                 what, str(warning.count), f"{first:%Y-%m-%d}")


def warnings_text(warnings: list[MeetingWarning]) -> str:
    return "\n".join(f"{WARNING_SIGN} {warning_text(w)}" for w in warnings)


def follow_up_text(state: FollowUpState | None) -> str:
    """"Follow-up drafted", "Follow-up queued", "Follow-up sent 24 Nov", "Follow-up failed";
    "" without one."""
    translate = QCoreApplication.translate
    if state is None:
        return ""
    if state.state is MessageState.SENT:
        return _fill(translate("MeetingFlags", "Follow-up sent %1"),
                     short_date(state.when.astimezone().date()))
    return {MessageState.DRAFT: translate("MeetingFlags", "Follow-up drafted"),
            MessageState.READY: translate("MeetingFlags", "Follow-up queued"),
            MessageState.FAILED: translate("MeetingFlags", "Follow-up failed")}[state.state]
