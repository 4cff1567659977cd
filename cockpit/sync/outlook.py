"""The Outlook connector: what is queued goes out through Microsoft Graph, and sent and
received mail about the projects comes back (delta queries)."""

from __future__ import annotations

from cockpit.graph.client import GraphClient
from cockpit.store.store import Store
from cockpit.sync.connector import PushReport
from cockpit.sync.outlook_mail import MailPush
from cockpit.sync.outlook_pull import MailPull, PullReport


class OutlookConnector:
    name = "outlook"

    def __init__(self, store: Store, client: GraphClient) -> None:
        self.store, self.client = store, client

    def push(self) -> PushReport:
        return MailPush(self.store, self.client).run()

    def pull(self) -> PullReport:
        return MailPull(self.store, self.client).run()
