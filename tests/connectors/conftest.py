"""The fake Graph server every test here talks to, and a Graph client on it that records its
waits instead of waiting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cockpit.connectors.outlook.client import GraphClient
from tests.connectors.outlook.fake_graph import FakeGraph


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        yield fake
    assert fake.errors == []  # the fake itself never failed


@pytest.fixture
def client(graph: FakeGraph) -> Iterator[GraphClient]:
    with GraphClient(lambda: graph.token, base_url=graph.url, sleep=lambda _s: None) as c:
        yield c
