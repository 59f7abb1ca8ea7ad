from typing import Any

import httpx

from ... import errors
from ..._base_client import NOT_GIVEN, BaseClient, Security, http_status
from ...models.api_key_response import ApiKeyResponse
from ...models.create_api_key import CreateApiKey
from ...models.error import Error
from ...types import Response

#: Credential alternatives this operation accepts, from the spec's `security` (or the global one).
_SECURITY: Security = (("oauth2Auth",),)


def _get_kwargs(
    *,
    body: CreateApiKey,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/auth/api-keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> ApiKeyResponse | Error | str:
    if response.status_code == 200:
        try:
            response_200 = ApiKeyResponse.from_dict(response.json())

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


def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[ApiKeyResponse | Error | str]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


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

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
