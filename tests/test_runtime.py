"""Runtime behaviour our templates add to every client, each against a real loopback server.

Every test here fails without its feature: retries and backoff, Retry-After, idempotency keys,
the default timeout, secrets kept out of reprs and logs, no Authorization across hosts,
and discriminated unions.
"""

from __future__ import annotations

import json
import logging
import socket

import actinia_client
import httpx
import numind_client
import pollination_client
import pytest
import timeular_client
from numind_client.models import TokenCodeRequest, TokenRefreshRequest, TokenResponse
from numind_client.unions import parse_token_request
from pollination_client.api.authentication import create_api_token, get_api_token
from timeular_client.api.authentication import get_api_key

from .conftest import RecordingServer

# every client a test makes is closed: a leaked socket fails the test that leaked it
pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]

FAST = timeular_client.Retry(backoff=0.01, max_backoff=0.02)


def test_idempotent_request_is_retried_on_503_then_succeeds(recording_server: RecordingServer) -> None:
    for status in (503, 502, 200):
        recording_server.reply("GET /developer/api-access", status=status, body={"apiKey": "k"})
    with timeular_client.with_token("t", base_url=recording_server.base_url, retry=FAST) as client:
        response = get_api_key.sync_detailed(client=client)
        assert response.status_code == 200 and len(recording_server.requests) == 3


def test_retries_are_bounded_to_two_by_default(recording_server: RecordingServer) -> None:
    recording_server.reply("GET /developer/api-access", status=504, body={})
    with timeular_client.with_token(
        "t", base_url=recording_server.base_url, retry=timeular_client.Retry(backoff=0.01)
    ) as client:
        assert timeular_client.Retry().total == 2
        assert get_api_key.sync_detailed(client=client).status_code == 504
        assert len(recording_server.requests) == 3


def test_retries_can_be_switched_off(recording_server: RecordingServer) -> None:
    recording_server.reply("GET /developer/api-access", status=503, body={})
    with timeular_client.with_token(
        "t", base_url=recording_server.base_url, retry=timeular_client.Retry(total=0)
    ) as client:
        assert get_api_key.sync_detailed(client=client).status_code == 503
        assert len(recording_server.requests) == 1


def test_post_is_retried_with_one_idempotency_key(recording_server: RecordingServer) -> None:
    recording_server.reply("POST /auth/api-token", status=503, body={})
    with pollination_client.with_token("t", base_url=recording_server.base_url, retry=FAST) as client:
        create_api_token.sync_detailed(client=client)
        keys = {request.headers["Idempotency-Key"] for request in recording_server.requests}
        counts = [request.headers["x-specfleet-retry-count"] for request in recording_server.requests]
        assert len(keys) == 1 and counts == ["0", "1", "2"]


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses the retrying transport asks for, recorded instead of slept (no test waits on a clock)."""
    asked: list[float] = []
    monkeypatch.setattr(pollination_client._retry.time, "sleep", asked.append)
    return asked


def test_retry_after_is_honoured(recording_server: RecordingServer, pauses: list[float]) -> None:
    recording_server.reply("GET /auth/api-token", status=429, body={}, headers={"Retry-After": "7"})
    recording_server.reply("GET /auth/api-token", status=200, body={"id": "x"})
    with pollination_client.with_token("t", base_url=recording_server.base_url, retry=FAST) as client:
        assert get_api_token.sync_detailed(client=client).status_code == 200
        assert pauses == [7.0]  # the server's pause, not the client's own (much shorter) backoff
        assert len(recording_server.requests) == 2


def test_retry_after_beyond_max_wait_returns_the_response(
    recording_server: RecordingServer, pauses: list[float]
) -> None:
    recording_server.reply("GET /auth/api-token", status=503, body={}, headers={"Retry-After": "3600"})
    with pollination_client.with_token("t", base_url=recording_server.base_url, retry=FAST) as client:
        assert get_api_token.sync_detailed(client=client).status_code == 503
        assert pauses == [] and len(recording_server.requests) == 1


async def test_async_requests_are_retried_too(recording_server: RecordingServer) -> None:
    for status in (503, 200):
        recording_server.reply("GET /auth/api-token", status=status, body={"id": "x"})
    async with pollination_client.async_with_token(
        "t", base_url=recording_server.base_url, retry=FAST
    ) as client:
        token = await get_api_token.asyncio(client=client)
        assert token is not None and token.id == "x" and len(recording_server.requests) == 2


def test_every_client_has_a_default_timeout() -> None:
    for module in (timeular_client, pollination_client, numind_client):
        timeout = module.Client().get_httpx_client().timeout
        assert timeout.read == 30.0 and timeout.connect == 10.0


def test_timeout_is_enforced(recording_server: RecordingServer) -> None:
    listener = socket.create_server(("127.0.0.1", 0))  # accepts, never answers
    with pollination_client.with_token(
        "t",
        base_url=f"http://127.0.0.1:{listener.getsockname()[1]}",
        timeout=0.3,
        retry=timeular_client.Retry(total=0),
    ) as client:
        with pytest.raises(httpx.ReadTimeout):
            get_api_token.sync(client=client)
        listener.close()


def test_authorization_is_not_sent_to_another_host_after_redirect(recording_server: RecordingServer) -> None:
    port = recording_server.base_url.rsplit(":", 1)[1]
    other_host = f"http://localhost:{port}"  # same server, different host: a different origin
    recording_server.reply(
        "GET /developer/api-access", status=302, body=b"", headers={"Location": f"{other_host}/moved"}
    )
    recording_server.reply("GET /moved", status=200, body={"apiKey": "k"})
    with timeular_client.with_token(
        "secret-token", base_url=recording_server.base_url, follow_redirects=True
    ) as client:
        assert get_api_key.sync_detailed(client=client).status_code == 200
        first, redirected = recording_server.requests
        assert first.headers["Authorization"] == "Bearer secret-token"
        assert redirected.headers["Host"].startswith("localhost")
        assert "Authorization" not in redirected.headers


def test_authorization_kept_on_same_origin_redirect(recording_server: RecordingServer) -> None:
    recording_server.reply("GET /developer/api-access", status=302, body=b"", headers={"Location": "/moved"})
    recording_server.reply("GET /moved", status=200, body={"apiKey": "k"})
    with timeular_client.with_token(
        "secret-token", base_url=recording_server.base_url, follow_redirects=True
    ) as client:
        get_api_key.sync_detailed(client=client)
        assert recording_server.requests[1].headers["Authorization"] == "Bearer secret-token"


def test_secrets_never_in_repr_or_str(recording_server: RecordingServer) -> None:
    token = TokenResponse(token="acc-SECRET", expires_in=60, refresh_token="ref-SECRET")
    refresh = TokenRefreshRequest(token="ref-SECRET", type_="ai.numind.extract.shared.TokenRefreshRequest")
    with numind_client.with_api_key("key-SECRET") as client:
        for shown in (repr(token), str(token), repr(refresh), repr(client), repr(client.credentials)):
            assert "SECRET" not in shown, shown
        assert "expires_in=60" in repr(token)  # the rest stays visible
        from timeular_client.models import DeveloperFullApiAccessResponse

        full = DeveloperFullApiAccessResponse(api_key="key-SECRET", api_secret="sec-SECRET")
        assert "SECRET" not in repr(full)
        with actinia_client.basic("user-SECRET", "pw-SECRET") as basic:
            assert "SECRET" not in repr(basic) and "SECRET" not in repr(basic.credentials)


def test_secrets_never_in_logs(recording_server: RecordingServer, caplog: pytest.LogCaptureFixture) -> None:
    recording_server.reply(
        "POST /auth/login",
        status=202,
        body={"access_token": "jwt-SECRET", "token_type": "b", "expires_in": 1},
    )
    recording_server.reply("GET /auth/api-token", body={"id": "x"})
    with (
        caplog.at_level(logging.DEBUG),
        pollination_client.login("id", "secret-SECRET", base_url=recording_server.base_url) as client,
    ):
        get_api_token.sync(client=client)
    assert caplog.records, "httpx/httpcore logged nothing: the test would prove nothing"
    assert "SECRET" not in caplog.text


def test_failed_sign_in_names_the_status_not_the_body(recording_server: RecordingServer) -> None:
    recording_server.reply("POST /developer/sign-in", status=401, body={"message": "bad secret my-SECRET"})
    with pytest.raises(timeular_client.AuthenticationFailed) as caught:
        timeular_client.sign_in("k", "my-SECRET", base_url=recording_server.base_url)
    assert caught.value.status_code == 401 and "SECRET" not in str(caught.value)


def test_discriminated_union_parses_by_its_discriminator() -> None:
    refresh = parse_token_request({"type": "ai.numind.extract.shared.TokenRefreshRequest", "token": "r"})
    code = parse_token_request(
        {"type": "ai.numind.extract.shared.TokenCodeRequest", "code": "c", "redirectUri": "http://x"}
    )
    assert isinstance(refresh, TokenRefreshRequest) and isinstance(code, TokenCodeRequest)
    added = {"type": "ai.numind.extract.shared.Other", "token": "r"}
    assert parse_token_request(added) == added  # a kind the server added since the spec: kept as it came
    with pytest.raises(ValueError, match="is not one of"):
        parse_token_request({"token": "r"})
    with pytest.raises(KeyError):  # a refresh payload labelled as a code request is not silently accepted
        parse_token_request({"type": "ai.numind.extract.shared.TokenCodeRequest", "token": "r"})
    assert refresh.to_dict()["type"] == "ai.numind.extract.shared.TokenRefreshRequest"
    assert code.to_dict()["type"] == "ai.numind.extract.shared.TokenCodeRequest"


# --- the runtime modules themselves (src/specfleet/generation/runtime), imported from the pipeline's source --------


def test_status_error_class_covers_any_code() -> None:
    from specfleet.generation.runtime import errors

    assert errors.status_error_class(404) is errors.NotFoundError
    assert errors.status_error_class(429) is errors.RateLimitError
    assert errors.status_error_class(503) is errors.InternalServerError
    assert errors.status_error_class(599) is errors.InternalServerError
    assert errors.status_error_class(499) is errors.APIStatusError
    assert errors.status_error_class(418) is errors.APIStatusError


def test_error_messages_mask_credentials_in_urls_and_bodies() -> None:
    from specfleet.generation.runtime import errors

    request = httpx.Request("GET", "https://user:pw@api.example/v1/things?api_key=k3y&page=2")
    response = httpx.Response(
        401, request=request, content=b'{"error": "bad", "access_token": "t0ken", "refreshToken": "r3fresh"}'
    )
    message = str(errors.AuthenticationError(response, body=errors.decoded_body(response)))
    assert "GET https://api.example/v1/things?api_key=***&page=2 -> 401" in message
    for secret in ("k3y", "t0ken", "r3fresh", "pw@"):
        assert secret not in message
    assert '"error": "bad"' in message


def test_validation_error_quotes_a_short_excerpt() -> None:
    from specfleet.generation.runtime import errors

    request = httpx.Request("POST", "https://api.example/x")
    response = httpx.Response(200, request=request, content=b"<html>" + b"x" * 5000 + b"</html>")
    message = str(errors.APIResponseValidationError(response, "the body is not JSON"))
    assert message.startswith("POST https://api.example/x -> 200") and len(message) < 400


def test_masked_repr_leaves_out_unset_fields() -> None:
    from numind_client.models import TokenCodeRequest

    request = TokenCodeRequest.from_dict(
        {"type": "ai.numind.extract.shared.TokenCodeRequest", "code": "c0de", "redirectUri": "https://app/cb"}
    )
    assert "Unset" not in repr(request) and "c0de" in repr(request)


def test_with_options_and_with_headers_share_the_connection_pool(recording_server: RecordingServer) -> None:
    for _ in range(3):
        recording_server.reply("GET /developer/api-access", status=503, body={})
    recording_server.reply("GET /developer/api-access", body={"apiKey": "k"})
    recording_server.reply("GET /developer/api-access", body={"apiKey": "k"})
    with timeular_client.with_token("t", base_url=recording_server.base_url, retry=FAST) as client:
        tagged = client.with_headers({"X-Trace": "1"})
        patient = client.with_options(timeout=3.0, max_retries=0)
        assert tagged.get_httpx_client() is client.get_httpx_client() is patient.get_httpx_client()
        with pytest.raises(timeular_client.errors.InternalServerError):
            patient.api_access.retrieve()  # no retry for this client, though the pool retries twice
        assert client.api_access.retrieve().api_key == "k"  # two 503s retried, then 200
        assert tagged.api_access.retrieve(extra_headers={"X-Call": "2"}).api_key == "k"
        sent = [{name.lower(): value for name, value in r.headers.items()} for r in recording_server.requests]
        assert [headers.get("x-trace") for headers in sent] == [None] * 4 + ["1"]
        assert sent[-1]["x-call"] == "2"
    assert client._pool.client is None and tagged._pool is client._pool  # one close closed it


def test_extra_query_and_extra_body_reach_the_wire(recording_server: RecordingServer) -> None:
    key = {"id": "1", "name": "ci", "token": "t", "userId": "u", "createdAt": "c", "expiresAt": "e"}
    recording_server.reply("POST /api/auth/api-keys", body=key)
    with numind_client.with_token("t", base_url=recording_server.base_url) as client:
        created = client.api_keys.create(name="ci", extra_query={"dry": "1"}, extra_body={"note": "x"})
    sent = recording_server.requests[-1]
    assert created.name == "ci" and sent.path == "/api/auth/api-keys?dry=1"
    assert json.loads(sent.body) == {"name": "ci", "note": "x"}
