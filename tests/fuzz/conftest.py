"""Fuzzing every import path: a fixed seed (Hypothesis ``derandomize``) and a modest number of
cases in CI; ``COCKPIT_FUZZ_EXAMPLES=20000 ./dev.sh test tests/fuzz`` runs a longer campaign.
The counts (cases run, refused cleanly, imported) are printed at the end of the run."""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

from hypothesis import HealthCheck, settings

TALLY: dict[str, Counter[str]] = {}


def examples(default: int) -> int:
    """How many cases a fuzz test runs: its CI default, or ``COCKPIT_FUZZ_EXAMPLES``."""
    return int(os.environ.get("COCKPIT_FUZZ_EXAMPLES", "0")) or default


def fuzz_settings(default: int) -> settings:
    return settings(max_examples=examples(default), derandomize=True, deadline=None,
                    database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture,
                                           HealthCheck.filter_too_much,
                                           HealthCheck.data_too_large])


def count(target: str, outcome: str) -> None:
    tally = TALLY.setdefault(target, Counter())
    tally["cases"] += 1
    tally[outcome] += 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not TALLY:
        return
    terminalreporter.section("fuzzed imports")
    for target, tally in sorted(TALLY.items()):
        terminalreporter.write_line(
            f"{target}: {tally['cases']} cases, {tally['refused']} refused cleanly, "
            f"{tally['imported']} imported")
