from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.token_response_model import TokenResponseModel
from ...types import Response, Unset

_SECURITY: Security

def _get_kwargs(
    *,
    expiration_time: int | Unset = 86400,
) -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> Any | TokenResponseModel | None: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Any | TokenResponseModel]: ...
def sync_detailed(
    *,
    client: BaseClient,
    expiration_time: int | Unset = 86400,
) -> Response[Any | TokenResponseModel]:
    """Create an authentication token.

     Create an authentication token. Tokens have an expiration time. The default expiration time is one
    day (86400s). maximum length is 365 days. Minimum required user role: user.

    Args:
        expiration_time (int | Unset):  Default: 86400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TokenResponseModel]
    """
    ...

def sync(
    *,
    client: BaseClient,
    expiration_time: int | Unset = 86400,
) -> Any | TokenResponseModel | None:
    """Create an authentication token.

     Create an authentication token. Tokens have an expiration time. The default expiration time is one
    day (86400s). maximum length is 365 days. Minimum required user role: user.

    Args:
        expiration_time (int | Unset):  Default: 86400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TokenResponseModel
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
    expiration_time: int | Unset = 86400,
) -> Response[Any | TokenResponseModel]:
    """Create an authentication token.

     Create an authentication token. Tokens have an expiration time. The default expiration time is one
    day (86400s). maximum length is 365 days. Minimum required user role: user.

    Args:
        expiration_time (int | Unset):  Default: 86400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TokenResponseModel]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
    expiration_time: int | Unset = 86400,
) -> Any | TokenResponseModel | None:
    """Create an authentication token.

     Create an authentication token. Tokens have an expiration time. The default expiration time is one
    day (86400s). maximum length is 365 days. Minimum required user role: user.

    Args:
        expiration_time (int | Unset):  Default: 86400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TokenResponseModel
    """
    ...
