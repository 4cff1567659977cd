"""The message UI tests read the English templates' words: the demo's Japanese customers are
written to in English here (tests/unit/messages/test_kinds.py covers Japanese projects)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from cockpit.domain.enums import Language
from cockpit.store.models import Project
from cockpit.store.store import Store
from ui.main_window import MainWindow


@pytest.fixture
def window(make_window, demo_store: Store, db_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    with demo_store.session() as s:
        s.execute(update(Project).values(language=Language.EN))
    demo_store.dispose()
    return make_window(db_path)
