"""The project list's one query, as plain SQL that SQLAlchemy and the ``sqlite3`` module both run.

At start-up the app shows the list straight from the SQLite file with ``sqlite3`` (no SQLAlchemy
import, which costs ~250 ms) while the full store opens in the background; the services run the
same SQL through SQLAlchemy. One query, one row mapping, two drivers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from cockpit.domain.enums import EscalationLevel, Health, ProjectStatus, Side
from cockpit.domain.passport import ProjectSummary
from cockpit.store.sqlite_uri import read_only_uri

SUMMARY_SQL = f"""
SELECT p.id, p.code, p.name, p.customer, p.department, p.status, p.health, p.archived,
       p.end_date, coalesce(o.done, 0), coalesce(o.total, 0), coalesce(m.manager, '')
FROM project AS p
LEFT JOIN (SELECT project_id, count(*) AS total, count(done_on) AS done
           FROM onboarding_step GROUP BY project_id) AS o ON o.project_id = p.id
LEFT JOIN (SELECT ms.project_id, min(pe.name) AS manager
           FROM membership AS ms JOIN person AS pe ON pe.id = ms.person_id
           WHERE ms.side = '{Side.VENDOR.value}'
             AND ms.escalation_level = '{EscalationLevel.PROJECT.value}'
           GROUP BY ms.project_id) AS m ON m.project_id = p.id
WHERE (CAST(:project_id AS VARCHAR(36)) IS NULL AND (:include_archived OR NOT p.archived))
   OR p.id = CAST(:project_id AS VARCHAR(36))
ORDER BY p.code
"""


def summary_params(include_archived: bool, project_id: str | None) -> dict[str, Any]:
    return {"include_archived": include_archived, "project_id": project_id}


def to_summary(row: Sequence[Any]) -> ProjectSummary:
    end = row[8]
    if isinstance(end, str):  # SQLite hands dates back as text
        end = date.fromisoformat(end)
    return ProjectSummary(
        id=row[0], code=row[1], name=row[2], customer=row[3], department=row[4],
        status=ProjectStatus(row[5]), health=Health(row[6]), archived=bool(row[7]),
        end_date=end, onboarding_done=int(row[9]), onboarding_total=int(row[10]),
        manager=row[11],
    )


def read_summaries_sqlite(path: Path, include_archived: bool) -> list[ProjectSummary]:
    """The list straight from a SQLite file whose schema is known to be current (read-only)."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=5)
    try:
        rows = conn.execute(SUMMARY_SQL, summary_params(include_archived, None)).fetchall()
    finally:
        conn.close()
    return [to_summary(r) for r in rows]
