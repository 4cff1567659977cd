"""care facts: sprints with dates, ETA history, urgent since, mail threads, the PM's marks

Revision ID: 0012_care_facts
Revises: 0011_occurrence_held
Create Date: 2026-12-03

What the care engine reads, and what the PM tells it:

- ``sprint`` (name, start, end) per project. Tasks and change requests keep naming their sprint
  by its label; each label already used becomes a sprint. A label with a number ("Sprint 3")
  on a project with a start date gets that sprint's dates from the project's sprint length
  (sprint 1 starts on the start date); other labels get no dates until the PM gives them.
- ``task_eta_change``: every change of a task's ETA. Each task that has an ETA starts its
  history with it (set at the task's last change).
- ``task.urgent_since``: an urgent task is taken as urgent since its last change.
- ``mail_item``: Graph's ``conversationId``, ``bodyPreview`` and the In-Reply-To header (empty
  until the next pull brings them), and the PM's "acknowledged" / "answered" marks.
- ``care_mark`` (snoozes and "done" marks, with their history), ``care_rule_setting`` (a rule
  on or off, and its parameters, per project), ``company_setting`` (the PM's calendar, the
  company's days off, each rule's defaults).
"""
import re
import uuid
from collections.abc import Sequence
from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op


revision: str = '0012_care_facts'
down_revision: str | None = '0011_occurrence_held'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NUMBER = re.compile(r"(\d+)\s*$")


def _moment(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        'company_setting',
        sa.Column('key', sa.String(length=100), nullable=False),
        sa.Column('value', sa.JSON(), nullable=False),
        _moment('updated_at', nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_company_setting')),
    )
    op.create_table(
        'care_mark',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('project_id', sa.String(length=36), nullable=False),
        sa.Column('item_key', sa.String(length=300), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        _moment('until'),
        sa.Column('note', sa.Text(), nullable=False),
        _moment('created_at', nullable=False),
        _moment('undone_at'),
        sa.ForeignKeyConstraint(['project_id'], ['project.id'],
                                name=op.f('fk_care_mark_project_id_project'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_care_mark')),
    )
    op.create_index(op.f('ix_care_mark_item_key'), 'care_mark', ['item_key'], unique=False)
    op.create_index(op.f('ix_care_mark_project_id'), 'care_mark', ['project_id'], unique=False)
    op.create_table(
        'care_rule_setting',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('project_id', sa.String(length=36), nullable=False),
        sa.Column('rule', sa.String(length=64), nullable=False),
        sa.Column('enabled', sa.Boolean(), nullable=False),
        sa.Column('params', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['project_id'], ['project.id'],
                                name=op.f('fk_care_rule_setting_project_id_project'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_care_rule_setting')),
        sa.UniqueConstraint('project_id', 'rule', name=op.f('uq_care_rule_setting_project_id')),
    )
    op.create_index(op.f('ix_care_rule_setting_project_id'), 'care_rule_setting',
                    ['project_id'], unique=False)
    op.create_table(
        'sprint',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('project_id', sa.String(length=36), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('start_on', sa.Date(), nullable=True),
        sa.Column('end_on', sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(['project_id'], ['project.id'],
                                name=op.f('fk_sprint_project_id_project'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sprint')),
        sa.UniqueConstraint('project_id', 'name', name=op.f('uq_sprint_project_id')),
    )
    op.create_index(op.f('ix_sprint_project_id'), 'sprint', ['project_id'], unique=False)
    op.create_table(
        'task_eta_change',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('project_id', sa.String(length=36), nullable=False),
        sa.Column('task_id', sa.String(length=36), nullable=False),
        sa.Column('old_eta', sa.Date(), nullable=True),
        sa.Column('new_eta', sa.Date(), nullable=True),
        _moment('changed_at', nullable=False),
        sa.ForeignKeyConstraint(['project_id'], ['project.id'],
                                name=op.f('fk_task_eta_change_project_id_project'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['task_id'], ['task.id'],
                                name=op.f('fk_task_eta_change_task_id_task'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_task_eta_change')),
    )
    op.create_index(op.f('ix_task_eta_change_project_id'), 'task_eta_change', ['project_id'],
                    unique=False)
    op.create_index(op.f('ix_task_eta_change_task_id'), 'task_eta_change', ['task_id'],
                    unique=False)
    for name, kind in (('conversation_id', sa.String(length=512)), ('body_preview', sa.Text()),
                       ('in_reply_to', sa.String(length=998))):
        op.add_column('mail_item', sa.Column(name, kind, nullable=False, server_default=''))
    op.add_column('mail_item', _moment('acknowledged_at'))
    op.add_column('mail_item', _moment('answered_at'))
    op.create_index(op.f('ix_mail_item_conversation_id'), 'mail_item', ['conversation_id'],
                    unique=False)
    op.add_column('task', _moment('urgent_since'))
    _fill()


def _fill() -> None:
    conn = op.get_bind()
    task = sa.table('task', sa.column('id'), sa.column('project_id'), sa.column('eta', sa.Date),
                    sa.column('urgent', sa.Boolean), sa.column('sprint'),
                    sa.column('updated_at', sa.DateTime(timezone=True)),
                    sa.column('urgent_since', sa.DateTime(timezone=True)))
    conn.execute(task.update().where(task.c.urgent.is_(True))
                 .values(urgent_since=task.c.updated_at))
    history = sa.table('task_eta_change', sa.column('id'), sa.column('project_id'),
                       sa.column('task_id'), sa.column('old_eta', sa.Date),
                       sa.column('new_eta', sa.Date),
                       sa.column('changed_at', sa.DateTime(timezone=True)))
    rows = [{"id": str(uuid.uuid4()), "project_id": r.project_id, "task_id": r.id,
             "old_eta": None, "new_eta": r.eta, "changed_at": r.updated_at}
            for r in conn.execute(sa.select(task.c.id, task.c.project_id, task.c.eta,
                                            task.c.updated_at).where(task.c.eta.is_not(None)))]
    if rows:
        conn.execute(history.insert(), rows)
    _sprints_from_labels(conn, task)


def _sprints_from_labels(conn: sa.Connection, task: sa.TableClause) -> None:
    project = sa.table('project', sa.column('id'), sa.column('start_date', sa.Date),
                       sa.column('sprint_length_weeks', sa.Integer))
    change = sa.table('change_request', sa.column('project_id'), sa.column('target_sprint'))
    labels: dict[str, set[str]] = {}
    for pid, label in [*conn.execute(sa.select(task.c.project_id, task.c.sprint)),
                       *conn.execute(sa.select(change.c.project_id, change.c.target_sprint))]:
        if label and label.strip():
            labels.setdefault(pid, set()).add(label.strip()[:64])
    if not labels:
        return
    starts = {r.id: (r.start_date, r.sprint_length_weeks or 2)
              for r in conn.execute(sa.select(project.c.id, project.c.start_date,
                                              project.c.sprint_length_weeks))}
    sprint = sa.table('sprint', sa.column('id'), sa.column('project_id'),
                      sa.column('position'), sa.column('name'),
                      sa.column('start_on', sa.Date), sa.column('end_on', sa.Date))
    rows = []
    for pid, names in labels.items():
        first, weeks = starts.get(pid, (None, 2))
        ordered = sorted(names, key=lambda n: (_number(n) or 0, n.casefold()))
        for position, name in enumerate(ordered):
            start_on, end_on = _dates(first, weeks, _number(name))
            rows.append({"id": str(uuid.uuid4()), "project_id": pid, "position": position,
                         "name": name, "start_on": start_on, "end_on": end_on})
    conn.execute(sprint.insert(), rows)


def _number(label: str) -> int | None:
    found = _NUMBER.search(label)
    return int(found.group(1)) if found and 0 < int(found.group(1)) < 1000 else None


def _dates(first: date | None, weeks: int, number: int | None
           ) -> tuple[date | None, date | None]:
    if first is None or number is None:
        return None, None
    start = first + timedelta(weeks=weeks * (number - 1))
    return start, start + timedelta(weeks=weeks, days=-1)


def downgrade() -> None:
    # native DROP COLUMN (SQLite 3.35+), never a batch copy of ``task`` (see 0011)
    op.drop_column('task', 'urgent_since')
    op.drop_index(op.f('ix_mail_item_conversation_id'), table_name='mail_item')
    for name in ('answered_at', 'acknowledged_at', 'in_reply_to', 'body_preview',
                 'conversation_id'):
        op.drop_column('mail_item', name)
    for table in ('task_eta_change', 'sprint', 'care_rule_setting', 'care_mark',
                  'company_setting'):
        op.drop_table(table)
