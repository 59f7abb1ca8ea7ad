"""Paged lists walk every page, and request bodies go as plain dicts, against a real loopback server.

The client is generated from a small spec (tests/data/clients/paging) with one list per way
published APIs page; the server pages seven things the way each operation says.  The client
adopted from OpenAI's own spec walks ``GET /files`` as OpenAI pages it (``after``/``limit``,
``has_more``, the last item's id), and sends ``chat.completions.create`` with dict messages.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from specfleet.generation.render import generate_from

from .support.clients import generated_client
from .support.loopback import Loopback
from .support.mypy import script_mypy
from .support.real_specs import REAL_SPECS, Adopted

SPEC = Path(__file__).parent / "data" / "clients" / "paging" / "openapi.yaml"
THINGS = [f"t{number}" for number in range(7)]


client_dir = generated_client(SPEC, "paging", lenient=True)


class PagingServer(Loopback):
    """Pages :data:`THINGS` per path as the spec says; records each request's path and query."""

    def __init__(self, answer: Callable[[str, dict[str, str], str], tuple[int, Any, dict[str, str]]]) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.bodies: list[Any] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                self._answer(None)

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                owner.bodies.append(body)
                self._answer(body)

            def _answer(self, body: Any) -> None:
                parts = urlsplit(self.path)
                query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
                owner.requests.append((parts.path, query))
                status, payload, headers = answer(parts.path, query, owner.base_url)
                data = json.dumps(payload if body is None or payload is not None else body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(Handler)


def _things(start: int, size: int) -> list[dict[str, str]]:
    return [{"id": thing} for thing in THINGS[start : start + size]]


def paging_answer(path: str, query: dict[str, str], base_url: str) -> tuple[int, Any, dict[str, str]]:
    """Each path of the paging spec, paged its own way (3 things a page unless asked otherwise)."""
    if path == "/cursor":
        start = THINGS.index(query["cursor"]) + 1 if "cursor" in query else 0
        size = int(query.get("limit", 3))
        page = _things(start, size)
        more = start + size < len(THINGS)
        return 200, {"data": page, "next_cursor": page[-1]["id"] if more else None}, {}
    if path == "/tokens":
        start = int(query.get("page", "p0")[1:])
        more = start + 3 < len(THINGS)
        return (
            200,
            {"data": _things(start, 3), "has_more": more, "next_page": f"p{start + 3}" if more else None},
            {},
        )
    if path == "/offset":
        start, size = int(query.get("offset", 0)), int(query.get("limit", 3))
        return 200, {"results": _things(start, size), "total": len(THINGS)}, {}
    if path == "/numbered":
        page, size = int(query.get("page", 1)), int(query.get("per_page", 3))
        return 200, _things((page - 1) * size, size), {}
    if path == "/linked":
        start = int(query.get("from", 0))
        more = start + 3 < len(THINGS)
        return (
            200,
            {"items": _things(start, 3), "next": f"{base_url}/linked?from={start + 3}" if more else None},
            {},
        )
    if path == "/headed":
        page = int(query.get("page", 1))
        more = page * 3 < len(THINGS)
        headers = {"Link": f'</headed?page={page + 1}>; rel="next"'} if more else {}
        return 200, _things((page - 1) * 3, 3), headers
    if path == "/orders":
        return 200, None, {}  # echo the body
    return 404, {"message": "no such path"}, {}


#: The resource of each way of paging (named from its path): ``client.<resource>.list()``.
LISTS = ["cursor", "tokens", "offset", "numbered", "linked", "headed"]


@pytest.mark.parametrize("resource", LISTS)
def test_each_paging_scheme_walks_every_page(client_dir: Path, resource: str) -> None:
    package = importlib.import_module("paging_client")
    with PagingServer(paging_answer) as server, package.Client(base_url=server.base_url) as client:
        page = getattr(client, resource).list()
        assert [thing.id for thing in page.data] == THINGS[:3]
        assert page.has_next_page()
        assert [thing.id for thing in page] == THINGS
        pages = list(page.iter_pages())
        assert [len(each.data) for each in pages] == [3, 3, 1]
        assert not pages[-1].has_next_page()
        with pytest.raises(RuntimeError):
            pages[-1].get_next_page()
        second = page.get_next_page()
        assert [thing.id for thing in second.data] == THINGS[3:6]


@pytest.mark.parametrize("resource", LISTS)
async def test_each_paging_scheme_walks_every_page_async(client_dir: Path, resource: str) -> None:
    package = importlib.import_module("paging_client")
    with PagingServer(paging_answer) as server:
        async with package.AsyncClient(base_url=server.base_url) as client:
            assert [thing.id async for thing in getattr(client, resource).list()] == THINGS
            page = await getattr(client, resource).list()
            assert [thing.id for thing in page.data] == THINGS[:3]
            second = await page.get_next_page()
            assert [thing.id for thing in second.data] == THINGS[3:6]
            assert len([each async for each in page.iter_pages()]) == 3


def test_the_page_keeps_the_answers_fields_and_the_callers_arguments(client_dir: Path) -> None:
    package = importlib.import_module("paging_client")
    with PagingServer(paging_answer) as server, package.Client(base_url=server.base_url) as client:
        page = client.offset.list(limit=2, extra_headers={"X-Trace": "1"})
        assert page.total == len(THINGS)  # the answer's own field
        assert [thing.id for thing in page] == THINGS
        assert [query.get("offset") for _, query in server.requests] == [None, "2", "4", "6"]
        assert {query["limit"] for _, query in server.requests} == {"2"}


def test_a_next_link_to_another_server_is_not_followed(client_dir: Path) -> None:
    package = importlib.import_module("paging_client")

    def elsewhere(path: str, query: dict[str, str], base_url: str) -> tuple[int, Any, dict[str, str]]:
        return 200, {"items": _things(0, 3), "next": "http://192.0.2.1/linked?from=3"}, {}

    with PagingServer(elsewhere) as server, package.Client(base_url=server.base_url) as client:
        page = client.linked.list()
        assert not page.has_next_page()
        assert len(list(page)) == 3 and len(server.requests) == 1


def test_an_ambiguous_list_stays_a_plain_call_and_says_why(client_dir: Path, tmp_path: Path) -> None:
    resource = (client_dir / "paging_client" / "resources" / "ambiguous.py").read_text(encoding="utf-8")
    assert "def list" in resource and "_paginate" not in resource
    _, warnings = generate_from(SPEC, tmp_path, "paging", lenient=True)
    notes = [w for w in warnings if w.rule == "pagination"]
    assert len(notes) == 1 and "listAmbiguous" not in notes[0].message
    assert "ambiguous.list() stays a plain call" in notes[0].message
    assert "cursor (cursor), offset (offset)" in notes[0].message


def test_client_toml_names_the_scheme_or_turns_paging_off(tmp_path: Path) -> None:
    (tmp_path / "client.toml").write_text(
        'distribution = "paging-client"\npackage = "paging_client"\nversion = "0.1.0"\n'
        'description = "x"\n[pagination]\nlistAmbiguous = "offset"\nlistByCursor = "off"\n',
        encoding="utf-8",
    )
    target, warnings = generate_from(
        SPEC, tmp_path / "out", None, lenient=True, config=tmp_path / "client.toml"
    )
    resources = target / "paging_client" / "resources"
    ambiguous = (resources / "ambiguous.py").read_text(encoding="utf-8")
    cursor = (resources / "cursor.py").read_text(encoding="utf-8")
    assert '_Paging("offset"' in ambiguous
    assert "_paginate" not in cursor
    assert not [w for w in warnings if w.rule == "pagination"]


def test_nested_bodies_go_as_plain_dicts_or_models_the_same(client_dir: Path) -> None:
    package = importlib.import_module("paging_client")
    models = importlib.import_module("paging_client.models")
    with PagingServer(paging_answer) as server, package.Client(base_url=server.base_url) as client:
        client.orders.create(
            lines=[{"sku": "a", "quantity": 2, "gift-note": "hi"}, models.Line(sku="b", quantity=1)],
            shipping={"kind": "pickup", "store": "s1"},
            priority="high",
            deliver_on="2023-09-05",
            customer="3fa85f64-5717-4562-b3fc-2c963f66afa6",
        )
        client.orders.create(
            body={
                "lines": [{"sku": "a", "quantity": 2, "gift-note": "hi"}, {"sku": "b", "quantity": 1}],
                "shipping": {"kind": "pickup", "store": "s1"},
                "priority": "high",
                "deliver_on": "2023-09-05",
                "customer": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            }
        )
        order = models.Order.from_dict(server.bodies[0])
        client.orders.create(body=order)
    assert server.bodies[0] == server.bodies[1] == server.bodies[2]
    assert server.bodies[0]["lines"][0] == {"sku": "a", "quantity": 2, "gift-note": "hi"}
    assert server.bodies[0]["shipping"] == {"kind": "pickup", "store": "s1"}


USER_SCRIPT = """\
import paging_client

with paging_client.Client() as client:
    for thing in client.cursor.list():
        reveal_type(thing)
    page = client.offset.list(limit=2)
    reveal_type(page)
    client.orders.create(lines=[{"sku": "a", "quantity": 1}], shipping={"kind": "pickup", "store": "s"})
"""


def test_mypy_infers_the_items_and_checks_every_key(client_dir: Path, tmp_path: Path) -> None:
    result = script_mypy(client_dir, tmp_path, USER_SCRIPT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"paging_client.models.thing.Thing"' in result.stdout
    assert "SyncPage[paging_client.models.thing.Thing]" in result.stdout
    wrong_type = USER_SCRIPT.replace('"store": "s"', '"store": 5')
    result = script_mypy(client_dir, tmp_path, wrong_type)
    assert result.returncode == 1 and "user.py:8: error" in result.stdout
    wrong_key = (
        "from paging_client.params.line import LineParam\nline: LineParam = {'sku': 'a', 'quantty': 1}\n"
    )
    result = script_mypy(client_dir, tmp_path, wrong_key)
    assert result.returncode == 1 and '"quantty"' in result.stdout


# --- the client adopted from OpenAI's own spec -----------------------------------------------------

OPENAI = REAL_SPECS / "openai" / "openapi-latest.yaml"
FILES = [f"file-{number}" for number in range(5)]


def openai_answer(path: str, query: dict[str, str], base_url: str) -> tuple[int, Any, dict[str, str]]:
    """``GET /files`` as OpenAI pages it; ``POST /chat/completions`` one answer."""
    if path == "/files":
        start = FILES.index(query["after"]) + 1 if "after" in query else 0
        size = int(query.get("limit", 2))
        ids = FILES[start : start + size]
        files = [
            {
                "id": i,
                "object": "file",
                "bytes": 1,
                "created_at": 1,
                "filename": "f",
                "purpose": "batch",
                "status": "processed",
                "expires_at": None,
                "status_details": None,
            }
            for i in ids
        ]
        more = start + size < len(FILES)
        return (
            200,
            {"object": "list", "data": files, "first_id": ids[0], "last_id": ids[-1], "has_more": more},
            {},
        )
    if path == "/chat/completions":
        message = {"role": "assistant", "content": "hello", "refusal": None}
        choice = {"index": 0, "finish_reason": "stop", "logprobs": None, "message": message}
        return (
            200,
            {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [choice]},
            {},
        )
    return 404, {"error": {"message": "no such path"}}, {}


@pytest.fixture(scope="module")
def openai_client(adopted: Callable[[Path], Adopted]) -> Iterator[Any]:
    result = adopted(OPENAI)
    assert result.returncode == 0, result.stderr[-3000:]
    sys.path.insert(0, str(result.client))
    try:
        yield importlib.import_module(result.package)
    finally:
        sys.path.remove(str(result.client))
        for name in [name for name in sys.modules if name.split(".")[0] == result.package]:
            del sys.modules[name]


@pytest.mark.slow
def test_openai_files_walk_every_page(openai_client: Any) -> None:
    with (
        PagingServer(openai_answer) as server,
        openai_client.with_token("sk-x", base_url=server.base_url) as client,
    ):
        page = client.files.list(limit=2)
        assert [f.id for f in page.data] == FILES[:2]
        assert page.has_next_page() and page.has_more is True
        second = page.get_next_page()
        assert [f.id for f in second.data] == FILES[2:4]
        assert [f.id for f in page] == FILES
        assert [query.get("after") for _, query in server.requests[1:]] == ["file-1", "file-1", "file-3"]


@pytest.mark.slow
async def test_openai_files_walk_every_page_async(openai_client: Any) -> None:
    with PagingServer(openai_answer) as server:
        async with openai_client.async_with_token("sk-x", base_url=server.base_url) as client:
            assert [f.id async for f in client.files.list(limit=2)] == FILES
            page = await client.files.list(limit=2)
            assert page.has_next_page()
            last = await (await page.get_next_page()).get_next_page()
            assert [f.id for f in last.data] == FILES[4:] and not last.has_next_page()


@pytest.mark.slow
def test_openai_chat_messages_as_dicts(openai_client: Any) -> None:
    with (
        PagingServer(openai_answer) as server,
        openai_client.with_token("sk-x", base_url=server.base_url) as client,
    ):
        answer = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        assert answer.choices[0].message.content == "hello"
    assert server.bodies == [{"model": "m", "messages": [{"role": "user", "content": "hi"}]}]
