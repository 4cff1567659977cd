"""Meeting invitation: the agenda as the body, the invite as the calendar part (written by
``services.messages`` from the series, not from a message template)."""

from __future__ import annotations

from cockpit.domain.enums import MessageKind
from cockpit.messages.kinds.spec import QT_TRANSLATE_NOOP, KindSpec, StartFrom

SPEC = KindSpec(
    value=MessageKind.INVITE,
    label=QT_TRANSLATE_NOOP("MessageKind", "Meeting invitation"),
    order=80,
    start_from=StartFrom.SERIES,
)
