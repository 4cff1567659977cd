"""The file side of an import: reading a PM Cockpit JSON export and checking it on its own.

Everything that can be checked without the store is checked here, before the store is even
opened: the envelope (format, version, demo mark), the tables and fields it names, every value
against its column (``export_values``), ids present and unique, and unique keys (project code,
meeting UID, Message-ID) held by one record only. What it gives back, ``Parsed``, holds decoded
values ready to be written; the store-side checks are in ``import_checks``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cockpit.domain.passport import OnboardingTemplateStepData, Passport
from cockpit.errors import ErrorCode, KnownError
from cockpit.services.export_tables import (
    BY_NAME,
    EXPORTED,
    JSON_SHAPES,
    ExportedTable,
    primary_key,
)
from cockpit.services.export_values import BadValue, decode_value

FORMAT_NAME = "pm-cockpit"
FORMAT_VERSION = 2


@dataclass
class Parsed:
    """A checked export: version 1 passports, or version 2 tables of decoded values."""

    version: int
    source: str
    demo: bool = False
    template: list[OnboardingTemplateStepData] = field(default_factory=list)
    projects: list[Passport] = field(default_factory=list)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    changes: dict[str, list[Any]] = field(default_factory=dict)  # v1: change requests

    @property
    def project_count(self) -> int:
        return len(self.projects) if self.version == 1 else len(self.tables.get("project", []))


def read_export(path: Path) -> Parsed:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise KnownError(ErrorCode.FILE_NOT_FOUND, f"no such file: {path}") from exc
    except OSError as exc:
        raise KnownError(ErrorCode.FILE_UNREADABLE, f"cannot read {path}: {exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnownError(ErrorCode.FILE_UNREADABLE,
                         f"{path} is not UTF-8 text (byte {exc.start}): not a PM Cockpit "
                         "export") from exc
    return parse_text(text, str(path))


def parse_text(text: str, source: str) -> Parsed:
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except RecursionError as exc:
        raise KnownError(ErrorCode.BAD_JSON,
                         f"{source} is nested too deeply to be an export") from exc
    except json.JSONDecodeError as exc:
        raise KnownError(
            ErrorCode.BAD_JSON, f"{source} is not valid JSON (line {exc.lineno}: {exc.msg})"
        ) from exc
    except ValueError as exc:
        raise KnownError(ErrorCode.BAD_JSON, f"{source} is not valid JSON ({exc})") from exc
    return parse_export(data, source)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse_export(data: Any, source: str) -> Parsed:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{source} is not a PM Cockpit export")
    version = data.get("version")
    if version == 1:
        from cockpit.services import transfer_v1

        template, projects, changes = transfer_v1.parse_export(data, source)
        return Parsed(1, source, template=template, projects=projects, changes=changes)
    if version != FORMAT_VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) \
            and version > FORMAT_VERSION
        hint = "; update PM Cockpit to import it" if newer else ""
        raise KnownError(
            ErrorCode.UNSUPPORTED_EXPORT_VERSION,
            f"{source} has export format version {version!r}; this PM Cockpit reads versions "
            f"1 and {FORMAT_VERSION}{hint}",
        )
    demo = data.get("demo", False)
    if not isinstance(demo, bool):
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{source}: demo: expected true or false")
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{source}: tables: expected an object")
    unknown = sorted(set(tables) - set(BY_NAME))
    if unknown:
        raise KnownError(ErrorCode.BAD_EXPORT_FORMAT,
                         f"{source}: unknown table {unknown[0]!r} (written by a newer PM "
                         "Cockpit?)")
    decoded = {spec.name: _decode_table(spec, tables.get(spec.name, []), source)
               for spec in EXPORTED}
    _from_older_schema(decoded, data.get("schema"))
    _check_unique_keys(decoded, source)
    return Parsed(2, source, demo=demo, tables=decoded)


def _from_older_schema(tables: dict[str, list[dict[str, Any]]], schema: Any) -> None:
    """What a file written by an older schema meant, in this one's words (as the migrations
    say it for a stored store): before 0013 a change request *estimated* had its estimate
    sent, and a *confirmed* one with a sprint was planned."""
    from cockpit.store.revisions import REVISIONS

    if schema not in REVISIONS or REVISIONS.index(schema) >= REVISIONS.index("0013_registers"):
        return
    from cockpit.domain.work import ChangeRequestStatus as S

    for row in tables["change_request"]:
        if row["status"] == S.ESTIMATED:
            row["status"] = S.SENT
        elif row["status"] == S.CONFIRMED and row["target_sprint"]:
            row["status"] = S.SCHEDULED


def _bad(source: str, where: str, message: str) -> KnownError:
    return KnownError(ErrorCode.BAD_EXPORT_FORMAT, f"{source}: {where}: {message}")


def _decode_table(spec: ExportedTable, records: Any, source: str) -> list[dict[str, Any]]:
    if not isinstance(records, list):
        raise _bad(source, f"tables.{spec.name}", "expected a list")
    table = spec.table
    columns = {c.name: c for c in table.columns}
    key = primary_key(table).name
    seen: set[Any] = set()
    out: list[dict[str, Any]] = []
    for index, record in enumerate(records):
        where = f"tables.{spec.name}[{index}]"
        if not isinstance(record, dict):
            raise _bad(source, where, "expected an object")
        unknown = sorted(str(k) for k in set(record) - set(columns))
        if unknown:
            raise _bad(source, where, f"unknown field {unknown[0]!r} (written by a newer PM "
                                      "Cockpit?)")
        row: dict[str, Any] = {}
        for name, column in columns.items():
            if name in record:
                try:
                    row[name] = decode_value(column, record[name],
                                             JSON_SHAPES.get((spec.name, name)))
                except BadValue as exc:
                    raise _bad(source, f"{where}.{name}", str(exc)) from None
            else:
                row[name] = _missing(column, source, f"{where}.{name}")
        if not row[key]:
            raise _bad(source, f"{where}.{key}", "a record needs its id")
        if row[key] in seen:
            raise _bad(source, where, f"{spec.name} {row[key]} appears twice")
        seen.add(row[key])
        out.append(row)
    return out


def _missing(column: Any, source: str, where: str) -> Any:
    default = column.default
    if default is not None and not column.primary_key:
        if default.is_scalar:
            return default.arg
        if default.is_callable:
            return default.arg(None)
    if column.nullable and not column.primary_key:
        return None
    raise _bad(source, where, "is missing")


# (table, columns) that must be unique; compared case-insensitively where ``fold`` is set
UNIQUE_KEYS: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("project", ("code",), True),
    ("contract", ("project_id",), False),
    ("meeting_series", ("uid",), False),
    ("meeting_occurrence", ("series_id", "original_start"), False),
    ("message", ("message_id",), False),
)


def _check_unique_keys(tables: dict[str, list[dict[str, Any]]], source: str) -> None:
    for name, columns, fold in UNIQUE_KEYS:
        seen: dict[tuple[Any, ...], str] = {}
        for row in tables[name]:
            value = tuple(str(row[c]).casefold() if fold else row[c] for c in columns)
            if value in seen:
                shown = ", ".join(str(row[c]) for c in columns)
                raise _bad(source, f"tables.{name}",
                           f"{shown} belongs to two records ({seen[value]} and {row['id']})")
            seen[value] = row["id"]
