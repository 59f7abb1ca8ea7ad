"""PrismServer against a real Prism: the behaviour the contract tests rely on, checked on the wire.

Never skipped: without Node.js these tests fail with the line that says what to install.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from specfleet.errors import SpecfleetError
from specfleet.fleet import mock_server as mock
from specfleet.fleet.mock_server import PrismServer, ensure_prism

from .support.processes import Output

ROOT = Path(__file__).resolve().parents[1]
PETSTORE = ROOT / "tests" / "data" / "mock" / "petstore.yaml"
AUTH = {"Authorization": "Bearer test-token"}


@pytest.fixture(scope="module")
def petstore() -> Iterator[PrismServer]:
    with PrismServer(PETSTORE, root=ROOT) as server:
        yield server


@pytest.fixture
def client(petstore: PrismServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=petstore.base_url, timeout=10) as http:
        yield http


def refuses_connections(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return False
    except OSError:
        return True


def test_ensure_prism_installs_the_pinned_version() -> None:
    binary = ensure_prism(ROOT)
    assert binary == ROOT / "tools" / "prism" / "node_modules" / ".bin" / "prism"
    assert mock._installed_version(binary.parents[1].parent) == mock._pinned_version(ROOT / "tools" / "prism")


def test_valid_request_gets_the_example(client: httpx.Client, petstore: PrismServer) -> None:
    response = client.get("/pets", params={"tag": "dog"}, headers=AUTH)
    assert response.status_code == 200, petstore.log_tail()
    assert response.json() == [{"id": 1, "name": "Rex", "tag": "dog"}, {"id": 2, "name": "Tom", "tag": "cat"}]


def test_missing_required_query_parameter_is_422(client: httpx.Client) -> None:
    response = client.get("/pets", headers=AUTH)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert [error["location"] for error in response.json()["validation"]] == [["query"]]


def test_missing_credential_is_401(client: httpx.Client) -> None:
    response = client.get("/pets", params={"tag": "dog"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_prefer_code_selects_a_documented_status(client: httpx.Client) -> None:
    response = client.get("/pets", params={"tag": "dog"}, headers={**AUTH, "Prefer": "code=404"})
    assert response.status_code == 404
    assert response.json() == {"message": "no pet with that tag"}


def test_request_body_is_validated(client: httpx.Client) -> None:
    created = client.post("/pets", json={"name": "Nemo", "tag": "fish"}, headers=AUTH)
    assert created.status_code == 201
    assert created.json() == {"id": 3, "name": "Nemo", "tag": "fish"}
    invalid = client.post("/pets", json={"name": ""}, headers=AUTH)
    assert invalid.status_code == 422
    assert invalid.json()["validation"][0]["location"] == ["body", "name"]


def test_exit_stops_the_process() -> None:
    with PrismServer(PETSTORE, root=ROOT) as server:
        process, port = server.process, server.port
        assert process is not None and process.poll() is None
        assert httpx.get(f"{server.base_url}/pets", params={"tag": "x"}, headers=AUTH).status_code == 200
    assert process.poll() is not None
    assert server.process is None
    assert refuses_connections(port)
    with pytest.raises(SpecfleetError, match="not running"):
        server.base_url  # noqa: B018


def test_lost_port_race_retries_on_another_port(
    petstore: PrismServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first port offered is already Prism's (it answers!), so only our own log line can tell."""
    offered = iter([petstore.port])
    real_free_port = mock._free_port
    monkeypatch.setattr(mock, "_free_port", lambda: next(offered, None) or real_free_port())
    with PrismServer(PETSTORE, root=ROOT) as second:
        assert second.port != petstore.port
        assert httpx.get(f"{second.base_url}/pets", params={"tag": "x"}, headers=AUTH).status_code == 200
    assert petstore.process is not None and petstore.process.poll() is None


def test_early_death_reports_prism_output(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(
        'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths:\n  /a: {get: {responses: {"200": '
        '{description: ok, content: {application/json: {schema: {$ref: "#/nope"}}}}}}}\n'
    )
    dying = PrismServer(spec, root=ROOT)
    with pytest.raises(SpecfleetError, match=r"(?s)Prism exited with code 1 .*fatal.*#/nope") as raised:
        dying.start()
    assert dying.process is None  # nothing left behind
    assert "prism mock <document>" not in str(raised.value)  # the usage text is noise


def test_missing_node_fails_with_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SpecfleetError) as raised:
        ensure_prism(ROOT)
    message = str(raised.value)
    assert message == mock.NEED_NODE and "\n" not in message
    with pytest.raises(SpecfleetError, match="Node.js"), PrismServer(PETSTORE, root=ROOT):
        pass


def test_too_old_node_fails_with_the_version_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    node = tmp_path / "node"
    node.write_text("#!/bin/sh\necho v18.20.4\n")
    node.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SpecfleetError, match=r"Node.js >= 20.16 .*\(found node v18.20.4\)$"):
        ensure_prism(ROOT)


# --- ``specfleet mock PROVIDER``: the same server in the foreground, for trying a client by hand ---------


@pytest.fixture
def pets_project(tmp_path: Path) -> Path:
    """A project whose one provider, ``pets``, is the petstore spec (Prism from the real tools/)."""
    (tmp_path / "specs" / "pets").mkdir(parents=True)
    shutil.copy2(PETSTORE, tmp_path / "specs" / "pets" / "openapi.yaml")
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "tools").symlink_to(ROOT / "tools")
    return tmp_path


def start_mock(*args: str, cwd: Path) -> subprocess.Popen[str]:
    """``specfleet mock ARGS`` in its own process group, as a terminal would run it."""
    return subprocess.Popen(
        [sys.executable, "-m", "specfleet", "mock", *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def test_mock_command_serves_until_ctrl_c(pets_project: Path) -> None:
    port = mock._free_port()
    process = start_mock("pets", "--port", str(port), cwd=pets_project)
    assert process.stdout is not None and process.stderr is not None
    out, err = Output(process.stdout), Output(process.stderr)
    try:
        banner = f"Prism mock of pets on http://127.0.0.1:{port} (Ctrl-C stops it)\n"
        assert out.wait_for(banner).startswith(banner)
        response = httpx.get(f"http://127.0.0.1:{port}/pets", params={"tag": "dog"}, headers=AUTH, timeout=10)
        assert response.status_code == 200
        assert response.json()[0] == {"id": 1, "name": "Rex", "tag": "dog"}
        assert (
            httpx.get(f"http://127.0.0.1:{port}/pets", params={"tag": "dog"}, timeout=10).status_code == 401
        )
        # Prism's log is shown as it runs: its line for a request arrives after the answer did
        out.wait_for("Request received")
    finally:
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole group
        process.wait(timeout=30)
    shown = out.rest()
    assert process.returncode == 0, (shown[-2000:], err.rest())
    assert shown.rstrip().endswith("stopped") and "Traceback" not in err.rest()
    assert refuses_connections(port)


def test_mock_command_refuses_an_unknown_provider(pets_project: Path) -> None:
    process = start_mock("nope", cwd=pets_project)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert err == "specfleet mock: error: unknown provider(s): nope (known: pets)\n"
    assert out == ""


def test_mock_command_refuses_a_port_in_use(pets_project: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = start_mock("pets", "--port", str(port), cwd=pets_project)
        out, err = process.communicate(timeout=90)
    assert process.returncode == 1, err
    assert err == f"specfleet mock: error: port {port} is already in use; choose another\n", err


def test_mock_from_serves_any_spec_file_outside_a_project(tmp_path: Path) -> None:
    """``specfleet mock --from SPEC``: a spec that belongs to no project (Prism from this checkout)."""
    spec = tmp_path / "anywhere" / "petstore.yaml"
    spec.parent.mkdir()
    shutil.copy2(PETSTORE, spec)
    port = mock._free_port()
    process = start_mock("--from", str(spec), "--port", str(port), cwd=tmp_path)
    try:
        first_line = process.stdout.readline() if process.stdout else ""
        assert first_line == f"Prism mock of petstore.yaml on http://127.0.0.1:{port} (Ctrl-C stops it)\n"
        response = httpx.get(f"http://127.0.0.1:{port}/pets", params={"tag": "dog"}, headers=AUTH, timeout=10)
        assert response.status_code == 200 and response.json()[0]["name"] == "Rex"
    finally:
        os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, (out[-2000:], err)


def test_mock_needs_a_provider_or_a_spec(pets_project: Path) -> None:
    process = start_mock(cwd=pets_project)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert err == "specfleet mock: error: give a PROVIDER or --from SPEC (one of them)\n"
