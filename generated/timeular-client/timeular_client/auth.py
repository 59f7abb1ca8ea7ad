"""Credentials for the Timeular public API v1, and helpers that sign in.

Every credential is an ``httpx.Auth`` bound to one security scheme of the spec.
Their ``repr`` never shows a secret.
"""

import json
import time
from typing import Any

import httpx

from .api.authentication import developer_sign_in as _sign_in_operation
from .client import DEFAULT_BASE_URL, Client
from .errors import AuthenticationFailed
from .models import DeveloperSignInRequest
from .types import Response

_MASK = "'***'"


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
        return f"Bearer(token={_MASK}, refresh_token={refresh})"


def _token_payload(response: Response[Any], token_field: str) -> dict[str, Any]:
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


def authorization_header(token: str) -> ApiKey:
    """The credential of security scheme ``AuthorizationHeader`` (api_key).

    Access Token obtained from `POST /developer/sign-in`, sent in the Authorization header as
    `Bearer <token>`.
    """
    return ApiKey(
        token,
        location="header",
        name="Authorization",
        prefix="Bearer",
    )


# --- helpers: a ready client in one call ---------------------------------------------------------------


def with_token(token: str, *, base_url: str = DEFAULT_BASE_URL, **options: Any) -> Client:
    """A client sending ``token`` for security scheme ``AuthorizationHeader``."""
    return Client(base_url=base_url, credentials={"AuthorizationHeader": authorization_header(token)}, **options)


def _sign_in_body(api_key: str, api_secret: str) -> DeveloperSignInRequest:
    return DeveloperSignInRequest.from_dict(
        {
            "apiKey": api_key,
            "apiSecret": api_secret,
        }
    )


def _sign_in_credential(response: Response[Any]) -> httpx.Auth:
    payload = _token_payload(response, "token")
    return authorization_header(payload["token"])


def sign_in(api_key: str, api_secret: str, *, base_url: str = DEFAULT_BASE_URL, **options: Any) -> Client:
    """Sign-in with API Key & API Secret: a client that sends the token it returns.

    Calls ``POST /developer/sign-in``; raises ``AuthenticationFailed`` when no token comes back.
    """
    client = Client(base_url=base_url, **options)
    response = _sign_in_operation.sync_detailed(client=client, body=_sign_in_body(api_key, api_secret))
    return client.with_credentials({"AuthorizationHeader": _sign_in_credential(response)})


async def async_sign_in(api_key: str, api_secret: str, *, base_url: str = DEFAULT_BASE_URL, **options: Any) -> Client:
    """Like :func:`sign_in`, with asyncio."""
    client = Client(base_url=base_url, **options)
    response = await _sign_in_operation.asyncio_detailed(client=client, body=_sign_in_body(api_key, api_secret))
    return client.with_credentials({"AuthorizationHeader": _sign_in_credential(response)})
