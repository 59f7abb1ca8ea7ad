"""``client.api_key`` and the resources under it.

Methods take path parameters positionally and everything else as keywords (an object body's
properties too, or the whole body as ``body=``), plus ``extra_headers``, ``extra_query``,
``extra_body`` and ``timeout``; they return the success response's model and raise this
package's ``errors``.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING
from typing import cast as _cast

from .._base_client import (
    NOT_GIVEN,
    APIResource,
    to_async_raw_response,
    to_async_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._base_client import Body as _Body
from .._base_client import Headers as _Headers
from .._base_client import Query as _Query
from .._base_client import Timeout as _Timeout

if TYPE_CHECKING:
    from ..models.token_response_model import TokenResponseModel

    pass


class ApiKeyResource(APIResource):
    """``client.api_key``."""

    @cached_property
    def with_raw_response(self) -> ApiKeyResourceWithRawResponse:
        """These methods returning the answer as it came (status, headers), parsed by ``.parse()``."""
        return ApiKeyResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ApiKeyResourceWithStreamingResponse:
        """These methods as context managers of the answer, its body read as you ask (``iter_lines()``, ``parse()``)."""
        return ApiKeyResourceWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> TokenResponseModel:
        """Create an API key for permanent authentication.

        Create an API key for permanent authentication. API keys have no expiration time. Minimum
        required user role: admin.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``TokenResponseModel``, from ``GET /api_key``.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication_management.api_key_get import _SECURITY, _get_kwargs, _parse_response

        result = self._client._call(
            _get_kwargs(),
            _SECURITY,
            _parse_response,
            ((200, 200),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("TokenResponseModel", result)


class ApiKeyResourceWithRawResponse:
    """``client.api_key.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ApiKeyResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class ApiKeyResourceWithStreamingResponse:
    """``client.api_key.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, resource: ApiKeyResource) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response(resource.retrieve)


class AsyncApiKeyResource(APIResource):
    """``client.api_key``, awaitable."""

    @cached_property
    def with_raw_response(self) -> AsyncApiKeyResourceWithRawResponse:
        """These methods returning the answer as it came (status, headers), parsed by ``.parse()``."""
        return AsyncApiKeyResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncApiKeyResourceWithStreamingResponse:
        """These methods as context managers of the answer, its body read as you ask (``iter_lines()``, ``parse()``)."""
        return AsyncApiKeyResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> TokenResponseModel:
        """Create an API key for permanent authentication.

        Create an API key for permanent authentication. API keys have no expiration time. Minimum
        required user role: admin.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``TokenResponseModel``, from ``GET /api_key``.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication_management.api_key_get import _SECURITY, _get_kwargs, _parse_response

        result = await self._client._call_async(
            _get_kwargs(),
            _SECURITY,
            _parse_response,
            ((200, 200),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("TokenResponseModel", result)


class AsyncApiKeyResourceWithRawResponse:
    """``client.api_key.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncApiKeyResource) -> None:
        self._resource = resource
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncApiKeyResourceWithStreamingResponse:
    """``client.api_key.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, resource: AsyncApiKeyResource) -> None:
        self._resource = resource
        self.retrieve = to_async_streamed_response(resource.retrieve)
