"""What ``Client`` and ``AsyncClient`` share: base URL, credentials per security scheme, timeout, retries.

One client serves every operation.  Each generated operation names the
security alternatives the spec gives it, and :meth:`Client.auth_for` picks the
first one this client holds credentials for, so an operation that needs no
credential never sends one and one that needs a missing credential fails
before anything goes on the wire.
"""

import json
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextvars import ContextVar
from http import HTTPStatus
from typing import Any, ClassVar, Generic, ParamSpec, Self, TypedDict, TypeVar, cast

import httpx
from attrs import define, evolve, field

from ._retry import RETRY_EXTENSION, AsyncRetryTransport, Retry, RetryTransport
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
#: ``extra_headers=`` of a resource method.
Headers = Mapping[str, str]
#: ``extra_query=`` and ``extra_body=`` of a resource method.
Query = Mapping[str, Any]
Body = Mapping[str, Any]


class NotGiven:
    """The default of ``timeout=`` on a resource method: unlike ``None`` (no timeout at all), it
    means "this client's timeout"."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
#: ``timeout=`` of a resource method.
Timeout = float | httpx.Timeout | None | NotGiven

P = ParamSpec("P")
R = TypeVar("R")
#: Set while a ``with_raw_response`` wrapper runs its method: the answer is returned unparsed.
_RAW: ContextVar[bool] = ContextVar("specfleet_raw_response", default=False)


@define(eq=False)
class _Pool:
    """The connections a client and every client derived from it with ``with_options`` share."""

    client: httpx.Client | None = None
    async_client: httpx.AsyncClient | None = None
    #: whether the clients made (and so may close and remake) each httpx client
    owns_client: bool = True
    owns_async_client: bool = True
    #: the client the others were derived from: its settings make the httpx clients, whichever
    #: client first needs them (each derived client sends its own headers and timeout per request)
    origin: Any = None


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
    _pool: _Pool = field(factory=_Pool, init=False, repr=False)
    #: the resources made so far (``client.chat``), each made on first use
    _resources: dict[str, Any] = field(factory=dict, init=False, repr=False, eq=False)

    @_base_url.default
    def _spec_server(self) -> str:
        return self.default_base_url

    def __attrs_post_init__(self) -> None:
        if self._pool.origin is None:
            self._pool.origin = self

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

    def _derived(self, **changes: Any) -> Self:
        """A copy with ``changes`` that shares this client's connections (closing either closes them)."""
        derived = evolve(self, **changes)
        derived._pool = self._pool
        return derived

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client with another timeout, number of retries or more headers, sharing this one's
        connections: cheap to make per call, nothing extra to close."""
        changes: dict[str, Any] = {}
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = timeout
        if max_retries is not None:
            changes["retry"] = evolve(self._retry, total=max_retries)
        if headers:
            changes["headers"] = {**self._headers, **headers}
        return self._derived(**changes)

    def with_credentials(self, credentials: Mapping[str, httpx.Auth]) -> Self:
        """A client with these credentials added, sharing this one's connections."""
        return self._derived(credentials={**self._credentials, **credentials})

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A client sending these headers too, sharing this one's connections."""
        return self.with_options(headers=headers)

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client sending these cookies too (it opens its own connections: close it too)."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """A client with this timeout, sharing this one's connections."""
        return self.with_options(timeout=timeout)

    def with_retry(self, retry: Retry) -> Self:
        """A client with this retry policy, sharing this one's connections."""
        return self._derived(retry=retry)

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
        if self._pool.client is None:
            origin: BaseClient = self._pool.origin or self
            inner = origin._httpx_args.get("transport") or httpx.HTTPTransport(verify=origin._verify_ssl)
            self._pool.client = httpx.Client(
                base_url=origin._base_url,
                cookies=origin._cookies,
                headers=origin._headers,
                timeout=origin._timeout,
                verify=origin._verify_ssl,
                follow_redirects=origin._follow_redirects,
                transport=RetryTransport(inner, origin._retry),
                **origin._transport_args(),
            )
        return self._pool.client

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this ``httpx.Client`` (its own settings then apply, not this client's); closing is then yours."""
        self._pool.client = client
        self._pool.owns_client = False
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, made on first use."""
        if self._pool.async_client is None:
            origin: BaseClient = self._pool.origin or self
            inner = origin._httpx_args.get("async_transport")
            inner = inner or httpx.AsyncHTTPTransport(verify=origin._verify_ssl)
            args = origin._transport_args()
            args.pop("async_transport", None)
            self._pool.async_client = httpx.AsyncClient(
                base_url=origin._base_url,
                cookies=origin._cookies,
                headers=origin._headers,
                timeout=origin._timeout,
                verify=origin._verify_ssl,
                follow_redirects=origin._follow_redirects,
                transport=AsyncRetryTransport(inner, origin._retry),
                **args,
            )
        return self._pool.async_client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this ``httpx.AsyncClient`` (its own settings then apply, not this client's)."""
        self._pool.async_client = async_client
        self._pool.owns_async_client = False
        return self

    def close(self) -> None:
        """Close the connections (shared with clients made by ``with_options``); the client stays
        usable and opens new ones when next used."""
        pool = self._pool
        if pool.client is not None and pool.owns_client:
            pool.client.close()
            pool.client = None

    async def aclose(self) -> None:
        """Close the asyncio connections; the client stays usable and opens new ones when next used."""
        pool = self._pool
        if pool.async_client is not None and pool.owns_async_client:
            await pool.async_client.aclose()
            pool.async_client = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    # --- what resource methods call ---------------------------------------------------------------

    def _options(
        self,
        kwargs: dict[str, Any],
        headers: Headers | None,
        query: Query | None,
        body: Body | None,
        timeout: Timeout,
    ) -> dict[str, Any]:
        """One request's httpx arguments: the operation's, this client's headers, timeout and retry
        policy (its connections may be shared with the client it was derived from), and the call's
        ``extra_*`` and ``timeout``."""
        if self._headers or headers:
            kwargs["headers"] = {**self._headers, **kwargs.get("headers", {}), **(headers or {})}
        if query:
            kwargs["params"] = {**kwargs.get("params", {}), **query}
        if body:
            if "json" in kwargs and isinstance(kwargs["json"], dict):
                kwargs["json"] = {**kwargs["json"], **body}
            elif "data" in kwargs and isinstance(kwargs["data"], dict):
                kwargs["data"] = {**kwargs["data"], **body}
            else:
                kwargs["json"] = dict(body)
        kwargs["timeout"] = self._timeout if isinstance(timeout, NotGiven) else timeout
        kwargs["extensions"] = {RETRY_EXTENSION: self._retry}
        return kwargs

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

    def _call(
        self,
        kwargs: dict[str, Any],
        security: Security,
        parse: Parser,
        success: StatusRanges,
        headers: Headers | None,
        query: Query | None,
        body: Body | None,
        timeout: Timeout,
    ) -> Any:
        """What a resource method does: send, then parse the success answer or raise its error."""
        response = self._send(self._options(kwargs, headers, query, body, timeout), security)
        return self._result(response, parse, success)

    async def _call_async(
        self,
        kwargs: dict[str, Any],
        security: Security,
        parse: Parser,
        success: StatusRanges,
        headers: Headers | None,
        query: Query | None,
        body: Body | None,
        timeout: Timeout,
    ) -> Any:
        """Like :meth:`_call`, with asyncio."""
        response = await self._send_async(self._options(kwargs, headers, query, body, timeout), security)
        return self._result(response, parse, success)

    def _call_stream(
        self,
        kwargs: dict[str, Any],
        security: Security,
        parse: Parser,
        success: StatusRanges,
        event: Callable[[Any], R],
        headers: Headers | None,
        query: Query | None,
        body: Body | None,
        timeout: Timeout,
    ) -> "Stream[R]":
        """Send a request whose success answer is a ``text/event-stream``: its events, parsed one by
        one as they come; an error status raises as :meth:`_call` does."""
        accept = {"Accept": "text/event-stream", **(headers or {})}
        options = self._options(kwargs, accept, query, body, timeout)
        client = self.get_httpx_client()
        request = client.build_request(**{k: v for k, v in options.items() if k != "extensions"})
        request.extensions.update(options["extensions"])
        try:
            response = client.send(request, auth=self.auth_for(security), stream=True)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(_request_of(exc)) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(_request_of(exc)) from exc
        if not any(low <= response.status_code <= high for low, high in success):
            try:
                response.read()
            finally:
                response.close()
            self._result(response, parse, success)  # raises the status's error
        if _RAW.get():  # with_raw_response: the headers now, the events from .parse()
            return RawResponse(response, lambda: Stream(response, event))  # type: ignore[return-value]
        return Stream(response, event)

    async def _call_stream_async(
        self,
        kwargs: dict[str, Any],
        security: Security,
        parse: Parser,
        success: StatusRanges,
        event: Callable[[Any], R],
        headers: Headers | None,
        query: Query | None,
        body: Body | None,
        timeout: Timeout,
    ) -> "AsyncStream[R]":
        """Like :meth:`_call_stream`, with asyncio."""
        accept = {"Accept": "text/event-stream", **(headers or {})}
        options = self._options(kwargs, accept, query, body, timeout)
        client = self.get_async_httpx_client()
        request = client.build_request(**{k: v for k, v in options.items() if k != "extensions"})
        request.extensions.update(options["extensions"])
        try:
            response = await client.send(request, auth=self.auth_for(security), stream=True)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(_request_of(exc)) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(_request_of(exc)) from exc
        if not any(low <= response.status_code <= high for low, high in success):
            try:
                await response.aread()
            finally:
                await response.aclose()
            self._result(response, parse, success)
        if _RAW.get():
            return RawResponse(response, lambda: AsyncStream(response, event))  # type: ignore[return-value]
        return AsyncStream(response, event)

    def _result(self, response: httpx.Response, parse: Parser, success: StatusRanges) -> Any:
        """The parsed answer of a documented success status (unparsed inside ``with_raw_response``);
        an error status raises its ``APIStatusError``."""
        status = response.status_code
        for low, high in success:
            if low <= status <= high:
                if _RAW.get():
                    return RawResponse(response, lambda: parse(client=self, response=response))
                return parse(client=self, response=response)
        if 200 <= status < 300:
            undocumented = f"status {status} is not documented for this operation"
            raise APIResponseValidationError(response, undocumented)
        try:
            parsed = parse(client=self, response=response)
        except (APIResponseValidationError, UnexpectedStatus):
            parsed = None
        raise status_error_class(status)(response, body=decoded_body(response), parsed=parsed)


class ServerSentEvent:
    """One event of a ``text/event-stream`` (its ``event`` name, ``data``, ``id`` and ``retry``)."""

    __slots__ = ("data", "event", "id", "retry")

    def __init__(self, event: str, data: str, id: str | None, retry: int | None) -> None:
        self.event, self.data, self.id, self.retry = event, data, id, retry

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r})"


class _EventDecoder:
    """Lines of an event stream -> events, by the WHATWG rules (comments, multi-line data, ``id``)."""

    def __init__(self) -> None:
        self._event, self._data, self._id, self._retry = "", [], None, None  # type: tuple[str, list[str], str | None, int | None]

    def feed(self, line: str) -> ServerSentEvent | None:
        if not line:
            if not self._data and not self._event:
                return None
            found = ServerSentEvent(self._event or "message", "\n".join(self._data), self._id, self._retry)
            self._event, self._data = "", []
            return found
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None


#: Data that ends a stream rather than carrying an event (OpenAI-style APIs send it last).
_END_OF_STREAM = "[DONE]"


def _parsed(response: httpx.Response, found: ServerSentEvent, event: Callable[[Any], R]) -> R:
    try:
        return event(json.loads(found.data))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        reason = f"an event of the stream does not match the spec: {exc}"
        raise APIResponseValidationError(response, reason) from exc


class Stream(Generic[R]):
    """The events of a ``text/event-stream`` answer, each parsed into the spec's event model.

    Iterate it (once); the response is closed when the events end, on ``close()``, or when it is
    used as a context manager and the block ends."""

    def __init__(self, response: httpx.Response, event: Callable[[Any], R]) -> None:
        self.response = response
        self._event = event

    def __iter__(self) -> Iterator[R]:
        decoder = _EventDecoder()
        try:
            for line in self.response.iter_lines():
                found = decoder.feed(line)
                if found is None:
                    continue
                if found.data == _END_OF_STREAM:
                    break
                yield _parsed(self.response, found, self._event)
            last = decoder.feed("")
            if last is not None and last.data and last.data != _END_OF_STREAM:
                yield _parsed(self.response, last, self._event)
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncStream(Generic[R]):
    """The asyncio twin of :class:`Stream`: ``async for event in stream``."""

    def __init__(self, response: httpx.Response, event: Callable[[Any], R]) -> None:
        self.response = response
        self._event = event

    async def __aiter__(self) -> AsyncIterator[R]:
        decoder = _EventDecoder()
        try:
            async for line in self.response.aiter_lines():
                found = decoder.feed(line)
                if found is None:
                    continue
                if found.data == _END_OF_STREAM:
                    break
                yield _parsed(self.response, found, self._event)
            last = decoder.feed("")
            if last is not None and last.data and last.data != _END_OF_STREAM:
                yield _parsed(self.response, last, self._event)
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()


class APIResource:
    """A node of a client's resource tree (``client.chat.completions``), bound to one client."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client


class RawResponse(Generic[R]):
    """A success answer as it came (``status_code``, ``headers``, ``http_response``), parsed into
    the operation's model by :meth:`parse`.

    For a call with ``stream=True`` the body is left unread: :meth:`parse` gives the stream of
    events, which closes the response once read to its end or closed.
    """

    __slots__ = ("_parse", "http_response")

    def __init__(self, response: httpx.Response, parse: Callable[[], Any]) -> None:
        self.http_response = response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> R:
        """The answer as the method itself would have returned it."""
        return cast(R, self._parse())

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"


def to_raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """``method`` returning the :class:`RawResponse` instead of the parsed answer."""

    def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _RAW.set(True)
        try:
            return cast(RawResponse[R], method(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return raw


def to_async_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The asyncio twin of :func:`to_raw_response`."""

    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _RAW.set(True)
        try:
            return cast(RawResponse[R], await method(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return raw


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
