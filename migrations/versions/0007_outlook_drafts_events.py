"""outlook drafts and events

Revision ID: 0007_outlook_drafts_events
Revises: 0006_mailbox
Create Date: 2026-11-24
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007_outlook_drafts_events'
down_revision: str | None = '0006_mailbox'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('remote_revision', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('conflict_of', sa.String(length=36), nullable=True))
    with op.batch_alter_table('meeting_series', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outlook', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('remote_id', sa.String(length=512), nullable=True))
        batch_op.add_column(sa.Column('remote_change_key', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('create_started_at', sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('pushed', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('sync_problem', sa.Text(), nullable=False,
                                      server_default=''))
        batch_op.create_index(batch_op.f('ix_meeting_series_remote_id'), ['remote_id'],
                              unique=False)
    with op.batch_alter_table('meeting_occurrence', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pushed_digest', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('meeting_occurrence', schema=None) as batch_op:
        batch_op.drop_column('pushed_digest')
    with op.batch_alter_table('meeting_series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_series_remote_id'))
        batch_op.drop_column('sync_problem')
        batch_op.drop_column('pushed')
        batch_op.drop_column('create_started_at')
        batch_op.drop_column('remote_change_key')
        batch_op.drop_column('remote_id')
        batch_op.drop_column('outlook')
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_column('conflict_of')
        batch_op.drop_column('remote_revision')
