"""Errors raised by this client, one class per way a call can fail.

``APIError`` is the root, so ``except APIError`` catches everything the client raises:

- ``APIConnectionError`` (and ``APITimeoutError``): no answer came back.
- ``APIStatusError``: the server answered with an error status; a subclass names the common
  ones (``NotFoundError`` for 404, ...), and any other code, even one HTTP does not name,
  gets ``APIStatusError`` itself.
- ``APIResponseValidationError``: an answer that does not decode, or does not match its schema.
- ``MissingCredentials``, ``AuthenticationFailed``, ``UnexpectedStatus``: as before.

Messages name the method, the URL (secret-looking query values masked) and the status, and
quote at most a short excerpt of a body, with secret-looking JSON values masked: a server
may echo credentials back.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

#: Names whose values are credentials, in query strings and JSON bodies.
_SECRET_NAME = r"[\w-]*(?:secret|password|passwd|token|api_?key|authorization|credential)[\w-]*"
_SECRET_JSON_VALUE = re.compile(rf'("{_SECRET_NAME}"\s*:\s*)"(?:[^"\\]|\\.)*"', re.IGNORECASE)
_SECRET_QUERY_VALUE = re.compile(rf"((?:^|[?&]){_SECRET_NAME}=)[^&#]*", re.IGNORECASE)
#: How much of a body an error message quotes.
EXCERPT_LENGTH = 200


def excerpt(content: bytes) -> str:
    """At most ``EXCERPT_LENGTH`` characters of a body, one line, secret-looking values masked."""
    text = content.decode("utf-8", errors="replace")
    text = _SECRET_JSON_VALUE.sub(r'\1"***"', " ".join(text.split()))
    return text if len(text) <= EXCERPT_LENGTH else text[:EXCERPT_LENGTH] + "..."


def shown_url(url: httpx.URL | str) -> str:
    """The URL without credentials: no userinfo, secret-looking query values masked."""
    url = httpx.URL(url)
    query = _SECRET_QUERY_VALUE.sub(r"\1***", url.query.decode("ascii", errors="replace"))
    shown = str(url.copy_with(query=None, username=None, password=None))
    return f"{shown}?{query}" if query else shown


def parse_failure(exc: Exception) -> str:
    """What went wrong parsing a body, without quoting the body (its values may be secrets)."""
    if isinstance(exc, KeyError):
        return f"a required field is missing: {exc}"
    if isinstance(exc, json.JSONDecodeError):
        return "the body is not JSON"
    return f"{type(exc).__name__} while reading the body"


def _where(request: httpx.Request | None) -> str:
    return f"{request.method} {shown_url(request.url)}" if request is not None else "a request"


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response made by hand has none
        return None


class APIError(Exception):
    """Anything this client raises; ``request`` is the request concerned, when there was one."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No response: the connection was refused, broke, or the server could not be reached."""

    def __init__(self, request: httpx.Request | None = None, *, message: str | None = None) -> None:
        super().__init__(message or f"connection error: {_where(request)}", request=request)


class APITimeoutError(APIConnectionError):
    """No response within the client's timeout."""

    def __init__(self, request: httpx.Request | None = None) -> None:
        super().__init__(request, message=f"request timed out: {_where(request)}")


def _body_excerpt(response: httpx.Response) -> str:
    """The body's start, or what a streamed body that is read event by event shows instead."""
    try:
        return repr(excerpt(response.content))
    except httpx.ResponseNotRead:
        return "(a stream, read event by event)"


class APIResponseValidationError(APIError):
    """The response does not decode, or does not match the schema the spec gives it."""

    def __init__(self, response: httpx.Response, reason: str) -> None:
        request = _request_of(response)
        self.response = response
        self.status_code = response.status_code
        message = (
            f"{_where(request)} -> {response.status_code}: the response does not match the spec "
            f"({reason}); body: {_body_excerpt(response)}"
        )
        super().__init__(message, request=request)


class APIStatusError(APIError):
    """The server answered with an error status.

    ``body`` is the decoded JSON (or the text) of the answer, ``parsed`` the spec's error
    model when the spec documents one for this status and the body matches it, else ``None``.
    """

    def __init__(self, response: httpx.Response, *, body: object = None, parsed: Any = None) -> None:
        request = _request_of(response)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.parsed = parsed
        reason = response.reason_phrase or "error"
        message = f"{_where(request)} -> {response.status_code} {reason}"
        if response.content:
            message += f": {excerpt(response.content)}"
        super().__init__(message, request=request)


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but may not do this."""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but its content refused."""


class RateLimitError(APIStatusError):
    """429: too many requests (after the client's own retries)."""


class InternalServerError(APIStatusError):
    """Any 5xx status."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status; any integer works."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def decoded_body(response: httpx.Response) -> object:
    """The body as JSON when it is JSON, else as text (``None`` when empty)."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


class UnexpectedStatus(APIError):
    """The API answered with a status code its spec does not document (with ``raise_on_unexpected_status``)."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} ({len(content)} bytes of content)")


class MissingCredentials(APIError):
    """The operation needs a credential this client does not hold; nothing was sent."""

    def __init__(self, security: tuple[tuple[str, ...], ...]):
        self.security = security
        wanted = " or ".join(" + ".join(alternative) for alternative in security)
        super().__init__(
            f"this operation needs credentials for {wanted}; create the client with one of the auth helpers"
        )


class AuthenticationFailed(APIError):
    """Signing in, or refreshing a token, did not give a usable token.

    The message carries the status code only: a server may echo the credentials
    in its body, so the body is kept in ``content`` and never printed.
    """

    def __init__(self, status_code: int, reason: str, content: bytes = b""):
        self.status_code = status_code
        self.content = content
        super().__init__(f"authentication failed: {reason} (HTTP {status_code})")


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "AuthenticationFailed",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentials",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "status_error_class",
]
