"""The sub-command names, apart from the parser so that starting the app imports no argparse."""

from __future__ import annotations

from collections.abc import Sequence

COMMANDS = ("init", "demo", "projects", "export", "import", "db", "backup", "meetings", "ics",
            "followup", "messages", "due", "flags", "cr", "sync", "account")


def is_cli(argv: Sequence[str]) -> bool:
    """True when ``argv`` names a sub-command or asks for help (otherwise: start the app)."""
    return any(a in COMMANDS or a in ("-h", "--help") for a in argv)
