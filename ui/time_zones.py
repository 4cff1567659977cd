"""The IANA zone names offered in time-zone pickers (sorted; loaded once)."""

from __future__ import annotations

from functools import cache


@cache
def time_zone_names() -> list[str]:
    from cockpit.domain.validation import known_time_zones

    return sorted(z for z in known_time_zones() if "/" in z or z == "UTC")
