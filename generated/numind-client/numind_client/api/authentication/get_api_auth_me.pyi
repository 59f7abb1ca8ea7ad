from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.error import Error
from ...models.user import User
from ...types import Response

_SECURITY: Security

def _get_kwargs() -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> Error | User: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Error | User]: ...
def sync_detailed(
    *,
    client: BaseClient,
) -> Response[Error | User]:
    """Get the current user

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | User]
    """
    ...

def sync(
    *,
    client: BaseClient,
) -> Error | User | None:
    """Get the current user

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | User
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[Error | User]:
    """Get the current user

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | User]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
) -> Error | User | None:
    """Get the current user

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | User
    """
    ...
