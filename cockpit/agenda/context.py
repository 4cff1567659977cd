"""What an agenda template can use. Each kind of open item comes from a provider
(``cockpit.services.occurrences``: the minutes' action items and decisions;
``cockpit.services.register_agenda``: change requests awaiting the customer, open red flags,
open problems, the next milestones), registered in ``PROVIDERS``.

An item's ``text`` is what the PM wrote (a title); the words around it (a level, "awaiting
your decision") are the template's, in its language, from the item's other fields. Items
marked internal are left out of anything the customer receives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

ITEM_LISTS = ("open_actions", "decisions", "change_requests", "escalations", "problems",
              "milestones")


@dataclass(frozen=True)
class AgendaItem:
    text: str
    owner: str = ""
    due_on: date | None = None
    internal: bool = False
    key: str = ""  # CR-12, RF-3, PB-2
    hours: Decimal | None = None  # a change request's estimate
    level: str = ""  # a red flag's level: project, department, executive
    since: date | None = None  # a red flag raised, a problem found
    state: str = ""  # a problem: open / fixed; a red flag: its severity
    note: str = ""  # a problem's workaround; a milestone: "" (its date is due_on)


# provider(session, project_id) -> {list name: items}
Provider = Callable[[Any, str], dict[str, list[AgendaItem]]]
PROVIDERS: list[Provider] = []


def register(provider: Provider) -> Provider:
    PROVIDERS.append(provider)
    return provider


PROVIDER_MODULES = ("cockpit.services.occurrences", "cockpit.services.register_agenda")


def gather(session: Any, project_id: str, *, for_customer: bool) -> dict[str, list[AgendaItem]]:
    import importlib

    for module in PROVIDER_MODULES:  # each registers its providers once, on import
        importlib.import_module(module)
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
        "occurrence": datetime(2026, 12, 1, 10, 0),
        "previous_occurrence": datetime(2026, 11, 24, 10, 0),
        "next_occurrence": datetime(2026, 12, 8, 10, 0), "language": "en",
        "open_actions": [AgendaItem("Share the test plan", "山田 太郎", date(2026, 11, 30))],
        "decisions": [AgendaItem("Go-live moved to 15 January")],
        "change_requests": [AgendaItem("Export invoices to CSV", key="CR-12",
                                       hours=Decimal(16), since=date(2026, 11, 27))],
        "escalations": [AgendaItem("Invoices show the wrong VAT rate", key="RF-3",
                                   level="department", since=date(2026, 11, 27),
                                   state="high")],
        "problems": [AgendaItem("Nightly batch ran out of memory", key="PB-2",
                                due_on=date(2026, 12, 4), since=date(2026, 11, 26),
                                state="open", note="Run the batch in two halves")],
        "milestones": [AgendaItem("UAT starts", due_on=date(2026, 12, 7))],
    }
