"""Field rules shared by the UI (inline messages) and the services (refusal on save)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from cockpit.domain.problems import Problem
from cockpit.domain.red_flags import MAX_LIMIT_DAYS

if TYPE_CHECKING:
    from cockpit.domain.passport import Passport

EMAIL_RE = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")
CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Issue:
    """``where`` names the field, e.g. ``fields.code`` or ``members[2].email``."""

    where: str
    problem: Problem


def is_valid_email(value: str) -> bool:
    return bool(EMAIL_RE.match(value.strip()))


def is_valid_url(value: str) -> bool:
    parts = urlsplit(value.strip())
    if parts.scheme in ("http", "https", "ssh", "git", "ftp"):
        return bool(parts.netloc) and " " not in value.strip()
    if parts.scheme in ("file", "mailto"):
        return bool(parts.path)
    return False


@cache
def known_time_zones() -> frozenset[str]:
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


def is_valid_time_zone(value: str) -> bool:
    return value in known_time_zones()


def is_valid_currency(value: str) -> bool:
    return bool(CURRENCY_RE.match(value))


MAX_AMOUNT = Decimal("1e15")  # money below a quadrillion, to 4 decimals: stored exactly
MAX_COUNT = 10**9

# the longest text each field keeps (the store's column sizes)
MAX_LENGTHS = {
    "fields.name": 200, "fields.customer": 200, "fields.department": 120,
    "members.name": 200, "members.email": 254, "members.organisation": 200,
    "members.phone": 64, "members.role": 120, "links.label": 200, "links.url": 2000,
    "invoices.number": 64, "quality_reports.link": 2000, "onboarding.title": 300,
    "sprints.name": 64, "tasks.name": 500, "tasks.sprint": 64, "tasks.external_key": 64,
    "tasks.external_url": 2000,
    "milestones.name": 300,
}
MAX_HOURS = Decimal(100000)


def is_valid_amount(value: Decimal | None) -> bool:
    if value is None or not value.is_finite() or value < 0 or value >= MAX_AMOUNT:
        return False
    exponent = value.as_tuple().exponent
    return isinstance(exponent, int) and exponent >= -4


def _dates(issues: list[Issue], where: str, start: date | None, end: date | None) -> None:
    if start and end and end < start:
        issues.append(Issue(where, Problem.END_BEFORE_START))


def _check_fields(p: Passport, issues: list[Issue]) -> None:
    f = p.fields
    if not f.code.strip():
        issues.append(Issue("fields.code", Problem.REQUIRED))
    elif not CODE_RE.match(f.code.strip()):
        issues.append(Issue("fields.code", Problem.BAD_CODE))
    if not f.name.strip():
        issues.append(Issue("fields.name", Problem.REQUIRED))
    if not is_valid_time_zone(f.customer_time_zone):
        issues.append(Issue("fields.customer_time_zone", Problem.BAD_TIME_ZONE))
    if f.working_days_country and not COUNTRY_RE.match(f.working_days_country):
        issues.append(Issue("fields.working_days_country", Problem.BAD_COUNTRY))
    if f.sprint_length_weeks not in (1, 2):
        issues.append(Issue("fields.sprint_length_weeks", Problem.BAD_SPRINT))
    for name in ("escalation_project_days", "escalation_department_days"):
        days = getattr(f, name)
        if not isinstance(days, int) or not 1 <= days <= MAX_LIMIT_DAYS:
            issues.append(Issue(f"fields.{name}", Problem.BAD_LIMIT))
    _dates(issues, "fields.end_date", f.start_date, f.end_date)


def _check_members(p: Passport, issues: list[Issue]) -> None:
    for i, m in enumerate(p.members):
        if not m.name.strip():
            issues.append(Issue(f"members[{i}].name", Problem.REQUIRED))
        if m.email and not is_valid_email(m.email):
            issues.append(Issue(f"members[{i}].email", Problem.BAD_EMAIL))
        if not is_valid_time_zone(m.time_zone):
            issues.append(Issue(f"members[{i}].time_zone", Problem.BAD_TIME_ZONE))


def _check_links(p: Passport, issues: list[Issue]) -> None:
    for i, link in enumerate(p.links):
        if not link.label.strip():
            issues.append(Issue(f"links[{i}].label", Problem.REQUIRED))
        if not is_valid_url(link.url):
            issues.append(Issue(f"links[{i}].url", Problem.BAD_URL))


def _check_money(p: Passport, issues: list[Issue]) -> None:
    c = p.contract
    if c is not None:
        if c.value is not None and not is_valid_amount(c.value):
            issues.append(Issue("contract.value", Problem.BAD_AMOUNT))
        if (c.value is not None or c.currency) and not is_valid_currency(c.currency):
            issues.append(Issue("contract.currency", Problem.BAD_CURRENCY))
        if c.renewal_notice_days is not None and c.renewal_notice_days < 0:
            issues.append(Issue("contract.renewal_notice_days", Problem.NEGATIVE))
        _dates(issues, "contract.end_date", c.start_date, c.end_date)
    for i, inv in enumerate(p.invoices):
        if not inv.number.strip():
            issues.append(Issue(f"invoices[{i}].number", Problem.REQUIRED))
        if inv.issued_on is None:
            issues.append(Issue(f"invoices[{i}].issued_on", Problem.REQUIRED))
        if not is_valid_amount(inv.amount):
            issues.append(Issue(f"invoices[{i}].amount", Problem.BAD_AMOUNT))
        if not is_valid_currency(inv.currency):
            issues.append(Issue(f"invoices[{i}].currency", Problem.BAD_CURRENCY))
        _dates(issues, f"invoices[{i}].due_on", inv.issued_on, inv.due_on)


def _check_quality(p: Passport, issues: list[Issue]) -> None:
    for i, q in enumerate(p.quality_reports):
        if q.report_date is None:
            issues.append(Issue(f"quality_reports[{i}].report_date", Problem.REQUIRED))
        if q.link and not is_valid_url(q.link):
            issues.append(Issue(f"quality_reports[{i}].link", Problem.BAD_URL))
        for name in ("open_bugs", "critical_bugs"):
            value = getattr(q, name)
            if value is not None and value < 0:
                issues.append(Issue(f"quality_reports[{i}].{name}", Problem.NEGATIVE))
        for name in ("test_coverage_pct", "on_time_delivery_pct"):
            pct = getattr(q, name)
            if pct is not None and not (0 <= pct <= 100):
                issues.append(Issue(f"quality_reports[{i}].{name}", Problem.BAD_PERCENT))


def _check_onboarding(p: Passport, issues: list[Issue]) -> None:
    for i, step in enumerate(p.onboarding):
        if not step.title.strip():
            issues.append(Issue(f"onboarding[{i}].title", Problem.REQUIRED))


def _hours(issues: list[Issue], where: str, value: Decimal | None) -> None:
    if value is None:
        return
    if not value.is_finite() or value < 0:
        issues.append(Issue(where, Problem.NEGATIVE))
    elif value >= MAX_HOURS:
        issues.append(Issue(where, Problem.TOO_LARGE))


SPRINT_DAYS = 14  # sprints last one or two weeks


def _check_sprints(p: Passport, issues: list[Issue]) -> None:
    seen: set[str] = set()
    for i, sprint in enumerate(p.sprints):
        name = sprint.name.strip().casefold()
        if not name:
            issues.append(Issue(f"sprints[{i}].name", Problem.REQUIRED))
        elif name in seen:
            issues.append(Issue(f"sprints[{i}].name", Problem.DUPLICATE))
        seen.add(name)
        if sprint.start_on and sprint.end_on:
            days = (sprint.end_on - sprint.start_on).days + 1
            if days < 1:
                issues.append(Issue(f"sprints[{i}].end_on", Problem.END_BEFORE_START))
            elif days > SPRINT_DAYS:
                issues.append(Issue(f"sprints[{i}].end_on", Problem.BAD_SPRINT))


def _check_work(p: Passport, issues: list[Issue]) -> None:
    _check_sprints(p, issues)
    for i, task in enumerate(p.tasks):
        if not task.name.strip():
            issues.append(Issue(f"tasks[{i}].name", Problem.REQUIRED))
        if task.external_url and not is_valid_url(task.external_url):
            issues.append(Issue(f"tasks[{i}].external_url", Problem.BAD_URL))
        _hours(issues, f"tasks[{i}].hours", task.hours)
    for i, milestone in enumerate(p.milestones):
        if not milestone.name.strip():
            issues.append(Issue(f"milestones[{i}].name", Problem.REQUIRED))


def _check_lengths(p: Passport, issues: list[Issue]) -> None:
    for key, limit in MAX_LENGTHS.items():
        part, name = key.split(".")
        if part == "fields":
            if len(getattr(p.fields, name)) > limit:
                issues.append(Issue(key, Problem.TOO_LONG))
            continue
        for i, record in enumerate(getattr(p, part)):
            if len(getattr(record, name)) > limit:
                issues.append(Issue(f"{part}[{i}].{name}", Problem.TOO_LONG))


def _check_counts(p: Passport, issues: list[Issue]) -> None:
    for i, q in enumerate(p.quality_reports):
        for name in ("open_bugs", "critical_bugs"):
            value = getattr(q, name)
            if value is not None and value > MAX_COUNT:
                issues.append(Issue(f"quality_reports[{i}].{name}", Problem.TOO_LARGE))
    days = p.contract.renewal_notice_days if p.contract else None
    if days is not None and days > 3650:
        issues.append(Issue("contract.renewal_notice_days", Problem.TOO_LARGE))


def validate_passport(p: Passport) -> list[Issue]:
    issues: list[Issue] = []
    for check in (_check_fields, _check_members, _check_links, _check_money, _check_quality,
                  _check_onboarding, _check_work, _check_lengths, _check_counts):
        check(p, issues)
    return issues
