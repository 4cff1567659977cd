"""message kinds and language: project and templates get a language (en, ja)

Revision ID: 0008_message_kinds_language
Revises: 0007_outlook_drafts_events
Create Date: 2026-11-25

Every stored template stays exactly as it is and is marked English, as is every project. The
Japanese defaults are not written here: the store seeds missing defaults from the template
files when it opens (cockpit/store/default_templates.py).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008_message_kinds_language'
down_revision: str | None = '0007_outlook_drafts_events'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('project', 'message_template', 'agenda_template')


def _language() -> sa.Column:
    return sa.Column('language', sa.Enum('en', 'ja', name='language', native_enum=False,
                                         length=32), nullable=False, server_default='en')


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(_language())


def downgrade() -> None:
    # Before 0008 a kind or meeting type had one default: the Japanese ones stay as the PM's
    # own templates (nothing edited in them is lost), the English ones stay the defaults.
    for table in ('message_template', 'agenda_template'):
        op.execute(sa.text(f"UPDATE {table} SET is_default = :no WHERE language != 'en'")
                   .bindparams(no=False))
    # native DROP COLUMN (SQLite 3.35+), not a batch copy: the migration runs with foreign
    # keys on inside one transaction, and recreating ``project`` would drop the old table,
    # whose implicit DELETE cascades to every person, message and meeting of the project
    for table in reversed(TABLES):
        op.drop_column(table, 'language')
