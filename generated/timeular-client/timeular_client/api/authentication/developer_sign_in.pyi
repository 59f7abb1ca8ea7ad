from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.developer_sign_in_request import DeveloperSignInRequest
from ...models.developer_sign_in_response import DeveloperSignInResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

_SECURITY: Security

def _get_kwargs(
    *,
    body: DeveloperSignInRequest | Unset = UNSET,
) -> dict[str, Any]: ...
def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> DeveloperSignInResponse | ErrorResponse | None: ...
def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[DeveloperSignInResponse | ErrorResponse]: ...
def sync_detailed(
    *,
    client: BaseClient,
    body: DeveloperSignInRequest | Unset = UNSET,
) -> Response[DeveloperSignInResponse | ErrorResponse]:
    """Sign-in with API Key & API Secret

     With this endpoint you can obtain Access Token required to access secured endpoints. To do so, you
    have to provide API Key & API Secret. They can be generated on [Profile
    website](https://profile.timeular.com/#/app/) or, if you have Access Token already, with `POST`
    request to `/developer/api-access`.

    Args:
        body (DeveloperSignInRequest | Unset):  Example: {'apiKey': 'MTIzNDU2Nzg5MGFiY2RlZg==',
            'apiSecret': 'c2VjcmV0LTAwMDAtZmFrZS1zZWNyZXQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperSignInResponse | ErrorResponse]
    """
    ...

def sync(
    *,
    client: BaseClient,
    body: DeveloperSignInRequest | Unset = UNSET,
) -> DeveloperSignInResponse | ErrorResponse | None:
    """Sign-in with API Key & API Secret

     With this endpoint you can obtain Access Token required to access secured endpoints. To do so, you
    have to provide API Key & API Secret. They can be generated on [Profile
    website](https://profile.timeular.com/#/app/) or, if you have Access Token already, with `POST`
    request to `/developer/api-access`.

    Args:
        body (DeveloperSignInRequest | Unset):  Example: {'apiKey': 'MTIzNDU2Nzg5MGFiY2RlZg==',
            'apiSecret': 'c2VjcmV0LTAwMDAtZmFrZS1zZWNyZXQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperSignInResponse | ErrorResponse
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
    body: DeveloperSignInRequest | Unset = UNSET,
) -> Response[DeveloperSignInResponse | ErrorResponse]:
    """Sign-in with API Key & API Secret

     With this endpoint you can obtain Access Token required to access secured endpoints. To do so, you
    have to provide API Key & API Secret. They can be generated on [Profile
    website](https://profile.timeular.com/#/app/) or, if you have Access Token already, with `POST`
    request to `/developer/api-access`.

    Args:
        body (DeveloperSignInRequest | Unset):  Example: {'apiKey': 'MTIzNDU2Nzg5MGFiY2RlZg==',
            'apiSecret': 'c2VjcmV0LTAwMDAtZmFrZS1zZWNyZXQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeveloperSignInResponse | ErrorResponse]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
    body: DeveloperSignInRequest | Unset = UNSET,
) -> DeveloperSignInResponse | ErrorResponse | None:
    """Sign-in with API Key & API Secret

     With this endpoint you can obtain Access Token required to access secured endpoints. To do so, you
    have to provide API Key & API Secret. They can be generated on [Profile
    website](https://profile.timeular.com/#/app/) or, if you have Access Token already, with `POST`
    request to `/developer/api-access`.

    Args:
        body (DeveloperSignInRequest | Unset):  Example: {'apiKey': 'MTIzNDU2Nzg5MGFiY2RlZg==',
            'apiSecret': 'c2VjcmV0LTAwMDAtZmFrZS1zZWNyZXQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeveloperSignInResponse | ErrorResponse
    """
    ...
