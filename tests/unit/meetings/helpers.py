"""Helpers for the meeting-planner tests: a demo project's people as the passport shows them,
and saved series."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.meetings import AttendeeData, AttendeeRole, Cadence, SeriesData, SeriesType
from cockpit.domain.passport import MemberData
from cockpit.services import meetings, projects
from cockpit.store.store import Store


def members(store: Store, project_id: str) -> list[MemberData]:
    return projects.get_passport(store, project_id).members


def vendor_pm(store: Store, project_id: str) -> MemberData:
    return next(m for m in members(store, project_id)
                if m.side is Side.VENDOR and m.escalation_level is EscalationLevel.PROJECT)


def customer_pm(store: Store, project_id: str) -> MemberData:
    return next(m for m in members(store, project_id)
                if m.side is Side.CUSTOMER and m.escalation_level is EscalationLevel.PROJECT)


def attendee(member: MemberData, role: AttendeeRole = AttendeeRole.REQUIRED) -> AttendeeData:
    return AttendeeData(person_id=member.person_id, name=member.name, email=member.email,
                        time_zone=member.time_zone, role=role,
                        customer_side=member.side is Side.CUSTOMER)


def series_data(store: Store, project_id: str, **overrides: Any) -> SeriesData:
    """A valid weekly status series (not saved): Tuesdays 10:00 Tokyo, the vendor PM organising,
    the customer's PM attending. ``first_date`` defaults to the first Tuesday in 2027."""
    pm, their_pm = vendor_pm(store, project_id), customer_pm(store, project_id)
    values: dict[str, Any] = {
        "project_id": project_id, "title": "週次定例 Weekly status",
        "type": SeriesType.WEEKLY_STATUS,
        "objective": "Keep the customer informed", "cadence": Cadence.WEEKLY,
        "first_date": date(2027, 1, 5), "start_time": time(10, 0), "time_zone": "Asia/Tokyo",
        "duration_minutes": 45, "organizer_person_id": pm.person_id,
        "online_url": "https://meet.vendor.example.com/jp-104",
        "attendees": [attendee(their_pm)],
    }
    values.update(overrides)
    return SeriesData(**values)


def save(store: Store, project_id: str, **overrides: Any) -> SeriesData:
    return meetings.save_series(store, series_data(store, project_id, **overrides))


def edited(series: SeriesData, **changes: Any) -> SeriesData:
    return dataclasses.replace(series, **changes)


def at(day: date, hour: int, minute: int = 0, zone: str = "Asia/Tokyo") -> datetime:
    """A planned start as the services name it: aware, in UTC."""
    return datetime.combine(day, time(hour, minute), ZoneInfo(zone)).astimezone(UTC)


def soon_tuesday() -> date:
    """A Tuesday 8 to 14 days from today: for the services that look at 'now'."""
    start = date.today() + timedelta(days=8)
    return start + timedelta(days=(1 - start.weekday()) % 7)


def count(store: Store, model: type) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0
