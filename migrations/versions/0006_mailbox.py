"""mailbox

Revision ID: 0006_mailbox
Revises: 0005_outlook_messages
Create Date: 2026-11-24
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006_mailbox'
down_revision: str | None = '0005_outlook_messages'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_state',
    sa.Column('connector', sa.String(length=32), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('link', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('connector', 'key', name=op.f('pk_sync_state'))
    )
    op.create_table('mail_item',
    sa.Column('id', sa.String(length=512), nullable=False),
    sa.Column('folder', sa.String(length=32), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=True),
    sa.Column('internet_message_id', sa.String(length=998), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('sender', sa.String(length=320), nullable=False),
    sa.Column('recipients', sa.JSON(), nullable=False),
    sa.Column('moment', sa.DateTime(timezone=True), nullable=True),
    sa.Column('removed', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_mail_item_project_id_project'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_item'))
    )
    with op.batch_alter_table('mail_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mail_item_folder'), ['folder'], unique=False)
        batch_op.create_index(batch_op.f('ix_mail_item_moment'), ['moment'], unique=False)
        batch_op.create_index(batch_op.f('ix_mail_item_project_id'), ['project_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('mail_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mail_item_project_id'))
        batch_op.drop_index(batch_op.f('ix_mail_item_moment'))
        batch_op.drop_index(batch_op.f('ix_mail_item_folder'))

    op.drop_table('mail_item')
    op.drop_table('sync_state')
