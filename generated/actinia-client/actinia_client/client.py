"""The clients of the actinia (actinia-core GRASS GIS REST API): ``Client`` for plain calls, ``AsyncClient`` for asyncio.

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
)

if TYPE_CHECKING:
    from .resources.api_key import (
        ApiKeyResource,
        ApiKeyResourceWithRawResponse,
        ApiKeyResourceWithStreamingResponse,
        AsyncApiKeyResource,
        AsyncApiKeyResourceWithRawResponse,
        AsyncApiKeyResourceWithStreamingResponse,
    )
    from .resources.token import (
        AsyncTokenResource,
        AsyncTokenResourceWithRawResponse,
        AsyncTokenResourceWithStreamingResponse,
        TokenResource,
        TokenResourceWithRawResponse,
        TokenResourceWithStreamingResponse,
    )

    pass

#: The spec's first server.
DEFAULT_BASE_URL = "https://actinia.mundialis.de/api/v3"


@define(repr=False)
class Client(SyncAPIClient):
    """A client of the actinia (actinia-core GRASS GIS REST API); see ``BaseClient`` for its keyword arguments."""

    default_base_url = DEFAULT_BASE_URL

    @property
    def api_key(self) -> ApiKeyResource:
        """``client.api_key``."""
        found = self._resources.get("api_key")
        if found is None:
            from .resources.api_key import ApiKeyResource

            found = self._resources["api_key"] = ApiKeyResource(self)
        return _cast("ApiKeyResource", found)

    @property
    def token(self) -> TokenResource:
        """``client.token``."""
        found = self._resources.get("token")
        if found is None:
            from .resources.token import TokenResource

            found = self._resources["token"] = TokenResource(self)
        return _cast("TokenResource", found)

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

    @cached_property
    def api_key(self) -> ApiKeyResourceWithRawResponse:
        return self._client.api_key.with_raw_response

    @cached_property
    def token(self) -> TokenResourceWithRawResponse:
        return self._client.token.with_raw_response


class ClientWithStreamingResponse:
    """``client.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def api_key(self) -> ApiKeyResourceWithStreamingResponse:
        return self._client.api_key.with_streaming_response

    @cached_property
    def token(self) -> TokenResourceWithStreamingResponse:
        return self._client.token.with_streaming_response


@define(repr=False)
class AsyncClient(AsyncAPIClient):
    """Like ``Client``, with awaitable operations."""

    default_base_url = DEFAULT_BASE_URL

    @property
    def api_key(self) -> AsyncApiKeyResource:
        """``client.api_key``."""
        found = self._resources.get("api_key")
        if found is None:
            from .resources.api_key import AsyncApiKeyResource

            found = self._resources["api_key"] = AsyncApiKeyResource(self)
        return _cast("AsyncApiKeyResource", found)

    @property
    def token(self) -> AsyncTokenResource:
        """``client.token``."""
        found = self._resources.get("token")
        if found is None:
            from .resources.token import AsyncTokenResource

            found = self._resources["token"] = AsyncTokenResource(self)
        return _cast("AsyncTokenResource", found)

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

    @cached_property
    def api_key(self) -> AsyncApiKeyResourceWithRawResponse:
        return self._client.api_key.with_raw_response

    @cached_property
    def token(self) -> AsyncTokenResourceWithRawResponse:
        return self._client.token.with_raw_response


class AsyncClientWithStreamingResponse:
    """``client.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def api_key(self) -> AsyncApiKeyResourceWithStreamingResponse:
        return self._client.api_key.with_streaming_response

    @cached_property
    def token(self) -> AsyncTokenResourceWithStreamingResponse:
        return self._client.token.with_streaming_response


__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncClient", "BaseClient", "Client", "Security"]
