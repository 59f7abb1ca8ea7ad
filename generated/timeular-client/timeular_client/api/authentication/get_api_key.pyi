from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.developer_api_access_response import DeveloperApiAccessResponse
from ...models.error_response import ErrorResponse
from ...types import Response

_SECURITY: Security

def _get_kwargs() -> dict[str, Any]: ...
def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> DeveloperApiAccessResponse | ErrorResponse | None: ...
def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[DeveloperApiAccessResponse | ErrorResponse]: ...
def sync_detailed(
    *,
    client: BaseClient,
) -> Response[DeveloperApiAccessResponse | ErrorResponse]:
    """Fetch API Key

     With this endpoint you can fetch your API Key (or `null` if you haven't generated any yet). You
    cannot obtain an API Secret in such way, because it's visible only once, after generation. If you
    have lost your API Secret, please generate a new pair of API Key & API Secret.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperApiAccessResponse | ErrorResponse]
    """
    ...

def sync(
    *,
    client: BaseClient,
) -> DeveloperApiAccessResponse | ErrorResponse | None:
    """Fetch API Key

     With this endpoint you can fetch your API Key (or `null` if you haven't generated any yet). You
    cannot obtain an API Secret in such way, because it's visible only once, after generation. If you
    have lost your API Secret, please generate a new pair of API Key & API Secret.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperApiAccessResponse | ErrorResponse
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[DeveloperApiAccessResponse | ErrorResponse]:
    """Fetch API Key

     With this endpoint you can fetch your API Key (or `null` if you haven't generated any yet). You
    cannot obtain an API Secret in such way, because it's visible only once, after generation. If you
    have lost your API Secret, please generate a new pair of API Key & API Secret.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperApiAccessResponse | ErrorResponse]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
) -> DeveloperApiAccessResponse | ErrorResponse | None:
    """Fetch API Key

     With this endpoint you can fetch your API Key (or `null` if you haven't generated any yet). You
    cannot obtain an API Secret in such way, because it's visible only once, after generation. If you
    have lost your API Secret, please generate a new pair of API Key & API Secret.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperApiAccessResponse | ErrorResponse
    """
    ...
