"""Time zones in the UI: the names offered in pickers (sorted; loaded once) and the PM's own
zone as the system reports it."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache


@cache
def time_zone_names() -> list[str]:
    from cockpit.domain.validation import known_time_zones

    return sorted(z for z in known_time_zones() if "/" in z or z == "UTC")


def system_zone() -> str:
    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    from cockpit.domain.validation import is_valid_time_zone

    return name if is_valid_time_zone(name) else "UTC"


def day_name(day: date | datetime) -> str:
    """The short weekday in the UI's language ("Tue", "火"), as ``strftime("%a")`` would not:
    it follows the C library's locale, not the app's."""
    from PySide6.QtCore import QLocale

    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def day_text(moment: date | datetime, rest: str) -> str:
    """``moment`` as "<weekday> <strftime(rest)>": ``day_text(start, "%Y-%m-%d %H:%M")``."""
    return f"{day_name(moment)} {moment.strftime(rest)}"
