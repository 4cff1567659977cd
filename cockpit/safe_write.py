"""Writing a user's file without ever leaving half of it: a temporary file next to it, flushed
to disk, then renamed over the old one. Special files, links and the store itself are refused."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from cockpit.errors import ErrorCode, KnownError


def write_atomically(path: Path, data: bytes, *, protected: Iterable[Path] = ()) -> None:
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise KnownError(ErrorCode.FILE_UNREADABLE,
                         f"{path} is not a regular file: choose a file name to write to")
    target = path.resolve()
    for other in protected:
        if target == other.resolve():
            raise KnownError(ErrorCode.FILE_UNREADABLE,
                             f"{path} is the database itself: choose another file name")
    tmp = path.with_name(path.name + ".partial")
    try:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
        _sync_folder(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(ErrorCode.FILE_UNREADABLE,
                         f"cannot write {path}: {exc.strerror or exc}") from exc


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; its rename is durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
