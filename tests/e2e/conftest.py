"""A demo store made once by the real ``cockpit demo`` command, copied for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.test_cli import cli


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("demo")
    path = tmp / "demo.sqlite3"
    result = cli(tmp, "demo", "--db", path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    """A copy of the demo store of this test's own, for tests that change it."""
    copy = tmp_path / "cockpit.sqlite3"
    shutil.copy(demo_db, copy)
    return copy
