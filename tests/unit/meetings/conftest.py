"""Demo projects for the meeting-planner tests: JP-104 (a Tokyo customer, a Warsaw project
manager) and DE-102 (a Berlin customer).

``demo_store`` here is the demo without its meetings (the tests plan their own), filled once
per run and database and copied for each test (``tests/conftest.py::filled_store``), so every
test still gets its own store.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from cockpit.services import projects
from cockpit.services.demo import build_demo
from cockpit.store.store import Store
from tests.conftest import filled_store


def _fill(store: Store) -> None:
    build_demo(store, today=date(2026, 11, 24), with_meetings=False)  # tests plan their own


@pytest.fixture
def demo_store(backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    yield from filled_store(request, "meetings-demo", _fill)


@pytest.fixture
def jp104(demo_store: Store) -> str:
    return projects.find_project_id(demo_store, "JP-104")


@pytest.fixture
def de102(demo_store: Store) -> str:
    return projects.find_project_id(demo_store, "DE-102")
