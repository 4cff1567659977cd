"""The error editors raise for text that is not a value of their kind (no heavy imports)."""

from __future__ import annotations

from cockpit.domain.problems import Problem


class ParseError(ValueError):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.value)
        self.problem = problem
