"""The care rules, one module each under ``cockpit.care.rules``: a rule has a ``NAME``, its
``PARAMS`` (each a ``Param`` with its default and range) and ``evaluate(facts, at, setting)
-> list[CareItem]`` for one project's facts at a moment, with the rule's setting for that
project (the module's defaults, the company's, the project's)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from cockpit.care.facts import ProjectFacts
from cockpit.care.items import CareItem
from cockpit.care.params import Param, RuleSetting
from cockpit.care.rules import (
    biweekly_report,
    change_request,
    customer_mail,
    decision_unconfirmed,
    eta_slipped,
    follow_up,
    governance,
    onboarding_step,
    open_task_update,
    problem,
    red_flag,
    satisfaction_drop,
    satisfaction_survey,
    sprint_report,
    urgent_update,
)


@dataclass(frozen=True)
class Rule:
    name: str
    params: dict[str, Param]
    evaluate: Callable[[ProjectFacts, datetime, RuleSetting], list[CareItem]]


MODULES = (customer_mail, red_flag, problem, urgent_update, follow_up, eta_slipped,
           open_task_update, sprint_report, biweekly_report, change_request,
           decision_unconfirmed, satisfaction_drop, satisfaction_survey, onboarding_step,
           governance)
RULES: tuple[Rule, ...] = tuple(Rule(m.NAME, m.PARAMS, m.evaluate) for m in MODULES)
BY_NAME = {rule.name: rule for rule in RULES}
