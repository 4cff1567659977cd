"""Compile the Qt Linguist sources (resources/translations/*.ts) to .qm when they changed.

Run by ./dev.sh and installer.spec; .qm files are build output and are not committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

try:  # imported as scripts.… (tests, installer.spec) or run as a script from scripts/
    from scripts.qt_tools import qt_tool
except ImportError:
    from qt_tools import qt_tool  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def lrelease() -> str:
    return qt_tool("pyside6-lrelease")


def build(force: bool = False) -> list[Path]:
    built = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            built.append(qm)
    return built


if __name__ == "__main__":
    build(force="--force" in sys.argv)
