"""How the records of an imported file meet the stored ones: merged by id, and newer work is
never lost.

Some records are *units* with a version: a project's passport (the project and its people on
it, links, contract, invoices, quality reports, onboarding steps, sprints, tasks with their ETA
history, milestones and the care rules' settings — every passport save raises the project's
``updated_at``), a meeting series with its attendees, a message with its links (``revision``,
then ``updated_at``), a template, a synced mail item, a company setting, and each register's
entry (a change request or a red flag with its history, a problem with its remedial plan, a
decision, a question).
For each unit the file holds:

- new to the store: written;
- the stored one is as old or older: the file's replaces it — its children become exactly the
  file's (those the file no longer holds are removed);
- the stored one is newer (edited after the export): it is kept, with its children, and the
  file's is counted as *kept newer*.

Every other record (people, occurrences, minutes, the onboarding template's steps, care marks,
decisions' confirmations) is written over the stored one of the same id; none is removed,
except the onboarding template's steps when the file brings a template (it replaces the
store's).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.services.export_tables import BY_NAME, EXPORTED, primary_key

CHUNK = 500


@dataclass(frozen=True)
class Unit:
    version: tuple[str, ...]  # compared in this order
    children: dict[str, str]  # child table -> its column naming the unit


UNITS: dict[str, Unit] = {
    "project": Unit(("updated_at",), {name: "project_id" for name in (
        "membership", "link", "contract", "invoice", "quality_report", "onboarding_step", "sprint",
        "task", "task_eta_change", "milestone", "care_rule_setting")}),
    "meeting_series": Unit(("updated_at",), {"series_attendee": "series_id"}),
    "message": Unit(("revision", "updated_at"), {"message_link": "message_id"}),
    "agenda_template": Unit(("updated_at",), {}),
    "message_template": Unit(("updated_at",), {}),
    "mail_item": Unit(("updated_at",), {}),
    "company_setting": Unit(("updated_at",), {}),
    # the registers: each entry with its history or plan
    "change_request": Unit(("updated_at",), {"change_request_event": "change_request_id"}),
    "red_flag": Unit(("updated_at",), {"red_flag_event": "red_flag_id"}),
    "problem": Unit(("updated_at",), {"remedial_step": "problem_id"}),
    "decision": Unit(("updated_at",), {}),
    "question": Unit(("updated_at",), {}),
    "satisfaction_entry": Unit(("updated_at",), {}),
}
CHILD_OF: dict[str, tuple[str, str]] = {child: (unit, column) for unit, spec in UNITS.items()
                                        for child, column in spec.children.items()}


@dataclass
class Plan:
    write: dict[str, list[dict[str, Any]]]  # per table, the file's records to write
    remove: dict[str, list[Any]] = field(default_factory=dict)  # per table, stored ids
    kept: dict[str, set[Any]] = field(default_factory=dict)  # units kept as stored (newer)

    @property
    def kept_count(self) -> int:
        return sum(len(ids) for ids in self.kept.values())


def plan(s: Session, tables: dict[str, list[dict[str, Any]]]) -> Plan:
    kept = {name: _stored_newer(s, name, tables[name]) for name in UNITS}
    write: dict[str, list[dict[str, Any]]] = {}
    for spec in EXPORTED:
        key = primary_key(spec.table).name
        rows = tables[spec.name]
        if spec.name in UNITS:
            rows = [r for r in rows if r[key] not in kept[spec.name]]
        elif spec.name in CHILD_OF:
            unit, column = CHILD_OF[spec.name]
            rows = [r for r in rows if r[column] not in kept[unit]]
        write[spec.name] = rows
    result = Plan(write, kept={name: ids for name, ids in kept.items() if ids})
    for child, (unit, column) in CHILD_OF.items():
        written = {r["id"] for r in write[unit]}
        result.remove[child] = _left_out(s, child, column, written, write[child])
    steps = write["onboarding_template_step"]
    if steps:
        table = BY_NAME["onboarding_template_step"].table
        keep = {r["id"] for r in steps}
        result.remove["onboarding_template_step"] = [
            i for i in s.scalars(select(table.c.id)) if i not in keep]
    return result


def _stored_newer(s: Session, name: str, rows: list[dict[str, Any]]) -> set[Any]:
    """Ids of the file's records of unit table ``name`` whose stored version is newer."""
    if not rows:
        return set()
    table = BY_NAME[name].table
    key = primary_key(table)
    columns = UNITS[name].version
    theirs = {r[key.name]: tuple(r[c] for c in columns) for r in rows}
    ids = list(theirs)
    newer: set[Any] = set()
    for start in range(0, len(ids), CHUNK):
        query = select(key, *[table.c[c] for c in columns]).where(
            key.in_(ids[start:start + CHUNK]))
        for row_id, *stored in s.execute(query):
            if _later(tuple(stored), theirs[row_id]):
                newer.add(row_id)
    return newer


def _later(stored: tuple[Any, ...], file: tuple[Any, ...]) -> bool:
    for mine, yours in zip(stored, file, strict=True):
        if mine is None or yours is None or mine == yours:
            continue
        return bool(mine > yours)
    return False


def _left_out(s: Session, child: str, column: str, units: set[Any],
              rows: list[dict[str, Any]]) -> list[Any]:
    """Stored children of the written units that the file no longer holds."""
    if not units:
        return []
    table = BY_NAME[child].table
    key = primary_key(table)
    keep = {r[key.name] for r in rows}
    ids = list(units)
    gone: list[Any] = []
    for start in range(0, len(ids), CHUNK):
        query = select(key).where(table.c[column].in_(ids[start:start + CHUNK]))
        gone.extend(i for i in s.scalars(query) if i not in keep)
    return gone
