from typing import Any

import httpx

from ... import errors
from ..._base_client import NOT_GIVEN, BaseClient, Security, http_status
from ...models.error import Error
from ...models.token_code_request import TokenCodeRequest
from ...models.token_refresh_request import TokenRefreshRequest
from ...models.token_response import TokenResponse
from ...types import Response

#: Credential alternatives this operation accepts, from the spec's `security` (or the global one).
_SECURITY: Security = ()


def _get_kwargs(
    *,
    body: TokenCodeRequest | TokenRefreshRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/auth/token",
    }

    if isinstance(body, TokenCodeRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, TokenRefreshRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Error | TokenResponse | str:
    if response.status_code == 200:
        try:
            response_200 = TokenResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.APIResponseValidationError(response, errors.parse_failure(exc)) from exc

    if response.status_code == 400:
        try:
            response_400 = response.text
            return response_400

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.APIResponseValidationError(response, errors.parse_failure(exc)) from exc

    try:
        response_default = Error.from_dict(response.json())

        return response_default

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.APIResponseValidationError(response, errors.parse_failure(exc)) from exc


def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Error | TokenResponse | str]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **client._options(kwargs, None, None, None, NOT_GIVEN),
        auth=client.auth_for(_SECURITY),
    )

    return _build_response(client=client, response=response)


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

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


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

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **client._options(kwargs, None, None, None, NOT_GIVEN),
        auth=client.auth_for(_SECURITY),
    )

    return _build_response(client=client, response=response)


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

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
