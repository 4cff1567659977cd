"""tasks, change requests and messages

Revision ID: 0004_messages
Revises: 0003_meetings
Create Date: 2026-11-24
"""
from collections.abc import Sequence

import uuid

import sqlalchemy as sa
from alembic import op


revision: str = '0004_messages'
down_revision: str | None = '0003_meetings'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Shipped message templates: a Jinja2 subject and a Markdown body each. What every template can
# use is listed in cockpit/messages/context.py. Stable ids: the same rows in every store.
NAMESPACE = uuid.UUID("9a0c2e61-3f4d-4c8b-9e57-1b2d3c4e5f60")
FOLLOW_UP_SUBJECT = "[{{ project.code }}] Follow-up: {{ meeting.title }}, {{ meeting.date }}"
FOLLOW_UP = """Hello {{ greeting }},

Thank you for today's call. Here is a summary of what we discussed.

**Points discussed**
{% for point in points %}
- {{ point }}
{%- else %}
- (no points recorded)
{%- endfor %}
{% if decisions %}
**Decisions**
{% for decision in decisions %}
- {{ decision }}
{%- endfor %}
{% endif %}
**Action items**
{% for action in actions %}
- {{ action.text }}: {{ action.owner or "owner to be agreed" }}, {{ action.due_on or "date to be agreed" }}
{%- else %}
- none
{%- endfor %}
{% if next_meeting %}
Our next meeting is on {{ next_meeting }}.
{% endif %}
Please let me know if I missed or misunderstood anything.

Best regards,
{{ pm.name }}
"""
TASK_UPDATE_SUBJECT = "[{{ project.code }}] Open tasks: update of {{ today }}"
TASK_UPDATE = """Hello {{ greeting }},

Here is the status of the open tasks.

| Task | Status | ETA |
|---|---|---|
{% for task in tasks -%}
| {% if task.urgent %}**URGENT** {% endif %}{{ task.key ~ " " if task.key }}{{ task.name }} | {{ task.status }} | {% if task.slipped %}late (planned {{ task.eta }}), new date to be confirmed{% else %}{{ task.eta or "to be confirmed" }}{% endif %} |
{% endfor %}
{%- if not tasks %}
There are no open tasks at the moment.
{% endif %}
Best regards,
{{ pm.name }}
"""
SPRINT_SUBJECT = "[{{ project.code }}] Sprint report: {{ sprint or today }}"
SPRINT = """Hello {{ greeting }},

Here is the report for {{ sprint or "the sprint" }}.

**Tasks worked in the sprint**
{% for task in tasks %}
- {{ task.name }}: {{ task.status }}{% if task.hours %} ({{ task.hours }} h){% endif %}
{%- else %}
- no tasks recorded for this sprint
{%- endfor %}
{% if total_hours %}
Total: {{ total_hours }} h
{% endif %}
**Carried over to the next sprint**
{% for task in carried_over %}
- {{ task.name }}{% if task.eta %} (ETA {{ task.eta }}){% endif %}
{%- else %}
- nothing
{%- endfor %}

Best regards,
{{ pm.name }}
"""
BIWEEKLY_SUBJECT = "[{{ project.code }}] Report for {{ period_start }} – {{ period_end }}"
BIWEEKLY = """Hello {{ greeting }},

Here is our report for the last two weeks.

**Done**
{% for task in done %}
- {{ task.name }}
{%- else %}
- nothing completed in this period
{%- endfor %}

**Issues**
{% for task in issues %}
- {{ task.name }}: {{ task.status }}{% if task.slipped %}, late: it was planned for {{ task.eta }}{% endif %}
{%- else %}
- no issues
{%- endfor %}
{% if decisions %}
**Decisions**
{% for decision in decisions %}
- {{ decision }}
{%- endfor %}
{% endif %}
**Plans for the next two weeks**
{% for task in plans %}
- {{ task.name }}{% if task.eta %} (ETA {{ task.eta }}){% endif %}
{%- else %}
- to be agreed
{%- endfor %}

Best regards,
{{ pm.name }}
"""
CHANGE_REQUEST_SUBJECT = "[{{ project.code }}] {{ change_request.key }} estimate for your confirmation: {{ change_request.title }}"
CHANGE_REQUEST = """Hello {{ greeting }},

We have estimated the change request {{ change_request.key }} "{{ change_request.title }}".

**Description**

{{ change_request.description or "(as submitted)" }}

**Estimate:** {{ change_request.estimate_hours or "to be completed" }} hours
{% if change_request.target_sprint %}
**Planned for:** {{ change_request.target_sprint }}, once you confirm
{% endif %}
Please confirm in reply to this e-mail so that we can plan it into the current or the next sprint.

Best regards,
{{ pm.name }}
"""
DECISION_SUBJECT = "[{{ project.code }}] Confirmation: {{ decision.text | truncate(60) }}"
DECISION = """Hello {{ greeting }},

To keep a written record, I confirm what we agreed{% if decision.meeting %} in {{ decision.meeting }}{% endif %}{% if decision.decided_on %} on {{ decision.decided_on }}{% endif %}:

- {{ decision.text }}
{% if hours %}
**Agreed effort:** {{ hours }} hours
{% endif %}
Please reply if anything here differs from your understanding.

Best regards,
{{ pm.name }}
"""
PROBLEM_SUBJECT = "[{{ project.code }}] Notice: {{ problem.title or 'issue affecting the project' }}"
PROBLEM = """Hello {{ greeting }},

I want to inform you about a problem as early as possible.

**What happened**
{{ problem.title or "…" }}{% if problem.owner %} (owner: {{ problem.owner }}){% endif %}

**Impact**
…

**Schedule update**
{% if problem.slipped %}It was planned for {{ problem.eta }}; we will confirm the new date by …{% elif problem.eta %}The expected date is {{ problem.eta }}.{% else %}…{% endif %}

**Options**
1. …
2. …

**Workaround**
…

**Remedial plan**
…

We will keep you updated{% if problem.urgent %} every hour until this is resolved{% endif %}.

Best regards,
{{ pm.name }}
"""
DEFAULTS = [
    ("follow_up", "Post-call follow-up (default)", FOLLOW_UP_SUBJECT, FOLLOW_UP),
    ("task_update", "Open-task update (default)", TASK_UPDATE_SUBJECT, TASK_UPDATE),
    ("sprint_report", "Sprint report (default)", SPRINT_SUBJECT, SPRINT),
    ("biweekly_report", "Biweekly Friday report (default)", BIWEEKLY_SUBJECT, BIWEEKLY),
    ("change_request", "Change request estimate (default)", CHANGE_REQUEST_SUBJECT,
     CHANGE_REQUEST),
    ("decision", "Decision confirmation (default)", DECISION_SUBJECT, DECISION),
    ("problem_notice", "Problem notice (default)", PROBLEM_SUBJECT, PROBLEM),
]
template_table = sa.table(
    "message_template",
    sa.column("id", sa.String),
    sa.column("kind", sa.String),
    sa.column("name", sa.String),
    sa.column("subject", sa.String),
    sa.column("body", sa.Text),
    sa.column("is_default", sa.Boolean),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)


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

    from datetime import UTC, datetime

    op.bulk_insert(template_table, [
        {"id": str(uuid.uuid5(NAMESPACE, kind)), "kind": kind, "name": name, "subject": subject,
         "body": body, "is_default": True, "updated_at": datetime(2026, 11, 24, tzinfo=UTC)}
        for kind, name, subject, body in DEFAULTS
    ])



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
