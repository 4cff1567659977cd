"""Start-up and filter benchmark for PM Cockpit.  Run from the repository root:

    .venv/bin/python bench/startup.py [-n 7] [--display] [--bundle dist/cockpit/cockpit]

Start-up figures are wall-clock times measured by this process, from just before the child is
spawned until the child's marker line arrives on its stdout (what a user waits for):

  (a) bare PySide6: a QMainWindow of the app's size, shown, until its first Paint event
  (b) the app (``main.py``, store with the 12-project demo) until its main window's first Paint
  (c) the app with a ``--scale 500`` portfolio until the project list is loaded
  (f) the same runs until Today has painted its rows (the window's home: the care engine's
      items across the portfolio; at a start after the first, the last evaluation kept for
      the store, until the live one replaces it), against (c): target 2x
  (f') the same runs until Today has painted the live evaluation (the store opened, the care
      engine run)
  (d) in-process: ProjectListPanel with the 500 summaries, time of ``filter.setText(query)``
  (e) peak memory (ru_maxrss) of the (c) children

(b) and (c) rely on the app printing markers when COCKPIT_BENCH_MARKERS=1 is set:
"painted" after the main window's first paint, "listed" when ``projects_loaded`` fires (and
the list painted, when it is the page on screen), "today" when Today has painted rows (the
last evaluation's or the live ones), "today-live" when it has painted the live evaluation.
"""

from __future__ import annotations

import argparse
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_APP_RATIO = 1.5  # (b)/(a)
TARGET_LIST_RATIO = 5.0  # (c)/(a)
TARGET_FILTER_MS = 50.0  # (d)
TARGET_TODAY_RATIO = 2.0  # (f)/(c)
RUN_TIMEOUT = 60.0  # seconds for one child start

# (a): the same window size as the app's first start, first paint caught the same way as the
# app's COCKPIT_BENCH_MARKERS hook does it (an event filter on the window for QEvent.Paint).
BARE_QT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bench")
window.resize(1360, 820)
first_paint = FirstPaint(window)
window.installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
"""

FILTER_QUERIES = (
    ("code prefix", "JP-3"),
    ("Japanese customer", "フィンテック"),
    ("German umlaut word", "Bäckerei"),
    ("two words", "müller mobile"),
    ("no match", "zzqx nothing"),
)


@dataclass
class Run:
    marks: dict[str, float] = field(default_factory=dict)  # marker -> seconds after spawn
    maxrss_mb: float = 0.0
    returncode: int = 0


class BenchError(RuntimeError):
    pass


def child_env(home: Path, display: bool) -> dict[str, str]:
    # PYTHONDONTWRITEBYTECODE (set on some CI/sandbox machines) would make every start
    # recompile the modules without a .pyc: users run with compiled bytecode, so let the
    # warm-up run write it.
    drop = ("COCKPIT_DB", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    runtime = home / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_RUNTIME_DIR=str(runtime), COCKPIT_BENCH_MARKERS="1")
    if display:
        env.pop("QT_QPA_PLATFORM", None)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def spawn(cmd: list[str], env: dict[str, str], wanted: tuple[str, ...], log: Path) -> Run:
    """Start ``cmd``; time each wanted marker line from spawn; collect the child's rusage."""
    lines: queue.Queue[tuple[float, str]] = queue.Queue()
    with open(log, "w", encoding="utf-8") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=err,
                                stdin=subprocess.DEVNULL, text=True, encoding="utf-8",
                                errors="replace", bufsize=1)

        def read() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                lines.put((time.perf_counter() - start, line.strip()))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        deadline = start + RUN_TIMEOUT
        while True:  # os.wait4 rather than Popen.wait: it also returns this child's rusage
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = os.waitstatus_to_exitcode(status)
                raise BenchError(f"timed out after {RUN_TIMEOUT:.0f} s: {' '.join(cmd)}\n"
                                 f"{log.read_text(encoding='utf-8')[-3000:]}")
            time.sleep(0.005)
        proc.returncode = os.waitstatus_to_exitcode(status)
        reader.join(5)
    run = Run(maxrss_mb=usage.ru_maxrss / 1024, returncode=proc.returncode)
    while not lines.empty():
        at, text = lines.get()
        run.marks.setdefault(text, at)
    missing = [m for m in wanted if m not in run.marks]
    if proc.returncode != 0 or missing:
        hint = ""
        if missing and proc.returncode == 0:
            hint = ("\n(the app printed no markers: does ui/app.py honour "
                    "COCKPIT_BENCH_MARKERS=1?)")
        raise BenchError(f"{' '.join(cmd)}\nexit code {proc.returncode}, missing {missing}"
                         f"{hint}\n--- stderr ---\n{log.read_text(encoding='utf-8')[-3000:]}")
    return run


def rounds(n: int, cases: dict[str, tuple[list[str], tuple[str, ...]]], env: dict[str, str],
           log: Path) -> dict[str, list[Run]]:
    """One warm-up run per case (page cache, .pyc, settings file), then ``n`` rounds that run
    every case once: a slow spell of the machine then hits all cases alike, not one."""
    print(f"  warm-up, then {n} rounds of {', '.join(cases)}: ", end="", flush=True)
    for cmd, wanted in cases.values():
        spawn(cmd, env, wanted, log)
    runs: dict[str, list[Run]] = {name: [] for name in cases}
    for _ in range(n):
        for name, (cmd, wanted) in cases.items():
            runs[name].append(spawn(cmd, env, wanted, log))
        print(".", end="", flush=True)
    print()
    return runs


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def make_db(path: Path, env: dict[str, str], scale: int | None) -> None:
    cmd = [sys.executable, "-m", "cockpit.cli", "demo", "--db", str(path)]
    if scale:
        cmd += ["--scale", str(scale)]
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=300, check=False)
    if result.returncode != 0:
        raise BenchError(f"{' '.join(cmd)} failed:\n{result.stderr}")


# --- (d) filter, in this process ------------------------------------------------------------
def bench_filter(db: Path, n: int,
                 display: bool) -> tuple[int, list[tuple[str, str, int, float, float]]]:
    """(projects listed, per query: (label, query, rows shown, median ms of setText,
    median ms of setText plus the repaint of the panel))."""
    if not display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from cockpit.paths import resolve_store
    from cockpit.services.projects import list_projects
    from cockpit.store.store import open_store
    from ui.projects.list_panel import ProjectListPanel

    def quiet(_kind: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform says it on show()
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = open_store(resolve_store(str(db)))
    try:
        rows = list_projects(store, include_archived=False)
    finally:
        store.dispose()
    panel = ProjectListPanel()
    panel.resize(600, 780)
    panel.model.set_rows(rows)
    panel.show()
    app.processEvents()

    results = []
    for label, query in (*FILTER_QUERIES, ("clear (back to all)", "")):
        words = query.casefold().split()
        expected = sum(
            all(w in " ".join((r.code, r.name, r.customer, r.department, r.manager)).casefold()
                for w in words) for r in rows)
        filtered, painted = [], []
        for _ in range(n):
            panel.filter.setText("JP-" if query == "" else "")  # start state, not timed
            app.processEvents()
            t0 = time.perf_counter()
            panel.filter.setText(query)
            t1 = time.perf_counter()
            shown = panel.proxy.rowCount()  # synchronous: the proxy is already updated
            panel.repaint()  # the panel and its table, painted now
            app.processEvents()
            t2 = time.perf_counter()
            filtered.append(t1 - t0)
            painted.append(t2 - t0)
            if shown != expected:
                raise BenchError(f"filter {query!r}: proxy shows {shown} rows, "
                                 f"expected {expected}")
        results.append((label, query, shown, median_ms(filtered), median_ms(painted)))
    panel.close()
    return len(rows), results


# --- report ---------------------------------------------------------------------------------
def pad(text: str, width: int) -> str:
    """Left-align in terminal columns (East Asian wide characters take two)."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - used)


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--repeat", type=int, default=7, help="runs per figure (median)")
    parser.add_argument("--display", action="store_true",
                        help="use the real display ($DISPLAY) instead of offscreen")
    parser.add_argument("--scale", type=int, default=500, help="projects in the big portfolio")
    parser.add_argument("--bundle", type=Path,
                        help="measure this built executable (dist/cockpit/cockpit) instead of "
                             "python main.py")
    args = parser.parse_args()
    display = args.display and bool(os.environ.get("DISPLAY"))
    if args.display and not display:
        print("--display given but DISPLAY is not set: using offscreen", file=sys.stderr)
    n = max(1, args.repeat)
    app_cmd = [str(args.bundle.resolve())] if args.bundle else [sys.executable, "main.py"]

    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cockpit-bench-") as tmp_name:
        tmp = Path(tmp_name)
        env = child_env(tmp / "home", display)
        small, big = tmp / "demo.sqlite3", tmp / f"scale{args.scale}.sqlite3"
        print(f"PM Cockpit start-up bench: {n} runs each (median), "
              f"{'display ' + os.environ['DISPLAY'] if display else 'offscreen'}, "
              f"app = {' '.join(app_cmd)}")
        print(f"  preparing stores (demo, and --scale {args.scale}) ...", flush=True)
        t = time.perf_counter()
        make_db(small, env, None)
        make_db(big, env, args.scale)
        print(f"  stores ready in {time.perf_counter() - t:.1f} s")
        log = tmp / "stderr.txt"
        try:
            runs = rounds(n, {
                "(a)": ([sys.executable, "-c", BARE_QT], ("painted",)),
                "(b)": ([*app_cmd, "--db", str(small), "--quit-after-load"],
                        ("painted", "listed", "today", "today-live")),
                "(c)": ([*app_cmd, "--db", str(big), "--quit-after-load"],
                        ("painted", "listed", "today", "today-live")),
            }, env, log)
            bare, app, big_runs = runs["(a)"], runs["(b)"], runs["(c)"]
            print("  (d) filter: ...", flush=True)
            total, filters = bench_filter(big, max(n, 15), display)
        except BenchError as exc:
            print(f"\nbench failed: {exc}", file=sys.stderr)
            return 1

    a = median_ms([r.marks["painted"] for r in bare])
    b = median_ms([r.marks["painted"] for r in app])
    b_list = median_ms([r.marks["listed"] for r in app])
    c_paint = median_ms([r.marks["painted"] for r in big_runs])
    c = median_ms([r.marks["listed"] for r in big_runs])
    f = median_ms([r.marks["today"] for r in big_runs])
    f_live = median_ms([r.marks["today-live"] for r in big_runs])
    b_today = median_ms([r.marks["today"] for r in app])
    rss = [r.maxrss_mb for r in big_runs]
    rss_bare = statistics.median(r.maxrss_mb for r in bare)

    print()
    print(f"{'figure':<52}{'median':>10}{'ratio':>9}{'target':>9}  verdict")
    print("-" * 90)
    print(f"{'(a) bare PySide6 window, first paint':<52}{a:>8.0f}ms{1:>8.2f}x")
    print(f"{'(b) app main window, first paint (12 projects)':<52}{b:>8.0f}ms"
          f"{b / a:>8.2f}x{TARGET_APP_RATIO:>8.1f}x  {verdict(b / a <= TARGET_APP_RATIO)}")
    print(f"{'    same runs, project list loaded':<52}{b_list:>8.0f}ms{b_list / a:>8.2f}x")
    print(f"{f'(c) app, {args.scale} projects, project list loaded':<52}{c:>8.0f}ms"
          f"{c / a:>8.2f}x{TARGET_LIST_RATIO:>8.1f}x  {verdict(c / a <= TARGET_LIST_RATIO)}")
    print(f"{'    same runs, main window first paint':<52}{c_paint:>8.0f}ms{c_paint / a:>8.2f}x")
    print(f"{'(f) same runs, Today painted with its rows':<52}{f:>8.0f}ms"
          f"{f / c:>8.2f}x{TARGET_TODAY_RATIO:>8.1f}x  {verdict(f / c <= TARGET_TODAY_RATIO)}"
          "  (ratio to (c))")
    live_label = "(f') same runs, Today's live evaluation painted"
    print(f"{live_label:<52}{f_live:>8.0f}ms"
          f"{f_live / c:>8.2f}x  (ratio to (c))")
    print(f"{'    12-project demo: Today painted':<52}{b_today:>8.0f}ms{b_today / b_list:>8.2f}x"
          "  (ratio to its list)")
    print(f"{'(e) peak memory (ru_maxrss) of (c), median / max':<52}"
          f"{statistics.median(rss):>8.0f}MB  max {max(rss):.0f} MB (bare PySide6: "
          f"{rss_bare:.0f} MB)")
    print()
    print(f"(d) filter over {total} projects (archived hidden), "
          f"median of {max(n, 15)}; target setText ≤ {TARGET_FILTER_MS:.0f} ms")
    print(f"    {'query':<36}{'rows':>6}{'setText':>11}{'+repaint':>11}  verdict")
    for label, query, shown, filtered, painted in filters:
        name = pad(f"{label} {query!r}", 36)
        print(f"    {name}{shown:>6}{filtered:>9.1f}ms{painted:>9.1f}ms  "
              f"{verdict(filtered <= TARGET_FILTER_MS)}")
    print(f"\ntotal bench time {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
