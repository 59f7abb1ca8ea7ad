from typing import Any

import httpx

from ..._base_client import BaseClient, Security
from ...models.error import Error
from ...models.token_code_request import TokenCodeRequest
from ...models.token_refresh_request import TokenRefreshRequest
from ...models.token_response import TokenResponse
from ...types import Response

_SECURITY: Security

def _get_kwargs(
    *,
    body: TokenCodeRequest | TokenRefreshRequest,
) -> dict[str, Any]: ...
def _parse_response(*, client: BaseClient, response: httpx.Response) -> Error | TokenResponse | str: ...
def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Error | TokenResponse | str]: ...
def sync_detailed(
    *,
    client: BaseClient,
    body: TokenCodeRequest | TokenRefreshRequest,
) -> Response[Error | TokenResponse | str]:
    """Exchange an authorization code or a refresh token for tokens

    Args:
        body (TokenCodeRequest | TokenRefreshRequest):  Example: {'type':
            'ai.numind.extract.shared.TokenCodeRequest', 'code': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9
            .eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SbXT6e7R0N1hVe
            JHtTh2uFd7y8Rg-Vu0oiL4T1jbAY0', 'redirectUri': 'http://localhost:5173'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenResponse | str]
    """
    ...

def sync(
    *,
    client: BaseClient,
    body: TokenCodeRequest | TokenRefreshRequest,
) -> Error | TokenResponse | str | None:
    """Exchange an authorization code or a refresh token for tokens

    Args:
        body (TokenCodeRequest | TokenRefreshRequest):  Example: {'type':
            'ai.numind.extract.shared.TokenCodeRequest', 'code': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9
            .eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SbXT6e7R0N1hVe
            JHtTh2uFd7y8Rg-Vu0oiL4T1jbAY0', 'redirectUri': 'http://localhost:5173'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenResponse | str
    """
    ...

async def asyncio_detailed(
    *,
    client: BaseClient,
    body: TokenCodeRequest | TokenRefreshRequest,
) -> Response[Error | TokenResponse | str]:
    """Exchange an authorization code or a refresh token for tokens

    Args:
        body (TokenCodeRequest | TokenRefreshRequest):  Example: {'type':
            'ai.numind.extract.shared.TokenCodeRequest', 'code': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9
            .eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SbXT6e7R0N1hVe
            JHtTh2uFd7y8Rg-Vu0oiL4T1jbAY0', 'redirectUri': 'http://localhost:5173'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenResponse | str]
    """
    ...

async def asyncio(
    *,
    client: BaseClient,
    body: TokenCodeRequest | TokenRefreshRequest,
) -> Error | TokenResponse | str | None:
    """Exchange an authorization code or a refresh token for tokens

    Args:
        body (TokenCodeRequest | TokenRefreshRequest):  Example: {'type':
            'ai.numind.extract.shared.TokenCodeRequest', 'code': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9
            .eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SbXT6e7R0N1hVe
            JHtTh2uFd7y8Rg-Vu0oiL4T1jbAY0', 'redirectUri': 'http://localhost:5173'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenResponse | str
    """
    ...
