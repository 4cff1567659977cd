"""The care engine on a large portfolio: one evaluation of every rule for every project, and
one for a single project (what a change needs), against a baseline in the same run.

    python bench/care.py [--scale 500] [--db FILE] [--runs 15]

Builds a ``cockpit demo --scale N`` store (or uses ``--db``), then times in-process, as the
median of ``--runs`` runs: (a) ``due_items`` for the whole portfolio a week from now, cold
(as a fresh process), (a') the same again (series' next dates known, as for the Today view's
refresh), (b) the same for one project, and the baseline (0) ``projects.list_projects`` —
the project list the window shows at start. Targets (issue 13): (a) under 150 ms at 500
projects, (b) under 10 ms.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def median_ms(work: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=500)
    parser.add_argument("--db", type=Path, help="an existing store instead of a new demo")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from cockpit.care.engine import due_items
    from cockpit.paths import resolve_store
    from cockpit.services import projects
    from cockpit.store.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db
        if path is None:
            path = Path(tmp) / "scale.sqlite3"
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "cockpit.cli", "demo", "--scale",
                            str(args.scale), "--db", str(path)], cwd=ROOT, check=True,
                           capture_output=True)
            print(f"built a {args.scale}-project demo in {time.perf_counter() - started:.0f} s")
        store = open_store(resolve_store(str(path)))
        try:
            at = datetime.now(UTC) + timedelta(days=7)
            listed = projects.list_projects(store)
            one = listed[0].id
            due_items(store, at)  # warm: imports, caches of holidays
            base, _ = median_ms(lambda: projects.list_projects(store), args.runs)
            from cockpit.care import governance_facts

            def cold() -> object:  # as a fresh process: no series' dates known yet
                governance_facts._NEXT.clear()
                return due_items(store, at)

            whole, items = median_ms(cold, args.runs)
            warm, _ = median_ms(lambda: due_items(store, at), args.runs)
            single, _ = median_ms(lambda: due_items(store, at, project_id=one), args.runs)
        finally:
            store.dispose()
    count = len(items) if isinstance(items, list) else 0
    print(f"projects: {len(listed)}, items owed a week from now: {count}")
    print(f"(0) baseline: projects.list_projects        {base:8.1f} ms")
    print(f"(a) due_items, whole portfolio              {whole:8.1f} ms = {whole / base:.1f}x"
          "  (target < 150 ms)")
    print(f"(a') the same again (Today's refresh)        {warm:8.1f} ms = {warm / base:.1f}x")
    print(f"(b) due_items, one project                  {single:8.1f} ms"
          "  (target < 10 ms)")


if __name__ == "__main__":
    main()
