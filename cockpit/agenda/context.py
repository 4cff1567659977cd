"""What an agenda template can use. Each kind of open item comes from a provider; later
features (change requests, escalations, problems, milestones) add theirs to ``PROVIDERS``
and every template sees them without change.

Items marked internal are left out of anything the customer receives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

ITEM_LISTS = ("open_actions", "decisions", "change_requests", "escalations", "problems",
              "milestones")


@dataclass(frozen=True)
class AgendaItem:
    text: str
    owner: str = ""
    due_on: date | None = None
    internal: bool = False


# provider(session, project_id) -> {list name: items}
Provider = Callable[[Any, str], dict[str, list[AgendaItem]]]
PROVIDERS: list[Provider] = []


def register(provider: Provider) -> Provider:
    PROVIDERS.append(provider)
    return provider


def gather(session: Any, project_id: str, *, for_customer: bool) -> dict[str, list[AgendaItem]]:
    lists: dict[str, list[AgendaItem]] = {name: [] for name in ITEM_LISTS}
    for provider in PROVIDERS:
        for name, items in provider(session, project_id).items():
            lists.setdefault(name, []).extend(items)
    if for_customer:
        lists = {name: [i for i in items if not i.internal] for name, items in lists.items()}
    return lists


def sample_context() -> dict[str, Any]:
    """For the template editor's preview and checks: every name a template may use."""
    return {
        "project": {"code": "JP-104", "name": "請求システム移行", "customer": "東京フィンテック"},
        "series": {"title": "Weekly status", "objective": "Keep the customer informed",
                   "duration_minutes": 45, "type": "weekly_status"},
        "occurrence": "2026-12-01 10:00", "previous_occurrence": "2026-11-24 10:00",
        "next_occurrence": "2026-12-08 10:00",
        "open_actions": [AgendaItem("Share the test plan", "山田 太郎", date(2026, 11, 30))],
        "decisions": [AgendaItem("Go-live moved to 15 January")],
        "change_requests": [AgendaItem("CR-12: export to CSV (16 h) awaiting approval")],
        "escalations": [], "problems": [], "milestones": [AgendaItem("UAT starts 2026-12-07")],
    }
