"""The HTTP client: base URL, credentials per security scheme, timeout and retries.

One ``Client`` serves every operation.  Each generated operation names the
security alternatives the spec gives it, and :meth:`Client.auth_for` picks the
first one this client holds credentials for, so an operation that needs no
credential never sends one and one that needs a missing credential fails
before anything goes on the wire.
"""

import ssl
from collections.abc import Mapping
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._retry import AsyncRetryTransport, Retry, RetryTransport
from .errors import MissingCredentials

#: The spec's first server.
DEFAULT_BASE_URL = "https://nuextract.ai"
#: Every request is bounded; pass ``timeout=`` to change it.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

#: Alternatives of security scheme names: any one alternative, with all its schemes, suffices.
#: An empty alternative means the operation may be called without credentials.
Security = tuple[tuple[str, ...], ...]


@define
class Client:
    """A client of the NuMind NuExtract platform API.

    Keyword arguments:

        ``base_url``: where the API lives (default: the spec's first server).

        ``credentials``: security scheme name -> ``httpx.Auth``, usually made by the helpers
        in this package's ``auth`` module rather than by hand.

        ``timeout``: an ``httpx.Timeout`` or seconds (default: 30 s, 10 s to connect).

        ``retry``: a :class:`Retry` policy for idempotent requests (default: 2 retries with
        backoff on connection errors, 429, 502, 503 and 504); ``Retry(total=0)`` turns it off.

        ``headers``, ``cookies``: sent with every request.

        ``verify_ssl``, ``follow_redirects``, ``httpx_args``: passed to the httpx clients.

        ``raise_on_unexpected_status``: raise ``errors.UnexpectedStatus`` for a status code
        the spec does not document, instead of returning ``None``.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(default=DEFAULT_BASE_URL, kw_only=True, alias="base_url")
    _credentials: Mapping[str, httpx.Auth] = field(factory=dict, kw_only=True, alias="credentials")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _retry: Retry = field(factory=Retry, kw_only=True, alias="retry")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def credentials(self) -> Mapping[str, httpx.Auth]:
        return self._credentials

    def with_credentials(self, credentials: Mapping[str, httpx.Auth]) -> "Client":
        """A new client with these credentials added (it opens its own connections)."""
        return evolve(self, credentials={**self._credentials, **credentials})

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """A new client sending these headers too."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """A new client sending these cookies too."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float) -> "Client":
        """A new client with this timeout."""
        return evolve(self, timeout=timeout)

    def with_retry(self, retry: Retry) -> "Client":
        """A new client with this retry policy."""
        return evolve(self, retry=retry)

    def auth_for(self, security: Security) -> httpx.Auth | None:
        """The credential to send for an operation that accepts ``security``.

        Raises ``MissingCredentials`` when the operation needs a credential this client lacks.
        """
        anonymous = False
        for alternative in security:
            if not alternative:
                anonymous = True
                continue
            if all(name in self._credentials for name in alternative):
                auths = [self._credentials[name] for name in alternative]
                return auths[0] if len(auths) == 1 else _AllOf(auths)
        if anonymous or not security:
            return None
        raise MissingCredentials(security)

    def _transport_args(self) -> dict[str, Any]:
        args = dict(self._httpx_args)
        args.pop("transport", None)
        return args

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, made on first use."""
        if self._client is None:
            inner = self._httpx_args.get("transport") or httpx.HTTPTransport(verify=self._verify_ssl)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=RetryTransport(inner, self._retry),
                **self._transport_args(),
            )
        return self._client

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this ``httpx.Client`` (its own settings then apply, not this client's)."""
        self._client = client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, made on first use."""
        if self._async_client is None:
            inner = self._httpx_args.get("async_transport") or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            args = self._transport_args()
            args.pop("async_transport", None)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=AsyncRetryTransport(inner, self._retry),
                **args,
            )
        return self._async_client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this ``httpx.AsyncClient`` (its own settings then apply, not this client's)."""
        self._async_client = async_client
        return self

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


class _AllOf(httpx.Auth):
    """Applies several credentials, for a requirement that names more than one scheme."""

    def __init__(self, auths: list[httpx.Auth]) -> None:
        self._auths = auths

    def auth_flow(self, request: httpx.Request) -> Any:
        for auth in self._auths:
            flow = auth.sync_auth_flow(request)
            request = next(flow)
        yield request

    def __repr__(self) -> str:
        return f"_AllOf({self._auths!r})"
