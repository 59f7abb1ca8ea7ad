from typing import Any, cast

import httpx

from ... import errors
from ..._base_client import NOT_GIVEN, BaseClient, Security, http_status
from ...models.token_response_model import TokenResponseModel
from ...types import Response

#: Credential alternatives this operation accepts, from the spec's `security` (or the global one).
_SECURITY: Security = (("basicAuth",),)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api_key",
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Any | TokenResponseModel | None:
    if response.status_code == 200:
        try:
            response_200 = TokenResponseModel.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.APIResponseValidationError(response, errors.parse_failure(exc)) from exc

    if response.status_code == 400:
        try:
            response_400 = TokenResponseModel.from_dict(response.json())

            return response_400

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.APIResponseValidationError(response, errors.parse_failure(exc)) from exc

    if response.status_code == 401:
        try:
            response_401 = cast(Any, None)
            return response_401

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.APIResponseValidationError(response, errors.parse_failure(exc)) from exc

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Any | TokenResponseModel]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: BaseClient,
) -> Response[Any | TokenResponseModel]:
    """Create an API key for permanent authentication.

     Create an API key for permanent authentication. API keys have no expiration time. Minimum required
    user role: admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TokenResponseModel]
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
) -> Any | TokenResponseModel | None:
    """Create an API key for permanent authentication.

     Create an API key for permanent authentication. API keys have no expiration time. Minimum required
    user role: admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TokenResponseModel
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[Any | TokenResponseModel]:
    """Create an API key for permanent authentication.

     Create an API key for permanent authentication. API keys have no expiration time. Minimum required
    user role: admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TokenResponseModel]
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
) -> Any | TokenResponseModel | None:
    """Create an API key for permanent authentication.

     Create an API key for permanent authentication. API keys have no expiration time. Minimum required
    user role: admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TokenResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
