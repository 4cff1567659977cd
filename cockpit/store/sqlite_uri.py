"""Opening a SQLite file read-only by URI, with the path escaped (``#``, ``?``, ``%`` and
spaces are legal in folder names and would otherwise change which file SQLite opens)."""

from __future__ import annotations

from pathlib import Path


def read_only_uri(path: Path) -> str:
    return f"{path.absolute().as_uri()}?mode=ro"
