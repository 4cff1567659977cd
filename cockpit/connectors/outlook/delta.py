"""Graph's delta queries on the generic round (``cockpit.connectors.delta``): pages are
``value`` + ``@odata.nextLink``, the next round starts at ``@odata.deltaLink``, and a link
Outlook no longer knows answers 410 ``syncStateNotFound``. Links are kept under ``outlook``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cockpit.connectors import delta
from cockpit.connectors.base import PullReport
from cockpit.connectors.outlook import NAME
from cockpit.connectors.outlook.client import GraphClient
from cockpit.connectors.outlook.errors import GraphError
from cockpit.errors import ErrorCode
from cockpit.store.store import Store

CONNECTOR = NAME

Items = delta.Items


def graph_pages(client: GraphClient, prefer: list[str]) -> delta.Pages:
    return delta.Pages(
        follow=lambda link: client.follow(link, prefer=prefer),
        items=lambda page: page.get("value", []),
        next_link=lambda page: page.get("@odata.nextLink"),
        delta_link=lambda page: str(page.get("@odata.deltaLink", "")))


def delta_round(store: Store, client: GraphClient, key: str, start: Callable[[], Any],
                apply: Callable[[Items], None], *, prefer: list[str]) -> bool:
    """Apply every page since the stored link (``start()`` fetches the first page of a fresh
    round); True when the round started fresh (it lists what is there, not what went)."""
    return delta.delta_round(store, CONNECTOR, key, graph_pages(client, prefer), start, apply)


def _forgotten(exc: Exception) -> bool:
    return isinstance(exc, GraphError) and exc.code is ErrorCode.SYNC_STATE_EXPIRED


def with_resync(store: Store, key: str, name: str, report: PullReport,
                run: Callable[[], None]) -> None:
    """``run`` (a round on ``key``), started over once when Outlook forgot the link."""
    delta.with_resync(store, CONNECTOR, key, name, report, run, _forgotten)
