"""tasks, change requests and messages

Revision ID: 0004_messages
Revises: 0003_meetings
Create Date: 2026-11-24
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004_messages'
down_revision: str | None = '0003_meetings'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# The shipped message templates are files (resources/templates/<language>/), seeded when the
# store opens (cockpit/store/default_templates.py), not rows written here.


def upgrade() -> None:
    op.create_table('message_template',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.Enum('follow_up', 'task_update', 'sprint_report', 'biweekly_report', 'change_request', 'decision', 'problem_notice', 'invite', 'other', name='messagekind', native_enum=False, length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_template'))
    )
    op.create_table('change_request',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('submitted', 'estimated', 'confirmed', 'rejected', 'done', name='changerequeststatus', native_enum=False, length=32), nullable=False),
    sa.Column('estimate_hours', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('requested_on', sa.Date(), nullable=True),
    sa.Column('confirmed_on', sa.Date(), nullable=True),
    sa.Column('target_sprint', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_change_request_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_request'))
    )
    with op.batch_alter_table('change_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_request_project_id'), ['project_id'], unique=False)

    op.create_table('message',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.Enum('follow_up', 'task_update', 'sprint_report', 'biweekly_report', 'change_request', 'decision', 'problem_notice', 'invite', 'other', name='messagekind', native_enum=False, length=32), nullable=False),
    sa.Column('state', sa.Enum('draft', 'ready', 'sent', 'failed', name='messagestate', native_enum=False, length=32), nullable=False),
    sa.Column('sender', sa.String(length=500), nullable=False),
    sa.Column('to', sa.Text(), nullable=False),
    sa.Column('cc', sa.Text(), nullable=False),
    sa.Column('bcc', sa.Text(), nullable=False),
    sa.Column('subject', sa.String(length=1000), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('calendar', sa.Text(), nullable=True),
    sa.Column('message_id', sa.String(length=255), nullable=False),
    sa.Column('failure', sa.Text(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ready_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_message_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message')),
    sa.UniqueConstraint('message_id', name=op.f('uq_message_message_id'))
    )
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_state'), ['state'], unique=False)

    op.create_table('task',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('status', sa.Enum('todo', 'in_progress', 'blocked', 'in_review', 'done', 'cancelled', name='taskstatus', native_enum=False, length=32), nullable=False),
    sa.Column('eta', sa.Date(), nullable=True),
    sa.Column('owner_person_id', sa.String(length=36), nullable=True),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('sprint', sa.String(length=64), nullable=False),
    sa.Column('hours', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('external_key', sa.String(length=64), nullable=False),
    sa.Column('external_url', sa.String(length=2000), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['owner_person_id'], ['person.id'], name=op.f('fk_task_owner_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_task_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_project_id'), ['project_id'], unique=False)

    op.create_table('message_link',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('message_id', sa.String(length=36), nullable=False),
    sa.Column('target', sa.Enum('occurrence', 'series', 'task', 'change_request', 'decision', name='linktarget', native_enum=False, length=32), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], name=op.f('fk_message_link_message_id_message'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_link'))
    )
    with op.batch_alter_table('message_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_link_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_link_target_id'), ['target_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('message_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_link_target_id'))
        batch_op.drop_index(batch_op.f('ix_message_link_message_id'))

    op.drop_table('message_link')
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_project_id'))

    op.drop_table('task')
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_state'))
        batch_op.drop_index(batch_op.f('ix_message_project_id'))

    op.drop_table('message')
    with op.batch_alter_table('change_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_request_project_id'))

    op.drop_table('change_request')
    op.drop_table('message_template')
