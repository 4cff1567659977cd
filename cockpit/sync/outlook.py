"""The Outlook connector: what is queued goes out through Microsoft Graph.

Pulling changes back (delta queries) joins ``push`` here with the delta sync.
"""

from __future__ import annotations

from cockpit.graph.client import GraphClient
from cockpit.store.store import Store
from cockpit.sync.connector import PushReport
from cockpit.sync.outlook_mail import MailPush


class OutlookConnector:
    name = "outlook"

    def __init__(self, store: Store, client: GraphClient) -> None:
        self.store, self.client = store, client

    def push(self) -> PushReport:
        return MailPush(self.store, self.client).run()
