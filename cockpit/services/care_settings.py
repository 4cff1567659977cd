"""The care rules' settings: the company's defaults and calendar (Settings), and each
project's own (the passport's *Care rules* tab, saved with the passport).

A rule's setting is layered: the rule's built-in defaults, then the company's, then the
project's — a project keeps only what the PM changed there, so a later change of a company
default reaches every project that did not override it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from cockpit.care.company import DAYS_OFF, PM_CALENDAR, RULE_PREFIX, load_company
from cockpit.care.params import RuleSetting, resolve
from cockpit.care.registry import BY_NAME, RULES
from cockpit.domain.passport import CareRuleData
from cockpit.domain.validation import is_valid_time_zone
from cockpit.errors import ErrorCode, KnownError
from cockpit.store.models import CompanySetting
from cockpit.store.store import Store

MAX_DAYS_OFF = 500


@dataclass(frozen=True)
class PmCalendar:
    zone: str = "UTC"
    country: str = ""
    start: time = time(9, 0)
    end: time = time(18, 0)


def check_layer(name: str, enabled: bool, params: dict[str, Any]) -> dict[str, Any]:
    """A rule's setting as stored: ``enabled`` and the parameters given, each in range."""
    if name not in BY_NAME:
        raise KnownError(ErrorCode.VALIDATION, f"no care rule {name!r}")
    specs = BY_NAME[name].params
    layer: dict[str, Any] = {}
    for key, value in params.items():
        if key not in specs:
            raise KnownError(ErrorCode.VALIDATION, f"rule {name} has no parameter {key!r}")
        try:
            layer[key] = specs[key].check(key, value)
        except ValueError as exc:
            raise KnownError(ErrorCode.VALIDATION, f"{name}: {exc}") from None
    return {"enabled": bool(enabled), **layer}


def _put(store: Store, key: str, value: Any) -> None:
    with store.session() as s:
        row = s.get(CompanySetting, key, with_for_update=True)
        if row is None:
            s.add(CompanySetting(key=key, value=value))
        else:
            row.value = value


def company_rules(store: Store) -> dict[str, RuleSetting]:
    with store.session() as s:
        company = load_company(s)
    return {rule.name: resolve(rule.params, company.rule_defaults.get(rule.name))
            for rule in RULES}


def set_company_rule(store: Store, name: str, enabled: bool, params: dict[str, Any]) -> None:
    _put(store, RULE_PREFIX + name, check_layer(name, enabled, params))


def project_rules(store: Store, care_rules: list[CareRuleData]) -> dict[str, RuleSetting]:
    """What each rule is on a project whose passport holds ``care_rules``."""
    with store.session() as s:
        company = load_company(s)
    own = {r.rule: {**r.params, "enabled": r.enabled} for r in care_rules}
    return {rule.name: resolve(rule.params, company.rule_defaults.get(rule.name),
                               own.get(rule.name)) for rule in RULES}


def check_project_rules(care_rules: list[CareRuleData]) -> None:
    seen = set()
    for r in care_rules:
        if r.rule in seen:
            raise KnownError(ErrorCode.VALIDATION, f"rule {r.rule} is set twice")
        seen.add(r.rule)
        check_layer(r.rule, r.enabled, r.params)


def pm_calendar(store: Store) -> PmCalendar:
    with store.session() as s:
        pm = load_company(s).pm
    return PmCalendar(pm.zone, pm.country, pm.start, pm.end)


def pm_calendar_is_set(store: Store) -> bool:
    """False until the PM saves a calendar (the window then proposes the computer's zone)."""
    from cockpit.store.models import CompanySetting

    with store.session() as s:
        return s.get(CompanySetting, PM_CALENDAR) is not None


def set_pm_calendar(store: Store, calendar: PmCalendar) -> None:
    if not is_valid_time_zone(calendar.zone):
        raise KnownError(ErrorCode.VALIDATION,
                         f"unknown time zone {calendar.zone!r} (e.g. Europe/Berlin)")
    country = calendar.country.strip().upper()
    if country and (len(country) != 2 or not country.isalpha()):
        raise KnownError(ErrorCode.VALIDATION,
                         f"use a two-letter country code such as DE, JP or US, not {country!r}")
    if not calendar.start < calendar.end:
        raise KnownError(ErrorCode.VALIDATION, "working hours must start before they end")
    _put(store, PM_CALENDAR, {"zone": calendar.zone, "country": country,
                              "start": calendar.start.strftime("%H:%M"),
                              "end": calendar.end.strftime("%H:%M")})


def days_off(store: Store) -> list[date]:
    with store.session() as s:
        return sorted(load_company(s).days_off)


def check_days_off(days: list[date]) -> list[date]:
    unique = sorted(set(days))
    if len(unique) > MAX_DAYS_OFF:
        raise KnownError(ErrorCode.VALIDATION, f"at most {MAX_DAYS_OFF} company days off")
    return unique


def set_days_off(store: Store, days: list[date]) -> None:
    unique = check_days_off(days)
    _put(store, DAYS_OFF, [d.isoformat() for d in unique])

