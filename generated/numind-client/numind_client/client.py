"""The clients of the NuMind NuExtract platform API: ``Client`` for plain calls, ``AsyncClient`` for asyncio.

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
    from .resources.api_keys import (
        ApiKeysResource,
        ApiKeysResourceWithRawResponse,
        ApiKeysResourceWithStreamingResponse,
        AsyncApiKeysResource,
        AsyncApiKeysResourceWithRawResponse,
        AsyncApiKeysResourceWithStreamingResponse,
    )
    from .resources.me import (
        AsyncMeResource,
        AsyncMeResourceWithRawResponse,
        AsyncMeResourceWithStreamingResponse,
        MeResource,
        MeResourceWithRawResponse,
        MeResourceWithStreamingResponse,
    )

    pass

#: The spec's first server.
DEFAULT_BASE_URL = "https://nuextract.ai"


@define(repr=False)
class Client(ClientMethods, SyncAPIClient):
    """A client of the NuMind NuExtract platform API; see ``BaseClient`` for its keyword arguments."""

    default_base_url = DEFAULT_BASE_URL

    @property
    def api_keys(self) -> ApiKeysResource:
        """``client.api_keys``."""
        found = self._resources.get("api_keys")
        if found is None:
            from .resources.api_keys import ApiKeysResource

            found = self._resources["api_keys"] = ApiKeysResource(self)
        return _cast("ApiKeysResource", found)

    @property
    def me(self) -> MeResource:
        """``client.me``."""
        found = self._resources.get("me")
        if found is None:
            from .resources.me import MeResource

            found = self._resources["me"] = MeResource(self)
        return _cast("MeResource", found)

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
        self.get_api_auth = to_raw_response(client.get_api_auth)
        self.logout = to_raw_response(client.logout)
        self.token = to_raw_response(client.token)

    @cached_property
    def api_keys(self) -> ApiKeysResourceWithRawResponse:
        return self._client.api_keys.with_raw_response

    @cached_property
    def me(self) -> MeResourceWithRawResponse:
        return self._client.me.with_raw_response


class ClientWithStreamingResponse:
    """``client.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.get_api_auth = to_streamed_response(client.get_api_auth)
        self.logout = to_streamed_response(client.logout)
        self.token = to_streamed_response(client.token)

    @cached_property
    def api_keys(self) -> ApiKeysResourceWithStreamingResponse:
        return self._client.api_keys.with_streaming_response

    @cached_property
    def me(self) -> MeResourceWithStreamingResponse:
        return self._client.me.with_streaming_response


@define(repr=False)
class AsyncClient(AsyncClientMethods, AsyncAPIClient):
    """Like ``Client``, with awaitable operations."""

    default_base_url = DEFAULT_BASE_URL

    @property
    def api_keys(self) -> AsyncApiKeysResource:
        """``client.api_keys``."""
        found = self._resources.get("api_keys")
        if found is None:
            from .resources.api_keys import AsyncApiKeysResource

            found = self._resources["api_keys"] = AsyncApiKeysResource(self)
        return _cast("AsyncApiKeysResource", found)

    @property
    def me(self) -> AsyncMeResource:
        """``client.me``."""
        found = self._resources.get("me")
        if found is None:
            from .resources.me import AsyncMeResource

            found = self._resources["me"] = AsyncMeResource(self)
        return _cast("AsyncMeResource", found)

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
        self.get_api_auth = to_async_raw_response(client.get_api_auth)
        self.logout = to_async_raw_response(client.logout)
        self.token = to_async_raw_response(client.token)

    @cached_property
    def api_keys(self) -> AsyncApiKeysResourceWithRawResponse:
        return self._client.api_keys.with_raw_response

    @cached_property
    def me(self) -> AsyncMeResourceWithRawResponse:
        return self._client.me.with_raw_response


class AsyncClientWithStreamingResponse:
    """``client.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.get_api_auth = to_async_streamed_response(client.get_api_auth)
        self.logout = to_async_streamed_response(client.logout)
        self.token = to_async_streamed_response(client.token)

    @cached_property
    def api_keys(self) -> AsyncApiKeysResourceWithStreamingResponse:
        return self._client.api_keys.with_streaming_response

    @cached_property
    def me(self) -> AsyncMeResourceWithStreamingResponse:
        return self._client.me.with_streaming_response


__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncClient", "BaseClient", "Client", "Security"]
