"""store info: what the store is (the demo portfolio's store never syncs or sends)

Revision ID: 0010_store_info
Revises: 0009_remote_links
Create Date: 2026-12-02

A new table ``store_info`` (key, value). A store whose row ``purpose`` says ``demo`` is the demo
portfolio's: the sync refuses to run on it. Existing stores get no row: they are the PM's own.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0010_store_info'
down_revision: str | None = '0009_remote_links'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'store_info',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_store_info')),
    )


def downgrade() -> None:
    op.drop_table('store_info')
