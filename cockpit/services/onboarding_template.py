"""The company's onboarding checklist template (editable; new projects copy it)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cockpit.domain.passport import OnboardingTemplateStepData
from cockpit.errors import ErrorCode, KnownError
from cockpit.store.models import OnboardingTemplateStep
from cockpit.store.store import Store


def get_template(store: Store) -> list[OnboardingTemplateStepData]:
    with store.session() as s:
        rows = s.scalars(select(OnboardingTemplateStep).order_by(OnboardingTemplateStep.position))
        return [
            OnboardingTemplateStepData(
                id=r.id, title=r.title, description=r.description, owner_role=r.owner_role
            )
            for r in rows
        ]


def save_template(store: Store, steps: list[OnboardingTemplateStepData]) -> None:
    if any(not step.title.strip() for step in steps):
        raise KnownError(ErrorCode.VALIDATION, "every onboarding step needs a title")
    with store.session() as s:
        replace_template(s, steps)


def replace_template(session: Session, steps: list[OnboardingTemplateStepData]) -> None:
    """Make the stored template exactly ``steps``, in order (ids kept where they match)."""
    existing = {r.id: r for r in session.scalars(select(OnboardingTemplateStep))}
    for position, step in enumerate(steps):
        row = existing.pop(step.id, None) or OnboardingTemplateStep(id=step.id)
        row.position = position
        row.title = step.title.strip()
        row.description = step.description
        row.owner_role = step.owner_role
        session.add(row)
    for orphan in existing.values():
        session.delete(orphan)
