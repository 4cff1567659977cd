"""Ways a JSON export gets damaged by hand or by other tools: each operator changes the parsed
document (a field's type or size, a missing or unknown key, duplicate or dangling ids…); the
text can then be cut short or re-encoded."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

ODD_VALUES: tuple[Any, ...] = (
    None, True, False, 0, -1, 2**31, 2**63, 10**30, 1.5, -0.0, "", " ", "x" * 100_000,
    "\x00", "\ud800", "NaN", "Infinity", "1e999", "2026-13-45", "0001-01-01T00:00:00+00:00",
    "9999-12-31", "25:61:00", "2026-12-03T10:00:00", "Mars/Olympus_Mons", "<script>", [], {},
    ["weekly_status", 5], {"a": [1, {"b": None}]}, "日本語のテキスト", "a@b", "ready", "sent",
)


def _records(doc: Any) -> list[tuple[str, list[Any]]]:
    tables = doc.get("tables") if isinstance(doc, dict) else None
    if not isinstance(tables, dict):
        return []
    return [(name, rows) for name, rows in sorted(tables.items())
            if isinstance(rows, list) and rows]


def _record(doc: Any, data: Any) -> tuple[str, list[Any], int] | None:
    tables = _records(doc)
    if not tables:
        return None
    name, rows = data.draw(st.sampled_from(tables), label="table")
    return name, rows, data.draw(st.integers(0, len(rows) - 1), label="record")


def set_field(doc: Any, data: Any) -> Any:
    found = _record(doc, data)
    if found is None:
        return doc
    _name, rows, index = found
    if isinstance(rows[index], dict) and rows[index]:
        key = data.draw(st.sampled_from(sorted(rows[index])), label="field")
        rows[index][key] = data.draw(st.one_of(st.sampled_from(ODD_VALUES),
                                               st.text(max_size=30), st.integers()),
                                     label="value")
    return doc


def drop_field(doc: Any, data: Any) -> Any:
    found = _record(doc, data)
    if found is not None and isinstance(found[1][found[2]], dict) and found[1][found[2]]:
        record = found[1][found[2]]
        record.pop(data.draw(st.sampled_from(sorted(record)), label="field"))
    return doc


def add_field(doc: Any, data: Any) -> Any:
    found = _record(doc, data)
    if found is not None and isinstance(found[1][found[2]], dict):
        found[1][found[2]][data.draw(st.text(min_size=1, max_size=12), label="key")] = 1
    return doc


def duplicate_record(doc: Any, data: Any) -> Any:
    found = _record(doc, data)
    if found is not None:
        _name, rows, index = found
        copy = json.loads(json.dumps(rows[index]))
        if isinstance(copy, dict) and data.draw(st.booleans(), label="new id"):
            copy["id"] = data.draw(st.uuids(), label="id").hex
        rows.append(copy)
    return doc


def steal_id(doc: Any, data: Any) -> Any:
    """A record takes the id of another record (of any table)."""
    tables = _records(doc)
    if len(tables) < 2:
        return doc
    a = _record(doc, data)
    b = _record(doc, data)
    if a and b and isinstance(a[1][a[2]], dict) and isinstance(b[1][b[2]], dict):
        a[1][a[2]]["id"] = b[1][b[2]].get("id")
    return doc


def dangle_reference(doc: Any, data: Any) -> Any:
    found = _record(doc, data)
    if found is not None and isinstance(found[1][found[2]], dict):
        record = found[1][found[2]]
        keys = sorted(k for k in record if k.endswith("_id"))
        if keys:
            record[data.draw(st.sampled_from(keys), label="reference")] = \
                data.draw(st.uuids(), label="nowhere").hex
    return doc


def drop_records(doc: Any, data: Any) -> Any:
    tables = _records(doc)
    if tables:
        _name, rows = data.draw(st.sampled_from(tables), label="table")
        del rows[data.draw(st.integers(0, len(rows) - 1), label="from"):]
    return doc


def change_top(doc: Any, data: Any) -> Any:
    if isinstance(doc, dict) and doc:
        key = data.draw(st.sampled_from(sorted(doc)), label="top key")
        doc[key] = data.draw(st.sampled_from(ODD_VALUES + (1, 2, 3, "pm-cockpit")), label="value")
    return doc


def reorder_tables(doc: Any, data: Any) -> Any:
    tables = doc.get("tables") if isinstance(doc, dict) else None
    if isinstance(tables, dict):
        names = data.draw(st.permutations(sorted(tables)), label="order")
        doc["tables"] = {name: tables[name] for name in names}
    return doc


OPERATORS: tuple[Callable[[Any, Any], Any], ...] = (
    set_field, set_field, set_field, drop_field, add_field, duplicate_record, steal_id,
    dangle_reference, drop_records, change_top, reorder_tables,
)


def mutate(text: str, data: Any) -> bytes:
    doc = json.loads(text)
    for _ in range(data.draw(st.integers(1, 3), label="rounds")):
        doc = data.draw(st.sampled_from(OPERATORS), label="operator")(doc, data)
    out = json.dumps(doc, ensure_ascii=data.draw(st.booleans(), label="ascii"))
    raw = out.encode("utf-8", errors="surrogatepass")
    damage = data.draw(st.sampled_from(["none", "none", "none", "truncate", "latin-1",
                                        "utf-16", "bom", "bytes"]), label="damage")
    if damage == "truncate" and raw:
        raw = raw[:data.draw(st.integers(0, len(raw) - 1), label="cut")]
    elif damage == "latin-1":
        raw = out.encode("latin-1", errors="replace")
    elif damage == "utf-16":
        raw = out.encode("utf-16", errors="surrogatepass")
    elif damage == "bom":
        raw = b"\xef\xbb\xbf" + raw
    elif damage == "bytes" and raw:
        at = data.draw(st.integers(0, len(raw) - 1), label="byte at")
        raw = raw[:at] + data.draw(st.binary(min_size=1, max_size=8), label="bytes") + raw[at:]
    return raw
