"""Evaluate every rule for every live project (or one) at a moment: what is owed, sorted
overdue first, then due today, then soon. Nothing is written: ``at`` in the past reads the
store as it stood then (messages sent later, marks made later, do not count).

Each rule runs with its setting for the project (``cockpit.care.params.resolve``: the rule's
defaults, the company's, the project's); a rule switched off finds nothing. An item a "done"
mark names is gone; one a snooze in force names is left out, unless ``snoozed`` asks for it
(then it carries ``snoozed_until``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from cockpit.care.company import load_company
from cockpit.care.facts import ProjectFacts, load_facts
from cockpit.care.items import CareItem
from cockpit.care.marks import MarkKind
from cockpit.care.params import resolve
from cockpit.care.registry import BY_NAME, RULES, Rule
from cockpit.errors import ErrorCode, KnownError
from cockpit.store.store import Store


def due_items(store: Store, at: datetime | None = None, *, project_id: str | None = None,
              rule: str | None = None, snoozed: bool = False) -> list[CareItem]:
    at = (at or datetime.now(UTC)).astimezone(UTC)
    rules: tuple[Rule, ...] = RULES
    if rule is not None:
        if rule not in BY_NAME:
            raise KnownError(ErrorCode.NOT_FOUND, f"no care rule {rule!r}; the rules are "
                             + ", ".join(sorted(BY_NAME)))
        rules = (BY_NAME[rule],)
    with store.session() as s:
        company = load_company(s)
        facts = load_facts(s, at, project_id, company)
    # the company's setting of each rule, resolved once: most projects keep it as it is
    company_setting = {r.name: resolve(r.params, company.rule_defaults.get(r.name))
                       for r in rules}
    items = []
    for f in facts:
        for r in rules:
            own = f.rule_layers.get(r.name)
            setting = (resolve(r.params, company.rule_defaults.get(r.name), own) if own
                       else company_setting[r.name])
            if setting.enabled:
                items.extend(_marked(f, r.evaluate(f, at, setting), snoozed))
    return sorted(items, key=CareItem.sort_key)


def _marked(facts: ProjectFacts, items: list[CareItem], snoozed: bool) -> list[CareItem]:
    if not facts.marks:
        return items
    done = {m.item_key for m in facts.marks if m.kind is MarkKind.DONE}
    until = {m.item_key: m.until for m in facts.marks if m.kind is MarkKind.SNOOZE}
    out = []
    for item in items:
        if item.key in done:
            continue
        if item.key in until:
            if snoozed:
                out.append(replace(item, snoozed_until=until[item.key]))
            continue
        out.append(item)
    return out
