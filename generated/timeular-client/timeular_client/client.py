"""The clients of the Timeular public API v1: ``Client`` for plain calls, ``AsyncClient`` for asyncio.

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
    from .resources.api_access import (
        ApiAccessResource,
        ApiAccessResourceWithRawResponse,
        ApiAccessResourceWithStreamingResponse,
        AsyncApiAccessResource,
        AsyncApiAccessResourceWithRawResponse,
        AsyncApiAccessResourceWithStreamingResponse,
    )

    pass

#: The spec's first server.
DEFAULT_BASE_URL = "https://api.timeular.com/api/v1"


@define(repr=False)
class Client(ClientMethods, SyncAPIClient):
    """A client of the Timeular public API v1; see ``BaseClient`` for its keyword arguments."""

    default_base_url = DEFAULT_BASE_URL

    @property
    def api_access(self) -> ApiAccessResource:
        """``client.api_access``."""
        found = self._resources.get("api_access")
        if found is None:
            from .resources.api_access import ApiAccessResource

            found = self._resources["api_access"] = ApiAccessResource(self)
        return _cast("ApiAccessResource", found)

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
        self.sign_in = to_raw_response(client.sign_in)

    @cached_property
    def api_access(self) -> ApiAccessResourceWithRawResponse:
        return self._client.api_access.with_raw_response


class ClientWithStreamingResponse:
    """``client.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.sign_in = to_streamed_response(client.sign_in)

    @cached_property
    def api_access(self) -> ApiAccessResourceWithStreamingResponse:
        return self._client.api_access.with_streaming_response


@define(repr=False)
class AsyncClient(AsyncClientMethods, AsyncAPIClient):
    """Like ``Client``, with awaitable operations."""

    default_base_url = DEFAULT_BASE_URL

    @property
    def api_access(self) -> AsyncApiAccessResource:
        """``client.api_access``."""
        found = self._resources.get("api_access")
        if found is None:
            from .resources.api_access import AsyncApiAccessResource

            found = self._resources["api_access"] = AsyncApiAccessResource(self)
        return _cast("AsyncApiAccessResource", found)

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
        self.sign_in = to_async_raw_response(client.sign_in)

    @cached_property
    def api_access(self) -> AsyncApiAccessResourceWithRawResponse:
        return self._client.api_access.with_raw_response


class AsyncClientWithStreamingResponse:
    """``client.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.sign_in = to_async_streamed_response(client.sign_in)

    @cached_property
    def api_access(self) -> AsyncApiAccessResourceWithStreamingResponse:
        return self._client.api_access.with_streaming_response


__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncClient", "BaseClient", "Client", "Security"]
