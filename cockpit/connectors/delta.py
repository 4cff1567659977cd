"""One round of a delta query, as a connector's pulls run it: follow the link stored under the
connector's name (or start fresh), apply each page, and store the next round's link only once
every page is applied — a round cut short replays from the previous link, harmless because
pulls upsert. A link the tool no longer knows starts that round over (``with_resync``).

The pages' shape is the connector's: ``Pages`` says where a page's items, its next page and
the next round's link are (Outlook's are Graph's ``value``, ``@odata.nextLink``,
``@odata.deltaLink``: ``cockpit.connectors.outlook.delta``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cockpit.connectors.base import PullReport
from cockpit.store import sync_state
from cockpit.store.store import Store

log = logging.getLogger("cockpit.sync.pull")

Items = list[dict[str, Any]]
Page = dict[str, Any]


@dataclass(frozen=True)
class Pages:
    follow: Callable[[str], Page]  # fetch a page by its link
    items: Callable[[Page], Items]
    next_link: Callable[[Page], str | None]  # another page of this round
    delta_link: Callable[[Page], str]  # the start of the next round (on the last page)


def delta_round(store: Store, connector: str, key: str, pages: Pages,
                start: Callable[[], Page], apply: Callable[[Items], None]) -> bool:
    """Apply every page since the link stored under (``connector``, ``key``) — ``start()``
    fetches the first page of a fresh round; True when the round started fresh (it lists
    what is there, not what went)."""
    link = sync_state.read(store, connector, key)
    page = pages.follow(link) if link else start()
    while True:
        apply(pages.items(page))
        following = pages.next_link(page)
        if not following:
            break
        page = pages.follow(following)
    sync_state.write(store, connector, key, pages.delta_link(page))
    return not link


def with_resync(store: Store, connector: str, key: str, name: str, report: PullReport,
                run: Callable[[], None], forgotten: Callable[[Exception], bool]) -> None:
    """``run`` (a round on ``key``), started over once when the tool forgot the link
    (``forgotten(exc)``); ``name`` is what ``report.resynced`` lists."""
    try:
        run()
    except Exception as exc:
        if not forgotten(exc):
            raise
        log.info("%s/%s: the sync point is no longer known; reading it again", connector, name)
        sync_state.write(store, connector, key, "")
        report.resynced.append(name)
        run()
