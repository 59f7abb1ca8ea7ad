"""Retries as the official SDKs make them, against real loopback servers.

A call that changes something carries one idempotency key over all its attempts, so POST is
retried too: after a connection reset, on 408/409/429/5xx, and as the server's
``x-should-retry``, ``retry-after-ms`` and ``retry-after`` say; ``max_retries=0`` turns it off.
"""

from __future__ import annotations

import importlib
import socket
import struct
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pollination_client
import pytest
import timeular_client

from .conftest import RecordingServer

pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]

FAST = pollination_client.Retry(backoff=0.01, max_backoff=0.02)
TOKEN = b'{"id": "t1", "secret": "tok"}'
DEADLINE = 10.0


@dataclass
class ResettingServer:
    """Reads each request whole, then drops the first ``drops`` connections without an answer (a
    TCP reset, or with ``reset`` False a plain close) and answers the rest with 201 and a token."""

    drops: int
    reset: bool = True
    base_url: str = ""
    heads: list[dict[str, str]] = field(default_factory=list)


def _read_request(conn: socket.socket) -> dict[str, str]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {
        name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])
    }
    remaining = int(headers.get("content-length", "0")) - len(body)
    while remaining > 0:
        remaining -= len(conn.recv(remaining))
    return {"request-line": lines[0], **headers}


@pytest.fixture
def resetting_server(request: pytest.FixtureRequest) -> Iterator[ResettingServer]:
    listener = socket.create_server(("127.0.0.1", 0))
    reset = getattr(request, "param", "reset") == "reset"
    state = ResettingServer(drops=1, reset=reset, base_url=f"http://127.0.0.1:{listener.getsockname()[1]}")

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                state.heads.append(_read_request(conn))
                if len(state.heads) <= state.drops:
                    if state.reset:  # linger 0: close() sends RST, the connection dies under the request
                        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    continue
                conn.sendall(
                    b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + f"Content-Length: {len(TOKEN)}\r\n\r\n".encode()
                    + TOKEN
                )

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() the thread waits in
        listener.close()
        thread.join(DEADLINE)
        assert not thread.is_alive()


def test_a_reset_under_a_post_is_retried_once_with_the_same_idempotency_key(
    resetting_server: ResettingServer,
) -> None:
    with pollination_client.with_token("t", base_url=resetting_server.base_url, retry=FAST) as client:
        token = client.api_token.create()
    assert token.id == "t1"
    first, retried = resetting_server.heads  # exactly one retry
    assert (
        first["request-line"].startswith("POST /auth/api-token")
        and retried["request-line"] == first["request-line"]
    )
    assert first["idempotency-key"] and retried["idempotency-key"] == first["idempotency-key"]
    assert (first["x-specfleet-retry-count"], retried["x-specfleet-retry-count"]) == ("0", "1")


async def test_async_post_is_retried_after_a_reset_too(resetting_server: ResettingServer) -> None:
    async with pollination_client.async_with_token(
        "t", base_url=resetting_server.base_url, retry=FAST
    ) as client:
        token = await client.api_token.create()
    assert token.id == "t1"
    assert len({head["idempotency-key"] for head in resetting_server.heads}) == 1
    assert len(resetting_server.heads) == 2


@pytest.mark.parametrize("resetting_server", ["close"], indirect=True)
def test_a_connection_closed_without_an_answer_is_retried(resetting_server: ResettingServer) -> None:
    with pollination_client.with_token("t", base_url=resetting_server.base_url, retry=FAST) as client:
        http = client.get_httpx_client()
        assert http.get("/auth/api-token").json()["id"] == "t1"
    assert len(resetting_server.heads) == 2


def test_each_call_has_its_own_key(recording_server: RecordingServer) -> None:
    recording_server.reply("POST /auth/api-token", status=201, body={"id": "t1", "secret": "tok"})
    with pollination_client.with_token("t", base_url=recording_server.base_url) as client:
        client.api_token.create()
        client.api_token.create()
    first, second = (request.headers["Idempotency-Key"] for request in recording_server.requests)
    assert first != second


def test_a_key_the_caller_chose_is_kept(recording_server: RecordingServer) -> None:
    recording_server.reply("POST /auth/api-token", status=500, body={})
    with (
        pollination_client.with_token("t", base_url=recording_server.base_url, retry=FAST) as client,
        pytest.raises(pollination_client.InternalServerError),
    ):
        client.api_token.create(extra_headers={"idempotency-key": "mine"})
    assert [request.headers["idempotency-key"] for request in recording_server.requests] == ["mine"] * 3


@pytest.mark.parametrize(
    ("status", "verdict", "attempts"),
    [
        (409, None, 3),  # a lock the server may release
        (408, None, 3),
        (400, None, 1),  # the request itself is wrong: again would not help
        (400, "true", 3),  # ... unless the server says otherwise
        (503, "false", 1),
    ],
)
def test_statuses_and_x_should_retry(
    recording_server: RecordingServer, status: int, verdict: str | None, attempts: int
) -> None:
    headers = {"x-should-retry": verdict} if verdict else {}
    recording_server.reply("POST /auth/api-token", status=status, body={"message": "no"}, headers=headers)
    with (
        pollination_client.with_token("t", base_url=recording_server.base_url, retry=FAST) as client,
        pytest.raises(pollination_client.APIStatusError),
    ):
        client.api_token.create()
    assert len(recording_server.requests) == attempts


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses the retrying transport asks for, recorded instead of slept."""
    asked: list[float] = []
    monkeypatch.setattr(pollination_client._retry.time, "sleep", asked.append)
    return asked


def test_retry_after_ms_comes_before_retry_after(
    recording_server: RecordingServer, pauses: list[float]
) -> None:
    recording_server.reply(
        "POST /auth/api-token", status=429, body={}, headers={"retry-after-ms": "250", "retry-after": "9"}
    )
    recording_server.reply("POST /auth/api-token", status=201, body={"id": "t1", "secret": "tok"})
    with pollination_client.with_token("t", base_url=recording_server.base_url, retry=FAST) as client:
        assert client.api_token.create().id == "t1"
    assert pauses == [0.25]


@pytest.mark.parametrize("how", ["client", "with_options", "retry"])
def test_max_retries_zero_sends_once_and_no_key(recording_server: RecordingServer, how: str) -> None:
    recording_server.reply("POST /auth/api-token", status=503, body={})
    options: dict[str, object] = {
        "client": {"max_retries": 0},
        "retry": {"retry": pollination_client.Retry(total=0)},
        "with_options": {},
    }[how]
    with pollination_client.with_token("t", base_url=recording_server.base_url, **options) as client:  # type: ignore[arg-type]
        used = client.with_options(max_retries=0) if how == "with_options" else client
        with pytest.raises(pollination_client.InternalServerError):
            used.api_token.create()
        assert client.with_options(timeout=5.0)._retry.total == (2 if how == "with_options" else 0)
    (only,) = recording_server.requests
    assert "Idempotency-Key" not in only.headers and "x-specfleet-retry-count" not in only.headers


def test_a_body_that_cannot_be_sent_twice_is_sent_once(recording_server: RecordingServer) -> None:
    recording_server.reply("POST /upload", status=503, body={})
    with pollination_client.with_token("t", base_url=recording_server.base_url, retry=FAST) as client:
        http = client.get_httpx_client()
        response = http.post("/upload", content=iter([b"chunk"]), headers={"Content-Length": "5"})
        assert response.status_code == 503
    assert len(recording_server.requests) == 1


def test_get_carries_no_key(recording_server: RecordingServer) -> None:
    recording_server.reply("GET /developer/api-access", status=200, body={"apiKey": "k"})
    with timeular_client.with_token("t", base_url=recording_server.base_url) as client:
        client.get_httpx_client().get("/developer/api-access")
    (only,) = recording_server.requests
    assert "Idempotency-Key" not in only.headers and only.headers["x-specfleet-retry-count"] == "0"


SPEC = """\
openapi: 3.1.0
info: {title: Payments, version: 1.0.0}
servers: [{url: "https://payments.example"}]
paths:
  /charges:
    post:
      operationId: createCharge
      parameters:
        - {name: X-Idempotency-Token, in: header, required: false, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [amount]
              properties: {amount: {type: integer}}
      responses:
        "201":
          description: the charge
          content:
            application/json:
              schema:
                type: object
                properties: {id: {type: string}}
"""


def test_the_header_the_spec_declares_carries_the_key(
    tmp_path: Path, resetting_server: ResettingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from specfleet.generation.render import generate_from

    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC)
    target, _ = generate_from(spec, tmp_path / "out", "payments", lenient=True)
    monkeypatch.syspath_prepend(str(target))
    package = importlib.import_module("payments_client")
    try:
        retry = package.Retry(backoff=0.01, max_backoff=0.02)
        with package.Client(base_url=resetting_server.base_url, retry=retry) as client:
            client.charges.create(amount=5)
        first, retried = resetting_server.heads
        assert first["x-idempotency-token"] and retried["x-idempotency-token"] == first["x-idempotency-token"]
        assert "idempotency-key" not in first
    finally:
        for name in [name for name in sys.modules if name.split(".")[0] == "payments_client"]:
            del sys.modules[name]
