from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.error import Error
from ...types import Response

_SECURITY: Security

def _get_kwargs(
    *,
    redirect_uri: str,
) -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> Error | str: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Error | str]: ...
def sync_detailed(
    *,
    client: BaseClient,
    redirect_uri: str,
) -> Response[Error | str]:
    """Get the login URL

    Args:
        redirect_uri (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """
    ...

def sync(
    *,
    client: BaseClient,
    redirect_uri: str,
) -> Error | str | None:
    """Get the login URL

    Args:
        redirect_uri (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
    redirect_uri: str,
) -> Response[Error | str]:
    """Get the login URL

    Args:
        redirect_uri (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
    redirect_uri: str,
) -> Error | str | None:
    """Get the login URL

    Args:
        redirect_uri (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """
    ...
