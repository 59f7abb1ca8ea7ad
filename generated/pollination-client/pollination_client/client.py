"""The clients of the Pollination cloud API: ``Client`` for plain calls, ``AsyncClient`` for asyncio.

Operations are reached by their path, as in the official SDKs of big APIs:
``client.<resource>.<sub_resource>.<verb>(...)``.  Each resource's module is imported on first
use, so importing the package stays fast however big the API.  The functions in
``api.<tag>.<operation>`` take either client too.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING
from typing import cast as _cast

from attrs import define

from ._api_client import AsyncAPIClient, SyncAPIClient
from ._base_client import (
    DEFAULT_TIMEOUT,
    BaseClient,
    Security,
    to_async_raw_response,
    to_async_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .resources._root import AsyncClientMethods, ClientMethods

if TYPE_CHECKING:
    from .resources.api_token import (
        ApiTokenResource,
        ApiTokenResourceWithRawResponse,
        ApiTokenResourceWithStreamingResponse,
        AsyncApiTokenResource,
        AsyncApiTokenResourceWithRawResponse,
        AsyncApiTokenResourceWithStreamingResponse,
    )

    pass

#: The spec's first server.
DEFAULT_BASE_URL = "https://api.pollination.cloud"


@define(repr=False)
class Client(ClientMethods, SyncAPIClient):
    """A client of the Pollination cloud API; see ``BaseClient`` for its keyword arguments."""

    default_base_url = DEFAULT_BASE_URL

    @property
    def api_token(self) -> ApiTokenResource:
        """``client.api_token``."""
        found = self._resources.get("api_token")
        if found is None:
            from .resources.api_token import ApiTokenResource

            found = self._resources["api_token"] = ApiTokenResource(self)
        return _cast("ApiTokenResource", found)

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """Every method returning the answer as it came (status, headers), parsed by ``.parse()``."""
        return ClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """Every method as a context manager of the answer, its body read as you ask (``iter_lines()``, ``parse()``)."""
        return ClientWithStreamingResponse(self)


class ClientWithRawResponse:
    """``client.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.login = to_raw_response(client.login)

    @cached_property
    def api_token(self) -> ApiTokenResourceWithRawResponse:
        return self._client.api_token.with_raw_response


class ClientWithStreamingResponse:
    """``client.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.login = to_streamed_response(client.login)

    @cached_property
    def api_token(self) -> ApiTokenResourceWithStreamingResponse:
        return self._client.api_token.with_streaming_response


@define(repr=False)
class AsyncClient(AsyncClientMethods, AsyncAPIClient):
    """Like ``Client``, with awaitable operations."""

    default_base_url = DEFAULT_BASE_URL

    @property
    def api_token(self) -> AsyncApiTokenResource:
        """``client.api_token``."""
        found = self._resources.get("api_token")
        if found is None:
            from .resources.api_token import AsyncApiTokenResource

            found = self._resources["api_token"] = AsyncApiTokenResource(self)
        return _cast("AsyncApiTokenResource", found)

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """Every method returning the answer as it came (status, headers), parsed by ``.parse()``."""
        return AsyncClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """Every method as a context manager of the answer, its body read as you ask (``iter_lines()``, ``parse()``)."""
        return AsyncClientWithStreamingResponse(self)


class AsyncClientWithRawResponse:
    """``client.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.login = to_async_raw_response(client.login)

    @cached_property
    def api_token(self) -> AsyncApiTokenResourceWithRawResponse:
        return self._client.api_token.with_raw_response


class AsyncClientWithStreamingResponse:
    """``client.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.login = to_async_streamed_response(client.login)

    @cached_property
    def api_token(self) -> AsyncApiTokenResourceWithStreamingResponse:
        return self._client.api_token.with_streaming_response


__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncClient", "BaseClient", "Client", "Security"]
