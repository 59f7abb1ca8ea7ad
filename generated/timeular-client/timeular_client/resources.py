"""Operations grouped by the spec's tags, as ``client.<tag>.<operation>(...)``.

Each method takes the parameters of ``api.<tag>.<operation>`` (path parameters positional,
the rest keyword), returns the success response's model, and raises this package's
``errors``: ``APIStatusError`` subclasses for error statuses, ``APIConnectionError`` when no
answer came, ``APIResponseValidationError`` for a body that does not match the spec.
"""

from __future__ import annotations

from typing import cast as _cast

from ._base_client import BaseClient
from .api.authentication import developer_sign_in as _authentication__developer_sign_in
from .api.authentication import get_api_key as _authentication__get_api_key
from .api.authentication import get_api_key_0 as _authentication__get_api_key_0
from .models.developer_api_access_response import DeveloperApiAccessResponse
from .models.developer_full_api_access_response import DeveloperFullApiAccessResponse
from .models.developer_sign_in_request import DeveloperSignInRequest
from .models.developer_sign_in_response import DeveloperSignInResponse
from .types import UNSET, Unset


class _Resource:
    """A tag's operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client


class AuthenticationResource(_Resource):
    """Operations of ``api.authentication``."""

    def developer_sign_in(
        self,
        *,
        body: DeveloperSignInRequest | Unset = UNSET,
    ) -> DeveloperSignInResponse:
        """Sign-in with API Key & API Secret

        Sends ``POST /developer/sign-in``; see ``api.authentication.developer_sign_in``.
        """
        return _cast(
            DeveloperSignInResponse,
            self._client._result(
                self._client._send(
                    _authentication__developer_sign_in._get_kwargs(
                        body=body,
                    ),
                    _authentication__developer_sign_in._SECURITY,
                ),
                _authentication__developer_sign_in._parse_response,
                ((200, 200),),
            ),
        )

    def get_api_key(
        self,
    ) -> DeveloperApiAccessResponse:
        """Fetch API Key

        Sends ``GET /developer/api-access``; see ``api.authentication.get_api_key``.
        """
        return _cast(
            DeveloperApiAccessResponse,
            self._client._result(
                self._client._send(_authentication__get_api_key._get_kwargs(), _authentication__get_api_key._SECURITY),
                _authentication__get_api_key._parse_response,
                ((200, 200),),
            ),
        )

    def get_api_key_0(
        self,
    ) -> DeveloperFullApiAccessResponse:
        """Generate new API Key & API Secret

        Sends ``POST /developer/api-access``; see ``api.authentication.get_api_key_0``.
        """
        return _cast(
            DeveloperFullApiAccessResponse,
            self._client._result(
                self._client._send(
                    _authentication__get_api_key_0._get_kwargs(), _authentication__get_api_key_0._SECURITY
                ),
                _authentication__get_api_key_0._parse_response,
                ((200, 200),),
            ),
        )


class AsyncAuthenticationResource(_Resource):
    """Operations of ``api.authentication``, awaitable."""

    async def developer_sign_in(
        self,
        *,
        body: DeveloperSignInRequest | Unset = UNSET,
    ) -> DeveloperSignInResponse:
        """Sign-in with API Key & API Secret

        Sends ``POST /developer/sign-in``; see ``api.authentication.developer_sign_in``.
        """
        return _cast(
            DeveloperSignInResponse,
            self._client._result(
                await self._client._send_async(
                    _authentication__developer_sign_in._get_kwargs(
                        body=body,
                    ),
                    _authentication__developer_sign_in._SECURITY,
                ),
                _authentication__developer_sign_in._parse_response,
                ((200, 200),),
            ),
        )

    async def get_api_key(
        self,
    ) -> DeveloperApiAccessResponse:
        """Fetch API Key

        Sends ``GET /developer/api-access``; see ``api.authentication.get_api_key``.
        """
        return _cast(
            DeveloperApiAccessResponse,
            self._client._result(
                await self._client._send_async(
                    _authentication__get_api_key._get_kwargs(), _authentication__get_api_key._SECURITY
                ),
                _authentication__get_api_key._parse_response,
                ((200, 200),),
            ),
        )

    async def get_api_key_0(
        self,
    ) -> DeveloperFullApiAccessResponse:
        """Generate new API Key & API Secret

        Sends ``POST /developer/api-access``; see ``api.authentication.get_api_key_0``.
        """
        return _cast(
            DeveloperFullApiAccessResponse,
            self._client._result(
                await self._client._send_async(
                    _authentication__get_api_key_0._get_kwargs(), _authentication__get_api_key_0._SECURITY
                ),
                _authentication__get_api_key_0._parse_response,
                ((200, 200),),
            ),
        )
