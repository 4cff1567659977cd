"""What every passport tab offers the editor."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from cockpit.domain.passport import Passport
from cockpit.domain.validation import Issue


class PassportTab(QWidget):
    changed = Signal()
    prefixes: tuple[str, ...] = ()  # the validation paths (``fields.``, ``members[``) it owns

    def load(self, passport: Passport) -> None:
        raise NotImplementedError

    def write_into(self, passport: Passport) -> None:
        """Copy this tab's values into ``passport``; raises ``ParseError`` for unreadable text."""
        raise NotImplementedError

    def show_issues(self, issues: list[Issue]) -> None:
        raise NotImplementedError

    def owns(self, issue: Issue) -> bool:
        return issue.where.startswith(self.prefixes)

    def reveal(self, issue: Issue) -> None:
        """Put the cursor on the field or cell of ``issue``."""


def row_issues(issues: list[Issue], prefix: str) -> dict[tuple[int, str], object]:
    """``members[2].email`` → ``{(2, "email"): problem}`` for the issues under ``prefix``."""
    out: dict[tuple[int, str], object] = {}
    for issue in issues:
        if issue.where.startswith(prefix + "["):
            index, _, name = issue.where[len(prefix) + 1 :].partition("].")
            out.setdefault((int(index), name), issue.problem)
    return out
