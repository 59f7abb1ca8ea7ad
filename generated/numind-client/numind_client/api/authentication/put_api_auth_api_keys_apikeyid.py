from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import NOT_GIVEN, BaseClient, Security, http_status
from ...models.api_key_response import ApiKeyResponse
from ...models.error import Error
from ...models.update_api_key import UpdateApiKey
from ...types import Response

#: Credential alternatives this operation accepts, from the spec's `security` (or the global one).
_SECURITY: Security = (("oauth2Auth",),)


def _get_kwargs(
    api_key_id: str,
    *,
    body: UpdateApiKey,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/auth/api-keys/{api_key_id}".format(
            api_key_id=quote(str(api_key_id), safe=""),
        ),
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

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **client._options(kwargs, None, None, None, NOT_GIVEN),
        auth=client.auth_for(_SECURITY),
    )

    return _build_response(client=client, response=response)


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

    return sync_detailed(
        api_key_id=api_key_id,
        client=client,
        body=body,
    ).parsed


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

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **client._options(kwargs, None, None, None, NOT_GIVEN),
        auth=client.auth_for(_SECURITY),
    )

    return _build_response(client=client, response=response)


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

    return (
        await asyncio_detailed(
            api_key_id=api_key_id,
            client=client,
            body=body,
        )
    ).parsed
