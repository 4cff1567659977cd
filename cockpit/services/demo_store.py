"""The demo portfolio's own store: a file beside the PM's store (``demo.sqlite3`` in the user's
data folder unless a path is given), marked as the demo's in the file itself, so the sync
refuses it (``cockpit.store.purpose``). The demo never goes into a store that holds the PM's
own projects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from cockpit.errors import ErrorCode, KnownError
from cockpit.paths import StoreLocation
from cockpit.services.transfer import ImportResult
from cockpit.store.store import Store

DEMO_FILENAME = "demo.sqlite3"


@dataclass(frozen=True)
class DemoOpened:
    store: Store
    built: ImportResult | None  # None: the demo store was there already and left as it was


def demo_location() -> StoreLocation:
    """Where ``cockpit --demo`` and *Help → Open the demo portfolio* keep the demo."""
    from cockpit.paths import data_dir, resolve_store

    return resolve_store(str(data_dir() / DEMO_FILENAME))


def open_demo(location: StoreLocation | None = None, *, refresh: bool = False,
              scale: int | None = None, today: date | None = None) -> DemoOpened:
    """Open the demo store at ``location`` (default ``demo_location()``), creating and filling
    it the first time; ``refresh`` writes the demo portfolio again (dates move to today).

    Refuses a store that holds projects and is not the demo's: the demo's addresses and
    queued messages must never sit in the PM's own store."""
    from cockpit.services.demo import build_demo
    from cockpit.store.models import Project
    from cockpit.store.purpose import mark_demo
    from cockpit.store.store import open_store

    store = open_store(location or demo_location())
    try:
        if not store.demo:
            with store.session() as s:
                projects = s.scalar(select(func.count()).select_from(Project)) or 0
            if projects:
                raise KnownError(
                    ErrorCode.NOT_DEMO_STORE,
                    f"{store.location.display()} holds your own projects ({projects}); the demo "
                    "portfolio goes only into a store of its own: leave out --db, or give a new "
                    "file")
            mark_demo(store)  # before the first demo row: a half-built demo is still the demo
            refresh = True
        built = build_demo(store, scale=scale, today=today,
                           care_morning=scale is None and today is None) if refresh else None
    except BaseException:
        store.dispose()
        raise
    return DemoOpened(store, built)

