"""Entry point of the ``cockpit`` script and ``python main.py``: CLI command or desktop app."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

EXIT_NO_DISPLAY = 2
NO_DISPLAY = (
    "cockpit: error: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
    "is set). Start it from a desktop session, over `ssh -X`, or under `xvfb-run cockpit`. "
    "The commands (`cockpit --help`) need no display; scripts that drive the app without one "
    "set QT_QPA_PLATFORM=offscreen.")


def missing_display(argv: Sequence[str], env: Mapping[str, str] = os.environ,
                    platform: str = sys.platform) -> bool:
    """True when the window could not open: on Linux and the BSDs, no X11 or Wayland display
    and no other Qt platform chosen (``QT_QPA_PLATFORM``, ``-platform``). Checked before Qt is
    loaded, whose own answer is an abort naming a missing xcb library."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if "-platform" in argv or (chosen and not chosen.startswith(("xcb", "wayland"))):
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    from cockpit.cli.commands import is_cli

    if is_cli(args):
        from cockpit.cli.main import run

        sys.exit(run(args))
    if missing_display(args):
        print(NO_DISPLAY, file=sys.stderr)
        sys.exit(EXIT_NO_DISPLAY)
    from ui.app import run_app

    sys.exit(run_app(args))
