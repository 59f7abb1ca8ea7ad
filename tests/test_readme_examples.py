"""Every README's examples run, as written: each client's against a Prism mock of its spec, and
the project's own (its commands are the CLI's; adopting a spec runs start to end).

The blocks run in order in one namespace, as a reader would paste them. Only two things are
changed around them, never their code: each ``"<name>"`` placeholder becomes the example the
spec gives for it (a login's body fields, a login URL's parameters; a made-up token
otherwise), and requests for the API's own servers (the README's default base URL, or the
``localhost:4010`` it shows) are sent to Prism instead.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import io
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from specfleet.cli import build_parser
from specfleet.fleet.mock_server import _free_port

from .conftest import ROOT, PrismFor
from .support.discovery import ProviderCase, discover
from .support.processes import Output

FLEET = discover(ROOT)
README_EXAMPLE_PORT_URL = "http://localhost:4010"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
PLACEHOLDER = re.compile(r"""(["'])<([A-Za-z_][A-Za-z0-9_]*)>\1""")


def python_blocks(readme: Path) -> list[str]:
    return BLOCK.findall(readme.read_text(encoding="utf-8"))


def fill_placeholders(code: str, values: dict[str, Any]) -> str:
    """``"<name>"`` -> the literal of the example for ``name``; an unknown name stays as written."""
    return PLACEHOLDER.sub(lambda m: repr(values[m[2]]) if m[2] in values else m[0], code)


@contextlib.contextmanager
def routed_to(prism_url: str, prefixes: list[str]) -> Iterator[list[tuple[str, int]]]:
    """Send requests for any of ``prefixes`` to ``prism_url`` (path kept); record (request, status)."""
    prefixes = sorted(prefixes, key=len, reverse=True)
    sent: list[tuple[str, int]] = []
    original = httpx.HTTPTransport.handle_request
    original_async = httpx.AsyncHTTPTransport.handle_async_request

    def reroute(request: httpx.Request) -> None:
        url = str(request.url)
        prefix = next(
            (p for p in prefixes if url == p or url.startswith(p + "/") or url.startswith(p + "?")), None
        )
        assert prefix is not None, f"the example sent a request to {url}, which is none of the API's servers"
        request.url = httpx.URL(prism_url + url[len(prefix) :])
        request.headers["Host"] = request.url.netloc.decode()

    def handle(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        reroute(request)
        response = original(self, request)
        sent.append((f"{request.method} {request.url.path}", response.status_code))
        return response

    async def handle_async(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        reroute(request)
        response = await original_async(self, request)
        sent.append((f"{request.method} {request.url.path}", response.status_code))
        return response

    httpx.HTTPTransport.handle_request = handle  # type: ignore[method-assign]
    httpx.AsyncHTTPTransport.handle_async_request = handle_async  # type: ignore[method-assign]
    try:
        yield sent
    finally:
        httpx.HTTPTransport.handle_request = original  # type: ignore[method-assign]
        httpx.AsyncHTTPTransport.handle_async_request = original_async  # type: ignore[method-assign]


def run_block(code: str, namespace: dict[str, Any], name: str) -> None:
    """Run one block; a block with top-level ``await`` runs in an event loop, as in ``python -m asyncio``."""
    compiled = compile(code, name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(compiled, namespace)  # noqa: S307 - the README of a client we generated
    if asyncio.iscoroutine(result):
        asyncio.run(result)


@pytest.mark.parametrize("provider", [pytest.param(p, id=p.name) for p in FLEET])
def test_readme_examples_run_against_prism(provider: ProviderCase, prism: PrismFor) -> None:
    readme = provider.client_dir / "README.md"
    blocks = python_blocks(readme)
    assert blocks, f"{readme} has no Python examples"
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    opened: list[Any] = []
    values = provider.example_arguments()
    printed = io.StringIO()
    server = prism(provider.name)
    with routed_to(server.base_url, [*provider.server_urls, README_EXAMPLE_PORT_URL]) as sent:
        for number, block in enumerate(blocks, start=1):
            code = fill_placeholders(block, values)
            try:
                with contextlib.redirect_stdout(printed):
                    run_block(code, namespace, f"{readme}:block{number}")
                opened += [value for value in namespace.values() if hasattr(value, "get_httpx_client")]
            except Exception as failed:
                raise AssertionError(
                    f"README block {number} of {readme} fails: {type(failed).__name__}: {failed}\n{code}"
                    f"\nrequests so far: {sent}\n{server.log_tail()}"
                ) from failed
    assert sent, "the examples never reached the API"
    assert all(200 <= status < 300 for _, status in sent), sent
    # the operation example prints its status and the parsed body
    assert re.search(r"^2\d\d \S", printed.getvalue(), re.MULTILINE), printed.getvalue()
    assert "client" in namespace and provider.package in sys.modules
    # a reader's session ends by closing what it opened: every client a block left is closed here
    for client in opened:
        client.close()


def test_placeholders_become_the_spec_examples() -> None:
    """The substitution itself: known names become literals, unknown ones stay as the README wrote them."""
    code = 'c = pkg.sign_in("<api_key>", "<secret>")\nu = pkg.url(\'<other>\')'
    filled = fill_placeholders(code, {"api_key": "k-1", "secret": 'a"b'})
    assert filled == "c = pkg.sign_in('k-1', 'a\"b')\nu = pkg.url('<other>')"


def test_a_request_to_another_host_is_refused_not_sent() -> None:
    """An example calling a host that is none of the API's servers fails instead of reaching the internet."""
    with routed_to("http://127.0.0.1:9", ["https://api.example.com/v1"]) as sent, httpx.Client() as http:
        with pytest.raises(AssertionError, match="https://elsewhere.example.com/x, which is none"):
            http.get("https://elsewhere.example.com/x")
        with pytest.raises(AssertionError, match="none of the API's servers"):
            http.get("https://api.example.com/v10")  # a prefix of the path is not the server
    assert sent == []


# --- the project's own README: what a newcomer runs first ---------------------------------------

PROJECT_README = ROOT / "README.md"
SHELL_BLOCK = re.compile(r"^```sh\n(.*?)^```$", re.DOTALL | re.MULTILINE)
ADOPTED_SPEC = ROOT / "tests" / "data" / "clients" / "adopted" / "openapi.yaml"


def readme_section(title: str) -> str:
    """The text of the README's ``## title`` section, up to the next ``## ``."""
    text = PROJECT_README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def specfleet_commands(text: str) -> list[list[str]]:
    """Each ``python -m specfleet ...`` line of the shell blocks, as its arguments after the module."""
    commands = []
    for block in SHELL_BLOCK.findall(text):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words[:3] == ["python", "-m", "specfleet"]:
                commands.append(words[3:])
    return commands


def test_every_specfleet_command_in_the_readme_is_one_the_cli_takes() -> None:
    commands = specfleet_commands(PROJECT_README.read_text(encoding="utf-8"))
    assert len(commands) >= 8, commands
    for argv in commands:
        try:
            with contextlib.redirect_stderr(io.StringIO()) as said:
                build_parser(argv).parse_args(argv)
        except SystemExit:
            raise AssertionError(f"`python -m specfleet {shlex.join(argv)}`: {said.getvalue()}") from None


def test_adopting_a_spec_runs_as_the_readme_shows(tmp_path: Path) -> None:
    """generate --from, mock --from, then the README's call, against the mock it started."""
    section = readme_section("Adopt a published spec")
    generate, serve = specfleet_commands(section)
    [call] = python_blocks_of(section)
    shutil.copyfile(ADOPTED_SPEC, tmp_path / "openapi.yaml")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    made = subprocess.run(
        [sys.executable, "-m", "specfleet", *generate], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    # another test may hold the README's port: the mock and the call move to a free one together
    port = str(_free_port())
    serve = [port if word == README_PORT else word for word in serve]
    code = fill_placeholders(call, {"token": "t"}).replace(f":{README_PORT}", f":{port}")
    process = subprocess.Popen(
        [sys.executable, "-m", "specfleet", *serve],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    output = Output(process.stdout)
    try:
        output.wait_for(f"on http://127.0.0.1:{port} (Ctrl-C stops it)")
        called = subprocess.run(
            [sys.executable, "-c", code],
            cwd=tmp_path,
            env={**env, "PYTHONPATH": f"{tmp_path / 'widgets-client'}{os.pathsep}{ROOT / 'src'}"},
            capture_output=True,
            text=True,
        )
    finally:
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C, as the README's reader stops it
        process.wait(timeout=60)
    assert called.returncode == 0, called.stderr
    assert called.stdout.startswith("[Widget(id="), called.stdout
    assert process.returncode == 0, output.text


README_PORT = "4010"


def python_blocks_of(text: str) -> list[str]:
    return BLOCK.findall(text)
