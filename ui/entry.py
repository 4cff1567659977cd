"""Entry point of the ``cockpit`` script and ``python main.py``: CLI command or desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    from cockpit.cli.commands import is_cli

    if is_cli(args):
        from cockpit.cli.main import run

        sys.exit(run(args))
    from ui.app import run_app

    sys.exit(run_app(args))
