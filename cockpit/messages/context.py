"""What a message template sees, built from the store for the thing it is opened on.

Every kind gets ``project``, ``pm``, ``today`` and ``greeting``; each kind adds its own names
(its spec's ``names``, built by its spec's ``build`` in ``cockpit.messages.kinds``). Items
marked internal in the minutes never reach a context: everything here goes to the customer.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from cockpit.messages.kinds.registry import spec_of
from cockpit.messages.kinds.shared import COMMON, STATUS_TEXT, Prepared, common, natural_key
from cockpit.messages.sources import Source

__all__ = ["COMMON", "STATUS_TEXT", "Prepared", "names_of", "natural_key", "prepare"]


def names_of(kind: str) -> tuple[str, ...]:
    """The names a template of ``kind`` may use besides ``COMMON``."""
    return spec_of(kind).names


def prepare(session: Session, kind: str, source: Source, today: date) -> Prepared:
    """The context for ``kind`` opened on ``source``; ``KnownError`` when the source is gone."""
    shared = common(session, source, today)
    builder = spec_of(kind).build
    prepared = builder(session, source, today) if builder else Prepared({})
    prepared.context = {**shared, **prepared.context}
    return prepared
