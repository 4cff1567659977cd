"""Places in a message the PM must still fill in, written ``[[Impact on your users]]``.

Shipped templates mark what only the PM can write (the impact, the options, a date) this way;
the marker stays visible in the draft, and a message that still holds one is not queued or sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cockpit.errors import ErrorCode, KnownError

OPEN, CLOSE = "[[", "]]"
# Non-greedy, on one line, not empty: "[[ ]]" or a stray "[[" across lines is not a placeholder.
PATTERN = re.compile(r"\[\[([^\[\]\n]*?\S[^\[\]\n]*?)\]\]")


@dataclass(frozen=True, slots=True)
class Placeholder:
    label: str  # the text between the brackets, trimmed
    start: int  # offsets of the whole marker in the text
    end: int


def placeholder_spans(text: str) -> list[Placeholder]:
    """Every placeholder in ``text``, in order, with where it stands."""
    return [Placeholder(m.group(1).strip(), m.start(), m.end()) for m in PATTERN.finditer(text)]


def find_placeholders(text: str) -> list[str]:
    """The labels of the placeholders left in ``text``, in order, each once."""
    return list(dict.fromkeys(p.label for p in placeholder_spans(text)))


def placeholder(label: str) -> str:
    return f"{OPEN}{label}{CLOSE}"


def left_in(subject: str, body: str) -> list[str]:
    """The placeholders a message still holds, as written (``[[Impact on your users]]``):
    the subject's first, then the body's, each once."""
    return list(dict.fromkeys(placeholder(label) for label in
                              find_placeholders(subject) + find_placeholders(body)))


def check_filled(subject: str, body: str) -> None:
    """``KnownError(PLACEHOLDERS_LEFT)`` naming every placeholder still in the message."""
    left = left_in(subject, body)
    if left:
        raise KnownError(ErrorCode.PLACEHOLDERS_LEFT,
                         "still to fill in before it can go out: " + ", ".join(left))
