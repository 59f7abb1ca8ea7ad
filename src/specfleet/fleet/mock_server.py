"""A live Prism mock server per spec, so generated clients are tested against real HTTP, not stubs.

Prism is pinned in ``tools/prism`` (package.json + package-lock.json) and installed with ``npm ci``,
so every machine runs the same version. A missing Node.js is an error, never a skip: a contract
test that silently does not run is worse than one that fails and says what to install.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from specfleet.errors import SpecfleetError

PRISM_DIR = Path("tools") / "prism"
PRISM_PACKAGE = "@stoplight/prism-cli"
MIN_NODE = (20, 16, 0)  # the strictest "engines" in package-lock.json (jsep, under prism-cli 5.14.2)
NEED_NODE = (
    "Prism needs Node.js >= 20.16 and npm on PATH: install them "
    "(Debian 13: apt-get install nodejs npm; Debian 12's nodejs 18 is too old) and run again"
)
HOST = "127.0.0.1"
PORT_ATTEMPTS = 5
LOG_TAIL_LINES = 30


def _pinned_version(prism_dir: Path) -> str:
    """The exact prism-cli version package.json pins, so a stale node_modules gets reinstalled."""
    try:
        manifest = json.loads((prism_dir / "package.json").read_text(encoding="utf-8"))
        return str(manifest["dependencies"][PRISM_PACKAGE])
    except (OSError, ValueError, KeyError) as exc:
        raise SpecfleetError(f"{prism_dir / 'package.json'} does not pin {PRISM_PACKAGE}: {exc}") from None


def _installed_version(prism_dir: Path) -> str | None:
    manifest = prism_dir / "node_modules" / PRISM_PACKAGE / "package.json"
    try:
        return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        return None


def _check_node() -> None:
    """Fail with one actionable line when node is missing or too old for the pinned Prism."""
    node = shutil.which("node")
    if node is None:
        raise SpecfleetError(NEED_NODE)
    try:
        found = subprocess.run(
            [node, "--version"], capture_output=True, text=True, timeout=30, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        raise SpecfleetError(NEED_NODE) from None
    match = re.match(r"v(\d+)\.(\d+)\.(\d+)", found.strip())
    if match is None or tuple(int(part) for part in match.groups()) < MIN_NODE:
        raise SpecfleetError(f"{NEED_NODE} (found node {found.strip() or 'of unknown version'})")


def ensure_prism(root: Path) -> Path:
    """The pinned prism binary under ``root``, installed first with ``npm ci`` if missing or stale.

    An exclusive lock on package-lock.json serialises concurrent callers (pytest-xdist workers),
    which would otherwise run two ``npm ci`` in the same directory.
    """
    _check_node()
    prism_dir = (root / PRISM_DIR).resolve()
    binary = prism_dir / "node_modules" / ".bin" / "prism"
    pinned = _pinned_version(prism_dir)
    try:
        lock: IO[bytes] = (prism_dir / "package-lock.json").open("rb")
    except OSError as exc:
        raise SpecfleetError(f"cannot read {prism_dir / 'package-lock.json'}: {exc.strerror}") from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if binary.is_file() and _installed_version(prism_dir) == pinned:
            return binary
        npm = shutil.which("npm")
        if npm is None:
            raise SpecfleetError(NEED_NODE)
        command = [npm, "ci", "--prefix", str(prism_dir), "--no-audit", "--no-fund", "--loglevel=error"]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
        except subprocess.TimeoutExpired:
            raise SpecfleetError(
                f"`{' '.join(command)}` took more than 900 s; is the npm registry reachable?"
            ) from None
        if done.returncode != 0 or not binary.is_file():
            tail = _tail(done.stdout + done.stderr)
            raise SpecfleetError(f"`npm ci --prefix {prism_dir}` failed (exit {done.returncode}):\n{tail}")
        return binary


def _free_port() -> int:
    """A port nobody listens on right now; Prism may still lose it to a race, so callers retry."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def _port_answers(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


_USAGE = re.compile(r"^prism mock <document>$.*?^\s*--seed .*?$\n?", re.DOTALL | re.MULTILINE)


def _tail(text: str, lines: int = LOG_TAIL_LINES) -> str:
    """The last lines of Prism's output, without the usage text it prints before every fatal error."""
    return "\n".join(_USAGE.sub("", text).rstrip().splitlines()[-lines:])


class PrismServer:
    """``prism mock SPEC`` on a free loopback port, for as long as the ``with`` block lasts.

    Requests are validated (security, parameters, bodies: invalid ones get 401/422) and, with
    ``--errors``, a response that breaks its own schema becomes a 500, so a wrong example in a
    spec fails loudly. Examples are static (no ``--dynamic``): the same request always gets the
    same body. Output goes to a temporary file, not a pipe, so a chatty server never blocks.
    """

    def __init__(
        self,
        spec: Path,
        *,
        root: Path,
        startup_timeout: float = 60.0,
        stop_timeout: float = 10.0,
        extra_args: tuple[str, ...] = (),
        port: int | None = None,
    ) -> None:
        self.spec = spec.resolve()
        #: a port asked for (``specfleet mock --port``); None picks a free one, retrying on a lost race
        self.requested_port = port
        self.root = root
        self.startup_timeout = startup_timeout
        self.stop_timeout = stop_timeout
        self.extra_args = extra_args
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self._logdir: tempfile.TemporaryDirectory[str] | None = None
        self._log: IO[bytes] | None = None

    @property
    def base_url(self) -> str:
        if self.process is None:
            raise SpecfleetError(f"Prism for {self.spec} is not running")
        return f"http://{HOST}:{self.port}"

    @property
    def log_path(self) -> Path:
        if self._logdir is None:
            raise SpecfleetError(f"Prism for {self.spec} has no log: it was never started")
        return Path(self._logdir.name) / "prism.log"

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        """The end of Prism's log, to put in an assertion message when a contract test fails."""
        try:
            return _tail(self.log_path.read_text(encoding="utf-8", errors="replace"), lines)
        except OSError:
            return ""

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Start Prism and return once it listens; retry on another port if it lost its port to a race."""
        if self.process is not None:
            raise SpecfleetError(f"Prism for {self.spec} is already running on port {self.port}")
        if not self.spec.is_file():
            raise SpecfleetError(f"no spec to mock at {self.spec}")
        prism = ensure_prism(self.root)
        self._logdir = tempfile.TemporaryDirectory(prefix="specfleet-prism-")
        attempts = 1 if self.requested_port is not None else PORT_ATTEMPTS
        for attempt in range(1, attempts + 1):
            try:
                self._launch(prism)
                self._wait_until_listening()
                return
            except _PortTaken:
                self._reap()
                if self.requested_port is not None:
                    self._cleanup()
                    raise SpecfleetError(
                        f"port {self.requested_port} is already in use; choose another"
                    ) from None
                if attempt == PORT_ATTEMPTS:
                    self._cleanup()
                    raise SpecfleetError(
                        f"Prism could not get a free port in {PORT_ATTEMPTS} attempts"
                    ) from None
            except BaseException:
                self.stop()
                raise

    def _launch(self, prism: Path) -> None:
        self.port = self.requested_port if self.requested_port is not None else _free_port()
        self._log = self.log_path.open("wb")
        command = [
            str(prism), "mock", str(self.spec),
            "--host", HOST, "--port", str(self.port), "--errors", "--dynamic", "false",
            *self.extra_args,
        ]  # fmt: skip
        env = {**os.environ, "FORCE_COLOR": "0", "NO_COLOR": "1"}
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=self.root,
        )

    def _wait_until_listening(self) -> None:
        """Poll until Prism says it listens on *our* port and the port answers; fail early if it died.

        The log line matters as much as the socket: after a lost race the port answers, but
        for another process.
        """
        assert self.process is not None
        ready = f"Prism is listening on http://{HOST}:{self.port}"
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            output = self.log_path.read_text(encoding="utf-8", errors="replace")
            if self.process.poll() is not None:
                if "EADDRINUSE" in output:
                    raise _PortTaken
                raise SpecfleetError(
                    f"Prism exited with code {self.process.returncode} while starting on {self.spec}:\n{_tail(output)}"
                )
            if ready in output and _port_answers(self.port):
                return
            time.sleep(0.05)
        raise SpecfleetError(
            f"Prism did not listen on port {self.port} within {self.startup_timeout:g} s for {self.spec}:\n"
            f"{self.log_tail()}"
        )

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after ``stop_timeout``; idempotent."""
        self._reap()
        self._cleanup()

    def _reap(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(self.stop_timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def _cleanup(self) -> None:
        if self._logdir is not None:
            self._logdir.cleanup()
            self._logdir = None


# --- ``specfleet mock PROVIDER``: one provider's mock in the foreground, for trying a client by hand ------

DEFAULT_PORT = 4010  # Prism's own default, and the port the clients' READMEs show
POLL_SECONDS = 0.2


def prism_root() -> Path:
    """Where ``tools/prism`` is: the project run in, else the checkout this source belongs to."""
    from specfleet.layout import find_project

    try:
        return find_project().root
    except SpecfleetError:
        here = Path(__file__).resolve().parents[3]
        if (here / PRISM_DIR / "package.json").is_file():
            return here
        raise


class _PortTaken(Exception):
    """Prism lost the port we picked to another process between our probe and its listen()."""
