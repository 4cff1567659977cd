"""``cockpit sync``: carry the outbox out to Outlook from the shell (or a scheduler)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from cockpit.errors import ErrorCode, KnownError

DEFAULT_INTERVAL = 300  # seconds between runs without --once


def add_parsers(sub: Any, db: argparse.ArgumentParser, open_store: Any) -> None:
    sync = sub.add_parser(
        "sync", parents=[db],
        help="send what is queued through Outlook (Microsoft Graph); repeats until stopped")
    sync.add_argument("--once", action="store_true", help="one run, then exit")
    sync.add_argument("--json", action="store_true", help="print each run's result as JSON")
    sync.add_argument("--interval", type=int, default=DEFAULT_INTERVAL, metavar="SECONDS",
                      help=f"time between runs without --once (default {DEFAULT_INTERVAL})")
    sync.set_defaults(run=lambda a: _sync(a, open_store))


def _token() -> str:
    from cockpit.graph.auth import env_token

    token = env_token()
    if token is None:
        raise KnownError(ErrorCode.SIGN_IN_EXPIRED, "not signed in to Outlook: set "
                         "COCKPIT_GRAPH_TOKEN, or sign in with `cockpit account login`")
    return token


def _report_json(report: Any) -> dict[str, Any]:
    stopped = report.stopped_by
    return {
        "sent": report.sent,
        "failed": [{"id": message_id, "reason": reason} for message_id, reason in report.failed],
        "waiting": report.waiting,
        "error": {"code": stopped.code.value, "message": stopped.message} if stopped else None,
    }


def _print(report: Any, as_json: bool) -> None:
    if as_json:
        json.dump(_report_json(report), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(f"sent {len(report.sent)}, failed {len(report.failed)}, "
              f"still queued {report.waiting}")
        for message_id, reason in report.failed:
            print(f"  failed {message_id}: {reason}")
    sys.stdout.flush()


def _sync(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.graph.auth import graph_url
    from cockpit.graph.client import GraphClient
    from cockpit.sync.outlook import OutlookConnector

    _token()  # a clear message before anything opens
    store = open_store(args)
    try:
        with GraphClient(_token, base_url=graph_url()) as client:
            connector = OutlookConnector(store, client)
            while True:
                report = connector.push()
                _print(report, args.json)
                if args.once:
                    if report.stopped_by is not None:
                        raise report.stopped_by
                    return 0
                time.sleep(max(1, args.interval))
    except KeyboardInterrupt:
        return 0
    finally:
        store.dispose()
