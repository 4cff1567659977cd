"""Operations for the compose window, the message lists and the message-template editor.

Plain functions a ``TaskRunner`` runs off the GUI thread; services are imported inside them.
Expected problems arrive as ``KnownError``s (a wrong address is ``BAD_RECIPIENTS``, a message
that left the drafts is ``MESSAGE_LOCKED``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cockpit.changes import Changes, Done

if TYPE_CHECKING:
    from cockpit.domain.messages import (
        MessageData,
        MessageKind,
        MessageState,
        MessageSummary,
        MessageTemplateData,
    )
    from cockpit.messages.recipients import Contact
    from cockpit.messages.sources import Source
    from cockpit.services.executive_recipients import ExecutiveRecipient
    from cockpit.services.follow_ups import FollowUpState
    from cockpit.store.store import Store


@dataclass(frozen=True)
class Opened:
    """A message with the project's contacts, for the compose window's completion."""

    message: MessageData
    contacts: list[Contact]


def _contacts(store: Store, project_id: str | None) -> list[Contact]:
    from cockpit.messages.recipients import contacts

    if project_id is None:
        return []
    with store.session() as s:
        return contacts(s, project_id)


def _created(message: MessageData, store: Store) -> Done[Opened]:
    """A new draft, opened: its window shows it, the lists add it."""
    return Done(Opened(message, _contacts(store, message.project_id)),
                Changes.of(messages=[message.id]))


def open_message(store: Store, message_id: str) -> Opened:
    from cockpit.services import messages

    message = messages.get_message(store, message_id)
    return Opened(message, _contacts(store, message.project_id))


def compose(store: Store, kind: MessageKind, source: Source,
            template_id: str | None = None) -> Done[Opened]:
    from cockpit.services import messages

    message = messages.compose(store, kind, source, template_id=template_id)
    return _created(message, store)


def new_message(store: Store, project_id: str | None) -> Done[Opened]:
    from cockpit.services import messages

    return _created(messages.new_message(store, project_id), store)


def compose_invite(store: Store, series_id: str) -> Done[Opened]:
    from cockpit.services import messages, outlook_channel

    outlook_channel.check_mail_invite(store, series_id)
    message = messages.compose_invite(store, series_id)
    opened = Opened(message, _contacts(store, message.project_id))
    return Done(opened, Changes.of(messages=[message.id], series=[series_id]))


def last_meeting_with_minutes(store: Store, project_id: str) -> tuple[str, datetime]:
    """(series id, original start) of the project's latest meeting with minutes."""
    from cockpit.services.occurrences import last_with_minutes

    return last_with_minutes(store, project_id)


def project_of_series(store: Store, series_id: str) -> str:
    from cockpit.services import meetings

    return meetings.get_series(store, series_id).project_id


def meeting_follow_up(store: Store, series_id: str, original_start: datetime
                      ) -> tuple[str, FollowUpState | None]:
    """The meeting's project, and the follow-up the meeting has (None: none yet)."""
    from cockpit.services import follow_ups

    return (project_of_series(store, series_id),
            follow_ups.follow_up_of(store, series_id, original_start))


def save_draft(store: Store, message: MessageData) -> Done[MessageData]:
    from cockpit.services import messages

    saved = messages.save_draft(store, message)
    return Done(saved, Changes.of(messages=[saved.id]))


def move(store: Store, message_id: str, target: MessageState, *,
         confirmed: bool = False) -> Done[MessageData]:
    """Queue (a draft, or a failed message again), take back to drafts, or mark sent."""
    return Done(_move(store, message_id, target, confirmed),
                Changes.of(messages=[message_id]))


def executives_to_confirm(store: Store, message_id: str) -> list[ExecutiveRecipient]:
    from cockpit.services import messages

    return messages.executives_to_confirm(store, message_id)  # type: ignore[no-any-return]


def _move(store: Store, message_id: str, target: MessageState,
          confirmed: bool) -> MessageData:
    from cockpit.domain.messages import MessageState
    from cockpit.services import messages

    if target is MessageState.DRAFT:
        return messages.back_to_draft(store, message_id)
    if target is MessageState.READY:
        return messages.mark_ready(store, message_id, confirmed=confirmed)
    if target is MessageState.SENT:
        return messages.mark_sent(store, message_id)
    raise ValueError(target)


def delete_message(store: Store, message_id: str) -> Done[str]:
    from cockpit.services import messages

    messages.delete_message(store, message_id)
    return Done(message_id, Changes.of(messages=[message_id]))


def list_messages(store: Store, project_id: str | None) -> list[MessageSummary]:
    from cockpit.services import messages

    return messages.list_messages(store, project_id=project_id)


def write_eml(store: Store, message_id: str, path: Path) -> Path:
    from cockpit.services import messages

    return messages.write_eml(store, message_id, path)


@dataclass(frozen=True)
class RichText:
    html: str
    text: str


def rich_text(markdown: str) -> RichText:
    """The body as the clipboard gets it: sanitised HTML and the plain-text alternative."""
    from cockpit.mail.markdown_html import render_html
    from cockpit.mail.plain_text import plain_text

    return RichText(render_html(markdown), plain_text(markdown))


def preview_html(markdown: str) -> str:
    from cockpit.mail.markdown_html import render_html

    return render_html(markdown)


# --- templates ------------------------------------------------------------------------------
def list_templates(store: Store) -> list[MessageTemplateData]:
    from cockpit.services import message_templates

    return message_templates.list_templates(store)


def save_template(store: Store, data: MessageTemplateData) -> Done[MessageTemplateData]:
    from cockpit.services import message_templates

    return Done(message_templates.save_template(store, data),
                Changes.of(settings=["message_templates"]))


def delete_template(store: Store, template_id: str) -> Done[str]:
    from cockpit.services import message_templates

    message_templates.delete_template(store, template_id)
    return Done(template_id, Changes.of(settings=["message_templates"]))


def templates_of(store: Store, kind: MessageKind) -> list[MessageTemplateData]:
    """The kind's templates, the default first: one default (written in the project's language
    when picked, see ``services.messages.compose``) and the PM's own."""
    from cockpit.domain.enums import Language
    from cockpit.services import message_templates

    return message_templates.list_templates(store, kind, Language.EN)


def preview_template(data: MessageTemplateData) -> tuple[str, str]:
    from cockpit.services import message_templates

    return message_templates.preview(data)
