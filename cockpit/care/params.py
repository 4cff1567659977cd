"""A rule's parameters: each a whole number with a default and the range a PM may set (the
*Care rules* passport tab and the company defaults in Settings offer exactly these)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Param:
    default: int
    low: int
    high: int
    unit: str  # "working days", "minutes", "hours of working time"…

    def check(self, name: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{name} must be a whole number")
        if not self.low <= value <= self.high:
            raise ValueError(f"{name} must be between {self.low} and {self.high} {self.unit}")
        return value


@dataclass(frozen=True)
class RuleSetting:
    """A rule as it applies to one project: on or off, and every parameter's value."""

    enabled: bool
    params: dict[str, int]

    def __getitem__(self, name: str) -> int:
        return self.params[name]


def resolve(specs: dict[str, Param], *layers: dict[str, Any] | None) -> RuleSetting:
    """The module's defaults, then each layer over them (the company's, then the project's);
    a layer's ``enabled`` and any parameter it names win. A stored value out of range (a
    hand-edited import) is ignored, never fatal."""
    enabled, params = True, {name: spec.default for name, spec in specs.items()}
    for layer in layers:
        if not layer:
            continue
        if isinstance(layer.get("enabled"), bool):
            enabled = layer["enabled"]
        for name, spec in specs.items():
            if name in layer:
                try:
                    params[name] = spec.check(name, layer[name])
                except ValueError:
                    continue
    return RuleSetting(enabled, params)
