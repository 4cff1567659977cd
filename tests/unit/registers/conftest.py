"""The registers' tests run on JP-201 (``tests/unit/messages/helpers.py``, a Tokyo customer
whose working days are Japan's) with the vendor's whole escalation path on it: the PM at the
project manager's level, a department director and a COO, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from cockpit.domain.enums import EscalationLevel, Side
from cockpit.domain.passport import MemberData
from cockpit.services import projects
from cockpit.store.store import Store
from tests.conftest import filled_store
from tests.unit.messages import helpers

TOKYO = ZoneInfo("Asia/Tokyo")
DIRECTOR = ("Jan Wiśniewski", "jan.wisniewski@vendor.example.com")
COO = ("Ewa Zielińska", "ewa.zielinska@vendor.example.com")


def build(store: Store) -> None:
    helpers.build(store)
    passport = projects.get_passport(store, helpers.PROJECT)
    for (name, email), level in ((DIRECTOR, EscalationLevel.DEPARTMENT),
                                 (COO, EscalationLevel.EXECUTIVE)):
        passport.members.append(MemberData(name=name, email=email, side=Side.VENDOR,
                                           role=level.value, escalation_level=level,
                                           time_zone="Europe/Warsaw"))
    projects.save_passport(store, passport)


@pytest.fixture
def store(backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    yield from filled_store(request, "registers", build)


def tokyo(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=TOKYO)  # type: ignore[misc]
