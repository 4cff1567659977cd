"""What the sync brings back from the mailbox: sent and received mail about the projects, and
where each folder's delta query left off."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cockpit.store.models.base import Base
from cockpit.store.types import UTCDateTime, utcnow


class SyncState(Base):
    """A connector's bookmark per folder or calendar (Graph's deltaLink)."""

    __tablename__ = "sync_state"

    connector: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # "mail:sentitems"…
    link: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class MailItem(Base):
    """A message seen in Outlook (sent by the PM, or received from a customer), matched to
    the project whose people it was with. Upserted by Outlook's immutable id."""

    __tablename__ = "mail_item"

    id: Mapped[str] = mapped_column(String(512), primary_key=True)  # Outlook's immutable id
    folder: Mapped[str] = mapped_column(String(32), index=True)  # sentitems / inbox
    project_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("project.id", ondelete="SET NULL"), index=True)
    internet_message_id: Mapped[str] = mapped_column(String(998), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    sender: Mapped[str] = mapped_column(String(320), default="")
    recipients: Mapped[list[Any]] = mapped_column(JSON, default=list)  # addresses
    moment: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)  # sent/received
    conversation_id: Mapped[str] = mapped_column(String(512), default="", index=True)
    body_preview: Mapped[str] = mapped_column(Text, default="")  # Graph's first 255 characters
    in_reply_to: Mapped[str] = mapped_column(String(998), default="")  # its In-Reply-To
    # the PM's word on a customer's mail, for when the reply did not go through Outlook
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
