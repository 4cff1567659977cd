"""meeting planner

Revision ID: 0003_meetings
Revises: 0002_onboarding_template
Create Date: 2026-11-24
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003_meetings'
down_revision: str | None = '0002_onboarding_template'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# The shipped agenda templates are files (resources/templates/<language>/), seeded when the
# store opens (cockpit/store/default_templates.py), not rows written here.


def upgrade() -> None:

    op.create_table('agenda_template',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('series_type', sa.Enum('weekly_status', 'biweekly_status', 'executive_review', 'other', name='seriestype', native_enum=False, length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_template'))
    )
    op.create_table('meeting_series',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('type', sa.Enum('weekly_status', 'biweekly_status', 'executive_review', 'other', name='seriestype', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('objective', sa.Text(), nullable=False),
    sa.Column('cadence', sa.Enum('weekly', 'every_n_weeks', 'monthly', 'every_n_months', 'yearly', 'custom', name='cadence', native_enum=False, length=32), nullable=False),
    sa.Column('interval', sa.Integer(), nullable=False),
    sa.Column('custom_rrule', sa.String(length=500), nullable=False),
    sa.Column('first_date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('location', sa.String(length=500), nullable=False),
    sa.Column('online_url', sa.String(length=2000), nullable=False),
    sa.Column('organizer_person_id', sa.String(length=36), nullable=True),
    sa.Column('reminder_minutes', sa.Integer(), nullable=True),
    sa.Column('agenda_template_id', sa.String(length=36), nullable=True),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('uid', sa.String(length=255), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('sent_snapshot', sa.JSON(), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agenda_template_id'], ['agenda_template.id'], name=op.f('fk_meeting_series_agenda_template_id_agenda_template'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organizer_person_id'], ['person.id'], name=op.f('fk_meeting_series_organizer_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_meeting_series_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_series')),
    sa.UniqueConstraint('uid', name=op.f('uq_meeting_series_uid'))
    )
    with op.batch_alter_table('meeting_series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_series_project_id'), ['project_id'], unique=False)

    op.create_table('meeting_occurrence',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('series_id', sa.String(length=36), nullable=False),
    sa.Column('original_start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('scheduled', 'moved', 'cancelled', name='occurrencestate', native_enum=False, length=32), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['series_id'], ['meeting_series.id'], name=op.f('fk_meeting_occurrence_series_id_meeting_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_occurrence')),
    sa.UniqueConstraint('series_id', 'original_start', name=op.f('uq_meeting_occurrence_series_id'))
    )
    with op.batch_alter_table('meeting_occurrence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_occurrence_series_id'), ['series_id'], unique=False)

    op.create_table('series_attendee',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('series_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.Enum('required', 'optional', name='attendeerole', native_enum=False, length=32), nullable=False),
    sa.Column('partstat', sa.Enum('needs_action', 'accepted', 'tentative', 'declined', 'delegated', name='partstat', native_enum=False, length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_series_attendee_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['series_id'], ['meeting_series.id'], name=op.f('fk_series_attendee_series_id_meeting_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_series_attendee'))
    )
    with op.batch_alter_table('series_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_series_attendee_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_series_attendee_series_id'), ['series_id'], unique=False)

    op.create_table('minutes_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('occurrence_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.Enum('point', 'decision', 'action', name='minuteskind', native_enum=False, length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner_person_id', sa.String(length=36), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('internal', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['occurrence_id'], ['meeting_occurrence.id'], name=op.f('fk_minutes_item_occurrence_id_meeting_occurrence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_person_id'], ['person.id'], name=op.f('fk_minutes_item_owner_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes_item'))
    )
    with op.batch_alter_table('minutes_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_minutes_item_occurrence_id'), ['occurrence_id'], unique=False)


def downgrade() -> None:

    with op.batch_alter_table('minutes_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_minutes_item_occurrence_id'))

    op.drop_table('minutes_item')
    with op.batch_alter_table('series_attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_series_attendee_series_id'))
        batch_op.drop_index(batch_op.f('ix_series_attendee_person_id'))

    op.drop_table('series_attendee')
    with op.batch_alter_table('meeting_occurrence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_occurrence_series_id'))

    op.drop_table('meeting_occurrence')
    with op.batch_alter_table('meeting_series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_series_project_id'))

    op.drop_table('meeting_series')
    op.drop_table('agenda_template')

