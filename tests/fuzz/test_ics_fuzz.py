"""`.ics` import never crashes: the corpus files of other calendar software, mutated (repeated
RRULE/RDATE/EXDATE, missing DTSTART, zones that do not exist, truncation, bad encodings, huge
values…), either import or are refused with a clear message — and a refused file writes
nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cockpit.errors import KnownError
from cockpit.ics.importer import import_ics
from cockpit.paths import resolve_store
from cockpit.services import projects
from cockpit.store.store import Store, open_store
from tests.fuzz.conftest import count, fuzz_settings
from tests.fuzz.ics_mutations import mutate
from tests.store_digest import row_digests

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ics"
FILES = sorted(CORPUS.glob("*/*.ics"))
SEEDS = {path.name: path.read_bytes() for path in FILES}


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str]]:
    from datetime import date

    from cockpit.services.demo import build_demo

    path = tmp_path_factory.mktemp("fuzz") / "ics.sqlite3"
    store = open_store(resolve_store(str(path)))
    build_demo(store, today=date(2026, 11, 24), with_meetings=False)
    yield store, projects.find_project_id(store, "DE-108")
    store.dispose()


def test_the_corpus_is_there() -> None:
    assert len(FILES) >= 35


@fuzz_settings(1500)
@given(data=st.data())
def test_a_mutated_calendar_imports_or_is_refused_cleanly(
        fuzz_store: tuple[Store, str], tmp_path_factory: pytest.TempPathFactory,
        data: st.DataObject) -> None:
    store, project_id = fuzz_store
    name = data.draw(st.sampled_from(sorted(SEEDS)), label="seed file")
    raw = mutate(SEEDS[name], data)
    path = tmp_path_factory.getbasetemp() / "case.ics"
    path.write_bytes(raw)
    check = data.draw(st.integers(0, 9), label="check") == 0  # the digest costs: 1 in 10
    before = row_digests(store) if check else None
    try:
        import_ics(store, project_id, path)
    except KnownError as exc:
        assert exc.message.strip() and "Traceback" not in exc.message
        if before is not None:
            assert row_digests(store) == before, "a refused calendar changed the store"
        count("ics import", "refused")
        return
    count("ics import", "imported")
