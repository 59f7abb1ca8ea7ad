"""Operations of the client itself.

Methods take path parameters positionally and everything else as keywords (an object body's
properties too, or the whole body as ``body=``), plus ``extra_headers``, ``extra_query``,
``extra_body`` and ``timeout``; they return the success response's model and raise this
package's ``errors``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload
from typing import cast as _cast

from .._base_client import (
    NOT_GIVEN,
    BaseClient,
)
from .._base_client import Body as _Body
from .._base_client import Headers as _Headers
from .._base_client import Query as _Query
from .._base_client import Timeout as _Timeout
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.developer_sign_in_request import DeveloperSignInRequest
    from ..models.developer_sign_in_response import DeveloperSignInResponse

    pass


class ClientMethods(BaseClient):
    """The operations of ``Client`` itself."""

    __slots__ = ()

    @overload
    def sign_in(
        self,
        *,
        api_key: str,
        api_secret: str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> DeveloperSignInResponse: ...

    @overload
    def sign_in(
        self,
        *,
        body: DeveloperSignInRequest | Unset = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> DeveloperSignInResponse: ...

    def sign_in(
        self,
        *,
        body: Any = UNSET,
        api_key: Any = UNSET,
        api_secret: Any = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> DeveloperSignInResponse:
        """Sign-in with API Key & API Secret

        With this endpoint you can obtain Access Token required to access secured endpoints. To do
        so, you have to provide API Key & API Secret. They can be generated on [Profile
        website](https://profile.timeular.com/#/app/) or, if you have Access Token already, with
        `POST` request to `/developer/api-access`.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``DeveloperSignInResponse``, from ``POST /developer/sign-in``.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.developer_sign_in import _SECURITY, _get_kwargs, _parse_response
        from ..models.developer_sign_in_request import DeveloperSignInRequest

        if isinstance(body, Unset) and any(
            not isinstance(value, Unset)
            for value in (
                api_key,
                api_secret,
            )
        ):
            given = {
                "api_key": api_key,
                "api_secret": api_secret,
            }
            body = DeveloperSignInRequest(
                **{key: value for key, value in given.items() if not isinstance(value, Unset)}
            )
        result = self._call(
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
        return _cast("DeveloperSignInResponse", result)


class AsyncClientMethods(BaseClient):
    """The operations of ``AsyncClient`` itself, awaitable."""

    __slots__ = ()

    @overload
    async def sign_in(
        self,
        *,
        api_key: str,
        api_secret: str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> DeveloperSignInResponse: ...

    @overload
    async def sign_in(
        self,
        *,
        body: DeveloperSignInRequest | Unset = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> DeveloperSignInResponse: ...

    async def sign_in(
        self,
        *,
        body: Any = UNSET,
        api_key: Any = UNSET,
        api_secret: Any = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> DeveloperSignInResponse:
        """Sign-in with API Key & API Secret

        With this endpoint you can obtain Access Token required to access secured endpoints. To do
        so, you have to provide API Key & API Secret. They can be generated on [Profile
        website](https://profile.timeular.com/#/app/) or, if you have Access Token already, with
        `POST` request to `/developer/api-access`.

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``DeveloperSignInResponse``, from ``POST /developer/sign-in``.

        Raises:
            AuthenticationError: 401.
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.developer_sign_in import _SECURITY, _get_kwargs, _parse_response
        from ..models.developer_sign_in_request import DeveloperSignInRequest

        if isinstance(body, Unset) and any(
            not isinstance(value, Unset)
            for value in (
                api_key,
                api_secret,
            )
        ):
            given = {
                "api_key": api_key,
                "api_secret": api_secret,
            }
            body = DeveloperSignInRequest(
                **{key: value for key, value in given.items() if not isinstance(value, Unset)}
            )
        result = await self._call_async(
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
        return _cast("DeveloperSignInResponse", result)
