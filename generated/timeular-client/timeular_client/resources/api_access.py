"""``client.api_access`` and the resources under it.

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
    from ..models.developer_api_access_response import DeveloperApiAccessResponse
    from ..models.developer_full_api_access_response import DeveloperFullApiAccessResponse

    pass


class ApiAccessResource(APIResource):
    """``client.api_access``."""

    @cached_property
    def with_raw_response(self) -> ApiAccessResourceWithRawResponse:
        """These methods returning the answer as it came (status, headers), parsed by ``.parse()``."""
        return ApiAccessResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ApiAccessResourceWithStreamingResponse:
        """These methods as context managers of the answer, its body read as you ask (``iter_lines()``, ``parse()``)."""
        return ApiAccessResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> DeveloperFullApiAccessResponse:
        """Generate new API Key & API Secret

        With this endpoint you can generate new pair of API Key & API Secret. Every time you
        generate a new pair, an old one becomes invalid. Your API Secret won't be accessible later,
        so please note it down in some secret place. If you have lost your API Secret, you can
        generate a new pair of API Key & API Secret here.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``DeveloperFullApiAccessResponse``, from ``POST /developer/api-access``.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.get_api_key_0 import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("DeveloperFullApiAccessResponse", result)

    def retrieve(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> DeveloperApiAccessResponse:
        """Fetch API Key

        With this endpoint you can fetch your API Key (or `null` if you haven't generated any yet).
        You cannot obtain an API Secret in such way, because it's visible only once, after
        generation. If you have lost your API Secret, please generate a new pair of API Key & API
        Secret.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``DeveloperApiAccessResponse``, from ``GET /developer/api-access``.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.get_api_key import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("DeveloperApiAccessResponse", result)


class ApiAccessResourceWithRawResponse:
    """``client.api_access.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ApiAccessResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)


class ApiAccessResourceWithStreamingResponse:
    """``client.api_access.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, resource: ApiAccessResource) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.retrieve = to_streamed_response(resource.retrieve)


class AsyncApiAccessResource(APIResource):
    """``client.api_access``, awaitable."""

    @cached_property
    def with_raw_response(self) -> AsyncApiAccessResourceWithRawResponse:
        """These methods returning the answer as it came (status, headers), parsed by ``.parse()``."""
        return AsyncApiAccessResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncApiAccessResourceWithStreamingResponse:
        """These methods as context managers of the answer, its body read as you ask (``iter_lines()``, ``parse()``)."""
        return AsyncApiAccessResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> DeveloperFullApiAccessResponse:
        """Generate new API Key & API Secret

        With this endpoint you can generate new pair of API Key & API Secret. Every time you
        generate a new pair, an old one becomes invalid. Your API Secret won't be accessible later,
        so please note it down in some secret place. If you have lost your API Secret, you can
        generate a new pair of API Key & API Secret here.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``DeveloperFullApiAccessResponse``, from ``POST /developer/api-access``.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.get_api_key_0 import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("DeveloperFullApiAccessResponse", result)

    async def retrieve(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> DeveloperApiAccessResponse:
        """Fetch API Key

        With this endpoint you can fetch your API Key (or `null` if you haven't generated any yet).
        You cannot obtain an API Secret in such way, because it's visible only once, after
        generation. If you have lost your API Secret, please generate a new pair of API Key & API
        Secret.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``DeveloperApiAccessResponse``, from ``GET /developer/api-access``.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.get_api_key import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("DeveloperApiAccessResponse", result)


class AsyncApiAccessResourceWithRawResponse:
    """``client.api_access.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncApiAccessResource) -> None:
        self._resource = resource
        self.create = to_async_raw_response(resource.create)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncApiAccessResourceWithStreamingResponse:
    """``client.api_access.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, resource: AsyncApiAccessResource) -> None:
        self._resource = resource
        self.create = to_async_streamed_response(resource.create)
        self.retrieve = to_async_streamed_response(resource.retrieve)
