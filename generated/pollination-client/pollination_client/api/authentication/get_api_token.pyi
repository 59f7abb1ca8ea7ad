from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.new_token import NewToken
from ...types import Response

_SECURITY: Security

def _get_kwargs() -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> Any | NewToken | None: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Any | NewToken]: ...
def sync_detailed(
    *,
    client: BaseClient,
) -> Response[Any | NewToken]:
    """Get your API Token ID

     Retrieve an API Token Name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NewToken]
    """
    ...

def sync(
    *,
    client: BaseClient,
) -> Any | NewToken | None:
    """Get your API Token ID

     Retrieve an API Token Name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NewToken
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[Any | NewToken]:
    """Get your API Token ID

     Retrieve an API Token Name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NewToken]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
) -> Any | NewToken | None:
    """Get your API Token ID

     Retrieve an API Token Name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NewToken
    """
    ...
