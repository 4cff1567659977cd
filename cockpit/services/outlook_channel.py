"""One meeting, one invitation: the rule that decides how a series' invitations go out.

Outlook gives every event it creates its own UID (``iCalUId``); an ``.ics`` file carries the
series' own. Attendees' calendars match updates by UID, so a series invited both ways would sit
twice in every calendar, and cancelling one copy would leave the other. Hence:

- a series whose invitations went out as an ``.ics`` (it has a ``sent_at``) stays on ``.ics``:
  it cannot be handed to Outlook — updates keep going out as ``.ics`` under the same UID;
- a series handed to Outlook (``outlook``) is invited by Outlook; once Outlook holds the event,
  the series takes Outlook's UID, so an ``.ics`` written later (an update for someone outside,
  an import back from Outlook) is the same meeting, not a second one. It cannot be taken back
  from Outlook either: cancelling the series cancels it there, and attendees are told once.

``check`` enforces the rule when the PM saves; ``describe`` says which channel applies, for the
Meetings tab to show.
"""

from __future__ import annotations

import json
from enum import StrEnum

from sqlalchemy.orm import object_session

from cockpit.connectors import remote_links
from cockpit.connectors.outlook import NAME
from cockpit.errors import ErrorCode, KnownError
from cockpit.store.models import MeetingSeries, RemoteLink
from cockpit.store.store import Store

CONNECTOR = NAME  # the connector name its remote_link rows are kept under
CANCELLED: dict[str, str] = {"cancelled": "yes"}  # ``pushed`` once Outlook has the cancel


class Channel(StrEnum):
    NONE = "none"  # nobody was invited yet: either way is open
    ICS = "ics"  # invitations went out as .ics files
    OUTLOOK_WAITING = "outlook_waiting"  # handed to Outlook, not created there yet
    OUTLOOK = "outlook"  # Outlook holds the event and sends the invitations


def outlook_link(row: MeetingSeries) -> RemoteLink | None:
    """How Outlook holds the series (its ``remote_link``), for a row inside a session."""
    session = object_session(row)
    if session is None or row.id is None:
        return None
    return remote_links.get(session, remote_links.SERIES, row.id, CONNECTOR)


def event_id(row: MeetingSeries) -> str | None:
    """The Outlook event of the series (None: Outlook does not hold it)."""
    link = outlook_link(row)
    return link.remote_id if link else None


def pushed_of(link: RemoteLink | None) -> dict[str, str] | None:
    """A digest per field of what Outlook last received of the series."""
    if link is None or not link.digest:
        return None
    value = json.loads(link.digest)
    return value if isinstance(value, dict) else None


def cancelled_out(pushed: dict[str, str] | None) -> bool:
    """Outlook holds the series' cancellation: nothing more goes there."""
    return pushed == CANCELLED


def describe(row: MeetingSeries) -> Channel:
    if event_id(row) is not None:
        return Channel.OUTLOOK
    if row.outlook:
        return Channel.OUTLOOK_WAITING
    return Channel.ICS if row.sent_at is not None else Channel.NONE


def check(row: MeetingSeries, wanted: bool) -> None:
    """Refuse a change of channel that would invite everyone a second time."""
    if wanted == bool(row.outlook):
        return
    if wanted and row.sent_at is not None:
        raise KnownError(ErrorCode.INVITATION_CHANNEL,
                         f"the invitations of '{row.title}' went out as an .ics file "
                         f"(UID {row.uid}): keep sending its updates as .ics; Outlook would "
                         "invite everyone again under another UID")
    if not wanted and event_id(row) is not None:
        raise KnownError(ErrorCode.INVITATION_CHANNEL,
                         f"Outlook holds '{row.title}' and sent its invitations: cancel the "
                         "series to cancel it there")


def check_file(row: MeetingSeries) -> None:
    """An .ics of a series handed to Outlook but not created there yet would invite everyone
    before Outlook does it again under its own UID."""
    if row.outlook and event_id(row) is None:
        raise KnownError(ErrorCode.INVITATION_CHANNEL,
                         f"Outlook invites the attendees of '{row.title}' at the next sync: "
                         "an .ics now would invite them twice")


def check_mail_invite(store: Store, series_id: str) -> None:
    """An invitation e-mail is a second invitation for a series Outlook invites."""
    with store.session() as s:
        row = s.get(MeetingSeries, series_id)
        if row is not None and row.outlook:
            raise KnownError(ErrorCode.INVITATION_CHANNEL,
                             f"Outlook sends the invitations of '{row.title}': there is no "
                             "invitation to e-mail")
