"""``client.api_keys`` and the resources under it.

Methods take path parameters positionally and everything else as keywords (an object body's
properties too, or the whole body as ``body=``), plus ``extra_headers``, ``extra_query``,
``extra_body`` and ``timeout``; they return the success response's model and raise this
package's ``errors``.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any, overload
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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key_response import ApiKeyResponse
    from ..models.create_api_key import CreateApiKey
    from ..models.update_api_key import UpdateApiKey

    pass


class ApiKeysResource(APIResource):
    """``client.api_keys``."""

    @cached_property
    def with_raw_response(self) -> ApiKeysResourceWithRawResponse:
        """These methods returning the answer as it came (status, headers), parsed by ``.parse()``."""
        return ApiKeysResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ApiKeysResourceWithStreamingResponse:
        """These methods as context managers of the answer, its body read as you ask (``iter_lines()``, ``parse()``)."""
        return ApiKeysResourceWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        name: str,
        maybe_orga: str | Unset = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> ApiKeyResponse: ...

    @overload
    def create(
        self,
        *,
        body: CreateApiKey,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> ApiKeyResponse: ...

    def create(
        self,
        *,
        body: Any = UNSET,
        name: Any = UNSET,
        maybe_orga: Any = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> ApiKeyResponse:
        """Create an API key

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``ApiKeyResponse``, from ``POST /api/auth/api-keys``.

        Raises:
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.post_api_auth_api_keys import _SECURITY, _get_kwargs, _parse_response
        from ..models.create_api_key import CreateApiKey

        if isinstance(body, Unset):
            given = {
                "name": name,
                "maybe_orga": maybe_orga,
            }
            body = CreateApiKey(**{key: value for key, value in given.items() if not isinstance(value, Unset)})
        result = self._client._call(
            _get_kwargs(
                body=body,
            ),
            _SECURITY,
            _parse_response,
            ((200, 200),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("ApiKeyResponse", result)

    def delete(
        self,
        api_key_id: str,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> None:
        """Delete an API key

        Args:
            api_key_id: Unique api key identifier.
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``None``, from ``DELETE /api/auth/api-keys/{api_key_id}``.

        Raises:
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.delete_api_auth_api_keys_apikeyid import _SECURITY, _get_kwargs, _parse_response

        self._client._call(
            _get_kwargs(
                api_key_id=api_key_id,
            ),
            _SECURITY,
            _parse_response,
            ((200, 200),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    def list(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> builtins.list[ApiKeyResponse]:
        """List your API keys

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``list[ApiKeyResponse]``, from ``GET /api/auth/api-keys``.

        Raises:
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.get_api_auth_api_keys import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("builtins.list[ApiKeyResponse]", result)

    @overload
    def update(
        self,
        api_key_id: str,
        *,
        name: str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> ApiKeyResponse: ...

    @overload
    def update(
        self,
        api_key_id: str,
        *,
        body: UpdateApiKey,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> ApiKeyResponse: ...

    def update(
        self,
        api_key_id: str,
        *,
        body: Any = UNSET,
        name: Any = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> ApiKeyResponse:
        """Update an API key

        Args:
            api_key_id: Unique api key identifier.
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``ApiKeyResponse``, from ``PUT /api/auth/api-keys/{api_key_id}``.

        Raises:
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.put_api_auth_api_keys_apikeyid import _SECURITY, _get_kwargs, _parse_response
        from ..models.update_api_key import UpdateApiKey

        if isinstance(body, Unset):
            given = {
                "name": name,
            }
            body = UpdateApiKey(**{key: value for key, value in given.items() if not isinstance(value, Unset)})
        result = self._client._call(
            _get_kwargs(
                api_key_id=api_key_id,
                body=body,
            ),
            _SECURITY,
            _parse_response,
            ((200, 200),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("ApiKeyResponse", result)


class ApiKeysResourceWithRawResponse:
    """``client.api_keys.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ApiKeysResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.update = to_raw_response(resource.update)


class ApiKeysResourceWithStreamingResponse:
    """``client.api_keys.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, resource: ApiKeysResource) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.delete = to_streamed_response(resource.delete)
        self.list = to_streamed_response(resource.list)
        self.update = to_streamed_response(resource.update)


class AsyncApiKeysResource(APIResource):
    """``client.api_keys``, awaitable."""

    @cached_property
    def with_raw_response(self) -> AsyncApiKeysResourceWithRawResponse:
        """These methods returning the answer as it came (status, headers), parsed by ``.parse()``."""
        return AsyncApiKeysResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncApiKeysResourceWithStreamingResponse:
        """These methods as context managers of the answer, its body read as you ask (``iter_lines()``, ``parse()``)."""
        return AsyncApiKeysResourceWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        name: str,
        maybe_orga: str | Unset = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> ApiKeyResponse: ...

    @overload
    async def create(
        self,
        *,
        body: CreateApiKey,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> ApiKeyResponse: ...

    async def create(
        self,
        *,
        body: Any = UNSET,
        name: Any = UNSET,
        maybe_orga: Any = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> ApiKeyResponse:
        """Create an API key

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``ApiKeyResponse``, from ``POST /api/auth/api-keys``.

        Raises:
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.post_api_auth_api_keys import _SECURITY, _get_kwargs, _parse_response
        from ..models.create_api_key import CreateApiKey

        if isinstance(body, Unset):
            given = {
                "name": name,
                "maybe_orga": maybe_orga,
            }
            body = CreateApiKey(**{key: value for key, value in given.items() if not isinstance(value, Unset)})
        result = await self._client._call_async(
            _get_kwargs(
                body=body,
            ),
            _SECURITY,
            _parse_response,
            ((200, 200),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("ApiKeyResponse", result)

    async def delete(
        self,
        api_key_id: str,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> None:
        """Delete an API key

        Args:
            api_key_id: Unique api key identifier.
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``None``, from ``DELETE /api/auth/api-keys/{api_key_id}``.

        Raises:
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.delete_api_auth_api_keys_apikeyid import _SECURITY, _get_kwargs, _parse_response

        await self._client._call_async(
            _get_kwargs(
                api_key_id=api_key_id,
            ),
            _SECURITY,
            _parse_response,
            ((200, 200),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )

    async def list(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> builtins.list[ApiKeyResponse]:
        """List your API keys

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``list[ApiKeyResponse]``, from ``GET /api/auth/api-keys``.

        Raises:
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.get_api_auth_api_keys import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("builtins.list[ApiKeyResponse]", result)

    @overload
    async def update(
        self,
        api_key_id: str,
        *,
        name: str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> ApiKeyResponse: ...

    @overload
    async def update(
        self,
        api_key_id: str,
        *,
        body: UpdateApiKey,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> ApiKeyResponse: ...

    async def update(
        self,
        api_key_id: str,
        *,
        body: Any = UNSET,
        name: Any = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> ApiKeyResponse:
        """Update an API key

        Args:
            api_key_id: Unique api key identifier.
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``ApiKeyResponse``, from ``PUT /api/auth/api-keys/{api_key_id}``.

        Raises:
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.put_api_auth_api_keys_apikeyid import _SECURITY, _get_kwargs, _parse_response
        from ..models.update_api_key import UpdateApiKey

        if isinstance(body, Unset):
            given = {
                "name": name,
            }
            body = UpdateApiKey(**{key: value for key, value in given.items() if not isinstance(value, Unset)})
        result = await self._client._call_async(
            _get_kwargs(
                api_key_id=api_key_id,
                body=body,
            ),
            _SECURITY,
            _parse_response,
            ((200, 200),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("ApiKeyResponse", result)


class AsyncApiKeysResourceWithRawResponse:
    """``client.api_keys.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncApiKeysResource) -> None:
        self._resource = resource
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.update = to_async_raw_response(resource.update)


class AsyncApiKeysResourceWithStreamingResponse:
    """``client.api_keys.with_streaming_response``: each method gives a ``StreamedResponse`` in a ``with`` block."""

    def __init__(self, resource: AsyncApiKeysResource) -> None:
        self._resource = resource
        self.create = to_async_streamed_response(resource.create)
        self.delete = to_async_streamed_response(resource.delete)
        self.list = to_async_streamed_response(resource.list)
        self.update = to_async_streamed_response(resource.update)
