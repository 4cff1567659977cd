"""default company onboarding checklist (PRODUCT.md section 1)

Revision ID: 0002_onboarding_template
Revises: 0001_passport
Create Date: 2026-11-24
"""
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_onboarding_template"
down_revision: str | None = "0001_passport"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Stable ids so that the seeded steps are the same row in every store (export/import).
NAMESPACE = uuid.UUID("6f1c1d2e-3a0b-4c55-9a7e-0c0c0c0ffee0")
DEFAULT_STEPS = [
    ("Deal and project roadmap explained to the customer", "Sales"),
    ("PM assigned and introduced to the customer", "Department director"),
    ("Communication, reporting and escalation processes agreed", "Project manager"),
    ("Governance meetings scheduled", "Project manager"),
    ("Shared project document given to the customer", "Project manager"),
    ("Access to source control and management tools arranged", "Tech lead"),
    ("Escalation path handed over to the customer", "Project manager"),
]

template = sa.table(
    "onboarding_template_step",
    sa.column("id", sa.String),
    sa.column("position", sa.Integer),
    sa.column("title", sa.String),
    sa.column("description", sa.Text),
    sa.column("owner_role", sa.String),
)


def upgrade() -> None:
    rows = [
        {
            "id": str(uuid.uuid5(NAMESPACE, title)),
            "position": position,
            "title": title,
            "description": "",
            "owner_role": role,
        }
        for position, (title, role) in enumerate(DEFAULT_STEPS)
    ]
    existing = op.get_bind().execute(sa.text("SELECT count(*) FROM onboarding_template_step"))
    if existing.scalar() == 0:
        op.bulk_insert(template, rows)


def downgrade() -> None:
    ids = [str(uuid.uuid5(NAMESPACE, title)) for title, _ in DEFAULT_STEPS]
    op.execute(template.delete().where(template.c.id.in_(ids)))
