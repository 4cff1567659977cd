"""Project operations for the UI. Each function is plain work a ``TaskRunner`` runs off-thread;
one that changes the store returns ``Done(value, changes)``.

Services (and so SQLAlchemy) are imported inside the functions: the first window paints
before any of them is loaded.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cockpit.changes import Changes, Done

if TYPE_CHECKING:
    from cockpit.domain.passport import OnboardingTemplateStepData, Passport, ProjectSummary
    from cockpit.domain.signals import HealthSignal
    from cockpit.services.transfer import ImportResult
    from cockpit.store.store import Store


@dataclass(frozen=True)
class Opened:
    store: Store
    demo_added: bool  # the demo portfolio's store was made (and filled) just now


def open_store(db: str | None, *, demo: bool = False, create: bool = False) -> Opened:
    """The store the window works on. ``demo``: the demo portfolio's own store (``db`` or the
    default demo file), filled the first time. Otherwise a store named by ``--db`` must exist
    unless ``create`` (the user agreed to make one); the user's default store is made on the
    app's first run, empty."""
    from cockpit.paths import is_default, require_existing, resolve_store
    from cockpit.store.store import open_store as open_

    if demo:
        from cockpit.services.demo_store import open_demo

        opened = open_demo(resolve_store(db) if db else None)
        return Opened(opened.store, opened.built is not None)
    location = resolve_store(db)
    if not create and not is_default(location):
        require_existing(location)
    return Opened(open_(location), False)


def count_projects(store: Store) -> int:
    """Every project, archived ones included: none means the store is new (first-run screen)."""
    from cockpit.services import projects

    return len(projects.list_projects(store, include_archived=True))


def quick_list(db: str | None, include_archived: bool) -> list[ProjectSummary] | None:
    """The project list read straight from a current SQLite store, before the full store (and
    SQLAlchemy) is loaded; None when that is not possible (new, old, other database)."""
    from cockpit.errors import KnownError
    from cockpit.paths import resolve_store
    from cockpit.store.schema_check import SchemaState, inspect_sqlite
    from cockpit.store.summary_query import read_summaries_sqlite

    location = resolve_store(db)
    if location.path is None:
        return None
    try:
        if inspect_sqlite(location.path).state is not SchemaState.CURRENT:
            return None
        return read_summaries_sqlite(location.path, include_archived)
    except (KnownError, OSError, ValueError, sqlite3.Error):
        return None  # the full open reports the problem properly


def list_projects(store: Store, include_archived: bool) -> list[ProjectSummary]:
    from cockpit.services import projects

    return projects.list_projects(store, include_archived=include_archived)


def health_signals(store: Store, today: date) -> dict[str, list[HealthSignal]]:
    """Every project's signals (overdue invoices, late tasks, …): one query per kind."""
    from cockpit.services import health_signals as signals

    return signals.health_signals(store, today)


def load(store: Store, project_id: str) -> Passport:
    from cockpit.services import projects

    return projects.get_passport(store, project_id)


def new(store: Store) -> Passport:
    from cockpit.services import projects

    return projects.new_passport(store)


def summaries(store: Store, project_ids: list[str], include_archived: bool
              ) -> tuple[list[ProjectSummary], list[str]]:
    """The list rows of these projects, and the ids no longer listed (deleted, or archived
    while archived projects are hidden)."""
    from cockpit.services import projects

    found: list[ProjectSummary] = []
    gone: list[str] = []
    for project_id in project_ids:
        rows = [r for r in projects.list_projects(store, project_id=project_id)
                if include_archived or not r.archived]
        found.extend(rows)
        if not rows:
            gone.append(project_id)
    return found, gone


def save(store: Store, passport: Passport) -> Done[tuple[Passport, ProjectSummary]]:
    from cockpit.services import projects

    saved = projects.save_passport(store, passport)
    changes = Changes.of(projects=[saved.id], tasks=[t.id for t in saved.tasks])
    return Done((saved, projects.get_summary(store, saved.id)), changes)


def set_archived(store: Store, project_id: str, archived: bool) -> Done[ProjectSummary]:
    from cockpit.services import projects

    projects.set_archived(store, project_id, archived)
    return Done(projects.get_summary(store, project_id),
                Changes.of(projects=[project_id], project_list=True))


def export_json(store: Store, path: Path) -> int:
    from cockpit.services import transfer

    return transfer.export_json(store, path)


def import_json(store: Store, path: Path) -> Done[ImportResult]:
    from cockpit.services import transfer

    return Done(transfer.import_json(store, path), Changes.everything())


def delete(store: Store, project_id: str) -> Done[str]:
    from cockpit.services import projects

    projects.delete_project(store, project_id)
    return Done(project_id, Changes.of(projects=[project_id], project_list=True))


def get_template(store: Store) -> list[OnboardingTemplateStepData]:
    from cockpit.services import onboarding_template

    return onboarding_template.get_template(store)


def save_template(store: Store, steps: list[OnboardingTemplateStepData]) -> Done[None]:
    from cockpit.services import onboarding_template

    onboarding_template.save_template(store, steps)
    return Done(None, Changes.of(settings=["onboarding_template"]))
