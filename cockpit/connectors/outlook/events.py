"""A meeting series as an Outlook event (Graph's ``event`` with ``patternedRecurrence``).

The event carries what the ``.ics`` invite carries: title, the agenda (HTML) as its body, the
first meeting's start and end in the series' zone under Outlook's zone name, the recurrence,
attendees (required or optional), the place and the reminder. ``transactionId`` is derived from
the series' id, so a create repeated after a lost answer returns the same event instead of
inviting everyone twice. Pushing series (and their moved or cancelled dates) is built on this.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from cockpit.connectors.outlook.recurrence import graph_time_zone, recurrence
from cockpit.domain.cadence import local_start, rrule_text
from cockpit.domain.meetings import AttendeeRole
from cockpit.ics.export import Invite

TRANSACTION_NAMESPACE = uuid.UUID("b7e3f0c2-5d4a-4e1b-8c9f-2a6d0e1f3b57")


def transaction_id(series_id: str) -> str:
    """The same for every create of this series: Graph returns the existing event."""
    return str(uuid.uuid5(TRANSACTION_NAMESPACE, series_id))


def when(moment: datetime, zone: str) -> dict[str, str]:
    """Graph's dateTimeTimeZone: ``moment``'s wall-clock time (already in the zone) and the
    zone's Outlook name."""
    return {"dateTime": moment.replace(tzinfo=None).isoformat(timespec="seconds"),
            "timeZone": zone}


def event_payload(invite: Invite) -> dict[str, Any]:
    series = invite.series
    assert series.first_date is not None
    zone = graph_time_zone(series.time_zone)
    start = local_start(series)
    end = start + timedelta(minutes=series.duration_minutes)
    organizer = invite.organizer.email.casefold() if invite.organizer else ""
    payload: dict[str, Any] = {
        "subject": series.title,
        "body": {"contentType": "html", "content": invite.description_html},
        "start": when(start, zone),
        "end": when(end, zone),
        "recurrence": recurrence(rrule_text(series), series.first_date, zone),
        "attendees": [
            {"emailAddress": {"name": a.name, "address": a.email},
             "type": "optional" if a.role is AttendeeRole.OPTIONAL else "required"}
            for a in series.attendees if a.email and a.email.casefold() != organizer
        ],
        "isReminderOn": series.reminder_minutes is not None,
        "transactionId": transaction_id(series.id),
        "allowNewTimeProposals": True,
    }
    if series.reminder_minutes is not None:
        payload["reminderMinutesBeforeStart"] = series.reminder_minutes
    place = series.location or series.online_url
    if place:
        payload["location"] = {"displayName": place}
    return payload
