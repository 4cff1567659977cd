"""Which tables the JSON export holds, in what order, and how each row belongs to a project.

Every table of ``Base.metadata`` is either here (``EXPORTED``: the PM's work) or in
``BOOKKEEPING`` with the reason it stays behind; ``tests/unit/test_export_coverage.py`` walks
the metadata and fails for a table that is neither, so a table a later feature adds must join
the export (or say why it is bookkeeping).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Select, Table, select

import cockpit.store.models  # noqa: F401 - registers every table on Base.metadata
from cockpit.store.models.base import Base


@dataclass(frozen=True)
class ExportedTable:
    """``owner``: how a row reaches its project — ``("project_id",)`` for a direct column, or
    the column naming the parent row and the parent's table (``("series_id",
    "meeting_series")``). ``None``: a row of the whole store (people, templates, synced mail),
    merged by id and never removed by an import."""

    name: str
    owner: tuple[str, ...] | None = None

    @property
    def table(self) -> Table:
        return Base.metadata.tables[self.name]


PROJECT = ("project_id",)

# parents before children: an import writes in this order and removes in the reverse one
EXPORTED: tuple[ExportedTable, ...] = (
    ExportedTable("project", PROJECT),  # the project itself: owner is its own id (below)
    ExportedTable("person"),
    ExportedTable("membership", PROJECT),
    ExportedTable("link", PROJECT),
    ExportedTable("contract", PROJECT),
    ExportedTable("invoice", PROJECT),
    ExportedTable("quality_report", PROJECT),
    ExportedTable("onboarding_template_step"),
    ExportedTable("onboarding_step", PROJECT),
    ExportedTable("sprint", PROJECT),
    ExportedTable("task", PROJECT),
    ExportedTable("task_eta_change", PROJECT),  # each task's ETA history
    ExportedTable("milestone", PROJECT),
    ExportedTable("care_rule_setting", PROJECT),  # the care rules' settings on the project
    ExportedTable("agenda_template"),
    ExportedTable("meeting_series", PROJECT),
    ExportedTable("series_attendee", ("series_id", "meeting_series")),
    ExportedTable("meeting_occurrence", ("series_id", "meeting_series")),
    ExportedTable("minutes_item", ("occurrence_id", "meeting_occurrence")),
    ExportedTable("message_template"),
    ExportedTable("message", PROJECT),  # a message of no project is the store's: merged only
    ExportedTable("message_link", ("message_id", "message")),
    ExportedTable("mail_item"),  # what the sync brought back: merged by Outlook's id
    ExportedTable("care_mark", PROJECT),  # the PM's snoozes and "done" marks, with history
    # the registers (after the messages and mail they link to)
    ExportedTable("change_request", PROJECT),
    ExportedTable("change_request_event", ("change_request_id", "change_request")),
    ExportedTable("red_flag", PROJECT),
    ExportedTable("red_flag_event", ("red_flag_id", "red_flag")),
    ExportedTable("problem", PROJECT),
    ExportedTable("remedial_step", ("problem_id", "problem")),
    ExportedTable("decision", PROJECT),
    ExportedTable("decision_confirmation", PROJECT),
    ExportedTable("question", PROJECT),
    ExportedTable("satisfaction_entry", PROJECT),  # CSAT and NPS answers (after red flags)
    ExportedTable("company_setting"),  # the PM's calendar, days off, the rules' defaults
)

# Machine bookkeeping: what this store exchanged with the outside tools, and what the store
# itself is. An imported store starts its sync fresh (see ``transfer``), so nothing is sent
# twice and nothing is left pointing at another store's bookmarks.
BOOKKEEPING: dict[str, str] = {
    "sync_state": "where each connector's delta query left off in this store's mailbox",
    "remote_link": "how the outside tools know this store's items (their ids, change keys, "
                   "what they last received)",
    "store_info": "what the store itself is (the demo's mark); the file says it in `demo`",
}

BY_NAME: dict[str, ExportedTable] = {spec.name: spec for spec in EXPORTED}

# the shape the app expects inside each JSON column (checked on import)
JSON_SHAPES: dict[tuple[str, str], str] = {
    ("membership", "meetings"): "list of text",
    ("membership", "reports"): "list of text",
    ("meeting_series", "sent_snapshot"): "object or null",
    ("mail_item", "recipients"): "list of text",
    ("care_rule_setting", "params"): "object or null",
    ("company_setting", "value"): "any JSON value",
}


def primary_key(table: Table) -> Column[str]:
    (column,) = table.primary_key.columns
    return column


def project_ids_of(spec: ExportedTable) -> Select[str, str]:
    """(row id, project id) of every stored row of ``spec``'s table that belongs to a
    project; ``spec.owner`` must not be None."""
    assert spec.owner is not None
    table = spec.table
    if spec.name == "project":
        return select(table.c.id, table.c.id)
    if spec.owner == PROJECT:
        return select(primary_key(table), table.c.project_id).where(
            table.c.project_id.is_not(None))
    column, parent_name = spec.owner
    parent = project_ids_of(BY_NAME[parent_name]).subquery()
    parent_id, parent_project = parent.c
    return (select(primary_key(table), parent_project)
            .join(parent, table.c[column] == parent_id))
