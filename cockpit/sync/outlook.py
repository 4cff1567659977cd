"""The Outlook connector: what waits goes out through Microsoft Graph (queued mail, drafts,
meeting series), and what changed in Outlook comes back (delta queries): drafts edited there,
mail sent and received about the projects, meetings moved, cancelled or answered."""

from __future__ import annotations

from cockpit.graph.client import GraphClient
from cockpit.store.store import Store
from cockpit.sync.connector import PullReport, PushReport
from cockpit.sync.outlook_mail import MailPush, queued
from cockpit.sync.outlook_pull import MailPull


class OutlookConnector:
    name = "outlook"

    def __init__(self, store: Store, client: GraphClient) -> None:
        self.store, self.client = store, client

    def push(self) -> PushReport:
        return MailPush(self.store, self.client).run()

    def pull(self) -> PullReport:
        report = PullReport()
        report.add(MailPull(self.store, self.client).run())
        return report

    def waiting(self) -> int:
        return len(queued(self.store))
