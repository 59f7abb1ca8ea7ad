from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...types import Response

_SECURITY: Security

def _get_kwargs() -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> Any | None: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Any]: ...
def sync_detailed(
    *,
    client: BaseClient,
) -> Response[Any]:
    """Delete an API Token

     Delete an API Token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[Any]:
    """Delete an API Token

     Delete an API Token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """
    ...
