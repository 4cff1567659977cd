"""Care items as JSON, for the list Today shows at start while the store opens (the last
evaluation, marked as such): every field, moments in ISO 8601 with their offset."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import datetime
from typing import Any

from cockpit.care.items import CareItem, DueState

VERSION = 1
MOMENTS = ("due", "since", "snoozed_until")


def dump_items(at: datetime, items: list[CareItem], zone: str, names: dict[str, str]) -> str:
    rows = []
    for item in items:
        row: dict[str, Any] = asdict(item)
        row["recipients"] = list(item.recipients)
        row["state"] = item.state.value
        for name in MOMENTS:
            row[name] = row[name].isoformat() if row[name] is not None else None
        rows.append(row)
    return json.dumps({"version": VERSION, "at": at.isoformat(), "zone": zone, "names": names,
                       "items": rows}, ensure_ascii=False)


def load_items(text: str) -> tuple[datetime, list[CareItem], str, dict[str, str]]:
    """(evaluated at, items, the PM's zone, project names); ``ValueError`` for anything that
    is not a file this module wrote (an older version, a damaged file)."""
    try:
        data = json.loads(text)
        if data.get("version") != VERSION:
            raise ValueError("another version")
        known = {f.name for f in fields(CareItem)}
        items = []
        for row in data["items"]:
            values = {k: v for k, v in row.items() if k in known}
            values["recipients"] = tuple(values.get("recipients", ()))
            values["state"] = DueState(values["state"])
            for name in MOMENTS:
                if values.get(name) is not None:
                    values[name] = datetime.fromisoformat(values[name])
            items.append(CareItem(**values))
        return (datetime.fromisoformat(data["at"]), items, str(data["zone"]),
                {str(k): str(v) for k, v in data["names"].items()})
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a Today cache: {exc}") from exc
