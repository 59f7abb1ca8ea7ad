"""Retries with exponential backoff and jitter, as an httpx transport.

Only idempotent methods are retried, so a POST that may have reached the server
is never sent twice.  ``Retry-After`` is honoured (seconds or an HTTP date) up
to ``max_wait``; a server asking for a longer pause gets its response returned.
"""

import asyncio
import email.utils
import random
import time
from datetime import UTC, datetime

import httpx
from attrs import define, field

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
RETRY_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError)
#: A request's own policy, set by a client made with ``with_options(max_retries=...)``: clients
#: derived from one another share one connection pool, so the policy travels with the request.
RETRY_EXTENSION = "specfleet.retry"


@define(frozen=True)
class Retry:
    """How often and how patiently to retry; ``Retry(total=0)`` never retries."""

    total: int = field(default=2)
    backoff: float = field(default=0.5)
    max_backoff: float = field(default=8.0)
    max_wait: float = field(default=60.0)
    methods: frozenset[str] = field(default=IDEMPOTENT_METHODS)
    statuses: frozenset[int] = field(default=RETRY_STATUSES)

    def delay(self, attempt: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before retry number ``attempt + 1``; ``None``: do not retry."""
        if response is not None and "Retry-After" in response.headers:
            wait = _retry_after(response.headers["Retry-After"])
            if wait is not None:
                return wait if wait <= self.max_wait else None
        ceiling = min(self.max_backoff, self.backoff * (2**attempt))
        return random.uniform(0, ceiling)  # "full jitter": spreads clients that failed together

    def should_retry(self, request: httpx.Request, attempt: int) -> bool:
        return attempt < self.total and request.method in self.methods


def _retry_after(value: str) -> float | None:
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and retries what :class:`Retry` allows."""

    def __init__(self, inner: httpx.BaseTransport, retry: Retry) -> None:
        self._inner = inner
        self._retry = retry

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retry = request.extensions.get(RETRY_EXTENSION, self._retry)
        attempt = 0
        while True:
            try:
                response = self._inner.handle_request(request)
            except RETRY_ERRORS:
                if not retry.should_retry(request, attempt):
                    raise
                delay = retry.delay(attempt, None)
            else:
                retryable = response.status_code in retry.statuses
                if not retryable or not retry.should_retry(request, attempt):
                    return response
                delay = retry.delay(attempt, response)
                if delay is None:
                    return response
                response.close()
            time.sleep(delay or 0.0)
            attempt += 1

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`RetryTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, retry: Retry) -> None:
        self._inner = inner
        self._retry = retry

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retry = request.extensions.get(RETRY_EXTENSION, self._retry)
        attempt = 0
        while True:
            try:
                response = await self._inner.handle_async_request(request)
            except RETRY_ERRORS:
                if not retry.should_retry(request, attempt):
                    raise
                delay = retry.delay(attempt, None)
            else:
                retryable = response.status_code in retry.statuses
                if not retryable or not retry.should_retry(request, attempt):
                    return response
                delay = retry.delay(attempt, response)
                if delay is None:
                    return response
                await response.aclose()
            await asyncio.sleep(delay or 0.0)
            attempt += 1

    async def aclose(self) -> None:
        await self._inner.aclose()
