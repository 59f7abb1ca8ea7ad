from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.token import Token
from ...types import Response

_SECURITY: Security

def _get_kwargs() -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> Token | None: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Token]: ...
def sync_detailed(
    *,
    client: BaseClient,
) -> Response[Token]:
    """Create an API Token

     Create a new api token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Token]
    """
    ...

def sync(
    *,
    client: BaseClient,
) -> Token | None:
    """Create an API Token

     Create a new api token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Token
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[Token]:
    """Create an API Token

     Create a new api token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Token]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
) -> Token | None:
    """Create an API Token

     Create a new api token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Token
    """
    ...
