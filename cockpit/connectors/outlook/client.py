"""A thin Microsoft Graph client over ``requests``.

- every call has a timeout (connect, read);
- 429 and 503 are retried after ``Retry-After`` seconds (such a request was not carried out,
  so even a POST is safe to repeat); a 504 with ``Retry-After`` only when it is repeatable (a
  gateway timeout may come after the work was done);
- other transient failures (5xx, a dropped connection, a timeout) are retried with exponential
  back-off and jitter — but only for requests that are safe to repeat (GET, PATCH, DELETE, or a
  POST the caller marks ``idempotent``, e.g. an event with a ``transactionId``). Anything else
  raises ``UncertainOutcome``: the caller reads back before trying again;
- ids are immutable (``Prefer: IdType="ImmutableId"``), so links survive folder moves;
- errors become ``GraphError``s a PM understands (``cockpit.connectors.outlook.errors``).

The token comes from a callable (MSAL's silent acquisition, or ``COCKPIT_GRAPH_TOKEN``) and is
never logged.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from cockpit.connectors.outlook.errors import GraphError, UncertainOutcome, classify, offline

log = logging.getLogger("cockpit.graph")

DEFAULT_URL = "https://graph.microsoft.com/v1.0"
IMMUTABLE_IDS = 'IdType="ImmutableId"'
NOT_CARRIED_OUT = {429, 503}  # throttled or unavailable: the request was not carried out
TRANSIENT_STATUSES = {500, 502, 503, 504}
SAFE_METHODS = {"GET", "PATCH", "DELETE", "PUT"}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5  # in all, the first included
    base_delay: float = 0.5  # seconds; doubles per attempt, with jitter
    max_delay: float = 30.0
    max_retry_after: float = 300.0  # asked to wait longer: give up, report THROTTLED


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: Any  # parsed JSON, or None


MAX_BATCH = 20  # Graph's limit of requests in one JSON batch


@dataclass(frozen=True)
class BatchItem:
    id: str
    method: str
    url: str  # relative to the version root: "/me/messages/…"
    body: Any = None

    def payload(self) -> dict[str, Any]:
        item: dict[str, Any] = {"id": self.id, "method": self.method, "url": self.url,
                                "headers": {"Prefer": IMMUTABLE_IDS}}
        if self.body is not None:
            item["body"] = self.body
            item["headers"]["Content-Type"] = "application/json"
        return item


def raise_for(response: Response) -> Any:
    """The body of a successful (batched) answer; its ``GraphError`` otherwise."""
    if response.status >= 400:
        raise classify(response.status, response.body,
                       retry_after=retry_after_seconds(response.headers.get("retry-after")))
    return response.body


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds: a number, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when - (now if now is not None else time.time()))


class GraphClient:
    def __init__(self, token: Callable[[], str], *, base_url: str = DEFAULT_URL,
                 timeout: tuple[float, float] = (10.0, 60.0),
                 policy: RetryPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 jitter: Callable[[], float] = random.random,
                 session: Any = None) -> None:
        import requests  # here: the app starts without it

        self._token = token
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.policy = policy or RetryPolicy()
        self._sleep = sleep
        self._jitter = jitter
        self._session = session or requests.Session()
        self._requests = requests

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> GraphClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- verbs ------------------------------------------------------------------------
    def get(self, path: str, *, params: dict[str, str] | None = None,
            prefer: Iterable[str] = ()) -> Any:
        return self.request("GET", path, params=params, prefer=prefer).body

    def post(self, path: str, json: Any = None, *, idempotent: bool = False,
             prefer: Iterable[str] = ()) -> Any:
        return self.request("POST", path, json=json, idempotent=idempotent,
                            prefer=prefer).body

    def patch(self, path: str, json: Any, *, if_match: str | None = None) -> Any:
        headers = {"If-Match": if_match} if if_match else None
        return self.request("PATCH", path, json=json, headers=headers).body

    def delete(self, path: str) -> None:
        self.request("DELETE", path)

    def follow(self, link: str, *, prefer: Iterable[str] = ()) -> Any:
        """GET an ``@odata.nextLink``/``@odata.deltaLink`` (an absolute URL of this API)."""
        return self.request("GET", link, prefer=prefer).body

    # --- the one request loop -----------------------------------------------------------
    def request(self, method: str, path: str, *, params: dict[str, str] | None = None,
                json: Any = None, headers: dict[str, str] | None = None,
                prefer: Iterable[str] = (), idempotent: bool = False) -> Response:
        url = path if path.startswith(("http://", "https://")) else self.base_url + path
        repeatable = idempotent or method.upper() in SAFE_METHODS
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._send(method, url, params, json, headers, prefer)
            except GraphError as exc:  # no answer: offline, or the answer was lost
                if attempt >= self.policy.attempts or not repeatable:
                    raise
                self._wait(self._backoff(attempt), method, url, str(exc))
                continue
            if response.status < 400:
                return response
            error = classify(response.status, response.body,
                             retry_after=retry_after_seconds(response.headers.get("retry-after")))
            delay = self._delay_for(response.status, error, attempt, repeatable)
            if delay is None:
                if response.status in TRANSIENT_STATUSES - NOT_CARRIED_OUT and not repeatable:
                    raise UncertainOutcome(error.code, error.message, status=error.status,
                                           graph_code=error.graph_code,
                                           request_id=error.request_id) from error
                raise error
            self._wait(delay, method, url, f"{response.status} {error.graph_code}")

    def _delay_for(self, status: int, error: GraphError, attempt: int,
                   repeatable: bool) -> float | None:
        """Seconds to wait before the next attempt, or None to give up."""
        if attempt >= self.policy.attempts:
            return None
        if status not in NOT_CARRIED_OUT and not repeatable:
            return None  # a 5xx after a POST: maybe done; the caller reads back
        if status not in NOT_CARRIED_OUT | TRANSIENT_STATUSES:
            return None  # 4xx: asking again gives the same answer
        if error.retry_after is not None:
            return error.retry_after if error.retry_after <= self.policy.max_retry_after \
                else None
        return self._backoff(attempt)

    # --- JSON batching ------------------------------------------------------------------
    def batch(self, items: list[BatchItem]) -> dict[str, Response]:
        """Send ``items`` in batches of at most 20; answers by item id. Throttled items are
        sent again after their ``Retry-After``; other failures are returned as they came (see
        ``raise_for``)."""
        results: dict[str, Response] = {}
        pending = list(items)
        attempt = 0
        while pending:
            attempt += 1
            waits: list[float] = []
            again: list[BatchItem] = []
            for start in range(0, len(pending), MAX_BATCH):
                chunk = pending[start:start + MAX_BATCH]
                by_id = {item.id: item for item in chunk}
                answer = self.request("POST", "/$batch", json={
                    "requests": [item.payload() for item in chunk]},
                    idempotent=all(i.method.upper() in SAFE_METHODS for i in chunk))
                for sub in (answer.body or {}).get("responses", []):
                    headers = {k.lower(): v for k, v in (sub.get("headers") or {}).items()}
                    status = int(sub.get("status", 0))
                    if status in NOT_CARRIED_OUT and attempt < self.policy.attempts:
                        again.append(by_id[str(sub["id"])])
                        waits.append(retry_after_seconds(headers.get("retry-after"))
                                     or self._backoff(attempt))
                        continue
                    results[str(sub["id"])] = Response(status, headers, sub.get("body"))
            pending = again
            if pending:
                self._wait(min(max(waits), self.policy.max_retry_after), "POST", "/$batch",
                           f"{len(pending)} throttled")
        return results

    def _backoff(self, attempt: int) -> float:
        """Exponential with full jitter: 0.5 s, 1 s, 2 s… times a random factor in [0.5, 1)."""
        delay = min(self.policy.max_delay, self.policy.base_delay * 2 ** (attempt - 1))
        return delay * (0.5 + self._jitter() / 2)

    def _wait(self, seconds: float, method: str, url: str, why: str) -> None:
        log.info("graph %s %s: %s, retrying in %.1f s", method, _path(url), why, seconds)
        self._sleep(seconds)

    def _send(self, method: str, url: str, params: dict[str, str] | None, json: Any,
              headers: dict[str, str] | None, prefer: Iterable[str]) -> Response:
        all_headers = {
            "Authorization": f"Bearer {self._token()}",
            "Accept": "application/json",
            "Prefer": ", ".join([IMMUTABLE_IDS, *prefer]),
            **(headers or {}),
        }
        exceptions = self._requests.exceptions
        try:
            raw = self._session.request(method, url, params=params, json=json,
                                        headers=all_headers, timeout=self.timeout)
        except exceptions.ConnectionError as exc:
            if _answer_lost(exc):
                raise UncertainOutcome(offline(str(exc)).code, "the connection dropped before "
                                       "Outlook answered") from exc
            raise offline(type(exc).__name__) from exc
        except exceptions.Timeout as exc:
            raise UncertainOutcome(offline("").code, "Outlook did not answer in time") from exc
        except exceptions.RequestException as exc:
            raise offline(type(exc).__name__) from exc
        body: Any = None
        if raw.content:
            try:
                body = raw.json()
            except ValueError:
                body = None
        log.debug("graph %s %s → %s", method, _path(url), raw.status_code)
        return Response(raw.status_code, {k.lower(): v for k, v in raw.headers.items()}, body)


def _answer_lost(exc: Exception) -> bool:
    """A connection that broke after the request went out (not a refused or unknown host)."""
    text = repr(exc)
    return any(marker in text for marker in ("RemoteDisconnected", "Connection aborted",
                                             "ConnectionResetError", "IncompleteRead"))


def _path(url: str) -> str:
    """The URL without its query (delta and skip tokens stay out of the log)."""
    return urlsplit(url).path
