"""Messages (drafts, outbox, sent), their links, and the templates they start from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cockpit.domain.enums import Language
from cockpit.domain.messages import LinkTarget, MessageKind, MessageState
from cockpit.store.models.base import Base, new_id
from cockpit.store.models.project import enum_column
from cockpit.store.types import KindText, UTCDateTime, utcnow


class MessageTemplate(Base):
    """Jinja2 subject and Markdown body; one default per kind shipped, more the PM adds."""

    __tablename__ = "message_template"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[MessageKind] = mapped_column(KindText())
    name: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[Language] = mapped_column(enum_column(Language), default=Language.EN)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Message(Base):
    """Recipients are kept as typed, so a draft with a half-written address is never lost."""

    __tablename__ = "message"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[MessageKind] = mapped_column(KindText(), default=MessageKind.OTHER)
    state: Mapped[MessageState] = mapped_column(
        enum_column(MessageState), default=MessageState.DRAFT, index=True
    )
    sender: Mapped[str] = mapped_column(String(500), default="")
    to: Mapped[str] = mapped_column(Text, default="")
    cc: Mapped[str] = mapped_column(Text, default="")
    bcc: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(String(1000), default="")
    body: Mapped[str] = mapped_column(Text, default="")  # Markdown
    calendar: Mapped[str | None] = mapped_column(Text)  # an invite's iCalendar text
    message_id: Mapped[str] = mapped_column(String(255), unique=True)  # RFC 5322 Message-ID
    failure: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)  # raised by every save
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    ready_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # how a connector knows it (ids, change keys, create/send moments): ``RemoteLink``
    # edited in PM Cockpit and in Outlook at once: both versions are kept, each naming the other
    conflict_of: Mapped[str | None] = mapped_column(String(36))

    links: Mapped[list[MessageLink]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="MessageLink.position"
    )


class MessageLink(Base):
    """What a message confirms; ``label`` keeps what it was even if the target is deleted."""

    __tablename__ = "message_link"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    message_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("message.id", ondelete="CASCADE"), index=True
    )
    target: Mapped[LinkTarget] = mapped_column(enum_column(LinkTarget))
    target_id: Mapped[str] = mapped_column(String(512), index=True)  # a mail's id is long
    label: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    message: Mapped[Message] = relationship(back_populates="links")
