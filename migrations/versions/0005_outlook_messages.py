"""outlook bookkeeping of messages

Revision ID: 0005_outlook_messages
Revises: 0004_messages
Create Date: 2026-11-24
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005_outlook_messages'
down_revision: str | None = '0004_messages'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('remote_id', sa.String(length=512), nullable=True))
        batch_op.add_column(sa.Column('remote_change_key', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('create_started_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('send_started_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_message_remote_id'), ['remote_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_remote_id'))
        batch_op.drop_column('send_started_at')
        batch_op.drop_column('create_started_at')
        batch_op.drop_column('remote_change_key')
        batch_op.drop_column('remote_id')

