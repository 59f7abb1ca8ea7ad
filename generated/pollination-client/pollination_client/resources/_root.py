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
    from ..models.auth_0_token_response import Auth0TokenResponse
    from ..models.token import Token

    pass


class ClientMethods(BaseClient):
    """The operations of ``Client`` itself."""

    __slots__ = ()

    @overload
    def login(
        self,
        *,
        id: str,
        secret: str | Unset = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> Auth0TokenResponse: ...

    @overload
    def login(
        self,
        *,
        body: Token,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> Auth0TokenResponse: ...

    def login(
        self,
        *,
        body: Any = UNSET,
        id: Any = UNSET,
        secret: Any = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> Auth0TokenResponse:
        """Login with API Token

        Login user with token data

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``Auth0TokenResponse``, from ``POST /auth/login``.

        Raises:
            UnprocessableEntityError: 422.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.login import _SECURITY, _get_kwargs, _parse_response
        from ..models.token import Token

        if isinstance(body, Unset):
            given = {
                "id": id,
                "secret": secret,
            }
            body = Token(**{key: value for key, value in given.items() if not isinstance(value, Unset)})
        result = self._call(
            _get_kwargs(
                body=body,
            ),
            _SECURITY,
            _parse_response,
            ((202, 202),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("Auth0TokenResponse", result)


class AsyncClientMethods(BaseClient):
    """The operations of ``AsyncClient`` itself, awaitable."""

    __slots__ = ()

    @overload
    async def login(
        self,
        *,
        id: str,
        secret: str | Unset = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> Auth0TokenResponse: ...

    @overload
    async def login(
        self,
        *,
        body: Token,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> Auth0TokenResponse: ...

    async def login(
        self,
        *,
        body: Any = UNSET,
        id: Any = UNSET,
        secret: Any = UNSET,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> Auth0TokenResponse:
        """Login with API Token

        Login user with token data

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``Auth0TokenResponse``, from ``POST /auth/login``.

        Raises:
            UnprocessableEntityError: 422.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.login import _SECURITY, _get_kwargs, _parse_response
        from ..models.token import Token

        if isinstance(body, Unset):
            given = {
                "id": id,
                "secret": secret,
            }
            body = Token(**{key: value for key, value in given.items() if not isinstance(value, Unset)})
        result = await self._call_async(
            _get_kwargs(
                body=body,
            ),
            _SECURITY,
            _parse_response,
            ((202, 202),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("Auth0TokenResponse", result)
