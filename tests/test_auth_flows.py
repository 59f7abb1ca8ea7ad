"""Each provider's real auth flow, written as a user would write it, against Prism."""

from __future__ import annotations

import pytest

from .conftest import PrismFor, RecordingServer

# every client a test makes is closed: a leaked socket fails the test that leaked it
pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]


def test_timeular_sign_in_then_get_api_key(prism: PrismFor) -> None:
    import timeular_client
    from timeular_client.api.authentication import get_api_key
    from timeular_client.models import DeveloperApiAccessResponse

    with timeular_client.sign_in(
        "my-api-key", "my-api-secret", base_url=prism("timeular").base_url
    ) as client:
        access = get_api_key.sync(client=client)
        assert isinstance(access, DeveloperApiAccessResponse)
        assert repr(client).count("***") >= 1 and "my-api-secret" not in repr(client)


async def test_timeular_sign_in_async(prism: PrismFor) -> None:
    import timeular_client
    from timeular_client.api.authentication import get_api_key

    async with await timeular_client.async_sign_in("k", "s", base_url=prism("timeular").base_url) as client:
        assert (await get_api_key.asyncio_detailed(client=client)).status_code == 200


@pytest.mark.parametrize("credentials", [("alice", "s3cret"), ("my-token-or-api-key",)])
def test_actinia_basic_and_token_as_username(credentials: tuple[str, ...], prism: PrismFor) -> None:
    import actinia_client
    from actinia_client.api.authentication_management import token_get
    from actinia_client.models import TokenResponseModel

    with actinia_client.basic(*credentials, base_url=prism("actinia").base_url) as client:
        token = token_get.sync(client=client, expiration_time=3600)
        assert isinstance(token, TokenResponseModel) and token.status == "success"


def test_actinia_expiration_time_above_a_year_is_refused(prism: PrismFor) -> None:
    import actinia_client
    from actinia_client.api.authentication_management import token_get

    with actinia_client.basic("alice", "pw", base_url=prism("actinia").base_url) as client:
        assert token_get.sync_detailed(client=client, expiration_time=31_536_001).status_code == 400


def test_pollination_login_then_get_api_token(prism: PrismFor) -> None:
    import pollination_client
    from pollination_client.api.authentication import get_api_token
    from pollination_client.models import NewToken

    with pollination_client.login(
        "token-id", "token-secret", base_url=prism("pollination").base_url
    ) as client:
        assert isinstance(get_api_token.sync(client=client), NewToken)


def test_numind_authorization_code_flow_with_refresh(prism: PrismFor) -> None:
    import numind_client
    from numind_client.api.authentication import get_api_auth_me
    from numind_client.models import User

    base_url = prism("numind").base_url
    url = numind_client.authorization_url("http://localhost:5173", base_url=base_url)
    assert url.startswith("https://")
    with numind_client.exchange_code(
        "code-from-redirect", "http://localhost:5173", base_url=base_url
    ) as client:
        assert isinstance(get_api_auth_me.sync(client=client), User)
        with numind_client.refresh(client) as refreshed:
            assert refreshed.credentials["oauth2Auth"] is not client.credentials["oauth2Auth"]
            assert isinstance(get_api_auth_me.sync(client=refreshed), User)


def test_numind_api_key_lists_api_keys(prism: PrismFor) -> None:
    import numind_client
    from numind_client.api.authentication import get_api_auth_api_keys
    from numind_client.models import ApiKeyResponse

    with numind_client.with_api_key("platform-api-key", base_url=prism("numind").base_url) as client:
        keys = get_api_auth_api_keys.sync(client=client)
        assert isinstance(keys, list) and keys and all(isinstance(key, ApiKeyResponse) for key in keys)


def test_without_credentials_the_client_refuses_before_sending(prism: PrismFor) -> None:
    import numind_client
    from numind_client.api.authentication import get_api_auth_me

    with pytest.raises(numind_client.MissingCredentials, match="oauth2Auth"):
        get_api_auth_me.sync(client=numind_client.Client(base_url=prism("numind").base_url))


def test_numind_client_refreshes_once_on_401_and_retries(recording_server: RecordingServer) -> None:
    import json

    import numind_client

    recording_server.reply(
        "POST /api/auth/token", body={"token": "old", "refreshToken": "r1", "expiresIn": 3600}
    )
    recording_server.reply(
        "POST /api/auth/token", body={"token": "new", "refreshToken": "r2", "expiresIn": 3600}
    )
    me = {"email": "a@b.c", "isAdmin": False}
    recording_server.reply("GET /api/auth/me", status=401, body={"message": "expired"})
    recording_server.reply("GET /api/auth/me", body=me)
    with numind_client.exchange_code("code", "https://app/cb", base_url=recording_server.base_url) as client:
        assert client.me.retrieve().email == "a@b.c"
    sent = [
        (r.method, r.path.split("?")[0], r.headers.get("Authorization")) for r in recording_server.requests
    ]
    assert sent[1:] == [
        ("GET", "/api/auth/me", "Bearer old"),
        ("POST", "/api/auth/token", None),
        ("GET", "/api/auth/me", "Bearer new"),
    ]
    assert json.loads(recording_server.requests[2].body)["token"] == "r1"


def test_numind_client_refreshes_an_expired_token_before_sending(recording_server: RecordingServer) -> None:
    import numind_client

    recording_server.reply(
        "POST /api/auth/token", body={"token": "old", "refreshToken": "r1", "expiresIn": 0}
    )
    recording_server.reply(
        "POST /api/auth/token", body={"token": "new", "refreshToken": "r2", "expiresIn": 3600}
    )
    recording_server.reply("GET /api/auth/me", body={"email": "a@b.c", "isAdmin": False})
    with numind_client.exchange_code("code", "https://app/cb", base_url=recording_server.base_url) as client:
        client.me.retrieve()
    assert [r.headers.get("Authorization") for r in recording_server.requests] == [None, None, "Bearer new"]


def test_numind_refused_refresh_gives_the_401(recording_server: RecordingServer) -> None:
    import numind_client

    recording_server.reply(
        "POST /api/auth/token", body={"token": "old", "refreshToken": "r1", "expiresIn": 3600}
    )
    recording_server.reply("POST /api/auth/token", status=400, body={"message": "no"})
    recording_server.reply("GET /api/auth/me", status=401, body={"message": "expired"})
    with (
        numind_client.exchange_code("code", "https://app/cb", base_url=recording_server.base_url) as client,
        pytest.raises(numind_client.AuthenticationError),
    ):
        client.me.retrieve()
    # sign-in, the call, one refresh, the call once more (its 401 is what the caller sees): no loop
    assert len(recording_server.requests) == 4


SIGN_IN_WITHOUT_LEAKS = """
import sys, warnings
warnings.simplefilter("error", ResourceWarning)
import numind_client, pollination_client, timeular_client
url = sys.argv[1]
timeular_client.sign_in("k", "s", base_url=url)
pollination_client.login("u", "p", base_url=url)
numind_client.exchange_code("c", "https://app/cb", base_url=url)
import gc; gc.collect()
print("ok")
"""


def test_sign_in_helpers_leave_no_socket_open_under_dev_mode(recording_server: RecordingServer) -> None:
    import os
    import subprocess
    import sys

    recording_server.reply("POST /developer/sign-in", body={"token": "tok"})
    recording_server.reply("POST /auth/login", status=202, body={"access_token": "tok", "token": "tok"})
    recording_server.reply(
        "POST /api/auth/token", body={"token": "tok", "refreshToken": "r", "expiresIn": 60}
    )
    result = subprocess.run(
        [sys.executable, "-X", "dev", "-c", SIGN_IN_WITHOUT_LEAKS, recording_server.base_url],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
    assert "ResourceWarning" not in result.stderr, result.stderr


async def test_numind_async_client_refreshes_on_401_too(recording_server: RecordingServer) -> None:
    import numind_client

    recording_server.reply(
        "POST /api/auth/token", body={"token": "old", "refreshToken": "r1", "expiresIn": 3600}
    )
    recording_server.reply(
        "POST /api/auth/token", body={"token": "new", "refreshToken": "r2", "expiresIn": 3600}
    )
    recording_server.reply("GET /api/auth/me", status=401, body={"message": "expired"})
    recording_server.reply("GET /api/auth/me", body={"email": "a@b.c", "isAdmin": False})
    async with await numind_client.async_exchange_code(
        "code", "https://app/cb", base_url=recording_server.base_url
    ) as client:
        assert isinstance(client, numind_client.AsyncClient)
        me = await client.me.retrieve()
    assert me.email == "a@b.c"
    assert [r.headers.get("Authorization") for r in recording_server.requests][1:] == [
        "Bearer old",
        None,
        "Bearer new",
    ]


def _expiring_sign_in(recording_server: RecordingServer) -> None:
    recording_server.reply(
        "POST /api/auth/token", body={"token": "old", "refreshToken": "r1", "expiresIn": 0}
    )
    recording_server.reply(
        "POST /api/auth/token", body={"token": "new", "refreshToken": "r2", "expiresIn": 3600}
    )
    recording_server.reply("GET /api/auth/me", body={"email": "a@b.c", "isAdmin": False})


def _renewals(recording_server: RecordingServer) -> list[str]:
    """What the requests after the sign-in were: one renewal, then every call with the new token."""
    return [
        "renew" if r.method == "POST" else str(r.headers.get("Authorization"))
        for r in recording_server.requests[1:]
    ]


def test_threads_sharing_a_client_renew_an_expired_token_once(recording_server: RecordingServer) -> None:
    import threading
    from concurrent.futures import ThreadPoolExecutor

    import numind_client

    _expiring_sign_in(recording_server)
    start = threading.Barrier(8)

    with numind_client.exchange_code("code", "https://app/cb", base_url=recording_server.base_url) as client:

        def call(_: int) -> str:
            start.wait()
            return client.me.retrieve().email

        with ThreadPoolExecutor(8) as pool:
            assert list(pool.map(call, range(8))) == ["a@b.c"] * 8
    assert _renewals(recording_server) == ["renew"] + ["Bearer new"] * 8


async def test_tasks_sharing_an_async_client_renew_an_expired_token_once(
    recording_server: RecordingServer,
) -> None:
    import asyncio

    import numind_client

    _expiring_sign_in(recording_server)
    async with await numind_client.async_exchange_code(
        "code", "https://app/cb", base_url=recording_server.base_url
    ) as client:
        found = await asyncio.gather(*(client.me.retrieve() for _ in range(8)))
    assert [me.email for me in found] == ["a@b.c"] * 8
    assert _renewals(recording_server) == ["renew"] + ["Bearer new"] * 8
