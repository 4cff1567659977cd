"""How a local item (a message, a meeting series, one date of a series) is known in an outside
tool: one row per (item, connector). Nothing here names a tool: each connector keeps its own
rows, under its own name (``cockpit.connectors.remote_links`` reads and writes them)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cockpit.store.models.base import Base, new_id
from cockpit.store.types import UTCDateTime


class RemoteLink(Base):
    __tablename__ = "remote_link"
    __table_args__ = (
        UniqueConstraint("entity_kind", "entity_id", "connector",
                         name="uq_remote_link_entity"),
        Index("ix_remote_link_connector_remote_id", "connector", "remote_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity_kind: Mapped[str] = mapped_column(String(32))  # "message", "series", "occurrence"
    entity_id: Mapped[str] = mapped_column(String(36))
    connector: Mapped[str] = mapped_column(String(64))
    remote_id: Mapped[str | None] = mapped_column(String(512))  # the tool's id of the item
    change_key: Mapped[str | None] = mapped_column(String(255))  # its version there
    # what the tool last received (a hash, or JSON with a digest per field)
    digest: Mapped[str | None] = mapped_column(Text)
    # moments a create or a send went out, stored before the request: a lost answer is read
    # back instead of being repeated
    create_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    send_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    remote_revision: Mapped[int | None] = mapped_column(Integer)  # local revision it holds
    problem: Mapped[str] = mapped_column(Text, default="")  # why the tool refused it
