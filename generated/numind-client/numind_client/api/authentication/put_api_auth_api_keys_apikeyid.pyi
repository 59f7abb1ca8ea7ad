from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.api_key_response import ApiKeyResponse
from ...models.error import Error
from ...models.update_api_key import UpdateApiKey
from ...types import Response

_SECURITY: Security

def _get_kwargs(
    api_key_id: str,
    *,
    body: UpdateApiKey,
) -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> ApiKeyResponse | Error | str: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[ApiKeyResponse | Error | str]: ...
def sync_detailed(
    api_key_id: str,
    *,
    client: BaseClient,
    body: UpdateApiKey,
) -> Response[ApiKeyResponse | Error | str]:
    """Update an API key

    Args:
        api_key_id (str):
        body (UpdateApiKey):  Example: {'name': 'ci-pipeline-renamed'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyResponse | Error | str]
    """
    ...

def sync(
    api_key_id: str,
    *,
    client: BaseClient,
    body: UpdateApiKey,
) -> ApiKeyResponse | Error | str | None:
    """Update an API key

    Args:
        api_key_id (str):
        body (UpdateApiKey):  Example: {'name': 'ci-pipeline-renamed'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyResponse | Error | str
    """
    ...

async def asyncio_detailed(
    api_key_id: str,
    *,
    client: BaseClient,
    body: UpdateApiKey,
) -> Response[ApiKeyResponse | Error | str]:
    """Update an API key

    Args:
        api_key_id (str):
        body (UpdateApiKey):  Example: {'name': 'ci-pipeline-renamed'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyResponse | Error | str]
    """
    ...

async def asyncio(
    api_key_id: str,
    *,
    client: BaseClient,
    body: UpdateApiKey,
) -> ApiKeyResponse | Error | str | None:
    """Update an API key

    Args:
        api_key_id (str):
        body (UpdateApiKey):  Example: {'name': 'ci-pipeline-renamed'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyResponse | Error | str
    """
    ...
