from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.error import Error
from ...types import Response

_SECURITY: Security

def _get_kwargs(
    api_key_id: str,
) -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> Any | Error: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Any | Error]: ...
def sync_detailed(
    api_key_id: str,
    *,
    client: BaseClient,
) -> Response[Any | Error]:
    """Delete an API key

    Args:
        api_key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """
    ...

def sync(
    api_key_id: str,
    *,
    client: BaseClient,
) -> Any | Error | None:
    """Delete an API key

    Args:
        api_key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """
    ...

async def asyncio_detailed(
    api_key_id: str,
    *,
    client: BaseClient,
) -> Response[Any | Error]:
    """Delete an API key

    Args:
        api_key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """
    ...

async def asyncio(
    api_key_id: str,
    *,
    client: BaseClient,
) -> Any | Error | None:
    """Delete an API key

    Args:
        api_key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """
    ...
