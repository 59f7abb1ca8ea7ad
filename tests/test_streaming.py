"""A ``text/event-stream`` answer: ``stream=True`` gives typed events as the server sends them.

The client is generated from a small spec (tests/data/clients/streaming) and talks to a real
HTTP server on loopback that sends one event, then waits until the test has read it before
sending the rest: events that arrive only at the end of the response fail the test.
"""

from __future__ import annotations

import importlib
import json
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from .support.clients import generated_client
from .support.loopback import Loopback
from .support.mypy import script_mypy

pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]

SPEC = Path(__file__).parent / "data" / "clients" / "streaming" / "openapi.yaml"
DEADLINE = 10.0


client_dir = generated_client(SPEC, "streaming", lenient=True)


class StreamingServer(Loopback):
    """Answers ``POST /v1/completions``: JSON, or with ``"stream": true`` two events and ``[DONE]``,
    the second only once ``first_read`` is set."""

    def __init__(self) -> None:
        self.first_read = threading.Event()
        self.bodies: list[dict[str, Any]] = []
        self.accepts: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                owner.bodies.append(body)
                owner.accepts.append(self.headers.get("Accept", ""))
                if body.get("model") == "missing":
                    self._send(404, b'{"message": "no such model"}', "application/json")
                elif not body.get("stream"):
                    self._send(200, b'{"id": "c1", "text": "hello world"}', "application/json")
                else:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(b': a comment\n\ndata: {"id": "c1", "delta": "hello"}\n\n')
                    self.wfile.flush()
                    owner.first_read.wait(DEADLINE)
                    self.wfile.write(
                        b'event: chunk\ndata: {"id": "c1",\ndata:  "delta": " world"}\n\ndata: [DONE]\n\n'
                    )
                    self.wfile.flush()
                    self.close_connection = True

            def _send(self, status: int, data: bytes, media: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", media)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(Handler)

    def __exit__(self, *args: object) -> None:
        self.first_read.set()
        super().__exit__(*args)


def test_stream_true_yields_typed_events_as_they_arrive(client_dir: Path) -> None:
    package = importlib.import_module("streaming_client")
    models = importlib.import_module("streaming_client.models")
    with StreamingServer() as server, package.Client(base_url=server.base_url) as client:
        stream = client.completions.create(model="m", prompt="hi", stream=True)
        events = iter(stream)
        first = next(events)
        assert not stream.response.is_closed  # the rest is still to come
        server.first_read.set()
        rest = list(events)
        assert isinstance(first, models.CompletionChunk)
        assert [first.delta, *(event.delta for event in rest)] == ["hello", " world"]
        assert stream.response.is_closed
        assert server.bodies[-1]["stream"] is True
        assert server.accepts[-1] == "text/event-stream"
        plain = client.completions.create(model="m", prompt="hi")
        assert isinstance(plain, models.Completion) and plain.text == "hello world"


def test_a_stream_closed_early_closes_its_response(client_dir: Path) -> None:
    package = importlib.import_module("streaming_client")
    with StreamingServer() as server, package.Client(base_url=server.base_url) as client:
        with client.completions.create(model="m", prompt="hi", stream=True) as stream:
            assert next(iter(stream)).delta == "hello"
        assert stream.response.is_closed


def test_an_error_status_raises_before_any_event(client_dir: Path) -> None:
    package = importlib.import_module("streaming_client")
    with StreamingServer() as server, package.Client(base_url=server.base_url) as client:
        with pytest.raises(package.NotFoundError) as caught:
            client.completions.create(model="missing", prompt="hi", stream=True)
        assert caught.value.parsed.message == "no such model"


async def test_async_stream_yields_typed_events(client_dir: Path) -> None:
    package = importlib.import_module("streaming_client")
    with StreamingServer() as server:
        server.first_read.set()
        async with package.AsyncClient(base_url=server.base_url) as client:
            stream = await client.completions.create(body=_request(client_dir), stream=True)
            deltas = [event.delta async for event in stream]
            assert deltas == ["hello", " world"]
            assert stream.response.is_closed


def test_a_raw_streamed_answer_gives_its_headers_then_its_events(client_dir: Path) -> None:
    package = importlib.import_module("streaming_client")
    with StreamingServer() as server, package.Client(base_url=server.base_url) as client:
        server.first_read.set()
        raw = client.completions.with_raw_response.create(model="m", prompt="hi", stream=True)
        assert raw.status_code == 200
        assert raw.headers["content-type"] == "text/event-stream"
        assert not raw.http_response.is_closed  # the events are still to be read
        with raw.parse() as stream:
            assert [event.delta for event in stream] == ["hello", " world"]
        assert raw.http_response.is_closed
        plain = client.completions.with_raw_response.create(model="m", prompt="hi")
        assert plain.parse().text == "hello world"


async def test_an_async_raw_streamed_answer_gives_its_events(client_dir: Path) -> None:
    package = importlib.import_module("streaming_client")
    with StreamingServer() as server:
        server.first_read.set()
        async with package.AsyncClient(base_url=server.base_url) as client:
            raw = await client.completions.with_raw_response.create(model="m", prompt="hi", stream=True)
            assert raw.status_code == 200
            stream = raw.parse()
            assert [event.delta async for event in stream] == ["hello", " world"]
            assert raw.http_response.is_closed


def test_a_streaming_response_reads_the_body_only_as_asked(client_dir: Path) -> None:
    package = importlib.import_module("streaming_client")
    with StreamingServer() as server, package.Client(base_url=server.base_url) as client:
        streaming = client.completions.with_streaming_response.create(model="m", prompt="hi", stream=True)
        assert server.bodies == []  # nothing is sent before the block starts
        with streaming as response:
            assert response.status_code == 200 and response.headers["content-type"] == "text/event-stream"
            lines = response.iter_lines()
            assert next(lines) == ": a comment"  # while the server still holds the rest back
            server.first_read.set()
            assert "data: [DONE]" in list(lines)
        assert response.http_response.is_closed


def test_a_streaming_response_parses_as_the_method_would(client_dir: Path) -> None:
    package = importlib.import_module("streaming_client")
    models = importlib.import_module("streaming_client.models")
    with StreamingServer() as server, package.Client(base_url=server.base_url) as client:
        server.first_read.set()
        with client.completions.with_streaming_response.create(model="m", prompt="hi") as response:
            completion = response.parse()
        assert isinstance(completion, models.Completion) and completion.text == "hello world"
        assert response.http_response.is_closed
        with client.completions.with_streaming_response.create(
            model="m", prompt="hi", stream=True
        ) as response:
            assert [event.delta for event in response.parse()] == ["hello", " world"]
        with client.completions.with_streaming_response.create(model="m", prompt="hi") as response:
            assert b"".join(response.iter_bytes()) == b'{"id": "c1", "text": "hello world"}'


def test_a_streaming_response_raises_an_error_status_when_the_block_starts(client_dir: Path) -> None:
    package = importlib.import_module("streaming_client")
    with StreamingServer() as server, package.Client(base_url=server.base_url) as client:
        with (
            pytest.raises(package.NotFoundError) as caught,
            client.completions.with_streaming_response.create(model="missing", prompt="hi"),
        ):
            pytest.fail("the block ran for an error status")
        assert caught.value.parsed.message == "no such model" and caught.value.response.is_closed


async def test_an_async_streaming_response_reads_lines_and_parses(client_dir: Path) -> None:
    package = importlib.import_module("streaming_client")
    with StreamingServer() as server:
        async with package.AsyncClient(base_url=server.base_url) as client:
            streaming = client.completions.with_streaming_response.create(model="m", prompt="hi", stream=True)
            async with streaming as response:
                lines = response.iter_lines()
                assert await anext(lines) == ": a comment"
                server.first_read.set()
                assert "data: [DONE]" in [line async for line in lines]
            assert response.http_response.is_closed
            async with client.completions.with_streaming_response.create(model="m", prompt="hi") as response:
                assert (await response.parse()).text == "hello world"


def _request(client_dir: Path) -> Any:
    models = importlib.import_module("streaming_client.models")
    return models.CompletionRequest(model="m", prompt="hi")


def test_the_stream_types_are_what_mypy_sees(client_dir: Path, tmp_path: Path) -> None:
    script = (
        "import streaming_client\n"
        "with streaming_client.Client() as client:\n"
        "    reveal_type(client.completions.create(model='m', prompt='p'))\n"
        "    reveal_type(client.completions.create(model='m', prompt='p', stream=True))\n"
        "    for event in client.completions.create(model='m', prompt='p', stream=True):\n"
        "        delta: str = event.delta\n"
        "    raw = client.completions.with_raw_response.create(model='m', prompt='p', stream=True)\n"
        "    reveal_type(raw)\n"
        "    with client.completions.with_streaming_response.create(model='m', prompt='p') as response:\n"
        "        reveal_type(response.parse())\n"
        "    request_id: str | None = client.completions.create(model='m', prompt='p')._request_id\n"
    )
    result = script_mypy(client_dir, tmp_path, script)
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"streaming_client.models.completion.Completion"' in result.stdout
    assert (
        "streaming_client._base_client.Stream[streaming_client.models.completion_chunk.CompletionChunk]"
        in result.stdout
    )
    assert (
        "RawResponse[streaming_client._base_client.Stream[streaming_client.models.completion_chunk.CompletionChunk]]"
        in result.stdout
    )
    # with_streaming_response's parse() is typed as the method's answer
    assert result.stdout.count('"streaming_client.models.completion.Completion"') == 2
