"""What the official SDKs offer beside the spec's operations, against real loopback servers:
request ids on models, raw answers and errors; the ``<PACKAGE>_LOG`` switch with credentials
masked; and ``client.get/post/put/patch/delete`` for paths a spec does not have."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap

import httpx
import pollination_client
import pytest
from pollination_client.models import Token

from .conftest import RecordingServer

pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]

TOKEN = {"id": "t1", "secret": "tok"}


def test_models_raw_answers_and_errors_carry_the_request_id(recording_server: RecordingServer) -> None:
    recording_server.reply("POST /auth/api-token", status=201, body=TOKEN, headers={"x-request-id": "req_1"})
    recording_server.reply(
        "GET /auth/api-token", status=404, body={"detail": "x"}, headers={"x-request-id": "req_2"}
    )
    with pollination_client.with_token("t", base_url=recording_server.base_url) as client:
        token = client.api_token.create()
        assert token._request_id == "req_1"
        other = Token(id="t2", secret="tok")
        assert other._request_id is None  # made by hand, not answered
        raw = client.api_token.with_raw_response.create()
        assert raw.request_id == "req_1" and raw.parse()._request_id == "req_1"
        with pytest.raises(pollination_client.NotFoundError) as caught:
            client.api_token.retrieve()
    assert caught.value.request_id == caught.value._request_id == "req_2"
    assert "request id req_2" in str(caught.value)


def test_a_models_request_id_goes_with_the_model(recording_server: RecordingServer) -> None:
    from pollination_client import _response

    recording_server.reply("POST /auth/api-token", status=201, body=TOKEN, headers={"x-request-id": "req_1"})
    with pollination_client.with_token("t", base_url=recording_server.base_url) as client:
        gc.collect()  # models of earlier tests that only a cycle still held
        before = len(_response._REQUEST_IDS)
        token = client.api_token.create()
        assert len(_response._REQUEST_IDS) == before + 1
        del token
        gc.collect()
        assert len(_response._REQUEST_IDS) == before  # no model kept alive, no id left behind


def test_low_level_calls_reach_paths_the_spec_lacks(recording_server: RecordingServer) -> None:
    recording_server.reply("POST /v2/things", status=201, body={"id": "x"}, headers={"x-request-id": "r"})
    recording_server.reply("GET /v2/things/x", status=200, body=TOKEN)
    recording_server.reply("DELETE /v2/things/x", status=204, body=b"")
    recording_server.reply(
        "PATCH /v2/things/x", status=409, body={"message": "busy"}, headers={"x-should-retry": "false"}
    )
    with pollination_client.with_token("t", base_url=recording_server.base_url) as client:
        created = client.post("/v2/things", cast_to=dict, body={"name": "n"}, options={"params": {"q": "1"}})
        assert created == {"id": "x"}
        assert client.get("/v2/things/x", cast_to=Token).secret == "tok"
        assert client.delete("/v2/things/x", cast_to=type(None)) is None
        with pytest.raises(pollination_client.ConflictError):
            client.patch("/v2/things/x", cast_to=dict, body={"name": "m"}, options={"idempotency_key": "k1"})
        raw = client.with_raw_response.api_token  # the client's wrappers stay as they were
        assert raw is not None
    post, get, delete, patch = recording_server.requests
    assert (post.method, post.path, post.body) == ("POST", "/v2/things?q=1", b'{"name":"n"}')
    assert post.headers["Authorization"] == "Bearer t" and post.headers["Idempotency-Key"]
    assert patch.headers["Idempotency-Key"] == "k1"


async def test_async_low_level_calls(recording_server: RecordingServer) -> None:
    recording_server.reply("PUT /v2/things/x", status=200, body=TOKEN)
    recording_server.reply("GET /v2/raw", status=200, body=b"plain", headers={"Content-Type": "text/plain"})
    async with pollination_client.async_with_token("t", base_url=recording_server.base_url) as client:
        token = await client.put("/v2/things/x", cast_to=Token, body=Token(id="t1", secret="tok"))
        assert token.id == "t1"
        assert await client.get("/v2/raw", cast_to=str) == "plain"
        response = await client.get("/v2/raw", cast_to=httpx.Response, options={"max_retries": 0})
        assert response.status_code == 200


def test_an_unreadable_answer_is_a_validation_error(recording_server: RecordingServer) -> None:
    recording_server.reply(
        "GET /v2/broken", status=200, body=b"<html>", headers={"Content-Type": "text/html"}
    )
    with (
        pollination_client.with_token("t", base_url=recording_server.base_url) as client,
        pytest.raises(pollination_client.APIResponseValidationError, match="not JSON"),
    ):
        client.get("/v2/broken", cast_to=dict)


@pytest.mark.parametrize("level", ["info", "debug"])
def test_the_log_switch_logs_calls_with_credentials_masked(
    recording_server: RecordingServer, level: str
) -> None:
    recording_server.reply("POST /auth/api-token", status=201, body=TOKEN, headers={"x-request-id": "req_9"})
    script = textwrap.dedent(
        f"""
        import pollination_client
        with pollination_client.with_token("jwt-SECRET", base_url={recording_server.base_url!r}) as client:
            client.post("/auth/api-token?api_key=key-SECRET", cast_to=dict, body={{"password": "pw-SECRET"}})
        """
    )
    env = {**os.environ, "POLLINATION_CLIENT_LOG": level}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    log = result.stderr
    assert "POST http://127.0.0.1" in log and "-> 201 (request id req_9)" in log
    assert "SECRET" not in log
    assert ("authorization': '***'" in log) == (level == "debug")
    assert ("idempotency-key" in log) == (level == "debug")


def test_no_log_without_the_switch(recording_server: RecordingServer) -> None:
    recording_server.reply("GET /auth/api-token", status=200, body=TOKEN)
    script = textwrap.dedent(
        f"""
        import pollination_client
        with pollination_client.with_token("t", base_url={recording_server.base_url!r}) as client:
            client.api_token.retrieve()
        """
    )
    env = {key: value for key, value in os.environ.items() if key != "POLLINATION_CLIENT_LOG"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert result.stderr == "" and len(recording_server.requests) == 1
