"""``client.token`` and the resources under it.

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
from ..types import Unset

if TYPE_CHECKING:
    from ..models.token_response_model import TokenResponseModel

    pass


class TokenResource(APIResource):
    """``client.token``."""

    @cached_property
    def with_raw_response(self) -> TokenResourceWithRawResponse:
        """These methods returning the answer as it came (status, headers), parsed by ``.parse()``."""
        return TokenResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TokenResourceWithStreamingResponse:
        """These methods as context managers of the answer, its body read as you ask (``iter_lines()``, ``parse()``)."""
        return TokenResourceWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        expiration_time: int | Unset = 86400,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> TokenResponseModel:
        """Create an authentication token.

        Create an authentication token. Tokens have an expiration time. The default expiration time
        is one day (86400s). maximum length is 365 days. Minimum required user role: user.

        Args:
            expiration_time: The expiration time in seconds for the generated token.
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``TokenResponseModel``, from ``GET /token``.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication_management.token_get import _SECURITY, _get_kwargs, _parse_response

        result = self._client._call(
            _get_kwargs(
                expiration_time=expiration_time,
            ),
            _SECURITY,
            _parse_response,
            ((200, 200),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("TokenResponseModel", result)


class TokenResourceWithRawResponse:
    """``client.token.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: TokenResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class TokenResourceWithStreamingResponse:
    """``client.token.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, resource: TokenResource) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response(resource.retrieve)


class AsyncTokenResource(APIResource):
    """``client.token``, awaitable."""

    @cached_property
    def with_raw_response(self) -> AsyncTokenResourceWithRawResponse:
        """These methods returning the answer as it came (status, headers), parsed by ``.parse()``."""
        return AsyncTokenResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTokenResourceWithStreamingResponse:
        """These methods as context managers of the answer, its body read as you ask (``iter_lines()``, ``parse()``)."""
        return AsyncTokenResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        expiration_time: int | Unset = 86400,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> TokenResponseModel:
        """Create an authentication token.

        Create an authentication token. Tokens have an expiration time. The default expiration time
        is one day (86400s). maximum length is 365 days. Minimum required user role: user.

        Args:
            expiration_time: The expiration time in seconds for the generated token.
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``TokenResponseModel``, from ``GET /token``.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication_management.token_get import _SECURITY, _get_kwargs, _parse_response

        result = await self._client._call_async(
            _get_kwargs(
                expiration_time=expiration_time,
            ),
            _SECURITY,
            _parse_response,
            ((200, 200),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("TokenResponseModel", result)


class AsyncTokenResourceWithRawResponse:
    """``client.token.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncTokenResource) -> None:
        self._resource = resource
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncTokenResourceWithStreamingResponse:
    """``client.token.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, resource: AsyncTokenResource) -> None:
        self._resource = resource
        self.retrieve = to_async_streamed_response(resource.retrieve)
