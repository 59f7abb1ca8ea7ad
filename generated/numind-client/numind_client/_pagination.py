"""Pages of a list operation, walked on demand: ``for item in client.files.list(): ...``.

A paged list method returns a :class:`SyncPage` (an :class:`AsyncPaginator` on ``AsyncClient``,
awaited to an :class:`AsyncPage`): ``.data`` is this page's items, iterating it walks every
item of every page, ``has_next_page()``/``get_next_page()``/``iter_pages()`` step by hand, and
the answer's own fields (``has_more``, ``total``, ...) are read through the page.  How the next
page is asked for is the operation's :class:`Paging`, read from the spec at generation.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar, cast
from urllib.parse import urlsplit

import httpx

from ._base_client import Body, Headers, Parser, Query, RawResponse, Security, StatusRanges, Timeout

T = TypeVar("T")


class Paging:
    """How an operation pages: its ``scheme`` (``cursor``, ``offset``, ``page``, ``link``,
    ``link-header``) and the names it reads (attribute paths of the answer, query parameters)."""

    __slots__ = (
        "cursor",
        "has_more",
        "item_cursor",
        "items",
        "limit",
        "parameter",
        "scheme",
        "total",
        "total_pages",
    )

    def __init__(
        self,
        scheme: str,
        *,
        items: tuple[str, ...] = (),
        parameter: str = "",
        limit: str = "",
        cursor: tuple[str, ...] = (),
        item_cursor: str = "",
        has_more: tuple[str, ...] = (),
        total: tuple[str, ...] = (),
        total_pages: tuple[str, ...] = (),
    ) -> None:
        self.scheme, self.items, self.parameter, self.limit = scheme, items, parameter, limit
        self.cursor, self.item_cursor, self.has_more = cursor, item_cursor, has_more
        self.total, self.total_pages = total, total_pages

    def items_of(self, body: Any) -> list[Any]:
        found = _read(body, self.items) if self.items else body
        return list(found) if isinstance(found, list) else []

    def next_request(self, kwargs: dict[str, Any], body: Any, response: Any) -> dict[str, Any] | None:
        """The request arguments of the page after this one, or ``None`` on the last page."""
        items = self.items_of(body)
        if self.scheme == "link":
            return _follow(kwargs, response, _read(body, self.cursor))
        if self.scheme == "link-header":
            return _follow(kwargs, response, response.links.get("next", {}).get("url"))
        if not items or (self.has_more and _read(body, self.has_more) is False):
            return None
        params = dict(kwargs.get("params") or {})
        if self.scheme == "cursor":
            value = _read(items[-1], (self.item_cursor,)) if self.item_cursor else _read(body, self.cursor)
            if value is None or value == "" or value == params.get(self.parameter):
                return None
            params[self.parameter] = value
        else:
            limit = _number(params.get(self.limit)) if self.limit else None
            if limit is not None and len(items) < limit:
                return None
            if self.scheme == "offset":
                position = (_number(params.get(self.parameter)) or 0) + len(items)
                total = _number(_read(body, self.total)) if self.total else None
                if total is not None and position >= total:
                    return None
            else:
                current = _number(params.get(self.parameter)) or 1
                position = current + 1
                pages = _number(_read(body, self.total_pages)) if self.total_pages else None
                total = _number(_read(body, self.total)) if self.total else None
                if pages is not None and current >= pages:
                    return None
                if total is not None and limit and current * limit >= total:
                    return None
            params[self.parameter] = position
        return {**kwargs, "params": params}


def _read(value: Any, path: tuple[str, ...]) -> Any:
    """An attribute path of a parsed answer; ``None`` where it is unset or missing."""
    for name in path:
        value = getattr(value, name, None)
        if value is None or type(value).__name__ == "Unset":
            return None
    return value


def _number(value: Any) -> int | None:
    try:
        return int(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def _follow(kwargs: dict[str, Any], response: httpx.Response, link: Any) -> dict[str, Any] | None:
    """The next page at ``link``, only on the server that answered (credentials never go elsewhere)."""
    if not isinstance(link, str) or not link:
        return None
    url = response.request.url.join(link)
    here = urlsplit(str(response.request.url))
    if (url.scheme, url.netloc.decode("ascii")) != (here.scheme, here.netloc):
        return None
    return {**{key: value for key, value in kwargs.items() if key != "params"}, "url": str(url)}


class _Call:
    """One list call: the operation, the call's options, and how to ask for the next page."""

    __slots__ = ("body", "client", "headers", "paging", "parse", "query", "security", "success", "timeout")

    def __init__(
        self,
        client: Any,
        security: Security,
        parse: Parser,
        success: StatusRanges,
        paging: Paging,
        headers: Headers | None,
        query: Query | None,
        body: Body | None,
        timeout: Timeout,
    ) -> None:
        self.client, self.security, self.parse, self.success = client, security, parse, success
        self.paging, self.headers, self.query, self.body, self.timeout = paging, headers, query, body, timeout

    def options(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        call = (self.headers, self.query, self.body, self.timeout)
        options: dict[str, Any] = self.client._options(dict(kwargs), *call)
        return options


class _BasePage(Generic[T]):
    __slots__ = ("_call", "_next", "body", "data", "http_response")

    def __init__(self, call: _Call, kwargs: dict[str, Any], body: Any, response: httpx.Response) -> None:
        self._call = call
        self.body = body
        self.http_response = response
        self.data: list[T] = call.paging.items_of(body)
        self._next = call.paging.next_request(kwargs, body, response)

    def has_next_page(self) -> bool:
        """Whether another page follows this one (asked for by ``get_next_page``)."""
        return self._next is not None

    def _next_kwargs(self) -> dict[str, Any]:
        if self._next is None:
            raise RuntimeError("no next page: check has_next_page() before get_next_page()")
        return self._next

    def __getattr__(self, name: str) -> Any:
        """The answer's own fields (``has_more``, ``total``, ...)."""
        if name.startswith("__") or name in _BasePage.__slots__:
            raise AttributeError(name)
        return getattr(self.body, name)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.data)} items, next: {self.has_next_page()}>"


class SyncPage(_BasePage[T]):
    """One page of a list: ``.data``; iterating it walks every item of this and the next pages."""

    __slots__ = ()

    def get_next_page(self) -> "SyncPage[T]":
        return cast("SyncPage[T]", _fetch(self._call, self._next_kwargs()))

    def iter_pages(self) -> Iterator["SyncPage[T]"]:
        """This page and each one after it, asked for as the loop reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_BasePage[T]):
    """:class:`SyncPage` with asyncio: ``async for item in page``, ``await page.get_next_page()``."""

    __slots__ = ()

    async def get_next_page(self) -> "AsyncPage[T]":
        return cast("AsyncPage[T]", await _fetch_async(self._call, self._next_kwargs()))

    async def iter_pages(self) -> AsyncIterator["AsyncPage[T]"]:
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async list method returns: awaited, the first :class:`AsyncPage`; ``async for``
    walks every item of every page."""

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self
        async for item in page:
            yield item


def _fetch(call: _Call, kwargs: dict[str, Any]) -> Any:
    response = call.client._send(call.options(kwargs), call.security)
    body = call.client._result(response, call.parse, call.success)
    if isinstance(body, RawResponse):  # with_raw_response: the page from .parse()
        raw = body
        return RawResponse(response, lambda: SyncPage(call, kwargs, raw.parse(), response))
    return SyncPage(call, kwargs, body, response)


async def _fetch_async(call: _Call, kwargs: dict[str, Any]) -> Any:
    response = await call.client._send_async(call.options(kwargs), call.security)
    body = call.client._result(response, call.parse, call.success)
    if isinstance(body, RawResponse):
        raw = body
        return RawResponse(response, lambda: AsyncPage(call, kwargs, raw.parse(), response))
    return AsyncPage(call, kwargs, body, response)


def paginate(
    client: Any,
    kwargs: dict[str, Any],
    security: Security,
    parse: Parser,
    success: StatusRanges,
    paging: Paging,
    headers: Headers | None,
    query: Query | None,
    body: Body | None,
    timeout: Timeout,
) -> SyncPage[Any]:
    """A paged list method: its first page (each next one is asked for when reached)."""
    return cast(
        "SyncPage[Any]",
        _fetch(_Call(client, security, parse, success, paging, headers, query, body, timeout), kwargs),
    )


def paginate_async(
    client: Any,
    kwargs: dict[str, Any],
    security: Security,
    parse: Parser,
    success: StatusRanges,
    paging: Paging,
    headers: Headers | None,
    query: Query | None,
    body: Body | None,
    timeout: Timeout,
) -> AsyncPaginator[Any]:
    """The asyncio twin of :func:`paginate`: an :class:`AsyncPaginator`."""
    call = _Call(client, security, parse, success, paging, headers, query, body, timeout)
    return AsyncPaginator(lambda: cast("Awaitable[AsyncPage[Any]]", _fetch_async(call, kwargs)))
