"""What the store itself is, one text per key. Today one key: ``purpose`` — ``demo`` for the
demo portfolio's store, which never syncs or sends (``cockpit.store.purpose``). A store without
the row is the PM's own store. This is the store's own bookkeeping, not the PM's work."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cockpit.store.models.base import Base


class StoreInfo(Base):
    __tablename__ = "store_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
