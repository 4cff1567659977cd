#!/usr/bin/env bash
# PM Cockpit set-up and launcher. On a fresh clone:
#   ./dev.sh run  [--db PATH] [--lang ja]   start the app (creates .venv, demo data on first run)
#   ./dev.sh test [pytest args]             run the whole test suite offscreen
#   ./dev.sh lint                           ruff, then mypy against mypy-baseline.txt
# Needs Python 3.11+ and, on Linux, the Qt libraries listed in README ("Linux notes").
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
stamp=.venv/.installed
if [ ! -x .venv/bin/python ] || [ ! -f "$stamp" ] \
   || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  echo "dev.sh: installing dependencies into .venv (pinned by constraints.txt)" >&2
  "$PYTHON" -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
  touch "$stamp"
fi
.venv/bin/python scripts/build_translations.py
cmd=${1:-run}
shift || true
case "$cmd" in
  run) exec .venv/bin/python main.py "$@" ;;
  test) exec .venv/bin/python -m pytest "$@" ;;
  lint) .venv/bin/ruff check . && exec .venv/bin/python scripts/check_types.py "$@" ;;
  *) echo "usage: ./dev.sh run|test|lint [args]" >&2; exit 2 ;;
esac
