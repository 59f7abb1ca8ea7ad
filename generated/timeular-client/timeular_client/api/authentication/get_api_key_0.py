from typing import Any

import httpx

from ... import errors
from ..._base_client import NOT_GIVEN, BaseClient, Security, http_status
from ...models.developer_full_api_access_response import DeveloperFullApiAccessResponse
from ...models.error_response import ErrorResponse
from ...types import Response

#: Credential alternatives this operation accepts, from the spec's `security` (or the global one).
_SECURITY: Security = (("AuthorizationHeader",),)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/developer/api-access",
    }

    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response
) -> DeveloperFullApiAccessResponse | ErrorResponse | None:
    if response.status_code == 200:
        try:
            response_200 = DeveloperFullApiAccessResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.APIResponseValidationError(response, errors.parse_failure(exc)) from exc

    if response.status_code == 400:
        try:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.APIResponseValidationError(response, errors.parse_failure(exc)) from exc

    if response.status_code == 401:
        try:
            response_401 = ErrorResponse.from_dict(response.json())

            return response_401

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.APIResponseValidationError(response, errors.parse_failure(exc)) from exc

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: BaseClient, response: httpx.Response
) -> Response[DeveloperFullApiAccessResponse | ErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **client._options(kwargs, None, None, None, NOT_GIVEN),
        auth=client.auth_for(_SECURITY),
    )

    return _build_response(client=client, response=response)


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

    return sync_detailed(
        client=client,
    ).parsed


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

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(
        **client._options(kwargs, None, None, None, NOT_GIVEN),
        auth=client.auth_for(_SECURITY),
    )

    return _build_response(client=client, response=response)


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

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
