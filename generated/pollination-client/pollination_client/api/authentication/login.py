from typing import Any

import httpx

from ... import errors
from ..._base_client import NOT_GIVEN, BaseClient, Security, http_status
from ...models.auth_0_token_response import Auth0TokenResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.token import Token
from ...types import Response

#: Credential alternatives this operation accepts, from the spec's `security` (or the global one).
_SECURITY: Security = ()


def _get_kwargs(
    *,
    body: Token,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Auth0TokenResponse | HTTPValidationError | None:
    if response.status_code == 202:
        try:
            response_202 = Auth0TokenResponse.from_dict(response.json())

            return response_202

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.APIResponseValidationError(response, errors.parse_failure(exc)) from exc

    if response.status_code == 422:
        try:
            response_422 = HTTPValidationError.from_dict(response.json())

            return response_422

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.APIResponseValidationError(response, errors.parse_failure(exc)) from exc

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[Auth0TokenResponse | HTTPValidationError]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: BaseClient,
    body: Token,
) -> Response[Auth0TokenResponse | HTTPValidationError]:
    """Login with API Token

     Login user with token data

    Args:
        body (Token):  Example: {'id': '3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47', 'secret':
            'pk_fake_8Jd2kQm4Xz7Lw1Vn5Rt9Hs3Cb6Ya0Pe'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Auth0TokenResponse | HTTPValidationError]
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
    body: Token,
) -> Auth0TokenResponse | HTTPValidationError | None:
    """Login with API Token

     Login user with token data

    Args:
        body (Token):  Example: {'id': '3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47', 'secret':
            'pk_fake_8Jd2kQm4Xz7Lw1Vn5Rt9Hs3Cb6Ya0Pe'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Auth0TokenResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: BaseClient,
    body: Token,
) -> Response[Auth0TokenResponse | HTTPValidationError]:
    """Login with API Token

     Login user with token data

    Args:
        body (Token):  Example: {'id': '3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47', 'secret':
            'pk_fake_8Jd2kQm4Xz7Lw1Vn5Rt9Hs3Cb6Ya0Pe'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Auth0TokenResponse | HTTPValidationError]
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
    body: Token,
) -> Auth0TokenResponse | HTTPValidationError | None:
    """Login with API Token

     Login user with token data

    Args:
        body (Token):  Example: {'id': '3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47', 'secret':
            'pk_fake_8Jd2kQm4Xz7Lw1Vn5Rt9Hs3Cb6Ya0Pe'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Auth0TokenResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
