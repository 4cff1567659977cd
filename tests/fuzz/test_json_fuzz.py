"""JSON import never crashes: a real export (two demo projects with their meetings, minutes
and messages), mutated — wrong types, huge values, missing and unknown keys, duplicate and
stolen ids, references to nowhere, truncation, other encodings — imports or is refused with a
clear message, and a refused file leaves every row of the store as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cockpit.errors import KnownError
from cockpit.paths import resolve_store
from cockpit.services import projects, transfer
from cockpit.store.store import Store, open_store
from tests.fuzz.conftest import count, fuzz_settings
from tests.fuzz.json_mutations import mutate
from tests.store_digest import row_digests

KEEP = ("JP-104", "DE-102")  # a Japanese and a German project, with meetings and messages


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str]]:
    from datetime import date

    from cockpit.services.demo import build_demo

    folder = tmp_path_factory.mktemp("json-fuzz")
    store = open_store(resolve_store(str(folder / "fuzz.sqlite3")))
    build_demo(store, today=date(2026, 11, 24))
    for row in projects.list_projects(store, include_archived=True):
        if row.code not in KEEP:
            projects.delete_project(store, row.id)
    text = json.dumps(transfer.export_data(store), ensure_ascii=False)
    yield store, text
    store.dispose()


def test_the_seed_holds_meetings_minutes_and_messages(seeded: tuple[Store, str]) -> None:
    tables = json.loads(seeded[1])["tables"]
    for name in ("meeting_series", "minutes_item", "message", "message_link", "task"):
        assert tables[name], name


@fuzz_settings(1500)
@given(data=st.data())
def test_a_mutated_export_imports_or_is_refused_cleanly(
        seeded: tuple[Store, str], tmp_path_factory: pytest.TempPathFactory,
        data: st.DataObject) -> None:
    store, text = seeded
    path = tmp_path_factory.getbasetemp() / "case.json"
    path.write_bytes(mutate(text, data))
    check = data.draw(st.integers(0, 4), label="check") == 0  # the digest costs: 1 in 5
    before = row_digests(store) if check else None
    try:
        transfer.import_json(store, path)
    except KnownError as exc:
        assert exc.message.strip() and "Traceback" not in exc.message
        if before is not None:
            assert row_digests(store) == before, "a refused file changed the store"
        count("json import", "refused")
        return
    count("json import", "imported")
