"""What ``Client`` and ``AsyncClient`` share: base URL, credentials per security scheme, timeout, retries.

One client serves every operation.  Each generated operation names the
security alternatives the spec gives it, and :meth:`Client.auth_for` picks the
first one this client holds credentials for, so an operation that needs no
credential never sends one and one that needs a missing credential fails
before anything goes on the wire.
"""

import ssl
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, ClassVar, Self, TypedDict

import httpx
from attrs import define, evolve, field

from ._retry import AsyncRetryTransport, Retry, RetryTransport
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    MissingCredentials,
    UnexpectedStatus,
    decoded_body,
    status_error_class,
)

#: Every request is bounded; pass ``timeout=`` to change it.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class ClientOptions(TypedDict, total=False):
    """The keyword options of ``Client`` and ``AsyncClient`` (see ``BaseClient``), which every
    helper in a package's ``auth`` module takes and passes on: typed, so a misspelt one fails mypy."""

    base_url: str
    timeout: httpx.Timeout | float | None
    retry: Retry
    headers: dict[str, str]
    cookies: dict[str, str]
    verify_ssl: str | bool | ssl.SSLContext
    follow_redirects: bool
    httpx_args: dict[str, Any]
    raise_on_unexpected_status: bool


#: Alternatives of security scheme names: any one alternative, with all its schemes, suffices.
#: An empty alternative means the operation may be called without credentials.
Security = tuple[tuple[str, ...], ...]
#: Inclusive ranges of the status codes an operation documents as success.
StatusRanges = tuple[tuple[int, int], ...]
#: An endpoint module's ``_parse_response``.
Parser = Callable[..., Any]


@define(repr=False)
class BaseClient:
    """What every client of the API holds; use the package's ``Client`` or ``AsyncClient``.

    Keyword arguments:

        ``base_url``: where the API lives (default: ``default_base_url``, the spec's first server).

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

    #: The spec's first server; each package's ``Client`` and ``AsyncClient`` set it.
    default_base_url: ClassVar[str] = ""

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(kw_only=True, alias="base_url")
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
    #: whether this object made (and so may close and remake) each httpx client
    _owns_client: bool = field(default=True, init=False, repr=False)
    _owns_async_client: bool = field(default=True, init=False, repr=False)

    @_base_url.default
    def _spec_server(self) -> str:
        return self.default_base_url

    def __repr__(self) -> str:
        """Settings worth seeing; credentials by their own reprs, which never show a secret."""
        credentials = ", ".join(f"{name!r}: {auth!r}" for name, auth in sorted(self._credentials.items()))
        return f"{type(self).__name__}(base_url={self._base_url!r}, credentials={{{credentials}}})"

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def credentials(self) -> Mapping[str, httpx.Auth]:
        return self._credentials

    def with_credentials(self, credentials: Mapping[str, httpx.Auth]) -> Self:
        """A new client with these credentials added (it opens its own connections)."""
        return evolve(self, credentials={**self._credentials, **credentials})

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client sending these headers too."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client sending these cookies too."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """A new client with this timeout."""
        return evolve(self, timeout=timeout)

    def with_retry(self, retry: Retry) -> Self:
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
        """Use this ``httpx.Client`` (its own settings then apply, not this client's); closing is then yours."""
        self._client = client
        self._owns_client = False
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, made on first use."""
        if self._async_client is None:
            inner = self._httpx_args.get("async_transport")
            inner = inner or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
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
        self._owns_async_client = False
        return self

    def close(self) -> None:
        """Close the connections; the client stays usable and opens new ones when next used."""
        if self._client is not None and self._owns_client:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the asyncio connections; the client stays usable and opens new ones when next used."""
        if self._async_client is not None and self._owns_async_client:
            await self._async_client.aclose()
            self._async_client = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    # --- what resource methods call ---------------------------------------------------------------

    def _send(self, kwargs: dict[str, Any], security: Security) -> httpx.Response:
        """Send one operation's request; no answer raises ``APIConnectionError``."""
        auth = self.auth_for(security)
        try:
            return self.get_httpx_client().request(**kwargs, auth=auth)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(_request_of(exc)) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(_request_of(exc)) from exc

    async def _send_async(self, kwargs: dict[str, Any], security: Security) -> httpx.Response:
        """Like :meth:`_send`, with asyncio."""
        auth = self.auth_for(security)
        try:
            return await self.get_async_httpx_client().request(**kwargs, auth=auth)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(_request_of(exc)) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(_request_of(exc)) from exc

    def _result(self, response: httpx.Response, parse: Parser, success: StatusRanges) -> Any:
        """The parsed answer of a documented success status; an error status raises its ``APIStatusError``."""
        status = response.status_code
        for low, high in success:
            if low <= status <= high:
                return parse(client=self, response=response)
        if 200 <= status < 300:
            undocumented = f"status {status} is not documented for this operation"
            raise APIResponseValidationError(response, undocumented)
        try:
            parsed = parse(client=self, response=response)
        except (APIResponseValidationError, UnexpectedStatus):
            parsed = None
        raise status_error_class(status)(response, body=decoded_body(response), parsed=parsed)


def _request_of(exc: httpx.RequestError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:
        return None


def http_status(code: int) -> HTTPStatus:
    """``HTTPStatus(code)``, or for a code HTTP does not name (499, 599, ...) the plain number."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code  # type: ignore[return-value]  # an int compares equal to the HTTPStatus it would be


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
