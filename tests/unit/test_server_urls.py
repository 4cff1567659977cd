"""A server store's URL as shown and logged: never its password."""

from __future__ import annotations

import pytest

from cockpit.paths import resolve_store


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql+psycopg://pmo:s3cret@db.example.com:5432/cockpit",
     "postgresql+psycopg://pmo:***@db.example.com:5432/cockpit"),
    ("postgresql+psycopg://pmo:p%40ss@db/cockpit", "postgresql+psycopg://pmo:***@db/cockpit"),
    ("postgresql+psycopg://pmo@/cockpit?host=/run/postgresql",
     "postgresql+psycopg://pmo@/cockpit?host=/run/postgresql"),
])
def test_the_password_is_never_shown(url: str, shown: str) -> None:
    location = resolve_store(url)
    assert location.display() == shown
    assert "s3cret" not in location.display() and "p%40ss" not in location.display()
