"""Operations of the client itself.

Methods take path parameters positionally and everything else as keywords (an object body's
properties too, or the whole body as ``body=``), plus ``extra_headers``, ``extra_query``,
``extra_body`` and ``timeout``; they return the success response's model and raise this
package's ``errors``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import cast as _cast

from .._base_client import (
    NOT_GIVEN,
    BaseClient,
)
from .._base_client import Body as _Body
from .._base_client import Headers as _Headers
from .._base_client import Query as _Query
from .._base_client import Timeout as _Timeout

if TYPE_CHECKING:
    from ..models.post_api_auth_logout_response_200 import PostApiAuthLogoutResponse200
    from ..models.token_code_request import TokenCodeRequest
    from ..models.token_refresh_request import TokenRefreshRequest
    from ..models.token_response import TokenResponse

    pass


class ClientMethods(BaseClient):
    """The operations of ``Client`` itself."""

    __slots__ = ()

    def get_api_auth(
        self,
        *,
        redirect_uri: str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> str:
        """Get the login URL

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``str``, from ``GET /api/auth``.

        Raises:
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.get_api_auth import _SECURITY, _get_kwargs, _parse_response

        result = self._call(
            _get_kwargs(
                redirect_uri=redirect_uri,
            ),
            _SECURITY,
            _parse_response,
            ((200, 200),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("str", result)

    def logout(
        self,
        *,
        body: str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> PostApiAuthLogoutResponse200:
        """Log out

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``PostApiAuthLogoutResponse200``, from ``POST /api/auth/logout``.

        Raises:
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.post_api_auth_logout import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("PostApiAuthLogoutResponse200", result)

    def token(
        self,
        *,
        body: TokenCodeRequest | TokenRefreshRequest,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> TokenResponse:
        """Exchange an authorization code or a refresh token for tokens

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``TokenResponse``, from ``POST /api/auth/token``.

        Raises:
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.post_api_auth_token import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("TokenResponse", result)


class AsyncClientMethods(BaseClient):
    """The operations of ``AsyncClient`` itself, awaitable."""

    __slots__ = ()

    async def get_api_auth(
        self,
        *,
        redirect_uri: str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> str:
        """Get the login URL

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``str``, from ``GET /api/auth``.

        Raises:
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.get_api_auth import _SECURITY, _get_kwargs, _parse_response

        result = await self._call_async(
            _get_kwargs(
                redirect_uri=redirect_uri,
            ),
            _SECURITY,
            _parse_response,
            ((200, 200),),
            extra_headers,
            extra_query,
            extra_body,
            timeout,
        )
        return _cast("str", result)

    async def logout(
        self,
        *,
        body: str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> PostApiAuthLogoutResponse200:
        """Log out

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``PostApiAuthLogoutResponse200``, from ``POST /api/auth/logout``.

        Raises:
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.post_api_auth_logout import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("PostApiAuthLogoutResponse200", result)

    async def token(
        self,
        *,
        body: TokenCodeRequest | TokenRefreshRequest,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout = NOT_GIVEN,
    ) -> TokenResponse:
        """Exchange an authorization code or a refresh token for tokens

        Args:
            extra_headers, extra_query, extra_body: sent with this request only.
            timeout: this request's timeout, over the client's.

        Returns:
            ``TokenResponse``, from ``POST /api/auth/token``.

        Raises:
            BadRequestError: 400.
            APIStatusError: any other error status.
            APIConnectionError: no answer.
        """
        from ..api.authentication.post_api_auth_token import _SECURITY, _get_kwargs, _parse_response

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
        return _cast("TokenResponse", result)
