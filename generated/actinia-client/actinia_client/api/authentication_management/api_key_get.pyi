from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.token_response_model import TokenResponseModel
from ...types import Response

_SECURITY: Security

def _get_kwargs() -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> Any | TokenResponseModel | None: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Any | TokenResponseModel]: ...
def sync_detailed(
    *,
    client: BaseClient,
) -> Response[Any | TokenResponseModel]:
    """Create an API key for permanent authentication.

     Create an API key for permanent authentication. API keys have no expiration time. Minimum required
    user role: admin.

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
) -> Any | TokenResponseModel | None:
    """Create an API key for permanent authentication.

     Create an API key for permanent authentication. API keys have no expiration time. Minimum required
    user role: admin.

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
) -> Response[Any | TokenResponseModel]:
    """Create an API key for permanent authentication.

     Create an API key for permanent authentication. API keys have no expiration time. Minimum required
    user role: admin.

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
) -> Any | TokenResponseModel | None:
    """Create an API key for permanent authentication.

     Create an API key for permanent authentication. API keys have no expiration time. Minimum required
    user role: admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TokenResponseModel
    """
    ...
