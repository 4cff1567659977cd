"""satisfaction: CSAT and NPS answers per project

Revision ID: 0014_satisfaction
Revises: 0013_registers
Create Date: 2026-12-07

- ``satisfaction_entry``: one score of one respondent (CSAT 1–5 or NPS 0–10), when it was
  given, what it is about, the comment, and the red flag raised from it (if any).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0014_satisfaction'
down_revision: str | None = '0013_registers'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('satisfaction_entry',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('scale', sa.Enum('csat', 'nps', name='scale', native_enum=False, create_constraint=False, length=32), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=False),
    sa.Column('respondent_person_id', sa.String(length=36), nullable=True),
    sa.Column('respondent', sa.String(length=320), nullable=False),
    sa.Column('category', sa.Enum('overall', 'quality', 'schedule', 'communication', 'cost', 'people', 'other', name='category', native_enum=False, create_constraint=False, length=32), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('red_flag_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_satisfaction_entry_project_id_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['red_flag_id'], ['red_flag.id'], name=op.f('fk_satisfaction_entry_red_flag_id_red_flag'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['respondent_person_id'], ['person.id'], name=op.f('fk_satisfaction_entry_respondent_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_satisfaction_entry'))
    )
    with op.batch_alter_table('satisfaction_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_satisfaction_entry_answered_on'), ['answered_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_satisfaction_entry_project_id'), ['project_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('satisfaction_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_satisfaction_entry_project_id'))
        batch_op.drop_index(batch_op.f('ix_satisfaction_entry_answered_on'))
    op.drop_table('satisfaction_entry')
