"""One round of a Graph delta query, as every pull runs it: follow the stored link (or start
fresh), apply each page, and store the new ``@odata.deltaLink`` only once every page is applied
— a round cut short replays from the previous link, harmless because pulls upsert. A link
Outlook no longer knows (410 ``syncStateNotFound``) starts that round over."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from cockpit.connectors.base import PullReport
from cockpit.connectors.outlook import NAME
from cockpit.connectors.outlook.client import GraphClient
from cockpit.connectors.outlook.errors import GraphError
from cockpit.errors import ErrorCode
from cockpit.store import sync_state
from cockpit.store.store import Store

log = logging.getLogger("cockpit.sync.pull")

CONNECTOR = NAME

Items = list[dict[str, Any]]


def delta_round(store: Store, client: GraphClient, key: str, start: Callable[[], Any],
                apply: Callable[[Items], None], *, prefer: list[str]) -> bool:
    """Apply every page since the stored link (``start()`` fetches the first page of a fresh
    round); True when the round started fresh (it lists what is there, not what went)."""
    link = sync_state.read(store, CONNECTOR, key)
    page = client.follow(link, prefer=prefer) if link else start()
    while True:
        apply(page.get("value", []))
        if "@odata.nextLink" not in page:
            break
        page = client.follow(page["@odata.nextLink"], prefer=prefer)
    sync_state.write(store, CONNECTOR, key, str(page.get("@odata.deltaLink", "")))
    return not link


def with_resync(store: Store, key: str, name: str, report: PullReport,
                run: Callable[[], None]) -> None:
    """``run`` (a round on ``key``), started over once when Outlook forgot the link."""
    try:
        run()
    except GraphError as exc:
        if exc.code is not ErrorCode.SYNC_STATE_EXPIRED:
            raise
        log.info("%s: Outlook no longer knows the sync point; reading it again", name)
        sync_state.write(store, CONNECTOR, key, "")
        report.resynced.append(name)
        run()
