"""Each provider's real auth flow, written as a user would write it, against Prism."""

from __future__ import annotations

import pytest

from .conftest import PrismFor


def test_timeular_sign_in_then_get_api_key(prism: PrismFor) -> None:
    import timeular_client
    from timeular_client.api.authentication import get_api_key
    from timeular_client.models import DeveloperApiAccessResponse

    client = timeular_client.sign_in("my-api-key", "my-api-secret", base_url=prism("timeular").base_url)
    access = get_api_key.sync(client=client)
    assert isinstance(access, DeveloperApiAccessResponse)
    assert repr(client).count("***") >= 1 and "my-api-secret" not in repr(client)


async def test_timeular_sign_in_async(prism: PrismFor) -> None:
    import timeular_client
    from timeular_client.api.authentication import get_api_key

    client = await timeular_client.async_sign_in("k", "s", base_url=prism("timeular").base_url)
    assert (await get_api_key.asyncio_detailed(client=client)).status_code == 200


@pytest.mark.parametrize("credentials", [("alice", "s3cret"), ("my-token-or-api-key",)])
def test_actinia_basic_and_token_as_username(credentials: tuple[str, ...], prism: PrismFor) -> None:
    import actinia_client
    from actinia_client.api.authentication_management import token_get
    from actinia_client.models import TokenResponseModel

    client = actinia_client.basic(*credentials, base_url=prism("actinia").base_url)
    token = token_get.sync(client=client, expiration_time=3600)
    assert isinstance(token, TokenResponseModel) and token.status == "success"


def test_actinia_expiration_time_above_a_year_is_refused(prism: PrismFor) -> None:
    import actinia_client
    from actinia_client.api.authentication_management import token_get

    client = actinia_client.basic("alice", "pw", base_url=prism("actinia").base_url)
    assert token_get.sync_detailed(client=client, expiration_time=31_536_001).status_code == 400


def test_pollination_login_then_get_api_token(prism: PrismFor) -> None:
    import pollination_client
    from pollination_client.api.authentication import get_api_token
    from pollination_client.models import NewToken

    client = pollination_client.login("token-id", "token-secret", base_url=prism("pollination").base_url)
    assert isinstance(get_api_token.sync(client=client), NewToken)


def test_numind_authorization_code_flow_with_refresh(prism: PrismFor) -> None:
    import numind_client
    from numind_client.api.authentication import get_api_auth_me
    from numind_client.models import User

    base_url = prism("numind").base_url
    url = numind_client.authorization_url("http://localhost:5173", base_url=base_url)
    assert url.startswith("https://")
    client = numind_client.exchange_code("code-from-redirect", "http://localhost:5173", base_url=base_url)
    assert isinstance(get_api_auth_me.sync(client=client), User)
    refreshed = numind_client.refresh(client)
    assert refreshed.credentials["oauth2Auth"] is not client.credentials["oauth2Auth"]
    assert isinstance(get_api_auth_me.sync(client=refreshed), User)


def test_numind_api_key_lists_api_keys(prism: PrismFor) -> None:
    import numind_client
    from numind_client.api.authentication import get_api_auth_api_keys
    from numind_client.models import ApiKeyResponse

    client = numind_client.with_api_key("platform-api-key", base_url=prism("numind").base_url)
    keys = get_api_auth_api_keys.sync(client=client)
    assert isinstance(keys, list) and keys and all(isinstance(key, ApiKeyResponse) for key in keys)


def test_without_credentials_the_client_refuses_before_sending(prism: PrismFor) -> None:
    import numind_client
    from numind_client.api.authentication import get_api_auth_me

    with pytest.raises(numind_client.MissingCredentials, match="oauth2Auth"):
        get_api_auth_me.sync(client=numind_client.Client(base_url=prism("numind").base_url))
