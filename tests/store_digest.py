"""A digest of every row of every table: "the store is unchanged" compared by content, for the
tests that refuse an import or kill a process half-way."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from cockpit.store.models import Base
from cockpit.store.store import Store


def row_digests(store: Store, skip: dict[str, set[str]] | None = None) -> dict[str, str]:
    """Table name -> SHA-256 of its rows (sorted, every column but those in ``skip``: moments
    a run writes, which differ between two runs of the same work)."""
    digests: dict[str, str] = {}
    with store.engine.connect() as conn:
        for name, table in sorted(Base.metadata.tables.items()):
            columns = [c for c in table.columns if c.name not in (skip or {}).get(name, set())]
            rows = [json.dumps([str(v) for v in row], ensure_ascii=False)
                    for row in conn.execute(select(*columns))]
            digests[name] = hashlib.sha256("\n".join(sorted(rows)).encode()).hexdigest()
    return digests
