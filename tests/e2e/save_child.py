"""A second app process for the concurrency tests: opens the store, loads a project, says
``loaded``, waits for the go file, renames the project and saves it; prints ``saved`` or
``refused: <code>``."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from cockpit.errors import KnownError
from cockpit.paths import resolve_store
from cockpit.services import projects
from cockpit.store.store import open_store


def main(url: str, project_id: str, name: str, ready: str, go: str) -> None:
    store = open_store(resolve_store(url))
    passport = projects.get_passport(store, project_id)
    Path(ready).write_text("loaded", encoding="utf-8")
    while not Path(go).exists():
        time.sleep(0.01)
    passport.fields.name = name
    try:
        projects.save_passport(store, passport)
    except KnownError as exc:
        print(f"refused: {exc.code.value}")
    else:
        print("saved")
    finally:
        store.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:6])
