"""Restoring a damaged backup never crashes: a real backup with bytes cut, flipped, zeroed or
overwritten (the header, the schema, data pages) is restored or refused with a clear message;
refused, the store is as it was; restored, the store opens (or says clearly why not)."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cockpit.errors import KnownError
from cockpit.paths import resolve_store
from cockpit.store import backups
from cockpit.store.store import open_store
from tests.fuzz.conftest import count, fuzz_settings
from tests.store_digest import row_digests

PAGE = 4096


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, bytes]]:
    from datetime import date

    from cockpit.services.demo import build_demo

    folder = tmp_path_factory.mktemp("backup-fuzz")
    path = folder / "cockpit.sqlite3"
    store = open_store(resolve_store(str(path)))
    build_demo(store, today=date(2026, 11, 24))
    store.dispose()
    good = backups.take(path, "by-hand", 50).read_bytes()
    (folder / "good.sqlite3").write_bytes(good)
    yield path, good


def _damage(raw: bytes, chance: random.Random) -> tuple[str, bytes]:
    """One kind of damage, placed by ``chance`` (seeded by Hypothesis: the case is one number,
    so a replay is exact whatever the store did)."""
    kind = chance.choice(["cut", "flip", "zero page", "overwrite", "header"])
    size = len(raw)
    if kind == "cut":
        return kind, raw[:chance.randrange(size)]
    out = bytearray(raw)
    if kind == "flip":
        for _ in range(chance.randint(1, 16)):
            out[chance.randrange(size)] ^= chance.randint(1, 255)
    elif kind == "zero page":
        page = chance.randrange(size // PAGE)
        out[page * PAGE:(page + 1) * PAGE] = bytes(PAGE)
    elif kind == "overwrite":
        at = chance.randrange(size)
        junk = chance.randbytes(chance.randint(1, 512))
        out[at:at + len(junk)] = junk
    else:  # the 100-byte header: page size, counts, schema cookie…
        out[chance.randint(16, 99)] = chance.randint(0, 255)
    return kind, bytes(out)


def _reset(path: Path) -> None:
    """Every case starts from the same store (Hypothesis replays a case to shrink it)."""
    shutil.copy(path.parent / "good.sqlite3", path)
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


@fuzz_settings(250)
@given(data=st.data())
def test_a_damaged_backup_is_restored_or_refused_cleanly(
        seeded: tuple[Path, bytes], data: st.DataObject) -> None:
    from cockpit.services import transfer

    path, good = seeded
    candidate = path.parent / "candidate.sqlite3"
    _kind, damaged = _damage(good, random.Random(data.draw(st.integers(0, 2**32), label="case")))
    candidate.write_bytes(damaged)
    _reset(path)
    store = open_store(resolve_store(str(path)))
    before = row_digests(store)
    try:
        backups.restore(store.location, candidate)
    except KnownError as exc:
        assert exc.message.strip()
        assert row_digests(store) == before, "a refused backup changed the store"
        store.dispose()
        count("backup restore", "refused")
        return
    store.dispose()
    try:  # restored: it opens and every record reads, or it says clearly what is damaged
        reopened = open_store(resolve_store(str(path)))
    except KnownError:
        count("backup restore", "imported")
        return
    try:
        transfer.export_data(reopened)
    except KnownError as exc:
        assert "restore a backup" in exc.message
    finally:
        reopened.dispose()
    count("backup restore", "imported")
