"""occurrence held: the PM's word on whether a meeting took place

Revision ID: 0011_occurrence_held
Revises: 0010_store_info
Create Date: 2026-12-03

A nullable column ``meeting_occurrence.held``: True (held), False (not held), or NULL (not said:
minutes then mean it was held). The care engine owes a follow-up for a held meeting. Existing
occurrences get NULL, so what their minutes said stays what counts.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0011_occurrence_held'
down_revision: str | None = '0010_store_info'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('meeting_occurrence', sa.Column('held', sa.Boolean(), nullable=True))


def downgrade() -> None:
    # native DROP COLUMN (SQLite 3.35+), not a batch copy: a copy of the table would take its
    # minutes with it (their foreign key cascades)
    op.drop_column('meeting_occurrence', 'held')
