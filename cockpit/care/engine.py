"""Evaluate every rule for every live project (or one) at a moment: what is owed, sorted
overdue first, then due today, then soon. Nothing is written: ``at`` in the past reads the
store as it stood then (messages sent later do not count)."""

from __future__ import annotations

from datetime import UTC, datetime

from cockpit.care.facts import load_facts
from cockpit.care.items import CareItem
from cockpit.care.registry import BY_NAME, RULES, Rule
from cockpit.errors import ErrorCode, KnownError
from cockpit.store.store import Store


def due_items(store: Store, at: datetime | None = None, *, project_id: str | None = None,
              rule: str | None = None) -> list[CareItem]:
    at = (at or datetime.now(UTC)).astimezone(UTC)
    rules: tuple[Rule, ...] = RULES
    if rule is not None:
        if rule not in BY_NAME:
            raise KnownError(ErrorCode.NOT_FOUND, f"no care rule {rule!r}; the rules are "
                             + ", ".join(sorted(BY_NAME)))
        rules = (BY_NAME[rule],)
    with store.session() as s:
        facts = load_facts(s, at, project_id)
    items = [item for f in facts for r in rules for item in r.evaluate(f, at)]
    return sorted(items, key=CareItem.sort_key)
