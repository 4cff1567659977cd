"""The fields a template may insert, read from a sample context: what the *Insert field* menu
of the template editors offers. A plain value becomes ``{{ name }}``, a record one entry per
field (``{{ project.name }}``), a list a ready loop over its items — so a PM never has to type
Jinja2, while those who know it can still write it by hand."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

EXAMPLE_CHARS = 40


@dataclass(frozen=True)
class TemplateField:
    path: str  # "project.name", "tasks"
    snippet: str  # what is inserted into the template
    example: str  # the sample value, short, for the menu
    loop: bool = False  # a list: the snippet is a loop over its items


def _record(value: Any) -> Mapping[str, Any] | None:
    if isinstance(value, Mapping):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    return None


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | Decimal | date | datetime | bool)


def _short(value: Any) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1] + "…"


def _loop(name: str, items: Sequence[Any]) -> TemplateField:
    first = items[0] if items else None
    record = _record(first) if first is not None else None
    if record:
        shown = [k for k, v in record.items() if _scalar(v) and v not in (None, "", False)][:3]
        line = " — ".join(f"{{{{ item.{key} }}}}" for key in shown) or "{{ item }}"
        example = ", ".join(_short(record[k]) for k in shown[:2])
    else:
        line, example = "{{ item }}", _short(first) if first is not None else ""
    snippet = f"{{% for item in {name} %}}\n- {line}\n{{% endfor %}}\n"
    return TemplateField(name, snippet, example, loop=True)


def fields_of(context: Mapping[str, Any]) -> list[TemplateField]:
    """Every field of ``context``, in its order: records by field, lists as loops."""
    found: list[TemplateField] = []
    for name, value in context.items():
        record = _record(value)
        if record is not None:
            for key, inner in record.items():
                if _scalar(inner):
                    found.append(TemplateField(f"{name}.{key}", f"{{{{ {name}.{key} }}}}",
                                               _short(inner)))
        elif isinstance(value, list | tuple):
            found.append(_loop(name, value))
        else:
            found.append(TemplateField(name, f"{{{{ {name} }}}}", _short(value)))
    return found


def message_fields(kind: str) -> list[TemplateField]:
    from cockpit.messages.samples import sample_context

    return fields_of(sample_context(kind))


def agenda_fields() -> list[TemplateField]:
    from cockpit.agenda.context import sample_context

    return fields_of(sample_context())
