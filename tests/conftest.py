"""Shared fixtures: the real project, scratch copies of it, and the CLI as a real subprocess."""

from __future__ import annotations

import fcntl
import json as _json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from specfleet.fleet.mock_server import PrismServer
from specfleet.layout import Project

from .support.loopback import Loopback
from .support.real_specs import Adopted, adopt, client_name

if TYPE_CHECKING:
    from .support.discovery import ProviderCase

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
#: every provider folder under specs/, discovered (no test names one)
PROVIDERS = tuple(provider.name for provider in Project(ROOT).providers())


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--provider",
        action="append",
        default=[],
        metavar="NAME",
        help="run only this provider's cases of the tests made per provider (exact name; repeatable)",
    )


def _provider_of(item: pytest.Item) -> str | None:
    """The provider a test case was made for, when it was made per provider."""
    callspec = getattr(item, "callspec", None)
    if callspec is None or "provider" not in callspec.params:
        return None
    provider = callspec.params["provider"]
    return str(getattr(provider, "name", provider))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Slow tests first; ``--provider NAME`` deselects the cases made for other providers.

    The workers share the tests out in order and then take over each other's last ones, so a
    long test that starts late keeps one worker busy alone at the end: started first, the
    long tests overlap each other and the short ones fill the gaps.  (The sort is stable: the
    order within each group stays the files' own.)
    """
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
    chosen = set(config.getoption("provider"))
    if not chosen:
        return
    unknown = sorted(chosen - set(PROVIDERS))
    if unknown:
        raise pytest.UsageError(
            f"--provider: no such provider: {', '.join(unknown)} (known: {', '.join(PROVIDERS)})"
        )
    kept: list[pytest.Item] = []
    deselected: list[pytest.Item] = []
    for item in items:
        (kept if _provider_of(item) in (None, *chosen) else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(ROOT)


def copy_project(destination: Path) -> Project:
    """A scratch copy of what generation reads and writes, so tests never touch the real tree."""
    for name in ("specs", "templates", "generated"):
        shutil.copytree(
            ROOT / name, destination / name, ignore=shutil.ignore_patterns("__pycache__", ".*_cache")
        )
    shutil.copy2(ROOT / "pyproject.toml", destination / "pyproject.toml")
    return Project(destination)


SharedDir = Callable[[str, Callable[[Path], None]], Path]


def _run_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The temporary directory of this whole test run, which every pytest-xdist worker shares."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session", autouse=True)
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One mypy cache for the run: the standard library, httpx and attrs are analysed once, not
    again by each of the dozens of ``mypy --strict`` runs over generated code (mypy rechecks a
    module whose source differs from what the cache holds, and writes each entry atomically)."""
    previous = os.environ.get("MYPY_CACHE_DIR")
    os.environ["MYPY_CACHE_DIR"] = str(_run_root(tmp_path_factory) / "mypy-cache")
    yield
    if previous is None:
        os.environ.pop("MYPY_CACHE_DIR", None)
    else:
        os.environ["MYPY_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def shared_dir(tmp_path_factory: pytest.TempPathFactory) -> SharedDir:
    """``shared_dir(name, make)``: a directory ``make`` fills once per test run, for every worker.

    pytest-xdist gives each worker its own session, so a session fixture alone would make an
    expensive result (a built wheel, a tool's environment) once per worker. The first worker to
    ask makes it under a lock in the run's shared temporary directory; the others wait and reuse
    it. A directory left half-made (its maker failed) is made again.
    """
    root = _run_root(tmp_path_factory) / "shared"
    root.mkdir(exist_ok=True)

    def get(name: str, make: Callable[[Path], None]) -> Path:
        target = root / name
        with (root / f"{name}.lock").open("wb") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if (root / f"{name}.done").is_file():
                return target
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir()
            make(target)
            (root / f"{name}.done").touch()
        return target

    return get


@pytest.fixture
def project_copy(tmp_path: Path) -> Project:
    return copy_project(tmp_path / "project")


CliRunner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_cli() -> CliRunner:
    """Run ``python -m specfleet ARGS`` in ``cwd`` and capture its output."""

    def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        return subprocess.run(
            [sys.executable, "-m", "specfleet", *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    return run


def tree_snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes, to compare trees exactly."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and ".mypy_cache" not in path.parts
    }


@pytest.fixture(scope="session")
def providers() -> tuple[ProviderCase, ...]:
    """Every provider with its operations (arguments included) and auth flows; see tests/support/discovery.py."""
    from .support.discovery import discover  # runs openapi-python-client's parse: only for tests that ask

    return discover(ROOT)


# --- Prism, one per provider spec, started on first use and stopped at the end of the session ----------


PrismFor = Callable[[str], PrismServer]


@pytest.fixture(scope="session")
def prism(project: Project) -> Iterator[PrismFor]:
    """``prism("timeular")``: that provider's Prism (~2.5 s to start), shared by the whole session."""
    servers: dict[str, PrismServer] = {}
    with ExitStack() as stack:

        def server_for(provider: str) -> PrismServer:
            if provider not in servers:
                [spec] = [found.spec_path for found in project.providers([provider])]
                servers[provider] = stack.enter_context(PrismServer(spec, root=project.root))
            return servers[provider]

        yield server_for


# --- the published specs, each adopted once per test run ---------------------------------------------


@pytest.fixture(scope="session")
def adopted(shared_dir: SharedDir) -> Callable[[Path], Adopted]:
    """Each real spec's lenient generation, run once per test run (whichever worker asks first)."""

    def make(spec: Path, folder: Path) -> None:
        result = adopt(spec, folder)
        kept = {"returncode": result.returncode, "stderr": result.stderr, "figures": result.figures}
        (folder / "adopted.json").write_text(
            _json.dumps({**kept, "seconds": result.seconds}), encoding="utf-8"
        )

    def get(spec: Path) -> Adopted:
        folder = shared_dir(f"real-{client_name(spec)}", lambda folder: make(spec, folder))
        kept = _json.loads((folder / "adopted.json").read_text(encoding="utf-8"))
        package = client_name(spec).replace("-", "_") + "_client"
        return Adopted(spec, folder / f"{client_name(spec)}-client", package, **kept)

    return get


# --- a real loopback HTTP server that records what clients send -------------------------------------


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class RecordingServer:
    """Answers from ``routes`` (``"GET /path"`` -> list of (status, headers, body), consumed in turn)."""

    base_url: str
    routes: dict[str, list[tuple[int, dict[str, str], bytes]]] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)

    def reply(
        self, route: str, status: int = 200, body: object = None, headers: dict[str, str] | None = None
    ) -> None:
        raw = body if isinstance(body, bytes) else _json.dumps(body).encode() if body is not None else b""
        merged = {"Content-Type": "application/json", **(headers or {})}
        self.routes.setdefault(route, []).append((status, merged, raw))


@pytest.fixture
def recording_server() -> Iterator[RecordingServer]:
    server_state: RecordingServer

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            path = self.path.split("?")[0]
            server_state.requests.append(Recorded(self.command, self.path, dict(self.headers.items()), body))
            queue = server_state.routes.get(f"{self.command} {path}") or [(404, {}, b"")]
            status, headers, raw = queue.pop(0) if len(queue) > 1 else queue[0]
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        def log_message(self, *args: object) -> None:
            pass

    loopback = Loopback(Handler)
    server_state = RecordingServer(base_url=loopback.base_url)
    with loopback:
        yield server_state
