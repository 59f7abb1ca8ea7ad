"""The generated clients import, and each auth helper puts the right credential on the wire.

Checked on the requests httpx really sends to a loopback server, not on mocks.
"""

from __future__ import annotations

import base64
import importlib
import json

import pytest

from .conftest import RecordingServer

# every client a test makes is closed: a leaked socket fails the test that leaked it
pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]

PACKAGES = ("actinia_client", "numind_client", "pollination_client", "timeular_client")


@pytest.mark.parametrize("package", PACKAGES)
def test_client_imports_with_defaults(package: str) -> None:
    module = importlib.import_module(package)
    assert module.Client().base_url == module.DEFAULT_BASE_URL
    assert module.DEFAULT_BASE_URL.startswith("https://")


def test_timeular_sign_in_then_bearer(recording_server: RecordingServer) -> None:
    import timeular_client
    from timeular_client.api.authentication import get_api_key

    recording_server.reply("POST /developer/sign-in", body={"token": "tok-123"})
    recording_server.reply("GET /developer/api-access", body={"apiKey": "key-1"})
    with timeular_client.sign_in("my-key", "my-secret", base_url=recording_server.base_url) as client:
        result = get_api_key.sync(client=client)
        sign_in, fetch = recording_server.requests
        assert "authorization" not in {key.lower() for key in sign_in.headers}  # sign-in is anonymous
        assert json.loads(sign_in.body) == {"apiKey": "my-key", "apiSecret": "my-secret"}
        assert fetch.headers["Authorization"] == "Bearer tok-123"
        assert result is not None and result.api_key == "key-1"
        assert "tok-123" not in repr(client) and "my-secret" not in repr(client)


def test_actinia_basic_and_token_as_username(recording_server: RecordingServer) -> None:
    import actinia_client
    from actinia_client.api.authentication_management import token_get

    recording_server.reply("GET /token", body={"status": "success", "token": "t"})
    with actinia_client.basic("alice", "pw", base_url=recording_server.base_url) as client:
        token_get.sync(client=client, expiration_time=60)
    with actinia_client.basic("my-token", base_url=recording_server.base_url) as client:
        token_get.sync(client=client)
    first, second = recording_server.requests
    assert first.headers["Authorization"] == "Basic " + base64.b64encode(b"alice:pw").decode()
    assert first.path == "/token?expiration_time=60"
    assert second.headers["Authorization"] == "Basic " + base64.b64encode(b"my-token:").decode()


def test_pollination_login_then_bearer(recording_server: RecordingServer) -> None:
    import pollination_client
    from pollination_client.api.authentication import get_api_token

    recording_server.reply(
        "POST /auth/login",
        status=202,
        body={"access_token": "jwt-1", "token_type": "Bearer", "expires_in": 3600},
    )
    recording_server.reply("GET /auth/api-token", body={"id": "token-id"})
    with pollination_client.login("token-id", "s3cret", base_url=recording_server.base_url) as client:
        token = get_api_token.sync(client=client)
        login, fetch = recording_server.requests
        assert "authorization" not in {key.lower() for key in login.headers}
        assert fetch.headers["Authorization"] == "Bearer jwt-1"
        assert token is not None and token.id == "token-id"


def test_numind_code_exchange_and_api_key(recording_server: RecordingServer) -> None:
    import numind_client
    from numind_client.api.authentication import get_api_auth_api_keys, get_api_auth_me

    recording_server.reply(
        "GET /api/auth", body=b"https://login.example/auth", headers={"Content-Type": "text/plain"}
    )
    recording_server.reply(
        "POST /api/auth/token", body={"token": "acc-1", "expiresIn": 300, "refreshToken": "ref-1"}
    )
    recording_server.reply("GET /api/auth/me", body={"email": "a@example.com", "isAdmin": False})
    recording_server.reply("GET /api/auth/api-keys", body=[])
    url = numind_client.authorization_url("http://localhost:5173", base_url=recording_server.base_url)
    with numind_client.exchange_code(
        "the-code", "http://localhost:5173", base_url=recording_server.base_url
    ) as client:
        me = get_api_auth_me.sync(client=client)
        with numind_client.with_api_key("key-9", base_url=recording_server.base_url) as keyed:
            get_api_auth_api_keys.sync(client=keyed)
        login_url, exchange, who, keys = recording_server.requests
        assert url == "https://login.example/auth"
        assert login_url.path == "/api/auth?redirectUri=http%3A%2F%2Flocalhost%3A5173"
        assert json.loads(exchange.body) == {
            "code": "the-code",
            "redirectUri": "http://localhost:5173",
            "type": "ai.numind.extract.shared.TokenCodeRequest",
        }
        assert "authorization" not in {key.lower() for key in exchange.headers}
        assert who.headers["Authorization"] == "Bearer acc-1"
        assert me is not None and me.email == "a@example.com"
        assert keys.headers["Authorization"] == "Bearer key-9"


def test_operation_without_credentials_sends_nothing(recording_server: RecordingServer) -> None:
    import pollination_client
    from pollination_client.api.authentication import get_api_token

    with pytest.raises(pollination_client.MissingCredentials, match="JWT"):
        get_api_token.sync(client=pollination_client.Client(base_url=recording_server.base_url))
    assert recording_server.requests == []
