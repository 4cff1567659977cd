"""Stores for the messaging tests. Each is built once per session into a template file (an
Alembic-migrated store filled by the services, on the test's database) and copied for every
test, so every test still gets its own store (``tests/conftest.py::filled_store``):

- ``work_store``: the JP-201 project of ``helpers`` (people, tasks, change requests, a meeting
  with minutes);
- ``demo_store`` (from ``tests/conftest.py``): the demo portfolio of 2026-11-24 with meetings,
  tasks and messages.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cockpit.store.store import Store
from tests.conftest import filled_store
from tests.unit.messages import helpers


@pytest.fixture
def work_store(backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    yield from filled_store(request, "messages-work", helpers.build)
