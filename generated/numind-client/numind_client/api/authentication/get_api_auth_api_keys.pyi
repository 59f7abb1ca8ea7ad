from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.api_key_response import ApiKeyResponse
from ...models.error import Error
from ...types import Response

_SECURITY: Security

def _get_kwargs() -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> Error | list[ApiKeyResponse]: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Error | list[ApiKeyResponse]]: ...
def sync_detailed(
    *,
    client: BaseClient,
) -> Response[Error | list[ApiKeyResponse]]:
    """List your API keys

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ApiKeyResponse]]
    """
    ...

def sync(
    *,
    client: BaseClient,
) -> Error | list[ApiKeyResponse] | None:
    """List your API keys

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ApiKeyResponse]
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[Error | list[ApiKeyResponse]]:
    """List your API keys

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ApiKeyResponse]]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
) -> Error | list[ApiKeyResponse] | None:
    """List your API keys

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ApiKeyResponse]
    """
    ...
