"""The last Today a window showed for a store, kept beside the settings
(``Settings.cache_dir``): at the next start it is on screen at once, marked as the last
evaluation, while the store opens and the care engine runs again (a second or so on a large
portfolio); the live list then replaces it. A missing or unreadable file is not shown."""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime
from pathlib import Path

from cockpit.care.item_codec import dump_items, load_items
from cockpit.care.items import CareItem

log = logging.getLogger("cockpit.ui.today")


def cache_path(folder: Path, store_key: str) -> Path:
    digest = hashlib.sha256(store_key.encode("utf-8")).hexdigest()[:16]
    return folder / f"today-{digest}.json"


def save(folder: Path, store_key: str, at: datetime, items: list[CareItem], zone: str,
         names: dict[str, str]) -> None:
    from cockpit.safe_write import write_atomically

    path = cache_path(folder, store_key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, dump_items(at, items, zone, names).encode("utf-8"))
    except Exception as exc:  # a cache: never worth an error
        log.warning("could not keep Today for the next start: %s", exc)


def load(folder: Path, store_key: str
         ) -> tuple[datetime, list[CareItem], str, dict[str, str]] | None:
    path = cache_path(folder, store_key)
    try:
        return load_items(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.info("the last Today could not be read (%s): it is worked out afresh", exc)
        return None
