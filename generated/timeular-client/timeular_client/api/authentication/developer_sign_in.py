from typing import Any

import httpx

from ... import errors
from ..._base_client import NOT_GIVEN, BaseClient, Security, http_status
from ...models.developer_sign_in_request import DeveloperSignInRequest
from ...models.developer_sign_in_response import DeveloperSignInResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

#: Credential alternatives this operation accepts, from the spec's `security` (or the global one).
_SECURITY: Security = ()


def _get_kwargs(
    *,
    body: DeveloperSignInRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/developer/sign-in",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response) -> DeveloperSignInResponse | ErrorResponse | None:
    if response.status_code == 200:
        try:
            response_200 = DeveloperSignInResponse.from_dict(response.json())

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
) -> Response[DeveloperSignInResponse | ErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


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

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
