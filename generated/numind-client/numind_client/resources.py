"""Operations grouped by the spec's tags, as ``client.<tag>.<operation>(...)``.

Each method takes the parameters of ``api.<tag>.<operation>`` (path parameters positional,
the rest keyword), returns the success response's model, and raises this package's
``errors``: ``APIStatusError`` subclasses for error statuses, ``APIConnectionError`` when no
answer came, ``APIResponseValidationError`` for a body that does not match the spec.
"""

from __future__ import annotations

from typing import cast as _cast

from ._base_client import BaseClient
from .api.authentication import delete_api_auth_api_keys_apikeyid as _authentication__delete_api_auth_api_keys_apikeyid
from .api.authentication import get_api_auth as _authentication__get_api_auth
from .api.authentication import get_api_auth_api_keys as _authentication__get_api_auth_api_keys
from .api.authentication import get_api_auth_me as _authentication__get_api_auth_me
from .api.authentication import post_api_auth_api_keys as _authentication__post_api_auth_api_keys
from .api.authentication import post_api_auth_logout as _authentication__post_api_auth_logout
from .api.authentication import post_api_auth_token as _authentication__post_api_auth_token
from .api.authentication import put_api_auth_api_keys_apikeyid as _authentication__put_api_auth_api_keys_apikeyid
from .models.api_key_response import ApiKeyResponse
from .models.create_api_key import CreateApiKey
from .models.post_api_auth_logout_response_200 import PostApiAuthLogoutResponse200
from .models.token_code_request import TokenCodeRequest
from .models.token_refresh_request import TokenRefreshRequest
from .models.token_response import TokenResponse
from .models.update_api_key import UpdateApiKey
from .models.user import User


class _Resource:
    """A tag's operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client


class AuthenticationResource(_Resource):
    """Operations of ``api.authentication``."""

    def delete_api_auth_api_keys_apikeyid(
        self,
        api_key_id: str,
    ) -> None:
        """Delete an API key

        Sends ``DELETE /api/auth/api-keys/{api_key_id}``; see ``api.authentication.delete_api_auth_api_keys_apikeyid``.
        """
        self._client._result(
            self._client._send(
                _authentication__delete_api_auth_api_keys_apikeyid._get_kwargs(
                    api_key_id=api_key_id,
                ),
                _authentication__delete_api_auth_api_keys_apikeyid._SECURITY,
            ),
            _authentication__delete_api_auth_api_keys_apikeyid._parse_response,
            ((200, 200),),
        )

    def get_api_auth(
        self,
        *,
        redirect_uri: str,
    ) -> str:
        """Get the login URL

        Sends ``GET /api/auth``; see ``api.authentication.get_api_auth``.
        """
        return _cast(
            str,
            self._client._result(
                self._client._send(
                    _authentication__get_api_auth._get_kwargs(
                        redirect_uri=redirect_uri,
                    ),
                    _authentication__get_api_auth._SECURITY,
                ),
                _authentication__get_api_auth._parse_response,
                ((200, 200),),
            ),
        )

    def get_api_auth_api_keys(
        self,
    ) -> list[ApiKeyResponse]:
        """List your API keys

        Sends ``GET /api/auth/api-keys``; see ``api.authentication.get_api_auth_api_keys``.
        """
        return _cast(
            list[ApiKeyResponse],
            self._client._result(
                self._client._send(
                    _authentication__get_api_auth_api_keys._get_kwargs(),
                    _authentication__get_api_auth_api_keys._SECURITY,
                ),
                _authentication__get_api_auth_api_keys._parse_response,
                ((200, 200),),
            ),
        )

    def get_api_auth_me(
        self,
    ) -> User:
        """Get the current user

        Sends ``GET /api/auth/me``; see ``api.authentication.get_api_auth_me``.
        """
        return _cast(
            User,
            self._client._result(
                self._client._send(
                    _authentication__get_api_auth_me._get_kwargs(), _authentication__get_api_auth_me._SECURITY
                ),
                _authentication__get_api_auth_me._parse_response,
                ((200, 200),),
            ),
        )

    def post_api_auth_api_keys(
        self,
        *,
        body: CreateApiKey,
    ) -> ApiKeyResponse:
        """Create an API key

        Sends ``POST /api/auth/api-keys``; see ``api.authentication.post_api_auth_api_keys``.
        """
        return _cast(
            ApiKeyResponse,
            self._client._result(
                self._client._send(
                    _authentication__post_api_auth_api_keys._get_kwargs(
                        body=body,
                    ),
                    _authentication__post_api_auth_api_keys._SECURITY,
                ),
                _authentication__post_api_auth_api_keys._parse_response,
                ((200, 200),),
            ),
        )

    def post_api_auth_logout(
        self,
        *,
        body: str,
    ) -> PostApiAuthLogoutResponse200:
        """Log out

        Sends ``POST /api/auth/logout``; see ``api.authentication.post_api_auth_logout``.
        """
        return _cast(
            PostApiAuthLogoutResponse200,
            self._client._result(
                self._client._send(
                    _authentication__post_api_auth_logout._get_kwargs(
                        body=body,
                    ),
                    _authentication__post_api_auth_logout._SECURITY,
                ),
                _authentication__post_api_auth_logout._parse_response,
                ((200, 200),),
            ),
        )

    def post_api_auth_token(
        self,
        *,
        body: TokenCodeRequest | TokenRefreshRequest,
    ) -> TokenResponse:
        """Exchange an authorization code or a refresh token for tokens

        Sends ``POST /api/auth/token``; see ``api.authentication.post_api_auth_token``.
        """
        return _cast(
            TokenResponse,
            self._client._result(
                self._client._send(
                    _authentication__post_api_auth_token._get_kwargs(
                        body=body,
                    ),
                    _authentication__post_api_auth_token._SECURITY,
                ),
                _authentication__post_api_auth_token._parse_response,
                ((200, 200),),
            ),
        )

    def put_api_auth_api_keys_apikeyid(
        self,
        api_key_id: str,
        *,
        body: UpdateApiKey,
    ) -> ApiKeyResponse:
        """Update an API key

        Sends ``PUT /api/auth/api-keys/{api_key_id}``; see ``api.authentication.put_api_auth_api_keys_apikeyid``.
        """
        return _cast(
            ApiKeyResponse,
            self._client._result(
                self._client._send(
                    _authentication__put_api_auth_api_keys_apikeyid._get_kwargs(
                        api_key_id=api_key_id,
                        body=body,
                    ),
                    _authentication__put_api_auth_api_keys_apikeyid._SECURITY,
                ),
                _authentication__put_api_auth_api_keys_apikeyid._parse_response,
                ((200, 200),),
            ),
        )


class AsyncAuthenticationResource(_Resource):
    """Operations of ``api.authentication``, awaitable."""

    async def delete_api_auth_api_keys_apikeyid(
        self,
        api_key_id: str,
    ) -> None:
        """Delete an API key

        Sends ``DELETE /api/auth/api-keys/{api_key_id}``; see ``api.authentication.delete_api_auth_api_keys_apikeyid``.
        """
        self._client._result(
            await self._client._send_async(
                _authentication__delete_api_auth_api_keys_apikeyid._get_kwargs(
                    api_key_id=api_key_id,
                ),
                _authentication__delete_api_auth_api_keys_apikeyid._SECURITY,
            ),
            _authentication__delete_api_auth_api_keys_apikeyid._parse_response,
            ((200, 200),),
        )

    async def get_api_auth(
        self,
        *,
        redirect_uri: str,
    ) -> str:
        """Get the login URL

        Sends ``GET /api/auth``; see ``api.authentication.get_api_auth``.
        """
        return _cast(
            str,
            self._client._result(
                await self._client._send_async(
                    _authentication__get_api_auth._get_kwargs(
                        redirect_uri=redirect_uri,
                    ),
                    _authentication__get_api_auth._SECURITY,
                ),
                _authentication__get_api_auth._parse_response,
                ((200, 200),),
            ),
        )

    async def get_api_auth_api_keys(
        self,
    ) -> list[ApiKeyResponse]:
        """List your API keys

        Sends ``GET /api/auth/api-keys``; see ``api.authentication.get_api_auth_api_keys``.
        """
        return _cast(
            list[ApiKeyResponse],
            self._client._result(
                await self._client._send_async(
                    _authentication__get_api_auth_api_keys._get_kwargs(),
                    _authentication__get_api_auth_api_keys._SECURITY,
                ),
                _authentication__get_api_auth_api_keys._parse_response,
                ((200, 200),),
            ),
        )

    async def get_api_auth_me(
        self,
    ) -> User:
        """Get the current user

        Sends ``GET /api/auth/me``; see ``api.authentication.get_api_auth_me``.
        """
        return _cast(
            User,
            self._client._result(
                await self._client._send_async(
                    _authentication__get_api_auth_me._get_kwargs(), _authentication__get_api_auth_me._SECURITY
                ),
                _authentication__get_api_auth_me._parse_response,
                ((200, 200),),
            ),
        )

    async def post_api_auth_api_keys(
        self,
        *,
        body: CreateApiKey,
    ) -> ApiKeyResponse:
        """Create an API key

        Sends ``POST /api/auth/api-keys``; see ``api.authentication.post_api_auth_api_keys``.
        """
        return _cast(
            ApiKeyResponse,
            self._client._result(
                await self._client._send_async(
                    _authentication__post_api_auth_api_keys._get_kwargs(
                        body=body,
                    ),
                    _authentication__post_api_auth_api_keys._SECURITY,
                ),
                _authentication__post_api_auth_api_keys._parse_response,
                ((200, 200),),
            ),
        )

    async def post_api_auth_logout(
        self,
        *,
        body: str,
    ) -> PostApiAuthLogoutResponse200:
        """Log out

        Sends ``POST /api/auth/logout``; see ``api.authentication.post_api_auth_logout``.
        """
        return _cast(
            PostApiAuthLogoutResponse200,
            self._client._result(
                await self._client._send_async(
                    _authentication__post_api_auth_logout._get_kwargs(
                        body=body,
                    ),
                    _authentication__post_api_auth_logout._SECURITY,
                ),
                _authentication__post_api_auth_logout._parse_response,
                ((200, 200),),
            ),
        )

    async def post_api_auth_token(
        self,
        *,
        body: TokenCodeRequest | TokenRefreshRequest,
    ) -> TokenResponse:
        """Exchange an authorization code or a refresh token for tokens

        Sends ``POST /api/auth/token``; see ``api.authentication.post_api_auth_token``.
        """
        return _cast(
            TokenResponse,
            self._client._result(
                await self._client._send_async(
                    _authentication__post_api_auth_token._get_kwargs(
                        body=body,
                    ),
                    _authentication__post_api_auth_token._SECURITY,
                ),
                _authentication__post_api_auth_token._parse_response,
                ((200, 200),),
            ),
        )

    async def put_api_auth_api_keys_apikeyid(
        self,
        api_key_id: str,
        *,
        body: UpdateApiKey,
    ) -> ApiKeyResponse:
        """Update an API key

        Sends ``PUT /api/auth/api-keys/{api_key_id}``; see ``api.authentication.put_api_auth_api_keys_apikeyid``.
        """
        return _cast(
            ApiKeyResponse,
            self._client._result(
                await self._client._send_async(
                    _authentication__put_api_auth_api_keys_apikeyid._get_kwargs(
                        api_key_id=api_key_id,
                        body=body,
                    ),
                    _authentication__put_api_auth_api_keys_apikeyid._SECURITY,
                ),
                _authentication__put_api_auth_api_keys_apikeyid._parse_response,
                ((200, 200),),
            ),
        )
