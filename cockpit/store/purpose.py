"""Whether a store is the demo portfolio's. The mark is in the file itself (``store_info``), so
a copied or renamed demo store stays a demo store: the sync refuses it wherever it lies."""

from __future__ import annotations

from sqlalchemy import select

from cockpit.errors import ErrorCode, KnownError
from cockpit.store.models import StoreInfo
from cockpit.store.store import Store

PURPOSE_KEY = "purpose"
DEMO = "demo"


def read_is_demo(store: Store) -> bool:
    with store.session() as s:
        value = s.scalar(select(StoreInfo.value).where(StoreInfo.key == PURPOSE_KEY))
    return value == DEMO


def mark_demo(store: Store) -> None:
    with store.session() as s:
        row = s.get(StoreInfo, PURPOSE_KEY)
        if row is None:
            s.add(StoreInfo(key=PURPOSE_KEY, value=DEMO))
        else:
            row.value = DEMO
    store.demo = True


def refuse_demo(store: Store, what: str = "sync with Outlook") -> None:
    """Raise the demo's refusal when ``store`` is the demo portfolio's."""
    if store.demo:
        raise KnownError(
            ErrorCode.DEMO_STORE,
            f"this is the demo portfolio ({store.location.display()}): it never sends mail or "
            f"writes to Outlook, so it cannot {what}; open your own store to do that")
