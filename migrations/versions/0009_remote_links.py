"""remote links: how each connector knows a local item, in one table

Revision ID: 0009_remote_links
Revises: 0008_message_kinds_language
Create Date: 2026-12-02

Outlook's ids, change keys, create/send moments, pushed digests and refusals move from columns
of ``message``, ``meeting_series`` and ``meeting_occurrence`` into ``remote_link`` rows under the
connector name ``outlook``; every value is copied, then the columns go. What was last written to
each Outlook draft (``sync_state`` rows ``draft:<hash of its id>``) becomes the digest of the
message's link. The downgrade puts the columns and those rows back with their values.
"""
import hashlib
import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op


revision: str = '0009_remote_links'
down_revision: str | None = '0008_message_kinds_language'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONNECTOR = 'outlook'
MOMENT = sa.DateTime(timezone=True)

link = sa.table(
    'remote_link',
    sa.column('id', sa.String), sa.column('entity_kind', sa.String),
    sa.column('entity_id', sa.String), sa.column('connector', sa.String),
    sa.column('remote_id', sa.String), sa.column('change_key', sa.String),
    sa.column('digest', sa.Text), sa.column('create_started_at', MOMENT),
    sa.column('send_started_at', MOMENT), sa.column('remote_revision', sa.Integer),
    sa.column('problem', sa.Text),
)
message = sa.table(
    'message', sa.column('id', sa.String), sa.column('remote_id', sa.String),
    sa.column('remote_change_key', sa.String), sa.column('create_started_at', MOMENT),
    sa.column('send_started_at', MOMENT), sa.column('remote_revision', sa.Integer),
)
series = sa.table(
    'meeting_series', sa.column('id', sa.String), sa.column('remote_id', sa.String),
    sa.column('remote_change_key', sa.String), sa.column('create_started_at', MOMENT),
    sa.column('pushed', sa.JSON), sa.column('sync_problem', sa.Text),
)
state = sa.table('sync_state', sa.column('connector', sa.String), sa.column('key', sa.String),
                 sa.column('link', sa.Text), sa.column('updated_at', MOMENT))
# what was last written to each Outlook draft: ``draft:<hash of its id>`` → the link's digest
DRAFT_DIGEST = 'draft:'
# tombstones of items deleted here that Outlook still holds: generic keys from now on
TOMBSTONES = (('delete-draft:', 'deleted-message:'), ('cancel-event:', 'deleted-series:'))

occurrence = sa.table(
    'meeting_occurrence', sa.column('id', sa.String), sa.column('pushed_digest', sa.String),
)


def _row(kind: str, entity_id: str, **values: Any) -> dict[str, Any]:
    row = {'id': str(uuid.uuid4()), 'entity_kind': kind, 'entity_id': entity_id,
           'connector': CONNECTOR, 'remote_id': None, 'change_key': None, 'digest': None,
           'create_started_at': None, 'send_started_at': None, 'remote_revision': None,
           'problem': ''}
    row.update(values)
    return row


def _rename_tombstones(pairs: Sequence[tuple[str, str]]) -> None:
    bind = op.get_bind()
    for old, new in pairs:
        keys = bind.execute(sa.select(state.c.key).where(
            state.c.connector == CONNECTOR, state.c.key.startswith(old))).scalars().all()
        for key in keys:
            bind.execute(state.update().where(state.c.connector == CONNECTOR,
                                              state.c.key == key).values(
                key=new + key.removeprefix(old)))


def _draft_key(remote_id: str) -> str:
    return DRAFT_DIGEST + hashlib.sha256(remote_id.encode()).hexdigest()[:40]


def _draft_digests() -> dict[str, str]:
    bind = op.get_bind()
    return dict(bind.execute(sa.select(state.c.key, state.c.link).where(
        state.c.connector == CONNECTOR, state.c.key.startswith(DRAFT_DIGEST))).all())


def _copy_out() -> None:
    bind = op.get_bind()
    _rename_tombstones(TOMBSTONES)
    digests = _draft_digests()
    rows: list[dict[str, Any]] = []
    for m in bind.execute(sa.select(message)).mappings():
        if any(m[c] is not None for c in ('remote_id', 'remote_change_key', 'create_started_at',
                                          'send_started_at', 'remote_revision')):
            digest = digests.get(_draft_key(m['remote_id'])) if m['remote_id'] else None
            rows.append(_row('message', m['id'], remote_id=m['remote_id'],
                             change_key=m['remote_change_key'],
                             create_started_at=m['create_started_at'],
                             send_started_at=m['send_started_at'],
                             remote_revision=m['remote_revision'], digest=digest))
    # a digest whose draft no message holds any more is of no use (the draft was sent or
    # deleted): the bookkeeping goes with the rest
    bind.execute(state.delete().where(state.c.connector == CONNECTOR,
                                      state.c.key.startswith(DRAFT_DIGEST)))
    for s in bind.execute(sa.select(series)).mappings():
        if (any(s[c] is not None for c in ('remote_id', 'remote_change_key',
                                           'create_started_at', 'pushed'))
                or s['sync_problem']):
            pushed = s['pushed']
            rows.append(_row('series', s['id'], remote_id=s['remote_id'],
                             change_key=s['remote_change_key'],
                             create_started_at=s['create_started_at'],
                             digest=None if pushed is None else json.dumps(pushed,
                                                                           sort_keys=True),
                             problem=s['sync_problem'] or ''))
    for o in bind.execute(sa.select(occurrence)).mappings():
        if o['pushed_digest'] is not None:
            rows.append(_row('occurrence', o['id'], digest=o['pushed_digest']))
    if rows:
        op.bulk_insert(link, rows)


def _copy_back() -> None:
    bind = op.get_bind()
    _rename_tombstones([(new, old) for old, new in TOMBSTONES])
    chosen = sa.select(link).where(link.c.connector == CONNECTOR)
    digests: list[dict[str, Any]] = []
    for r in bind.execute(chosen).mappings():
        if r['entity_kind'] == 'message':
            bind.execute(message.update().where(message.c.id == r['entity_id']).values(
                remote_id=r['remote_id'], remote_change_key=r['change_key'],
                create_started_at=r['create_started_at'],
                send_started_at=r['send_started_at'], remote_revision=r['remote_revision']))
            if r['remote_id'] and r['digest']:
                digests.append({'connector': CONNECTOR, 'key': _draft_key(r['remote_id']),
                                'link': r['digest'], 'updated_at': datetime.now(UTC)})
        elif r['entity_kind'] == 'series':
            bind.execute(series.update().where(series.c.id == r['entity_id']).values(
                remote_id=r['remote_id'], remote_change_key=r['change_key'],
                create_started_at=r['create_started_at'],
                pushed=None if r['digest'] is None else json.loads(r['digest']),
                sync_problem=r['problem'] or ''))
        elif r['entity_kind'] == 'occurrence':
            bind.execute(occurrence.update().where(occurrence.c.id == r['entity_id']).values(
                pushed_digest=r['digest']))
    if digests:
        op.bulk_insert(state, digests)


def upgrade() -> None:
    op.create_table(
        'remote_link',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('entity_kind', sa.String(length=32), nullable=False),
        sa.Column('entity_id', sa.String(length=36), nullable=False),
        sa.Column('connector', sa.String(length=64), nullable=False),
        sa.Column('remote_id', sa.String(length=512), nullable=True),
        sa.Column('change_key', sa.String(length=255), nullable=True),
        sa.Column('digest', sa.Text(), nullable=True),
        sa.Column('create_started_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('send_started_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('remote_revision', sa.Integer(), nullable=True),
        sa.Column('problem', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_remote_link')),
        sa.UniqueConstraint('entity_kind', 'entity_id', 'connector',
                            name='uq_remote_link_entity'),
    )
    with op.batch_alter_table('remote_link', schema=None) as batch_op:
        batch_op.create_index('ix_remote_link_connector_remote_id', ['connector', 'remote_id'],
                              unique=False)
    _copy_out()
    # native DROP COLUMN (SQLite 3.35+), not a batch copy: the migration runs with foreign
    # keys on inside one transaction, and recreating ``message`` or ``meeting_series`` would
    # drop the old table, whose implicit DELETE cascades to links, attendees and dates
    op.drop_column('meeting_occurrence', 'pushed_digest')
    op.drop_index(op.f('ix_meeting_series_remote_id'), table_name='meeting_series')
    for name in ('sync_problem', 'pushed', 'create_started_at', 'remote_change_key',
                 'remote_id'):
        op.drop_column('meeting_series', name)
    op.drop_index(op.f('ix_message_remote_id'), table_name='message')
    for name in ('remote_revision', 'send_started_at', 'create_started_at',
                 'remote_change_key', 'remote_id'):
        op.drop_column('message', name)


def downgrade() -> None:
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('remote_id', sa.String(length=512), nullable=True))
        batch_op.add_column(sa.Column('remote_change_key', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('create_started_at', sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('send_started_at', sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('remote_revision', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_message_remote_id'), ['remote_id'], unique=False)
    with op.batch_alter_table('meeting_series', schema=None) as batch_op:
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
    _copy_back()
    with op.batch_alter_table('remote_link', schema=None) as batch_op:
        batch_op.drop_index('ix_remote_link_connector_remote_id')
    op.drop_table('remote_link')
