"""What makes a meeting series usable (no store needed: the series dialog checks as you type)."""

from __future__ import annotations

from cockpit.domain.cadence import CadenceError, rrule_text
from cockpit.domain.meetings import SeriesData
from cockpit.domain.validation import is_valid_email, is_valid_time_zone, is_valid_url
from cockpit.errors import ErrorCode, KnownError


class SeriesProblem(KnownError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(ErrorCode.VALIDATION, f"{field}: {message}")
        self.field = field


def validate_series(series: SeriesData) -> None:
    if not series.title.strip():
        raise SeriesProblem("title", "a meeting needs a title")
    if series.first_date is None:
        raise SeriesProblem("first_date", "choose the date of the first meeting")
    if not is_valid_time_zone(series.time_zone):
        raise SeriesProblem("time_zone", f"unknown time zone {series.time_zone}")
    if not 5 <= series.duration_minutes <= 12 * 60:
        raise SeriesProblem("duration_minutes", "a meeting lasts 5 minutes to 12 hours")
    if series.interval < 1:
        raise SeriesProblem("interval", "the interval is at least 1")
    if series.online_url and not is_valid_url(series.online_url):
        raise SeriesProblem("online_url", "not a web address")
    if series.reminder_minutes is not None and not 0 <= series.reminder_minutes <= 7 * 24 * 60:
        raise SeriesProblem("reminder_minutes", "a reminder is 0 minutes to 7 days before")
    if series.until is not None and series.until < series.first_date:
        raise SeriesProblem("until", "the series ends before its first meeting")
    try:
        rrule_text(series)
    except CadenceError as exc:
        raise SeriesProblem("custom_rrule", str(exc)) from exc
    _check_attendees(series)


def _check_attendees(series: SeriesData) -> None:
    people = [a.person_id for a in series.attendees]
    if len(people) != len(set(people)):
        raise SeriesProblem("attendees", "someone is on the attendee list twice")
    for attendee in series.attendees:
        if attendee.email and not is_valid_email(attendee.email):
            raise SeriesProblem("attendees", f"{attendee.name}: not an e-mail address")
