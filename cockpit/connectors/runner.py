"""A sync run over the registered connectors, and what the status bar shows about it.

``run_all`` runs each connector in turn (each records its own run under its own name in
``sync_state``; one connector's failure does not stop the others). ``run_once`` is one
connector's run: it pushes, then pulls (a push stopped by the line or the sign-in pulls
nothing), and records how the run ended — when, what went out, what stopped it — so a
restarted app, the CLI and the status bar agree on "last sync" and on the error to retry.
``status`` reads that record and counts what is waiting; it needs no network.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from cockpit.changes import ANY, Changes
from cockpit.connectors import remote_links
from cockpit.connectors.base import (
    Account,
    Connector,
    Notice,
    NoticeKind,
    PullReport,
    PushReport,
    SyncCancelled,
)
from cockpit.errors import ErrorCode, KnownError
from cockpit.store import sync_state
from cockpit.store.purpose import refuse_demo
from cockpit.store.store import Store

log = logging.getLogger("cockpit.sync")

STATUS_KEY = "status"


@dataclass
class SyncResult:
    started_at: datetime
    finished_at: datetime
    push: PushReport
    pull: PullReport | None  # None: the run stopped before pulling
    error: KnownError | None = None  # what ended the run early
    connector: str = ""  # whose run it was

    @property
    def notices(self) -> list[Notice]:
        return self.push.notices + (self.pull.notices if self.pull else [])


@dataclass
class SyncStatus:
    last_run: datetime | None = None  # when the last run ended
    last_success: datetime | None = None  # when a run last ended without an error
    error_code: ErrorCode | None = None  # what stopped the last run
    error_message: str = ""
    waiting: int = 0  # items waiting to go out
    # the same by kind, where the connector tells ("messages", "drafts", "meetings")
    waiting_parts: dict[str, int] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)  # message ids refused in the last run

    @property
    def offline(self) -> bool:
        return self.error_code is ErrorCode.OFFLINE


def _now() -> datetime:
    return datetime.now(UTC)


def run_all(store: Store, accounts: Sequence[Account], *,
            stop: threading.Event | None = None) -> dict[str, SyncResult]:
    """One run of each account's connector, in the order given, by connector name. A
    connector that ends on a known error (offline, sign-in…) has it in its result and its
    record; one that fails with a bug is logged and skipped, the others still run, and the
    first such bug is raised once all had their turn (it is a bug: the app shows it).
    ``SyncCancelled`` (the app is closing) stops at once."""
    refuse_demo(store)  # the demo portfolio never reaches an outside tool
    results: dict[str, SyncResult] = {}
    bug: Exception | None = None
    remote_links.prune(store)  # links of items deleted with their project, say
    for account in accounts:
        if stop is not None and stop.is_set():
            break
        try:
            results[account.connector_name] = account.sync_once(store, stop=stop)
        except SyncCancelled:
            raise
        except Exception as exc:
            log.exception("connector %s failed", account.connector_name)
            bug = bug or exc
    if bug is not None:
        raise ConnectorsFailed(results, bug) from bug
    return results


class ConnectorsFailed(Exception):
    """A connector failed with a bug; ``results`` holds the runs of the others."""

    def __init__(self, results: dict[str, SyncResult], cause: Exception) -> None:
        super().__init__(f"a connector failed: {cause!r}")
        self.results, self.cause = results, cause


def run_once(store: Store, connector: Connector, *, now: Any = _now) -> SyncResult:
    """Push, then pull; never raises a ``KnownError`` (it is in the result and the record).
    The notices are stamped with the connector's name. On the demo portfolio's store it
    raises the demo's refusal before the connector does anything."""
    refuse_demo(store)
    started = now()
    try:
        push = connector.push()
    except KnownError as exc:  # e.g. the sign-in expired before the first request
        push = PushReport(stopped_by=exc)
    pull: PullReport | None = None
    error = push.stopped_by
    if error is None:
        try:
            pull = connector.pull()
        except KnownError as exc:
            error = exc
    push.notices = _stamped(push.notices, connector.name)
    if pull is not None:
        pull.notices = _stamped(pull.notices, connector.name)
    result = SyncResult(started, now(), push, pull, error, connector.name)
    _record(store, connector.name, result)
    if error is not None:
        log.info("sync stopped: %s (%s)", error.code.value, error.message)
    return result


def _stamped(notices: list[Notice], name: str) -> list[Notice]:
    return [n if n.connector else replace(n, connector=name) for n in notices]


def _record(store: Store, connector: str, result: SyncResult) -> None:
    previous = status(store, connector)
    success = previous.last_success if result.error else result.finished_at
    record = {
        "last_run": result.finished_at.isoformat(),
        "last_success": success.isoformat() if success else None,
        "error_code": result.error.code.value if result.error else None,
        "error_message": result.error.message if result.error else "",
        "failed": [message_id for message_id, _reason in result.push.failed],
    }
    sync_state.write(store, connector, STATUS_KEY, json.dumps(record))


def _moment(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def status(store: Store, connector: str, *, waiting: int = 0) -> SyncStatus:
    """The last run's record (no network); ``waiting`` is passed through from the connector."""
    text = sync_state.read(store, connector, STATUS_KEY)
    try:
        record = json.loads(text) if text else {}
    except ValueError:
        record = {}
    code = record.get("error_code")
    try:
        error_code = ErrorCode(code) if code else None
    except ValueError:
        error_code = None
    return SyncStatus(last_run=_moment(record.get("last_run")),
                      last_success=_moment(record.get("last_success")),
                      error_code=error_code, error_message=str(record.get("error_message", "")),
                      waiting=waiting, failed=list(record.get("failed") or []))


_SERIES_NOTICES = frozenset({
    NoticeKind.INVITED, NoticeKind.SERIES_REFUSED, NoticeKind.CANCELLED_REMOTELY,
    NoticeKind.MOVED_REMOTELY, NoticeKind.OCCURRENCE_MOVED_REMOTELY,
    NoticeKind.OCCURRENCE_CANCELLED_REMOTELY, NoticeKind.RESPONSES_UPDATED})


def changes_of(result: SyncResult) -> Changes:
    """What a run changed in the store, for the app's change signal: the messages it sent or
    that failed, the items its notices name, and — when a pull stored or removed anything —
    any message, series or meeting date (the pull does not name them)."""
    series = [n.item_id for n in result.notices if n.kind in _SERIES_NOTICES]
    message_ids = [n.item_id for n in result.notices if n.kind not in _SERIES_NOTICES]
    message_ids += result.push.sent + [message_id for message_id, _r in result.push.failed]
    pulled = result.pull
    if pulled is not None and (pulled.stored or pulled.removed):
        return Changes.of(messages=[*message_ids, ANY], series=[*series, ANY],
                          occurrences=[ANY])
    return Changes.of(messages=message_ids, series=series,
                      occurrences=[ANY] if series else None)

