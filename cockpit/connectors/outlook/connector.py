"""The Outlook connector: what waits goes out through Microsoft Graph (queued mail, drafts,
meeting series), and what changed in Outlook comes back (delta queries): drafts edited there,
mail sent and received about the projects, meetings moved, cancelled or answered."""

from __future__ import annotations

from cockpit.connectors.base import PullReport, PushReport
from cockpit.connectors.outlook import NAME
from cockpit.connectors.outlook.calendar_pull import CalendarPull
from cockpit.connectors.outlook.calendar_push import CalendarPush
from cockpit.connectors.outlook.calendar_push import waiting as calendar_waiting
from cockpit.connectors.outlook.client import GraphClient
from cockpit.connectors.outlook.drafts import DraftSync, push_mail
from cockpit.connectors.outlook.drafts import waiting as drafts_waiting
from cockpit.connectors.outlook.mail import queued
from cockpit.connectors.outlook.mail_pull import MailPull
from cockpit.store.store import Store


def waiting_parts(store: Store) -> dict[str, int]:
    """What waits for Outlook, by kind (``messages`` queued to send, ``drafts`` to write to
    the Drafts folder, ``meetings``: series to create or cancel); no network, no sign-in."""
    return {"messages": len(queued(store)), "drafts": drafts_waiting(store),
            "meetings": calendar_waiting(store)}


def waiting(store: Store) -> int:
    """Drafts, queued mail and series still to go to Outlook (no network, no sign-in)."""
    return sum(waiting_parts(store).values())


class OutlookConnector:
    name = NAME

    def __init__(self, store: Store, client: GraphClient) -> None:
        self.store, self.client = store, client

    def push(self) -> PushReport:
        report = push_mail(self.store, self.client)  # drafts, then the queued mail
        CalendarPush(self.store, self.client).run(report)  # nothing when the mail stopped it
        return report

    def pull(self) -> PullReport:
        report = PullReport()
        report.add(DraftSync(self.store, self.client).pull())  # drafts edited in Outlook
        report.add(MailPull(self.store, self.client).run())
        report.add(CalendarPull(self.store, self.client).run())
        return report

    def waiting(self) -> int:
        return waiting(self.store)
