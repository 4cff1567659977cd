"""A second connector for the tests: a minimal issue tracker that implements the real
protocols (``Account`` for the runner and the status bar, ``Connector`` for one run). Its
"tool" is an in-memory list; each queued message becomes one issue, exactly once, remembered
through ``remote_links`` under its own name, and it can be told to fail (a known error, or a
bug) to show that the other connectors still run."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from cockpit.connectors import remote_links
from cockpit.connectors.base import Notice, NoticeKind, PullReport, PushReport
from cockpit.connectors.registry import ConnectorSpec
from cockpit.connectors.runner import SyncResult, SyncStatus, run_once, status
from cockpit.domain.messages import MessageState
from cockpit.errors import ErrorCode, KnownError
from cockpit.services import messages
from cockpit.store.store import Store

NAME = "tracker"


@dataclass
class TrackerTool:
    """The outside tool: issues by id, and what it should do on the next run."""

    issues: dict[str, str] = field(default_factory=dict)  # issue id -> title
    creates: int = 0
    fail_with: KnownError | None = None  # a known failure (offline…) on the next push
    crash: bool = False  # a bug on the next push

    def create(self, title: str) -> str:
        self.creates += 1
        issue_id = f"TRK-{self.creates}"
        self.issues[issue_id] = title
        return issue_id


class TrackerConnector:
    name = NAME

    def __init__(self, store: Store, tool: TrackerTool) -> None:
        self.store, self.tool = store, tool

    def _pending(self) -> list[str]:
        with self.store.session() as s:
            sent = [m.id for m in messages.list_messages(self.store)
                    if m.state is MessageState.SENT]
            linked = remote_links.by_entity(s, remote_links.MESSAGE, NAME, sent)
        return [m for m in sent if m not in linked]

    def push(self) -> PushReport:
        if self.tool.crash:
            raise RuntimeError("the tracker connector has a bug")
        if self.tool.fail_with is not None:
            return PushReport(stopped_by=self.tool.fail_with, waiting=self.waiting())
        report = PushReport()
        for message_id in self._pending():
            subject = messages.get_message(self.store, message_id).subject
            issue = self.tool.create(subject)
            remote_links.write(self.store, remote_links.MESSAGE, message_id, NAME,
                               remote_id=issue)
            report.notices.append(Notice(NoticeKind.INVITED, subject, message_id,
                                         detail=issue))
        return report

    def pull(self) -> PullReport:
        return PullReport()

    def waiting(self) -> int:
        return len(self._pending())


class TrackerAccount:
    connector_name = NAME

    def __init__(self, tool: TrackerTool) -> None:
        self.tool = tool

    def can_sync(self) -> bool:
        return True

    def waiting(self, store: Store) -> int:
        return TrackerConnector(store, self.tool).waiting()

    def status(self, store: Store) -> SyncStatus:
        return status(store, NAME, waiting=self.waiting(store))

    def sync_once(self, store: Store, *, stop: threading.Event | None = None) -> SyncResult:
        return run_once(store, TrackerConnector(store, self.tool))


def tracker_spec(tool: TrackerTool) -> ConnectorSpec:
    return ConnectorSpec(NAME, "Tracker", lambda _settings: TrackerAccount(tool))


OFFLINE = KnownError(ErrorCode.OFFLINE, "the tracker cannot be reached")
