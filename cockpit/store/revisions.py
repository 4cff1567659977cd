"""The schema revisions this build knows, oldest first. A test keeps it equal to Alembic's chain.

Kept here so start-up can compare the stored revision without importing Alembic.
"""

from __future__ import annotations

REVISIONS: tuple[str, ...] = (
    "0001_passport",
    "0002_onboarding_template",
    "0003_meetings",
    "0004_messages",
    "0005_outlook_messages",
    "0006_mailbox",
    "0007_outlook_drafts_events",
    "0008_message_kinds_language",
    "0009_remote_links",
    "0010_store_info",
    "0011_occurrence_held",
    "0012_care_facts",
    "0013_registers",
    "0014_satisfaction",
)
HEAD = REVISIONS[-1]
