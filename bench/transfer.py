"""Export and re-import of a large portfolio: time and peak memory, against a baseline.

    python bench/transfer.py [--scale 500]

Builds a ``cockpit demo --scale N`` store (N projects, 11 people each, governance meetings with
minutes, messages), then in fresh processes: (a) ``cockpit export --json``, (b) ``cockpit
import --json`` into an empty store, (c) export of the imported store, compared with (a)
(everything but ``exported_at`` must be equal). Baseline, same run, same data: (0) Python's
own ``json.loads`` + ``json.dumps`` of the export file — the floor of any JSON round trip.
Targets (issue 12): export + import of 500 projects under 30 s, each under 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEASURE = """
import resource, runpy, sys, time
sys.argv = ["cockpit"] + sys.argv[1:]
start = time.perf_counter()
try:
    runpy.run_module("cockpit.cli", run_name="__main__")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"MEASURED {took:.3f} {peak:.0f}", file=sys.stderr)
sys.exit(code)
"""
BASELINE = """
import json, resource, sys, time
start = time.perf_counter()
data = json.loads(open(sys.argv[1], encoding="utf-8").read())
text = json.dumps(data, ensure_ascii=False, indent=1)
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"MEASURED {took:.3f} {peak:.0f}", file=sys.stderr)
"""


def run(code: str, *args: str, env: dict[str, str]) -> tuple[float, float, str]:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, env=env, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{result.stdout}{result.stderr}")
    line = next(x for x in result.stderr.splitlines() if x.startswith("MEASURED "))
    _tag, took, peak = line.split()
    return float(took), float(peak), result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=500)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        env["HOME"] = str(tmp)
        env["XDG_DATA_HOME"] = str(tmp / "data")
        source, target = tmp / "source.sqlite3", tmp / "target.sqlite3"
        first, second = tmp / "first.json", tmp / "second.json"
        print(f"preparing a --scale {args.scale} portfolio ...", flush=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "cockpit.cli", "demo", "--scale",
                        str(args.scale), "--db", str(source)], check=True, env=env, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        print(f"  built in {time.perf_counter() - start:.0f} s", flush=True)
        export = run(MEASURE, "export", "--db", str(source), "--json", str(first), env=env)
        data = json.loads(first.read_text(encoding="utf-8"))
        counts = {name: len(rows) for name, rows in data["tables"].items()}
        imported = run(MEASURE, "import", "--db", str(target), "--json", str(first), env=env)
        run(MEASURE, "export", "--db", str(target), "--json", str(second), env=env)
        again = json.loads(second.read_text(encoding="utf-8"))
        data.pop("exported_at"), again.pop("exported_at")
        same = data == again
        baseline = run(BASELINE, str(first), env=env)
        size = first.stat().st_size
    print(f"\nportfolio: {counts['project']} projects, {counts['person']} people, "
          f"{counts['meeting_series']} meeting series, {counts['minutes_item']} minutes items, "
          f"{counts['message']} messages, {sum(counts.values())} records; file "
          f"{size / 1e6:.1f} MB")
    print(f"{'':<44}{'time':>9}{'peak memory':>14}")
    label = "(0) baseline: json.loads + json.dumps"
    print(f"{label:<44}{baseline[0]:>8.2f}s{baseline[1]:>11.0f} MB")
    for label, (took, peak, _out) in (("(a) cockpit export --json", export),
                                      ("(b) cockpit import --json (empty store)", imported)):
        print(f"{label:<44}{took:>8.2f}s{peak:>11.0f} MB   = {took / baseline[0]:.1f}× baseline")
    total = export[0] + imported[0]
    print(f"export + import: {total:.1f} s (target < 30 s); peak {max(export[1], imported[1]):.0f}"
          f" MB (target < 500 MB); (c) the re-export equals the export: {same}")


if __name__ == "__main__":
    main()
