from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.developer_full_api_access_response import DeveloperFullApiAccessResponse
from ...models.error_response import ErrorResponse
from ...types import Response

_SECURITY: Security

def _get_kwargs() -> dict[str, Any]: ...
def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> DeveloperFullApiAccessResponse | ErrorResponse | None: ...
def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[DeveloperFullApiAccessResponse | ErrorResponse]: ...
def sync_detailed(
    *,
    client: BaseClient,
) -> Response[DeveloperFullApiAccessResponse | ErrorResponse]:
    """Generate new API Key & API Secret

     With this endpoint you can generate new pair of API Key & API Secret. Every time you generate a new
    pair, an old one becomes invalid. Your API Secret won't be accessible later, so please note it down
    in some secret place. If you have lost your API Secret, you can generate a new pair of API Key & API
    Secret here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperFullApiAccessResponse | ErrorResponse]
    """
    ...

def sync(
    *,
    client: BaseClient,
) -> DeveloperFullApiAccessResponse | ErrorResponse | None:
    """Generate new API Key & API Secret

     With this endpoint you can generate new pair of API Key & API Secret. Every time you generate a new
    pair, an old one becomes invalid. Your API Secret won't be accessible later, so please note it down
    in some secret place. If you have lost your API Secret, you can generate a new pair of API Key & API
    Secret here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperFullApiAccessResponse | ErrorResponse
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[DeveloperFullApiAccessResponse | ErrorResponse]:
    """Generate new API Key & API Secret

     With this endpoint you can generate new pair of API Key & API Secret. Every time you generate a new
    pair, an old one becomes invalid. Your API Secret won't be accessible later, so please note it down
    in some secret place. If you have lost your API Secret, you can generate a new pair of API Key & API
    Secret here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperFullApiAccessResponse | ErrorResponse]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
) -> DeveloperFullApiAccessResponse | ErrorResponse | None:
    """Generate new API Key & API Secret

     With this endpoint you can generate new pair of API Key & API Secret. Every time you generate a new
    pair, an old one becomes invalid. Your API Secret won't be accessible later, so please note it down
    in some secret place. If you have lost your API Secret, you can generate a new pair of API Key & API
    Secret here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperFullApiAccessResponse | ErrorResponse
    """
    ...
