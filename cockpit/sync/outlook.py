"""The Outlook connector: what waits goes out through Microsoft Graph (queued mail, drafts,
meeting series), and what changed in Outlook comes back (delta queries): drafts edited there,
mail sent and received about the projects, meetings moved, cancelled or answered."""

from __future__ import annotations

from cockpit.graph.client import GraphClient
from cockpit.store.store import Store
from cockpit.sync.connector import PullReport, PushReport
from cockpit.sync.outlook_calendar import CalendarPush
from cockpit.sync.outlook_calendar import waiting as calendar_waiting
from cockpit.sync.outlook_calendar_pull import CalendarPull
from cockpit.sync.outlook_drafts import DraftSync, push_mail
from cockpit.sync.outlook_drafts import waiting as drafts_waiting
from cockpit.sync.outlook_mail import queued
from cockpit.sync.outlook_pull import MailPull


def waiting(store: Store) -> int:
    """Drafts, queued mail and series still to go to Outlook (no network, no sign-in)."""
    return len(queued(store)) + drafts_waiting(store) + calendar_waiting(store)


class OutlookConnector:
    name = "outlook"

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
