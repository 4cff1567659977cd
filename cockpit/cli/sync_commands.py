"""``cockpit account …`` and ``cockpit sync``: Outlook sign-in, and one run of every registered
connector (``cockpit.connectors.registry``) from the shell (or a scheduler)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import TYPE_CHECKING, Any, cast

from cockpit.errors import ErrorCode, KnownError

if TYPE_CHECKING:
    from cockpit.connectors.outlook.account import OutlookAccount

DEFAULT_INTERVAL = 300  # seconds between runs without --once
CLIENT_ENV = "COCKPIT_CLIENT_ID"  # the Outlook account's names, without importing it
TENANT_ENV = "COCKPIT_TENANT"


def _auth_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--client-id", metavar="ID", default=os.environ.get(CLIENT_ENV),
                        help=f"the company's app registration (default: ${CLIENT_ENV})")
    parent.add_argument("--tenant", metavar="ID", default=os.environ.get(TENANT_ENV),
                        help=f"the tenant id or domain (default: ${TENANT_ENV}, "
                             "else organizations)")
    return parent


def add_parsers(sub: Any, db: argparse.ArgumentParser, open_store: Any) -> None:
    auth = _auth_parent()
    account = sub.add_parser(
        "account", parents=[db],
        help="Outlook sign-in: login, logout, status (one sign-in per computer, for every "
             "store but the demo)")
    asub = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    login = asub.add_parser("login", parents=[db, auth], help="sign in to Outlook (device "
                            "code; --browser for the system browser)")
    login.add_argument("--browser", action="store_true",
                       help="sign in in the system browser instead of with a device code")
    login.set_defaults(run=lambda a: _login(a, open_store))
    logout = asub.add_parser("logout", parents=[db, auth], help="sign out: forget the sign-in")
    logout.set_defaults(run=_logout)
    status = asub.add_parser("status", parents=[db, auth],
                             help="who is signed in, and whether the store syncs")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(run=lambda a: _status(a, open_store))

    sync = sub.add_parser(
        "sync", parents=[db, auth],
        help="send what is queued through Outlook (Microsoft Graph); repeats until stopped")
    sync.add_argument("--once", action="store_true", help="one run, then exit")
    sync.add_argument("--json", action="store_true", help="print each run's result as JSON")
    sync.add_argument("--interval", type=int, default=DEFAULT_INTERVAL, metavar="SECONDS",
                      help=f"time between runs without --once (default {DEFAULT_INTERVAL})")
    sync.set_defaults(run=lambda a: _sync(a, open_store))


def _settings(args: argparse.Namespace) -> Any:
    from types import SimpleNamespace

    return SimpleNamespace(outlook_client_id=args.client_id or "",
                           outlook_tenant=args.tenant or "")


def _account(args: argparse.Namespace, *, required: bool) -> OutlookAccount:
    """The sign-in of the app registration named by --client-id (``configured`` is False
    without one): Outlook's account, as the registry builds it."""
    from cockpit.connectors.registry import default_registry

    account = cast("OutlookAccount", default_registry().get("outlook").build(_settings(args)))
    if required and not account.configured:
        raise KnownError(ErrorCode.VALIDATION, "no app registration: pass --client-id "
                         f"(or set {CLIENT_ENV}); the README says how to register one")
    return account


def _check_token_source(account: OutlookAccount) -> None:
    if not account.token_from_environment() and not account.configured:
        raise KnownError(ErrorCode.SIGN_IN_EXPIRED, "not signed in to Outlook: set "
                         "COCKPIT_GRAPH_TOKEN, or sign in with `cockpit account login`")


def _store_syncs(args: argparse.Namespace, open_store: Any) -> tuple[str, bool]:
    """The store --db (or the default) names, and whether it may sync: it must exist, and the
    demo's never syncs."""
    store = open_store(args)
    try:
        return store.location.display(), not store.demo
    finally:
        store.dispose()


def _login(args: argparse.Namespace, open_store: Any) -> int:
    if getattr(args, "db", None) is not None:
        from cockpit.store.purpose import refuse_demo

        store = open_store(args)
        try:
            refuse_demo(store, "sign in to Outlook")  # a mistake worth saying first
        finally:
            store.dispose()
    account = _account(args, required=True)
    if args.browser:
        user = account.sign_in_interactive()
    else:
        user = account.sign_in_device_code(lambda text: print(text, flush=True))
    print(f"signed in as {user}")
    if account.keychain_error is not None:
        print(f"cockpit: warning: {account.keychain_error.message}", file=sys.stderr)
    return 0


def _logout(args: argparse.Namespace) -> int:
    _account(args, required=True).sign_out()
    print("signed out")
    return 0


def _status(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.connectors.outlook.auth import graph_url

    named = getattr(args, "db", None) is not None
    where, syncs = _store_syncs(args, open_store) if named else (None, None)
    account = _account(args, required=False)
    user = account.name()
    state = {"account": user, "token_from_environment": account.token_from_environment(),
             "graph_url": graph_url(), "client_id": args.client_id}
    if named:
        state.update(store=where, store_syncs=syncs)
    if args.json:
        json.dump(state, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if state["token_from_environment"]:
        print(f"using COCKPIT_GRAPH_TOKEN against {state['graph_url']}")
    elif user:
        print(f"signed in as {user}")
    else:
        print("not signed in (`cockpit account login`)")
    if named:
        print(f"store {where}: " + ("syncs with this sign-in" if syncs else
                                    "the demo portfolio, which never syncs or sends"))
    return 0


def _report_json(result: Any) -> dict[str, Any]:
    report, pulled, stopped = result.push, result.pull, result.error
    return {
        "sent": report.sent,
        "failed": [{"id": message_id, "reason": reason} for message_id, reason in report.failed],
        "waiting": report.waiting,
        "pulled": {"stored": pulled.stored, "removed": pulled.removed,
                   "resynced": pulled.resynced} if pulled is not None else None,
        "error": {"code": stopped.code.value, "message": stopped.message} if stopped else None,
        "notices": [{"kind": n.code or n.kind.value, "subject": n.subject, "id": n.item_id,
                     "detail": n.detail, "notice_kind": n.kind.value,
                     "connector": n.connector} for n in result.notices],
    }


def _all_json(results: dict[str, Any]) -> dict[str, Any]:
    """The first connector's report at the top (as ``cockpit sync`` always printed it), and
    every connector's under ``connectors``."""
    first = next(iter(results.values()))
    return {**_report_json(first),
            "connectors": {name: _report_json(r) for name, r in results.items()}}


def _print_one(result: Any, source: str, prefix: str = "") -> None:
    report, pulled = result.push, result.pull
    print(f"{prefix}sent {len(report.sent)}, failed {len(report.failed)}, "
          f"still queued {report.waiting}")
    for message_id, reason in report.failed:
        print(f"  failed {message_id}: {reason}")
    if pulled is not None:
        print(f"from {source}: {pulled.stored} new or changed, {pulled.removed} removed")
    for notice in result.notices:
        print(f"  {notice.code or notice.kind.value}: {notice.subject}"
              + (f" ({notice.detail})" if notice.detail else ""))


def _print(results: dict[str, Any], as_json: bool, registry: Any) -> None:
    if not results:
        return
    if as_json:
        json.dump(_all_json(results), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for index, (name, result) in enumerate(results.items()):
            source = registry.display_name(name)
            _print_one(result, source, "" if index == 0 else f"{source}: ")
    sys.stdout.flush()


def _sync(args: argparse.Namespace, open_store: Any) -> int:
    from cockpit.connectors.registry import default_registry
    from cockpit.connectors.runner import ConnectorsFailed, run_all
    from cockpit.store.purpose import refuse_demo

    store = open_store(args)
    try:
        refuse_demo(store)  # before the sign-in is even looked at
        registry = default_registry()
        accounts = registry.accounts(_settings(args))
        if "outlook" in registry.names():
            _check_token_source(_account(args, required=False))  # a clear message first
        while True:
            try:
                results = run_all(store, accounts)
            except ConnectorsFailed as failed:
                _print(failed.results, args.json, registry)
                raise failed.cause from None
            _print(results, args.json, registry)
            args.report_printed = bool(results)  # a run's error is in its report
            if args.once:
                for result in results.values():
                    if result.error is not None:
                        raise result.error
                return 0
            time.sleep(max(1, args.interval))
    except KeyboardInterrupt:
        return 0
    finally:
        store.dispose()
