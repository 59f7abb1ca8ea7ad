from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.error import Error
from ...models.post_api_auth_logout_response_200 import PostApiAuthLogoutResponse200
from ...types import Response

_SECURITY: Security

def _get_kwargs(
    *,
    body: str,
) -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> Error | PostApiAuthLogoutResponse200 | str: ...
def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[Error | PostApiAuthLogoutResponse200 | str]: ...
def sync_detailed(
    *,
    client: BaseClient,
    body: str,
) -> Response[Error | PostApiAuthLogoutResponse200 | str]:
    """Log out

    Args:
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostApiAuthLogoutResponse200 | str]
    """
    ...

def sync(
    *,
    client: BaseClient,
    body: str,
) -> Error | PostApiAuthLogoutResponse200 | str | None:
    """Log out

    Args:
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostApiAuthLogoutResponse200 | str
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
    body: str,
) -> Response[Error | PostApiAuthLogoutResponse200 | str]:
    """Log out

    Args:
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostApiAuthLogoutResponse200 | str]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
    body: str,
) -> Error | PostApiAuthLogoutResponse200 | str | None:
    """Log out

    Args:
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostApiAuthLogoutResponse200 | str
    """
    ...
