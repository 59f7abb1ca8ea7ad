from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.token import Token
from ...types import Response

_SECURITY: Security

def _get_kwargs() -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> Any | Token | None: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Any | Token]: ...
def sync_detailed(
    *,
    client: BaseClient,
) -> Response[Any | Token]:
    """Rotate an API token secret

     Rotate a token's secret.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Token]
    """
    ...

def sync(
    *,
    client: BaseClient,
) -> Any | Token | None:
    """Rotate an API token secret

     Rotate a token's secret.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Token
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[Any | Token]:
    """Rotate an API token secret

     Rotate a token's secret.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Token]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
) -> Any | Token | None:
    """Rotate an API token secret

     Rotate a token's secret.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Token
    """
    ...
