"""A digest of every row of every table: "the store is unchanged" compared by content, for the
tests that refuse an import or kill a process half-way."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from cockpit.store.models import Base
from cockpit.store.store import Store


def row_digests(store: Store) -> dict[str, str]:
    """Table name -> SHA-256 of its rows (sorted, every column), for every table."""
    digests: dict[str, str] = {}
    with store.engine.connect() as conn:
        for name, table in sorted(Base.metadata.tables.items()):
            rows = [json.dumps([str(v) for v in row], ensure_ascii=False)
                    for row in conn.execute(select(table))]
            digests[name] = hashlib.sha256("\n".join(sorted(rows)).encode()).hexdigest()
    return digests
