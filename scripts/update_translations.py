"""Refresh the Qt Linguist sources from the code: ``python scripts/update_translations.py``.

- ``cockpit_ja.ts``: every user-visible string of ``ui/`` (translate new ones in Qt Linguist
  or by editing the file; the test suite fails while any is unfinished);
- ``cockpit_en.ts``: plural forms only (``%n project(s)`` → "1 project" / "2 projects").
"""

from __future__ import annotations

import subprocess
from pathlib import Path

try:  # imported as scripts.… (tests, installer.spec) or run as a script from scripts/
    from scripts.qt_tools import qt_tool
except ImportError:
    from qt_tools import qt_tool  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def lupdate() -> str:
    return qt_tool("pyside6-lupdate")


def sources() -> list[str]:
    """The UI, and the message kinds' labels (marked with QT_TRANSLATE_NOOP in core)."""
    ui = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    kinds = ROOT / "cockpit" / "messages" / "kinds"
    return ui + sorted(str(p.relative_to(ROOT)) for p in kinds.glob("*.py"))


def update(ts: Path, *extra: str) -> None:
    subprocess.run(
        [lupdate(), "-silent", "-no-obsolete", "-locations", "none", *extra, *sources(),
         "-ts", str(ts)],
        check=True, cwd=ROOT,
    )


def update_all(folder: Path = TRANSLATIONS) -> None:
    update(folder / "cockpit_ja.ts", "-target-language", "ja_JP")
    update(folder / "cockpit_en.ts", "-pluralonly", "-target-language", "en_US")


if __name__ == "__main__":
    update_all()
