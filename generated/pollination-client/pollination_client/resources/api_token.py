"""``client.api_token`` and the resources under it.

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
    from ..models.new_token import NewToken
    from ..models.token import Token

    pass


class ApiTokenResource(APIResource):
    """``client.api_token``."""

    @cached_property
    def with_raw_response(self) -> ApiTokenResourceWithRawResponse:
        """These methods returning the answer as it came (status, headers), parsed by ``.parse()``."""
        return ApiTokenResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ApiTokenResourceWithStreamingResponse:
        """These methods as context managers of the answer, its body read as you ask (``iter_lines()``, ``parse()``)."""
        return ApiTokenResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> Token:
        """Create an API Token

        Create a new api token.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``Token``, from ``POST /auth/api-token``.

        Raises:
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.create_api_token import _SECURITY, _get_kwargs, _parse_response

        result = self._client._call(
            _get_kwargs(),
            _SECURITY,
            _parse_response,
            ((201, 201),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("Token", result)

    def delete(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> None:
        """Delete an API Token

        Delete an API Token.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``None``, from ``DELETE /auth/api-token``.

        Raises:
            AuthenticationError: 401.
            InternalServerError: 500.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.delete_api_token import _SECURITY, _get_kwargs, _parse_response

        self._client._call(
            _get_kwargs(),
            _SECURITY,
            _parse_response,
            ((204, 204),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    def retrieve(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> NewToken:
        """Get your API Token ID

        Retrieve an API Token Name.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``NewToken``, from ``GET /auth/api-token``.

        Raises:
            AuthenticationError: 401.
            InternalServerError: 500.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.get_api_token import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("NewToken", result)

    def update(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> Token:
        """Rotate an API token secret

        Rotate a token's secret.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``Token``, from ``PUT /auth/api-token``.

        Raises:
            AuthenticationError: 401.
            InternalServerError: 500.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.rotate_api_token_secret import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("Token", result)


class ApiTokenResourceWithRawResponse:
    """``client.api_token.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ApiTokenResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class ApiTokenResourceWithStreamingResponse:
    """``client.api_token.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, resource: ApiTokenResource) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.delete = to_streamed_response(resource.delete)
        self.retrieve = to_streamed_response(resource.retrieve)
        self.update = to_streamed_response(resource.update)


class AsyncApiTokenResource(APIResource):
    """``client.api_token``, awaitable."""

    @cached_property
    def with_raw_response(self) -> AsyncApiTokenResourceWithRawResponse:
        """These methods returning the answer as it came (status, headers), parsed by ``.parse()``."""
        return AsyncApiTokenResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncApiTokenResourceWithStreamingResponse:
        """These methods as context managers of the answer, its body read as you ask (``iter_lines()``, ``parse()``)."""
        return AsyncApiTokenResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> Token:
        """Create an API Token

        Create a new api token.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``Token``, from ``POST /auth/api-token``.

        Raises:
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.create_api_token import _SECURITY, _get_kwargs, _parse_response

        result = await self._client._call_async(
            _get_kwargs(),
            _SECURITY,
            _parse_response,
            ((201, 201),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("Token", result)

    async def delete(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> None:
        """Delete an API Token

        Delete an API Token.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``None``, from ``DELETE /auth/api-token``.

        Raises:
            AuthenticationError: 401.
            InternalServerError: 500.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.delete_api_token import _SECURITY, _get_kwargs, _parse_response

        await self._client._call_async(
            _get_kwargs(),
            _SECURITY,
            _parse_response,
            ((204, 204),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    async def retrieve(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> NewToken:
        """Get your API Token ID

        Retrieve an API Token Name.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``NewToken``, from ``GET /auth/api-token``.

        Raises:
            AuthenticationError: 401.
            InternalServerError: 500.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.get_api_token import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("NewToken", result)

    async def update(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> Token:
        """Rotate an API token secret

        Rotate a token's secret.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``Token``, from ``PUT /auth/api-token``.

        Raises:
            AuthenticationError: 401.
            InternalServerError: 500.
            NotFoundError: 404.
            PermissionDeniedError: 403.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.rotate_api_token_secret import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("Token", result)


class AsyncApiTokenResourceWithRawResponse:
    """``client.api_token.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncApiTokenResource) -> None:
        self._resource = resource
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncApiTokenResourceWithStreamingResponse:
    """``client.api_token.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, resource: AsyncApiTokenResource) -> None:
        self._resource = resource
        self.create = to_async_streamed_response(resource.create)
        self.delete = to_async_streamed_response(resource.delete)
        self.retrieve = to_async_streamed_response(resource.retrieve)
        self.update = to_async_streamed_response(resource.update)
