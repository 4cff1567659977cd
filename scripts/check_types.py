"""Type-check ``cockpit/`` and ``ui/`` with mypy against the checked-in baseline.

``python scripts/check_types.py``          fails on any error that is not in the baseline
                                           (new code is type-clean), and on baseline entries
                                           that are fixed (the baseline may only shrink:
                                           run with ``--update`` to drop them);
``python scripts/check_types.py --update`` rewrites ``mypy-baseline.txt`` from the code —
                                           only ever to remove lines (it refuses to add).

Errors are compared without line numbers ("path: [code] message"), so moving code does not
touch the baseline; a second error of the same text in a file counts as new.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "mypy-baseline.txt"
TARGETS = ("cockpit", "ui")
_ERROR = re.compile(
    r"^(?P<path>[^:]+):\d+(?::\d+)?: error: (?P<message>.*?)(?:  \[(?P<code>[\w-]+)\])?$")


def current_errors() -> Counter[str]:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-color-output", "--no-error-summary",
         "--show-absolute-path", *TARGETS],
        capture_output=True, text=True, cwd=ROOT, check=False)
    if result.returncode not in (0, 1):
        raise SystemExit(f"mypy did not run:\n{result.stdout}{result.stderr}")
    found: Counter[str] = Counter()
    for line in result.stdout.splitlines():
        match = _ERROR.match(line)
        if match:
            path = Path(match["path"]).resolve().relative_to(ROOT).as_posix()
            found[f"{path}: [{match['code'] or 'misc'}] {match['message']}"] += 1
    return found


def read_baseline() -> Counter[str]:
    if not BASELINE.exists():
        return Counter()
    lines = BASELINE.read_text(encoding="utf-8").splitlines()
    return Counter(line for line in lines if line and not line.startswith("#"))


def write_baseline(errors: Counter[str]) -> None:
    header = ("# mypy errors that predate the type gate (scripts/check_types.py). This list may\n"
              "# only shrink: fix one, then run scripts/check_types.py --update.\n")
    BASELINE.write_text(header + "".join(f"{e}\n" for e in sorted(errors.elements())),
                        encoding="utf-8")


def main(argv: list[str]) -> int:
    current, baseline = current_errors(), read_baseline()
    new, fixed = current - baseline, baseline - current
    if "--update" in argv:
        if new and BASELINE.exists():
            print("refusing to add errors to the baseline; fix these:", file=sys.stderr)
            print("\n".join(f"  {e}" for e in sorted(new.elements())), file=sys.stderr)
            return 1
        write_baseline(current)
        print(f"mypy-baseline.txt: {sum(current.values())} errors ({sum(fixed.values())} removed)")
        return 0
    if new:
        print(f"{sum(new.values())} new mypy error(s) (new code must be type-clean):",
              file=sys.stderr)
        print("\n".join(f"  {e}" for e in sorted(new.elements())), file=sys.stderr)
    if fixed:
        print(f"{sum(fixed.values())} baseline error(s) are fixed: run "
              "scripts/check_types.py --update to shrink the baseline", file=sys.stderr)
    if new or fixed:
        return 1
    print(f"mypy: no new errors ({sum(current.values())} in the baseline)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
