from typing import Any

import httpx

from ... import errors
from ..._base_client import NOT_GIVEN, BaseClient, Security, http_status
from ...models.error import Error
from ...types import UNSET, Response

#: Credential alternatives this operation accepts, from the spec's `security` (or the global one).
_SECURITY: Security = ()


def _get_kwargs(
    *,
    redirect_uri: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["redirectUri"] = redirect_uri

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/auth",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> Error | str:
    if response.status_code == 200:
        try:
            response_200 = response.text
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


def _build_response(*, client: BaseClient, response: httpx.Response) -> Response[Error | str]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: BaseClient,
    redirect_uri: str,
) -> Response[Error | str]:
    """Get the login URL

    Args:
        redirect_uri (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        redirect_uri=redirect_uri,
    )

    response = client.get_httpx_client().request(
        **client._options(kwargs, None, None, None, NOT_GIVEN),
        auth=client.auth_for(_SECURITY),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: BaseClient,
    redirect_uri: str,
) -> Error | str | None:
    """Get the login URL

    Args:
        redirect_uri (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        client=client,
        redirect_uri=redirect_uri,
    ).parsed


async def asyncio_detailed(
    *,
    client: BaseClient,
    redirect_uri: str,
) -> Response[Error | str]:
    """Get the login URL

    Args:
        redirect_uri (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        redirect_uri=redirect_uri,
    )

    response = await client.get_async_httpx_client().request(
        **client._options(kwargs, None, None, None, NOT_GIVEN),
        auth=client.auth_for(_SECURITY),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: BaseClient,
    redirect_uri: str,
) -> Error | str | None:
    """Get the login URL

    Args:
        redirect_uri (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            redirect_uri=redirect_uri,
        )
    ).parsed
