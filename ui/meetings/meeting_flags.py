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


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingFlags", text)


def city(zone: str) -> str:
    """"America/New_York" → "New York"."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _weekday(moment: datetime) -> str:
    return QLocale().dayName(moment.isoweekday(), QLocale.FormatType.LongFormat)


def short_date(day: date) -> str:
    """"24 Nov" (11月24日 in Japanese)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), _tr("d MMM"))


def flag_text(flag: MeetingFlag) -> str:
    """"Saturday in New York", "18:30 for 田中 健 in Tokyo — outside working hours",
    "Christmas Day: a public holiday in New York"."""
    place = city(flag.zone)
    if flag.kind.value == "holiday":
        return _tr("%1: a public holiday in %2").replace("%1", flag.detail) \
            .replace("%2", place)
    if flag.day_off:  # a day off for the whole side, not only for one person
        return _tr("%1 in %2").replace("%1", _weekday(flag.local)).replace("%2", place)
    text = (_tr("%1 for %3 in %2 — outside working hours") if flag.who
            else _tr("%1 in %2 — outside working hours"))
    return text.replace("%1", f"{flag.local:%H:%M}").replace("%2", place) \
        .replace("%3", flag.who)


def flags_text(flags: list[MeetingFlag]) -> str:
    return "\n".join(f"{WARNING_SIGN} {flag_text(f)}" for f in flags)


def warning_text(warning: MeetingWarning) -> str:
    """A series' warning, from its first meeting concerned: "Saturday in New York (9 meetings
    from 2026-09-19)"."""
    kind = warning.kind.value
    first = warning.first
    place = city(str(first.tzinfo)) if first.tzinfo is not None else ""
    if kind == "holiday":
        what = _tr("%1: a public holiday in %2").replace("%1", warning.detail) \
            .replace("%2", place)
    elif first.weekday() >= 5:
        what = _tr("%1 in %2").replace("%1", _weekday(first)).replace("%2", place)
    else:
        what = _tr("%1 in %2 — outside working hours").replace("%1", f"{first:%H:%M}") \
            .replace("%2", place)
    return (_tr("%1 (%2 meetings from %3)").replace("%1", what)
            .replace("%2", str(warning.count)).replace("%3", f"{first:%Y-%m-%d}"))


def warnings_text(warnings: list[MeetingWarning]) -> str:
    return "\n".join(f"{WARNING_SIGN} {warning_text(w)}" for w in warnings)


def follow_up_text(state: FollowUpState | None) -> str:
    """"Follow-up drafted", "Follow-up queued", "Follow-up sent 24 Nov", "Follow-up failed";
    "" without one."""
    if state is None:
        return ""
    if state.state is MessageState.SENT:
        return _tr("Follow-up sent %1").replace("%1", short_date(state.when.astimezone().date()))
    return {MessageState.DRAFT: _tr("Follow-up drafted"),
            MessageState.READY: _tr("Follow-up queued"),
            MessageState.FAILED: _tr("Follow-up failed")}[state.state]
