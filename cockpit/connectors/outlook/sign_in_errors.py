"""What a sign-in with Microsoft can end in, as ``KnownError``s a PM understands: cancelled,
timed out, refused (with the reason Microsoft gave and what to check), Microsoft unreachable or
unavailable. Used by ``cockpit.connectors.outlook.auth``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from cockpit.errors import ErrorCode, KnownError


def browser_failure(exc: Exception, timeout: float) -> Exception:
    """The KnownError for what the browser sign-in raised (other exceptions are bugs)."""
    timeout_error: type[Exception] = RuntimeError  # what it is, should MSAL move it
    with suppress(ImportError):
        from msal.oauth2cli import oauth2

        timeout_error = oauth2.BrowserInteractionTimeoutError
    if isinstance(exc, KnownError):
        return exc
    if isinstance(exc, timeout_error):
        error = timed_out(timeout)
    elif isinstance(exc, RuntimeError | ValueError):  # state or nonce mismatch, port in use…
        error = KnownError(ErrorCode.SIGN_IN_EXPIRED, f"Sign-in did not complete: {exc}")
    else:
        return exc
    error.__cause__ = exc
    return error


@contextmanager
def talking_to_microsoft() -> Iterator[None]:
    """Network failures while talking to Microsoft's sign-in service as KnownErrors."""
    from msal.exceptions import MsalServiceError

    try:
        yield
    except KnownError:
        raise
    except OSError as exc:  # requests' exceptions are OSErrors
        raise KnownError(ErrorCode.OFFLINE, "Cannot reach Microsoft's sign-in service "
                         f"({type(exc).__name__}).") from exc
    except MsalServiceError as exc:  # a 5xx
        raise unavailable() from exc


def unavailable() -> KnownError:
    return KnownError(ErrorCode.OUTLOOK_UNAVAILABLE,
                      "Microsoft's sign-in service is not available right now: try again later.")


def cancelled() -> KnownError:
    return KnownError(ErrorCode.SIGN_IN_EXPIRED, "Sign-in cancelled.")


def timed_out(timeout: float) -> KnownError:
    minutes = round(timeout / 60)
    seconds = round(timeout)
    within = f"{minutes} minutes" if timeout >= 120 else \
        f"{seconds} second" + ("" if seconds == 1 else "s")
    return KnownError(ErrorCode.SIGN_IN_EXPIRED, (
        f"Sign-in did not finish within {within} (was the browser closed?). "
        "Try again, or sign in with a code."))


def refused(result: dict[str, Any]) -> KnownError:
    """The error for an MSAL answer without a token."""
    error = str(result.get("error", ""))
    text = "Microsoft refused the sign-in" + reason(result)
    if error in {"invalid_client", "unauthorized_client"}:
        text += (". Check the app registration: a “Mobile and desktop applications” redirect "
                 "URI http://localhost and “Allow public client flows” turned on")
    elif error in {"authorization_declined", "access_denied"}:
        text = "Sign-in was declined" + reason(result)
    elif error == "expired_token":
        text = "The sign-in code expired before it was used: try again"
    return KnownError(ErrorCode.SIGN_IN_EXPIRED, text + ".")


def reason(result: dict[str, Any]) -> str:
    """`` (error: first line of the description)``; empty when MSAL gave none."""
    error = str(result.get("error", "")).strip()
    description = str(result.get("error_description", "")).strip().splitlines()
    if not error:
        return ""
    return f" ({error}: {description[0]})" if description else f" ({error})"
