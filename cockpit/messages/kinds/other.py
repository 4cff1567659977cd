"""A free message: blank, or from one of the PM's own general templates."""

from __future__ import annotations

from cockpit.domain.enums import MessageKind
from cockpit.messages.kinds.spec import QT_TRANSLATE_NOOP, KindSpec, StartFrom

SPEC = KindSpec(
    value=MessageKind.OTHER,
    label=QT_TRANSLATE_NOOP("MessageKind", "Message"),
    order=90,
    start_from=StartFrom.TEMPLATE,
    new_menu=QT_TRANSLATE_NOOP("MessageKind", "Blank message"),
)
