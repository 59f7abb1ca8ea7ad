"""Credentials for the Pollination cloud API, and helpers that sign in.

Every credential is an ``httpx.Auth`` bound to one security scheme of the spec.
Their ``repr`` never shows a secret.
"""

import json
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any, TypeVar, Unpack

import anyio
import httpx

from ._base_client import BaseClient, ClientOptions
from .api.authentication import login as _login_operation
from .client import AsyncClient, Client
from .errors import AuthenticationFailed
from .models import Token
from .types import Response

_MASK = "'***'"
_ClientT = TypeVar("_ClientT", bound=BaseClient)


class ApiKey(httpx.Auth):
    """An API key sent in a header, query parameter or cookie, optionally after a prefix."""

    def __init__(self, value: str, *, location: str, name: str, prefix: str = "") -> None:
        self.value = value
        self.location = location
        self.name = name
        self.prefix = prefix

    def auth_flow(self, request: httpx.Request) -> Any:
        value = f"{self.prefix} {self.value}" if self.prefix else self.value
        if self.location == "query":
            request.url = request.url.copy_merge_params({self.name: value})
        elif self.location == "cookie":
            cookie = f"{self.name}={value}"
            existing = request.headers.get("Cookie")
            request.headers["Cookie"] = f"{existing}; {cookie}" if existing else cookie
        else:
            request.headers[self.name] = value
        yield request

    def __repr__(self) -> str:
        return f"ApiKey(location={self.location!r}, name={self.name!r}, value={_MASK})"


class Basic(httpx.BasicAuth):
    """HTTP basic credentials; the username may carry a token with an empty password."""

    def __init__(self, username: str, password: str = "") -> None:
        super().__init__(username, password)

    def __repr__(self) -> str:
        return f"Basic(username={_MASK}, password={_MASK})"


class Bearer(httpx.Auth):
    """A bearer token, with the refresh token and expiry a token endpoint may return."""

    def __init__(self, token: str, *, refresh_token: str | None = None, expires_in: float | None = None) -> None:
        self.token = token
        self.refresh_token = refresh_token
        self.expires_at = time.time() + expires_in if expires_in is not None else None

    @property
    def expired(self) -> bool:
        return self.expires_at is not None and time.time() >= self.expires_at

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request

    def __repr__(self) -> str:
        refresh = _MASK if self.refresh_token else None
        return f"{type(self).__name__}(token={_MASK}, refresh_token={refresh})"


class RefreshingBearer(Bearer):
    """A bearer token that renews itself: once it has expired, or when the server answers 401,
    its refresh token is traded for new tokens (one try per request) and the request is sent again.

    One client may be shared by threads (or tasks): a renewal runs alone, and a request that
    failed with a token another renewal has replaced is sent again with the new token instead
    of trading the refresh token a second time (many servers accept each one only once).
    """

    def __init__(
        self,
        token: str,
        *,
        refresh_token: str,
        expires_in: float | None,
        refresh_request: Callable[[str], httpx.Request],
        read_tokens: Callable[[Response[Any] | httpx.Response], Bearer],
    ) -> None:
        super().__init__(token, refresh_token=refresh_token, expires_in=expires_in)
        self._refresh_request = refresh_request
        self._read_tokens = read_tokens
        self._lock = threading.Lock()
        self._async_lock = anyio.Lock()

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        renewed = False
        if self.expired:
            with self._lock:
                if self.expired and self.refresh_token:  # not renewed while this one waited
                    response = yield self._refresh_request(self.refresh_token)
                    response.read()
                    renewed = self._take(response)
        sent_with = self._authorize(request)
        response = yield request
        if response.status_code == 401 and not renewed:
            # sent again either way: httpx hands the caller the last response, which must be
            # this request's (the server's 401 when renewing failed), not the token endpoint's
            with self._lock:
                if self.token == sent_with and self.refresh_token:
                    response = yield self._refresh_request(self.refresh_token)
                    response.read()
                    self._take(response)
            self._authorize(request)
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        renewed = False
        if self.expired:
            async with self._async_lock:
                if self.expired and self.refresh_token:
                    response = yield self._refresh_request(self.refresh_token)
                    await response.aread()
                    renewed = self._take(response)
        sent_with = self._authorize(request)
        response = yield request
        if response.status_code == 401 and not renewed:
            async with self._async_lock:
                if self.token == sent_with and self.refresh_token:
                    response = yield self._refresh_request(self.refresh_token)
                    await response.aread()
                    self._take(response)
            self._authorize(request)
            yield request

    def _authorize(self, request: httpx.Request) -> str:
        """Put the current token on ``request``; the token sent."""
        token = self.token
        request.headers["Authorization"] = f"Bearer {token}"
        return token

    def _take(self, response: httpx.Response) -> bool:
        """The token endpoint's answer: the new tokens, or False (tokens unchanged) when refused."""
        try:
            fresh = self._read_tokens(response)
        except AuthenticationFailed:
            return False
        self.token = fresh.token
        self.refresh_token = fresh.refresh_token or self.refresh_token
        self.expires_at = fresh.expires_at
        return True


def _token_payload(response: Response[Any] | httpx.Response, token_field: str) -> dict[str, Any]:
    """The JSON body of a successful sign-in; the body is never put in an error message."""
    if not 200 <= response.status_code < 300:
        raise AuthenticationFailed(response.status_code, "the server refused the credentials", response.content)
    try:
        payload = json.loads(response.content)
    except ValueError:
        raise AuthenticationFailed(response.status_code, "the answer is not JSON", response.content) from None
    if not isinstance(payload, dict) or not isinstance(payload.get(token_field), str) or not payload[token_field]:
        raise AuthenticationFailed(response.status_code, f"the answer has no {token_field!r}", response.content)
    return payload


# --- one credential per security scheme ------------------------------------------------------------


def jwt(token: str, *, refresh_token: str | None = None, expires_in: float | None = None) -> Bearer:
    """The credential of security scheme ``JWT`` (bearer).

    Access token (JWT) obtained from `POST /auth/login` in exchange for an API token id and
    secret, sent as `Authorization: Bearer <token>`.
    """
    return Bearer(token, refresh_token=refresh_token, expires_in=expires_in)


# --- helpers: a ready client in one call ---------------------------------------------------------------


def with_token(token: str, **options: Unpack[ClientOptions]) -> Client:
    """A client sending ``token`` for security scheme ``JWT``.

    Keyword options are ``Client``'s: ``base_url``, ``timeout``, ``retry``, ``max_retries``, ``headers``, ``cookies``, ``verify_ssl``, ``follow_redirects``, ``httpx_args``, ``raise_on_unexpected_status``.
    """
    return Client(credentials={"JWT": jwt(token)}, **options)


def async_with_token(token: str, **options: Unpack[ClientOptions]) -> AsyncClient:
    """An ``AsyncClient`` sending ``token`` for security scheme ``JWT``.

    Keyword options are ``Client``'s: ``base_url``, ``timeout``, ``retry``, ``max_retries``, ``headers``, ``cookies``, ``verify_ssl``, ``follow_redirects``, ``httpx_args``, ``raise_on_unexpected_status``.
    """
    return AsyncClient(credentials={"JWT": jwt(token)}, **options)


def _login_body(token_id: str, secret: str) -> Token:
    return Token.from_dict(
        {
            "id": token_id,
            "secret": secret,
        }
    )


def _login_tokens(response: Response[Any] | httpx.Response) -> Bearer:
    payload = _token_payload(response, "access_token")
    refresh_field: str | None = None
    expires_field: str | None = "expires_in"
    refresh_token = payload.get(refresh_field) if refresh_field else None
    expires_in = payload.get(expires_field) if expires_field else None
    return Bearer(
        payload["access_token"],
        refresh_token=refresh_token if isinstance(refresh_token, str) else None,
        expires_in=float(expires_in) if isinstance(expires_in, int | float) else None,
    )


def _login_credential(response: Response[Any] | httpx.Response, base_url: str) -> httpx.Auth:
    return _login_tokens(response)


def login(token_id: str, secret: str, **options: Unpack[ClientOptions]) -> Client:
    """Login with API Token: a client that sends the token it returns.

    Calls ``POST /auth/login``; raises ``AuthenticationFailed`` when no token comes back.
    Keyword options are ``Client``'s: ``base_url``, ``timeout``, ``retry``, ``max_retries``, ``headers``, ``cookies``, ``verify_ssl``, ``follow_redirects``, ``httpx_args``, ``raise_on_unexpected_status``.
    """
    with Client(**options) as client:
        response = client._send(
            _login_operation._get_kwargs(body=_login_body(token_id, secret)), _login_operation._SECURITY
        )
        return client.with_credentials({"JWT": _login_credential(response, client.base_url)})


async def async_login(token_id: str, secret: str, **options: Unpack[ClientOptions]) -> AsyncClient:
    """Like :func:`login`, with asyncio: an ``AsyncClient``."""
    async with AsyncClient(**options) as client:
        response = await client._send_async(
            _login_operation._get_kwargs(body=_login_body(token_id, secret)), _login_operation._SECURITY
        )
        return client.with_credentials({"JWT": _login_credential(response, client.base_url)})
