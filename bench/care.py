"""The care engine on a large portfolio: one evaluation of every rule for every project, and
one for a single project (what a change needs), against a baseline in the same run.

    python bench/care.py [--scale 500] [--db FILE] [--runs 15]

Builds a ``cockpit demo --scale N`` store (or uses ``--db``), then times in-process, as the
median of ``--runs`` runs: (a) ``due_items`` for the whole portfolio a week from now, cold
(as a fresh process), (a') the same again (series' next dates known, as for the Today view's
refresh), (b) the same for one project, (c) Today's panel given those items and painted
(offscreen), against the same for the project list's panel and its rows (c0), and the
baseline (0) ``projects.list_projects`` — the project list the window shows at start.
Targets (issue 13): (a) under 150 ms at 500 projects, (b) under 10 ms; the start-up race
itself (Today painted within 2x of the list) is ``bench/startup.py``'s figure (f).
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
            today_paint, list_paint = _paint(store, at, listed, args.runs)
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
    print(f"(c0) project list panel: rows set, painted  {list_paint:8.1f} ms")
    print(f"(c) Today panel: items set, painted         {today_paint:8.1f} ms = "
          f"{today_paint / list_paint:.1f}x (c0)")


def _paint(store: object, at: datetime, listed: list[object], runs: int) -> tuple[float, float]:
    """Median ms to give Today's panel the portfolio's items and paint it, and the same for
    the project list's panel and its summaries (both offscreen, the window's size)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from cockpit.services.today import load_today
    from ui.projects.list_panel import ProjectListPanel
    from ui.today.panel import TodayPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    data = load_today(store, at)  # type: ignore[arg-type]
    today, projects_panel = TodayPanel(), ProjectListPanel()
    for panel in (today, projects_panel):
        panel.resize(1340, 760)
        panel.show()
    app.processEvents()

    def show_today() -> None:
        today.show_items(data.items, len(data.snoozed), "Europe/Warsaw", data.names, "Today")
        today.strip.set_health(data.health, "Europe/Warsaw")
        today.repaint()

    def show_list() -> None:
        projects_panel.model.set_rows(listed)  # type: ignore[arg-type]
        projects_panel.repaint()

    today_ms, _ = median_ms(show_today, runs)
    list_ms, _ = median_ms(show_list, runs)
    return today_ms, list_ms


if __name__ == "__main__":
    main()
