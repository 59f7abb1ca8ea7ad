"""Operations grouped by the spec's tags, as ``client.<tag>.<operation>(...)``.

Each method takes the parameters of ``api.<tag>.<operation>`` (path parameters positional,
the rest keyword), returns the success response's model, and raises this package's
``errors``: ``APIStatusError`` subclasses for error statuses, ``APIConnectionError`` when no
answer came, ``APIResponseValidationError`` for a body that does not match the spec.
"""

from __future__ import annotations

from typing import cast as _cast

from ._base_client import BaseClient
from .api.authentication_management import api_key_get as _authentication_management__api_key_get
from .api.authentication_management import token_get as _authentication_management__token_get
from .models.token_response_model import TokenResponseModel
from .types import Unset


class _Resource:
    """A tag's operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client


class AuthenticationManagementResource(_Resource):
    """Operations of ``api.authentication_management``."""

    def api_key_get(
        self,
    ) -> TokenResponseModel:
        """Create an API key for permanent authentication.

        Sends ``GET /api_key``; see ``api.authentication_management.api_key_get``.
        """
        return _cast(
            TokenResponseModel,
            self._client._result(
                self._client._send(
                    _authentication_management__api_key_get._get_kwargs(),
                    _authentication_management__api_key_get._SECURITY,
                ),
                _authentication_management__api_key_get._parse_response,
                ((200, 200),),
            ),
        )

    def token_get(
        self,
        *,
        expiration_time: int | Unset = 86400,
    ) -> TokenResponseModel:
        """Create an authentication token.

        Sends ``GET /token``; see ``api.authentication_management.token_get``.
        """
        return _cast(
            TokenResponseModel,
            self._client._result(
                self._client._send(
                    _authentication_management__token_get._get_kwargs(
                        expiration_time=expiration_time,
                    ),
                    _authentication_management__token_get._SECURITY,
                ),
                _authentication_management__token_get._parse_response,
                ((200, 200),),
            ),
        )


class AsyncAuthenticationManagementResource(_Resource):
    """Operations of ``api.authentication_management``, awaitable."""

    async def api_key_get(
        self,
    ) -> TokenResponseModel:
        """Create an API key for permanent authentication.

        Sends ``GET /api_key``; see ``api.authentication_management.api_key_get``.
        """
        return _cast(
            TokenResponseModel,
            self._client._result(
                await self._client._send_async(
                    _authentication_management__api_key_get._get_kwargs(),
                    _authentication_management__api_key_get._SECURITY,
                ),
                _authentication_management__api_key_get._parse_response,
                ((200, 200),),
            ),
        )

    async def token_get(
        self,
        *,
        expiration_time: int | Unset = 86400,
    ) -> TokenResponseModel:
        """Create an authentication token.

        Sends ``GET /token``; see ``api.authentication_management.token_get``.
        """
        return _cast(
            TokenResponseModel,
            self._client._result(
                await self._client._send_async(
                    _authentication_management__token_get._get_kwargs(
                        expiration_time=expiration_time,
                    ),
                    _authentication_management__token_get._SECURITY,
                ),
                _authentication_management__token_get._parse_response,
                ((200, 200),),
            ),
        )
