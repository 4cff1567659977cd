"""The satisfaction service's tests run on JP-201 (``tests/unit/messages/helpers.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cockpit.store.store import Store
from tests.conftest import filled_store
from tests.unit.messages import helpers


@pytest.fixture
def store(backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    yield from filled_store(request, "messages-work", helpers.build)
