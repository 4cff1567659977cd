"""A sample context per message kind: the template editor's preview, and the check that a
template renders before it is saved. Every name a template may use is here (each kind's own
from its spec's ``sample``)."""

from __future__ import annotations

from typing import Any

from cockpit.messages.kinds.registry import spec_of
from cockpit.messages.kinds.samples import COMMON, TASKS

__all__ = ["COMMON", "TASKS", "sample_context"]


def sample_context(kind: str) -> dict[str, Any]:
    return {**COMMON, **spec_of(kind).sample}
