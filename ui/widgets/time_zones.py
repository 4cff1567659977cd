"""Time zones in the UI: the names offered in pickers (sorted; loaded once) and the PM's own
zone as the system reports it."""

from __future__ import annotations

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
