from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.auth_0_token_response import Auth0TokenResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.token import Token
from ...types import Response

_SECURITY: Security

def _get_kwargs(
    *,
    body: Token,
) -> dict[str, Any]: ...
def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> Auth0TokenResponse | HTTPValidationError | None: ...
def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[Auth0TokenResponse | HTTPValidationError]: ...
def sync_detailed(
    *,
    client: BaseClient,
    body: Token,
) -> Response[Auth0TokenResponse | HTTPValidationError]:
    """Login with API Token

     Login user with token data

    Args:
        body (Token):  Example: {'id': '3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47', 'secret':
            'pk_fake_8Jd2kQm4Xz7Lw1Vn5Rt9Hs3Cb6Ya0Pe'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Auth0TokenResponse | HTTPValidationError]
    """
    ...

def sync(
    *,
    client: BaseClient,
    body: Token,
) -> Auth0TokenResponse | HTTPValidationError | None:
    """Login with API Token

     Login user with token data

    Args:
        body (Token):  Example: {'id': '3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47', 'secret':
            'pk_fake_8Jd2kQm4Xz7Lw1Vn5Rt9Hs3Cb6Ya0Pe'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Auth0TokenResponse | HTTPValidationError
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
    body: Token,
) -> Response[Auth0TokenResponse | HTTPValidationError]:
    """Login with API Token

     Login user with token data

    Args:
        body (Token):  Example: {'id': '3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47', 'secret':
            'pk_fake_8Jd2kQm4Xz7Lw1Vn5Rt9Hs3Cb6Ya0Pe'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Auth0TokenResponse | HTTPValidationError]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
    body: Token,
) -> Auth0TokenResponse | HTTPValidationError | None:
    """Login with API Token

     Login user with token data

    Args:
        body (Token):  Example: {'id': '3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47', 'secret':
            'pk_fake_8Jd2kQm4Xz7Lw1Vn5Rt9Hs3Cb6Ya0Pe'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Auth0TokenResponse | HTTPValidationError
    """
    ...
