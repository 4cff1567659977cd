"""The care rules' tests run on JP-201 (``tests/unit/messages/helpers.py``): a Tokyo customer
with open tasks and a weekly status meeting with minutes, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from cockpit.store.store import Store
from tests.conftest import filled_store
from tests.unit.messages import helpers

TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def store(backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    yield from filled_store(request, "messages-work", helpers.build)


def tokyo(*parts: int) -> datetime:
    """A moment on the customer's wall clock: ``tokyo(2026, 12, 1, 18, 0)``."""
    return datetime(*parts, tzinfo=TOKYO)  # type: ignore[misc]


def set_sql(store: Store, statement: str, **params: object) -> None:
    """Put a fact in place as if it had happened at a given moment (what the services stamp
    with the clock: when a task became urgent, an ETA changed, a mark was made)."""
    from sqlalchemy import text

    with store.session() as s:
        s.execute(text(statement), params)


def sent(store: Store, kind: object, when: datetime) -> str:
    """A message of ``kind`` to JP-201, sent (from Outlook, as the sync saw it) at ``when``."""
    from cockpit.services import messages

    draft = messages.new_message(store, helpers.PROJECT, kind)  # type: ignore[arg-type]
    return messages.sent_remotely(store, draft.id, when).id
