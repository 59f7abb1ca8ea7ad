"""Credentials for the NuMind NuExtract platform API, and helpers that sign in.

Every credential is an ``httpx.Auth`` bound to one security scheme of the spec.
Their ``repr`` never shows a secret.
"""

import json
import threading
import time
import urllib.parse
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any, TypeVar, Unpack

import anyio
import httpx

from ._base_client import BaseClient, ClientOptions
from .api.authentication import get_api_auth as _login_url_operation
from .api.authentication import post_api_auth_token as _exchange_code_operation
from .api.authentication import post_api_auth_token as _refresh_operation
from .client import AsyncClient, Client
from .errors import AuthenticationFailed
from .models import TokenCodeRequest, TokenRefreshRequest
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


def oauth_2_auth(token: str, *, refresh_token: str | None = None, expires_in: float | None = None) -> Bearer:
    """The credential of security scheme ``oauth2Auth`` (oauth2).

    OAuth2 authorization-code flow. Access tokens and platform API keys are both sent as
    `Authorization: Bearer <value>`.
    """
    return Bearer(token, refresh_token=refresh_token, expires_in=expires_in)


#: Scopes the spec defines for ``oauth2Auth``.
OAUTH_2_AUTH_SCOPES: tuple[str, ...] = ("email", "openid", "profile")


def oauth_2_auth_authorization_url(
    client_id: str, redirect_uri: str, *, state: str | None = None, scopes: tuple[str, ...] = OAUTH_2_AUTH_SCOPES
) -> str:
    """The identity provider's authorization-code URL for ``oauth2Auth``."""
    query = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri, "scope": " ".join(scopes)}
    if state is not None:
        query["state"] = state
    return (
        "https://users.numind.ai/realms/extract-platform/protocol/openid-connect/auth"
        + "?"
        + urllib.parse.urlencode(query)
    )


# --- helpers: a ready client in one call ---------------------------------------------------------------


def with_api_key(token: str, **options: Unpack[ClientOptions]) -> Client:
    """A client sending ``token`` for security scheme ``oauth2Auth``.

    Keyword options are ``Client``'s: ``base_url``, ``timeout``, ``retry``, ``max_retries``, ``headers``, ``cookies``, ``verify_ssl``, ``follow_redirects``, ``httpx_args``, ``raise_on_unexpected_status``.
    """
    return Client(credentials={"oauth2Auth": oauth_2_auth(token)}, **options)


def async_with_api_key(token: str, **options: Unpack[ClientOptions]) -> AsyncClient:
    """An ``AsyncClient`` sending ``token`` for security scheme ``oauth2Auth``.

    Keyword options are ``Client``'s: ``base_url``, ``timeout``, ``retry``, ``max_retries``, ``headers``, ``cookies``, ``verify_ssl``, ``follow_redirects``, ``httpx_args``, ``raise_on_unexpected_status``.
    """
    return AsyncClient(credentials={"oauth2Auth": oauth_2_auth(token)}, **options)


def with_token(token: str, **options: Unpack[ClientOptions]) -> Client:
    """A client sending ``token`` for security scheme ``oauth2Auth``.

    Keyword options are ``Client``'s: ``base_url``, ``timeout``, ``retry``, ``max_retries``, ``headers``, ``cookies``, ``verify_ssl``, ``follow_redirects``, ``httpx_args``, ``raise_on_unexpected_status``.
    """
    return Client(credentials={"oauth2Auth": oauth_2_auth(token)}, **options)


def async_with_token(token: str, **options: Unpack[ClientOptions]) -> AsyncClient:
    """An ``AsyncClient`` sending ``token`` for security scheme ``oauth2Auth``.

    Keyword options are ``Client``'s: ``base_url``, ``timeout``, ``retry``, ``max_retries``, ``headers``, ``cookies``, ``verify_ssl``, ``follow_redirects``, ``httpx_args``, ``raise_on_unexpected_status``.
    """
    return AsyncClient(credentials={"oauth2Auth": oauth_2_auth(token)}, **options)


def _refresh_body(refresh_token: str) -> TokenRefreshRequest:
    return TokenRefreshRequest.from_dict(
        {
            "token": refresh_token,
            "type": "ai.numind.extract.shared.TokenRefreshRequest",
        }
    )


def _refresh_request(base_url: str, refresh_token: str) -> httpx.Request:
    """The refresh operation's request, as a credential sends it by itself (absolute URL)."""
    kwargs = _refresh_operation._get_kwargs(body=_refresh_body(refresh_token))
    method, url = kwargs.pop("method"), base_url.rstrip("/") + kwargs.pop("url")
    return httpx.Request(method, url, **kwargs)


def _exchange_code_body(code: str, redirect_uri: str) -> TokenCodeRequest:
    return TokenCodeRequest.from_dict(
        {
            "code": code,
            "redirectUri": redirect_uri,
            "type": "ai.numind.extract.shared.TokenCodeRequest",
        }
    )


def _exchange_code_tokens(response: Response[Any] | httpx.Response) -> Bearer:
    payload = _token_payload(response, "token")
    refresh_field: str | None = "refreshToken"
    expires_field: str | None = "expiresIn"
    refresh_token = payload.get(refresh_field) if refresh_field else None
    expires_in = payload.get(expires_field) if expires_field else None
    return Bearer(
        payload["token"],
        refresh_token=refresh_token if isinstance(refresh_token, str) else None,
        expires_in=float(expires_in) if isinstance(expires_in, int | float) else None,
    )


def _exchange_code_credential(response: Response[Any] | httpx.Response, base_url: str) -> httpx.Auth:
    tokens = _exchange_code_tokens(response)
    if not tokens.refresh_token:
        return tokens
    expires_in = tokens.expires_at - time.time() if tokens.expires_at is not None else None
    return RefreshingBearer(
        tokens.token,
        refresh_token=tokens.refresh_token,
        expires_in=expires_in,
        refresh_request=lambda refresh_token: _refresh_request(base_url, refresh_token),
        read_tokens=_exchange_code_tokens,
    )


def exchange_code(code: str, redirect_uri: str, **options: Unpack[ClientOptions]) -> Client:
    """Exchange an authorization code or a refresh token for tokens: a client that sends the token it returns.

    Calls ``POST /api/auth/token``; raises ``AuthenticationFailed`` when no token comes back.
    Keyword options are ``Client``'s: ``base_url``, ``timeout``, ``retry``, ``max_retries``, ``headers``, ``cookies``, ``verify_ssl``, ``follow_redirects``, ``httpx_args``, ``raise_on_unexpected_status``.
    """
    with Client(**options) as client:
        response = client._send(
            _exchange_code_operation._get_kwargs(body=_exchange_code_body(code, redirect_uri)),
            _exchange_code_operation._SECURITY,
        )
        return client.with_credentials({"oauth2Auth": _exchange_code_credential(response, client.base_url)})


async def async_exchange_code(code: str, redirect_uri: str, **options: Unpack[ClientOptions]) -> AsyncClient:
    """Like :func:`exchange_code`, with asyncio: an ``AsyncClient``."""
    async with AsyncClient(**options) as client:
        response = await client._send_async(
            _exchange_code_operation._get_kwargs(body=_exchange_code_body(code, redirect_uri)),
            _exchange_code_operation._SECURITY,
        )
        return client.with_credentials({"oauth2Auth": _exchange_code_credential(response, client.base_url)})


def _held_refresh_token(client: BaseClient) -> str:
    credential = client.credentials.get("oauth2Auth")
    if not isinstance(credential, Bearer) or not credential.refresh_token:
        raise AuthenticationFailed(0, "this client holds no refresh token")
    return credential.refresh_token


def refresh(client: _ClientT) -> _ClientT:
    """A client with fresh tokens, traded for this client's refresh token.

    Calls ``POST /api/auth/token``.  A client made by
    :func:`exchange_code` also does this by itself when its token expires or is refused.
    """
    response = client._send(
        _refresh_operation._get_kwargs(body=_refresh_body(_held_refresh_token(client))), _refresh_operation._SECURITY
    )
    return client.with_credentials({"oauth2Auth": _exchange_code_credential(response, client.base_url)})


async def async_refresh(client: _ClientT) -> _ClientT:
    """Like :func:`refresh`, with asyncio."""
    response = await client._send_async(
        _refresh_operation._get_kwargs(body=_refresh_body(_held_refresh_token(client))), _refresh_operation._SECURITY
    )
    return client.with_credentials({"oauth2Auth": _exchange_code_credential(response, client.base_url)})


def authorization_url(redirect_uri: str, **options: Unpack[ClientOptions]) -> str:
    """The URL to send a user to for logging in, as the API itself gives it.

    Calls ``GET /api/auth``.
    """
    with Client(**options) as client:
        response = client._send(
            _login_url_operation._get_kwargs(redirect_uri=redirect_uri), _login_url_operation._SECURITY
        )
    if not 200 <= response.status_code < 300:
        raise AuthenticationFailed(response.status_code, "the server gave no login URL", response.content)
    return response.content.decode()
