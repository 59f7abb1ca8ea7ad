from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.api_key_response import ApiKeyResponse
from ...models.create_api_key import CreateApiKey
from ...models.error import Error
from ...types import Response

_SECURITY: Security

def _get_kwargs(
    *,
    body: CreateApiKey,
) -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> ApiKeyResponse | Error | str: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[ApiKeyResponse | Error | str]: ...
def sync_detailed(
    *,
    client: BaseClient,
    body: CreateApiKey,
) -> Response[ApiKeyResponse | Error | str]:
    """Create an API key

    Args:
        body (CreateApiKey):  Example: {'name': 'ci-pipeline', 'maybeOrga':
            '5b7e9c1d-2a4f-4e6b-8c0d-9e1f2a3b4c5d'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyResponse | Error | str]
    """
    ...

def sync(
    *,
    client: BaseClient,
    body: CreateApiKey,
) -> ApiKeyResponse | Error | str | None:
    """Create an API key

    Args:
        body (CreateApiKey):  Example: {'name': 'ci-pipeline', 'maybeOrga':
            '5b7e9c1d-2a4f-4e6b-8c0d-9e1f2a3b4c5d'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyResponse | Error | str
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
    body: CreateApiKey,
) -> Response[ApiKeyResponse | Error | str]:
    """Create an API key

    Args:
        body (CreateApiKey):  Example: {'name': 'ci-pipeline', 'maybeOrga':
            '5b7e9c1d-2a4f-4e6b-8c0d-9e1f2a3b4c5d'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyResponse | Error | str]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
    body: CreateApiKey,
) -> ApiKeyResponse | Error | str | None:
    """Create an API key

    Args:
        body (CreateApiKey):  Example: {'name': 'ci-pipeline', 'maybeOrga':
            '5b7e9c1d-2a4f-4e6b-8c0d-9e1f2a3b4c5d'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyResponse | Error | str
    """
    ...
