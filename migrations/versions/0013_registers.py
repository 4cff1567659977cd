"""registers: red flags and the escalation path, problems, the change-request workflow,
decisions beyond the minutes, Q&A, milestones

Revision ID: 0013_registers
Revises: 0012_care_facts
Create Date: 2026-12-07

- ``red_flag`` / ``red_flag_event``: each complaint or escalation with its level and history;
  ``project.escalation_project_days`` / ``escalation_department_days``: the path's time limits
  (working days; the company's defaults 1 and 2).
- ``problem`` / ``remedial_step``: the problem register with each problem's remedial plan.
- ``change_request``: who submitted and who estimated it, the customer's written confirmation,
  ``updated_at``; ``change_request_event``: each move of the workflow. The old states map to
  the new ones: ``estimated`` meant "estimate sent, waiting for the customer" and becomes
  ``sent``; a ``confirmed`` one already given a sprint becomes ``scheduled``. Each existing
  request gets one event saying where it stood when the workflow began to be recorded.
- ``decision`` / ``decision_confirmation``: decisions recorded from a message, a mail or by
  hand, and the written confirmations of those and of the minutes' decisions.
- ``question``: the Q&A register. ``milestone``: dated milestones per project.
- ``message_link.target_id`` holds 512 characters: a synced mail's Outlook id is that long.
"""
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op


revision: str = '0013_registers'
down_revision: str | None = '0012_care_facts'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('milestone',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_milestone_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestone'))
    )
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_project_id'), ['project_id'], unique=False)

    op.create_table('question',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('asked_by_person_id', sa.String(length=36), nullable=True),
    sa.Column('asked_by', sa.String(length=320), nullable=False),
    sa.Column('asked_on', sa.Date(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('answered_by_person_id', sa.String(length=36), nullable=True),
    sa.Column('answered_by', sa.String(length=320), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('shared', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['answered_by_person_id'], ['person.id'], name=op.f('fk_question_answered_by_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['asked_by_person_id'], ['person.id'], name=op.f('fk_question_asked_by_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_question_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question'))
    )
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_question_project_id'), ['project_id'], unique=False)

    op.create_table('decision',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('origin', sa.Enum('meeting', 'message', 'mail', 'manual', name='decisionorigin', native_enum=False, length=32), nullable=False),
    sa.Column('message_id', sa.String(length=36), nullable=True),
    sa.Column('mail_id', sa.String(length=512), nullable=True),
    sa.Column('internal', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['mail_id'], ['mail_item.id'], name=op.f('fk_decision_mail_id_mail_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], name=op.f('fk_decision_message_id_message'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_decision_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision'))
    )
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_project_id'), ['project_id'], unique=False)

    op.create_table('problem',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('open', 'fixed', 'closed', name='problemstatus', native_enum=False, length=32), nullable=False),
    sa.Column('found_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('impact_business', sa.Text(), nullable=False),
    sa.Column('impact_users', sa.Text(), nullable=False),
    sa.Column('customer_informed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('schedule_impact', sa.Text(), nullable=False),
    sa.Column('new_date', sa.Date(), nullable=True),
    sa.Column('solution_options', sa.Text(), nullable=False),
    sa.Column('workaround', sa.Text(), nullable=False),
    sa.Column('resources', sa.Text(), nullable=False),
    sa.Column('fix_testing', sa.Text(), nullable=False),
    sa.Column('compensation', sa.Enum('undecided', 'none', 'price_reduction', 'extra_service', name='compensation', native_enum=False, length=32), nullable=False),
    sa.Column('compensation_reason', sa.Text(), nullable=False),
    sa.Column('retrospective_on', sa.Date(), nullable=True),
    sa.Column('lessons_learned', sa.Text(), nullable=False),
    sa.Column('task_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_problem_project_id_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_problem_task_id_task'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem'))
    )
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_project_id'), ['project_id'], unique=False)

    op.create_table('red_flag',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('category', sa.Enum('quality', 'schedule', 'communication', 'cost', 'people', 'other', name='flagcategory', native_enum=False, length=32), nullable=False),
    sa.Column('severity', sa.Enum('low', 'medium', 'high', 'critical', name='severity', native_enum=False, length=32), nullable=False),
    sa.Column('raised_by_person_id', sa.String(length=36), nullable=True),
    sa.Column('raised_by', sa.String(length=320), nullable=False),
    sa.Column('raised_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('mail_id', sa.String(length=512), nullable=True),
    sa.Column('level', sa.Enum('none', 'project', 'department', 'executive', name='escalationlevel', native_enum=False, length=32), nullable=False),
    sa.Column('level_since', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('root_cause', sa.Text(), nullable=False),
    sa.Column('retrospective', sa.String(length=2000), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['mail_id'], ['mail_item.id'], name=op.f('fk_red_flag_mail_id_mail_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_red_flag_project_id_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['raised_by_person_id'], ['person.id'], name=op.f('fk_red_flag_raised_by_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_red_flag'))
    )
    with op.batch_alter_table('red_flag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_red_flag_project_id'), ['project_id'], unique=False)

    op.create_table('change_request_event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('change_request_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.Enum('submitted', 'estimated', 'sent', 'confirmed', 'rejected', 'scheduled', 'team_informed', 'done', name='changerequeststatus', native_enum=False, length=32), nullable=True),
    sa.Column('to_status', sa.Enum('submitted', 'estimated', 'sent', 'confirmed', 'rejected', 'scheduled', 'team_informed', 'done', name='changerequeststatus', native_enum=False, length=32), nullable=False),
    sa.Column('by', sa.String(length=320), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['change_request_id'], ['change_request.id'], name=op.f('fk_change_request_event_change_request_id_change_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_request_event'))
    )
    with op.batch_alter_table('change_request_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_request_event_change_request_id'), ['change_request_id'], unique=False)

    op.create_table('red_flag_event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('red_flag_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('raised', 'moved_up', 'escalated', 'note', 'answer', 'resolved', 'reopened', name='flageventkind', native_enum=False, length=32), nullable=False),
    sa.Column('level', sa.Enum('none', 'project', 'department', 'executive', name='escalationlevel', native_enum=False, length=32), nullable=False),
    sa.Column('by', sa.String(length=320), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['red_flag_id'], ['red_flag.id'], name=op.f('fk_red_flag_event_red_flag_id_red_flag'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_red_flag_event'))
    )
    with op.batch_alter_table('red_flag_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_red_flag_event_red_flag_id'), ['red_flag_id'], unique=False)

    op.create_table('remedial_step',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('problem_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner_person_id', sa.String(length=36), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['owner_person_id'], ['person.id'], name=op.f('fk_remedial_step_owner_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_remedial_step_problem_id_problem'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_remedial_step'))
    )
    with op.batch_alter_table('remedial_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remedial_step_problem_id'), ['problem_id'], unique=False)

    op.create_table('decision_confirmation',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('decision_id', sa.String(length=36), nullable=True),
    sa.Column('minutes_item_id', sa.String(length=36), nullable=True),
    sa.Column('message_id', sa.String(length=36), nullable=True),
    sa.Column('mail_id', sa.String(length=512), nullable=True),
    sa.Column('confirmed_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name=op.f('fk_decision_confirmation_decision_id_decision'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mail_id'], ['mail_item.id'], name=op.f('fk_decision_confirmation_mail_id_mail_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], name=op.f('fk_decision_confirmation_message_id_message'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['minutes_item_id'], ['minutes_item.id'], name=op.f('fk_decision_confirmation_minutes_item_id_minutes_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_decision_confirmation_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_confirmation'))
    )
    with op.batch_alter_table('decision_confirmation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_confirmation_decision_id'), ['decision_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_confirmation_minutes_item_id'), ['minutes_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_confirmation_project_id'), ['project_id'], unique=False)

    with op.batch_alter_table('change_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('submitted_by_person_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('estimated_by_person_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('confirmation_mail_id', sa.String(length=512), nullable=True))
        batch_op.add_column(sa.Column('confirmation_message_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('confirmation_note', sa.Text(), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False,
                                      server_default=sa.text('CURRENT_TIMESTAMP')))
        batch_op.create_foreign_key(batch_op.f('fk_change_request_confirmation_mail_id_mail_item'), 'mail_item', ['confirmation_mail_id'], ['id'], ondelete='SET NULL')
        batch_op.create_foreign_key(batch_op.f('fk_change_request_submitted_by_person_id_person'), 'person', ['submitted_by_person_id'], ['id'], ondelete='SET NULL')
        batch_op.create_foreign_key(batch_op.f('fk_change_request_confirmation_message_id_message'), 'message', ['confirmation_message_id'], ['id'], ondelete='SET NULL')
        batch_op.create_foreign_key(batch_op.f('fk_change_request_estimated_by_person_id_person'), 'person', ['estimated_by_person_id'], ['id'], ondelete='SET NULL')

    # plain ADD COLUMN, never a batch copy of ``project``: its children's keys cascade
    op.add_column('project', sa.Column('escalation_project_days', sa.Integer(), nullable=False,
                                       server_default='1'))
    op.add_column('project', sa.Column('escalation_department_days', sa.Integer(),
                                       nullable=False, server_default='2'))

    _workflow_states()  # after the copy of ``change_request``: the events stay
    # a link names a synced mail by Outlook's id, far longer than 36 characters (PostgreSQL
    # refused a reply's link to one); nothing refers to ``message_link``, a copy is safe
    with op.batch_alter_table('message_link', schema=None) as batch_op:
        batch_op.alter_column('target_id', existing_type=sa.String(length=36),
                              type_=sa.String(length=512), existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('message_link', schema=None) as batch_op:
        batch_op.alter_column('target_id', existing_type=sa.String(length=512),
                              type_=sa.String(length=36), existing_nullable=False)
    cr = sa.table('change_request', sa.column('status', sa.String))
    for new, old in (('sent', 'estimated'), ('scheduled', 'confirmed'),
                     ('team_informed', 'confirmed')):
        op.get_bind().execute(cr.update().where(cr.c.status == new).values(status=old))
    with op.batch_alter_table('decision_confirmation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_confirmation_project_id'))
        batch_op.drop_index(batch_op.f('ix_decision_confirmation_minutes_item_id'))
        batch_op.drop_index(batch_op.f('ix_decision_confirmation_decision_id'))

    op.drop_table('decision_confirmation')
    with op.batch_alter_table('remedial_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_remedial_step_problem_id'))

    op.drop_table('remedial_step')
    with op.batch_alter_table('red_flag_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_red_flag_event_red_flag_id'))

    op.drop_table('red_flag_event')
    with op.batch_alter_table('change_request_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_request_event_change_request_id'))

    op.drop_table('change_request_event')
    with op.batch_alter_table('red_flag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_red_flag_project_id'))

    op.drop_table('red_flag')
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problem_project_id'))

    op.drop_table('problem')
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_project_id'))

    op.drop_table('decision')
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_project_id'))

    op.drop_table('question')
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_project_id'))

    op.drop_table('milestone')
    # ``change_request`` is copied (batch): nothing of 0012 refers to it any more
    with op.batch_alter_table('change_request', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_change_request_estimated_by_person_id_person'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_change_request_confirmation_message_id_message'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_change_request_submitted_by_person_id_person'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_change_request_confirmation_mail_id_mail_item'), type_='foreignkey')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('confirmation_note')
        batch_op.drop_column('confirmation_message_id')
        batch_op.drop_column('confirmation_mail_id')
        batch_op.drop_column('estimated_by_person_id')
        batch_op.drop_column('submitted_by_person_id')
    # native DROP COLUMN (SQLite 3.35+), never a batch copy of ``project`` (see 0011)
    op.drop_column('project', 'escalation_department_days')
    op.drop_column('project', 'escalation_project_days')


def _workflow_states() -> None:
    """The old states in the new workflow, and one event for each request's state."""
    bind = op.get_bind()
    cr = sa.table('change_request', sa.column('id', sa.String), sa.column('status', sa.String),
                  sa.column('target_sprint', sa.String),
                  sa.column('updated_at', sa.DateTime(timezone=True)))
    event = sa.table('change_request_event', sa.column('id', sa.String),
                     sa.column('change_request_id', sa.String),
                     sa.column('at', sa.DateTime(timezone=True)), sa.column('position', sa.Integer),
                     sa.column('from_status', sa.String), sa.column('to_status', sa.String),
                     sa.column('by', sa.String), sa.column('note', sa.Text))
    now = datetime.now(UTC).replace(tzinfo=None) if bind.dialect.name == 'sqlite' \
        else datetime.now(UTC)
    bind.execute(cr.update().where(cr.c.status == 'estimated').values(status='sent'))
    bind.execute(cr.update().where(cr.c.status == 'confirmed', cr.c.target_sprint != '')
                 .values(status='scheduled'))
    bind.execute(cr.update().values(updated_at=now))
    rows = bind.execute(sa.select(cr.c.id, cr.c.status)).all()
    if rows:
        bind.execute(event.insert(), [
            {'id': str(uuid.uuid4()), 'change_request_id': row_id, 'at': now, 'position': 0,
             'from_status': None, 'to_status': status, 'by': '',
             'note': 'state when the workflow began to be recorded'}
            for row_id, status in rows])
