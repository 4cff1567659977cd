"""The care rules, one module each under ``cockpit.care.rules``: a rule has a ``NAME`` and
``evaluate(facts, at) -> list[CareItem]`` for one project's facts at a moment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.rules import (
    biweekly_report,
    follow_up,
    governance,
    onboarding_step,
    open_task_update,
)


@dataclass(frozen=True)
class Rule:
    name: str
    evaluate: Callable[[ProjectFacts, datetime], list[CareItem]]


MODULES = (open_task_update, biweekly_report, follow_up, onboarding_step, governance)
RULES: tuple[Rule, ...] = tuple(Rule(module.NAME, module.evaluate) for module in MODULES)
BY_NAME = {rule.name: rule for rule in RULES}
