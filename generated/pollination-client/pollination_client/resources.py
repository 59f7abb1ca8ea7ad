"""Operations grouped by the spec's tags, as ``client.<tag>.<operation>(...)``.

Each method takes the parameters of ``api.<tag>.<operation>`` (path parameters positional,
the rest keyword), returns the success response's model, and raises this package's
``errors``: ``APIStatusError`` subclasses for error statuses, ``APIConnectionError`` when no
answer came, ``APIResponseValidationError`` for a body that does not match the spec.
"""

from __future__ import annotations

from typing import cast as _cast

from ._base_client import BaseClient
from .api.authentication import create_api_token as _authentication__create_api_token
from .api.authentication import delete_api_token as _authentication__delete_api_token
from .api.authentication import get_api_token as _authentication__get_api_token
from .api.authentication import login as _authentication__login
from .api.authentication import rotate_api_token_secret as _authentication__rotate_api_token_secret
from .models.auth_0_token_response import Auth0TokenResponse
from .models.new_token import NewToken
from .models.token import Token


class _Resource:
    """A tag's operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client


class AuthenticationResource(_Resource):
    """Operations of ``api.authentication``."""

    def create_api_token(
        self,
    ) -> Token:
        """Create an API Token

        Sends ``POST /auth/api-token``; see ``api.authentication.create_api_token``.
        """
        return _cast(
            Token,
            self._client._result(
                self._client._send(
                    _authentication__create_api_token._get_kwargs(), _authentication__create_api_token._SECURITY
                ),
                _authentication__create_api_token._parse_response,
                ((201, 201),),
            ),
        )

    def delete_api_token(
        self,
    ) -> None:
        """Delete an API Token

        Sends ``DELETE /auth/api-token``; see ``api.authentication.delete_api_token``.
        """
        self._client._result(
            self._client._send(
                _authentication__delete_api_token._get_kwargs(), _authentication__delete_api_token._SECURITY
            ),
            _authentication__delete_api_token._parse_response,
            ((204, 204),),
        )

    def get_api_token(
        self,
    ) -> NewToken:
        """Get your API Token ID

        Sends ``GET /auth/api-token``; see ``api.authentication.get_api_token``.
        """
        return _cast(
            NewToken,
            self._client._result(
                self._client._send(
                    _authentication__get_api_token._get_kwargs(), _authentication__get_api_token._SECURITY
                ),
                _authentication__get_api_token._parse_response,
                ((200, 200),),
            ),
        )

    def login(
        self,
        *,
        body: Token,
    ) -> Auth0TokenResponse:
        """Login with API Token

        Sends ``POST /auth/login``; see ``api.authentication.login``.
        """
        return _cast(
            Auth0TokenResponse,
            self._client._result(
                self._client._send(
                    _authentication__login._get_kwargs(
                        body=body,
                    ),
                    _authentication__login._SECURITY,
                ),
                _authentication__login._parse_response,
                ((202, 202),),
            ),
        )

    def rotate_api_token_secret(
        self,
    ) -> Token:
        """Rotate an API token secret

        Sends ``PUT /auth/api-token``; see ``api.authentication.rotate_api_token_secret``.
        """
        return _cast(
            Token,
            self._client._result(
                self._client._send(
                    _authentication__rotate_api_token_secret._get_kwargs(),
                    _authentication__rotate_api_token_secret._SECURITY,
                ),
                _authentication__rotate_api_token_secret._parse_response,
                ((200, 200),),
            ),
        )


class AsyncAuthenticationResource(_Resource):
    """Operations of ``api.authentication``, awaitable."""

    async def create_api_token(
        self,
    ) -> Token:
        """Create an API Token

        Sends ``POST /auth/api-token``; see ``api.authentication.create_api_token``.
        """
        return _cast(
            Token,
            self._client._result(
                await self._client._send_async(
                    _authentication__create_api_token._get_kwargs(), _authentication__create_api_token._SECURITY
                ),
                _authentication__create_api_token._parse_response,
                ((201, 201),),
            ),
        )

    async def delete_api_token(
        self,
    ) -> None:
        """Delete an API Token

        Sends ``DELETE /auth/api-token``; see ``api.authentication.delete_api_token``.
        """
        self._client._result(
            await self._client._send_async(
                _authentication__delete_api_token._get_kwargs(), _authentication__delete_api_token._SECURITY
            ),
            _authentication__delete_api_token._parse_response,
            ((204, 204),),
        )

    async def get_api_token(
        self,
    ) -> NewToken:
        """Get your API Token ID

        Sends ``GET /auth/api-token``; see ``api.authentication.get_api_token``.
        """
        return _cast(
            NewToken,
            self._client._result(
                await self._client._send_async(
                    _authentication__get_api_token._get_kwargs(), _authentication__get_api_token._SECURITY
                ),
                _authentication__get_api_token._parse_response,
                ((200, 200),),
            ),
        )

    async def login(
        self,
        *,
        body: Token,
    ) -> Auth0TokenResponse:
        """Login with API Token

        Sends ``POST /auth/login``; see ``api.authentication.login``.
        """
        return _cast(
            Auth0TokenResponse,
            self._client._result(
                await self._client._send_async(
                    _authentication__login._get_kwargs(
                        body=body,
                    ),
                    _authentication__login._SECURITY,
                ),
                _authentication__login._parse_response,
                ((202, 202),),
            ),
        )

    async def rotate_api_token_secret(
        self,
    ) -> Token:
        """Rotate an API token secret

        Sends ``PUT /auth/api-token``; see ``api.authentication.rotate_api_token_secret``.
        """
        return _cast(
            Token,
            self._client._result(
                await self._client._send_async(
                    _authentication__rotate_api_token_secret._get_kwargs(),
                    _authentication__rotate_api_token_secret._SECURITY,
                ),
                _authentication__rotate_api_token_secret._parse_response,
                ((200, 200),),
            ),
        )
