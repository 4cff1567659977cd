"""Finding PySide6's Qt Linguist tools (next to the running Python, else on PATH)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def qt_tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found
