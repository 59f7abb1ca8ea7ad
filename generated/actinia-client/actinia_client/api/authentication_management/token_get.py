from typing import Any, cast

import httpx

from ... import errors
from ..._base_client import NOT_GIVEN, BaseClient, Security, http_status
from ...models.token_response_model import TokenResponseModel
from ...types import UNSET, Response, Unset

#: Credential alternatives this operation accepts, from the spec's `security` (or the global one).
_SECURITY: Security = (("basicAuth",),)


def _get_kwargs(
    *,
    expiration_time: int | Unset = 86400,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expiration_time"] = expiration_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/token",
        "params": params,
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
    expiration_time: int | Unset = 86400,
) -> Response[Any | TokenResponseModel]:
    """Create an authentication token.

     Create an authentication token. Tokens have an expiration time. The default expiration time is one
    day (86400s). maximum length is 365 days. Minimum required user role: user.

    Args:
        expiration_time (int | Unset):  Default: 86400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TokenResponseModel]
    """

    kwargs = _get_kwargs(
        expiration_time=expiration_time,
    )

    response = client.get_httpx_client().request(
        **client._options(kwargs, None, None, None, NOT_GIVEN),
        auth=client.auth_for(_SECURITY),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: BaseClient,
    expiration_time: int | Unset = 86400,
) -> Any | TokenResponseModel | None:
    """Create an authentication token.

     Create an authentication token. Tokens have an expiration time. The default expiration time is one
    day (86400s). maximum length is 365 days. Minimum required user role: user.

    Args:
        expiration_time (int | Unset):  Default: 86400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TokenResponseModel
    """

    return sync_detailed(
        client=client,
        expiration_time=expiration_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: BaseClient,
    expiration_time: int | Unset = 86400,
) -> Response[Any | TokenResponseModel]:
    """Create an authentication token.

     Create an authentication token. Tokens have an expiration time. The default expiration time is one
    day (86400s). maximum length is 365 days. Minimum required user role: user.

    Args:
        expiration_time (int | Unset):  Default: 86400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TokenResponseModel]
    """

    kwargs = _get_kwargs(
        expiration_time=expiration_time,
    )

    response = await client.get_async_httpx_client().request(
        **client._options(kwargs, None, None, None, NOT_GIVEN),
        auth=client.auth_for(_SECURITY),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: BaseClient,
    expiration_time: int | Unset = 86400,
) -> Any | TokenResponseModel | None:
    """Create an authentication token.

     Create an authentication token. Tokens have an expiration time. The default expiration time is one
    day (86400s). maximum length is 365 days. Minimum required user role: user.

    Args:
        expiration_time (int | Unset):  Default: 86400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TokenResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            expiration_time=expiration_time,
        )
    ).parsed
