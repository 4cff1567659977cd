"""The clock the app reads: today, now, and the PM's own time zone. Tests pass a fixed one."""

from __future__ import annotations

from datetime import UTC, date, datetime


class Clock:
    def now(self) -> datetime:
        """This moment, timezone-aware (UTC)."""
        return datetime.now(UTC)

    def zone(self) -> str:
        """The PM's zone as the system reports it (an IANA name; UTC when unknown)."""
        from ui.widgets.time_zones import system_zone

        return system_zone()

    def today(self) -> date:
        """Today where the PM is."""
        from zoneinfo import ZoneInfo

        return self.now().astimezone(ZoneInfo(self.zone())).date()
