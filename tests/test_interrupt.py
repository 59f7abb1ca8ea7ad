"""Runs stopped from outside leave nothing behind: no process, no scratch, generated/ consistent.

CI cancels with SIGTERM, the out-of-memory killer sends SIGKILL.  Each run here is started for
real and killed at a moment drawn from a seeded random generator (the same moments every time),
then: no process of the run is left (found by a mark in the environment every child inherits,
and by the run's session), ``check`` passes, and the next run leaves no scratch.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest

from specfleet._process import lifeline, scratch
from specfleet.layout import Project
from tests.conftest import ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="finds a run's processes in /proc"),
]

MARK = "SPECFLEET_INTERRUPT_TEST"
SEED = 20
#: Copies of each provider under specs/: four providers make a fleet of twelve.
COPIES = 3
#: A real pair whose diff forks a reader of each side's Python API.
OPENAI = ROOT.parent / "shared" / "real-specs" / "openai"
#: How long a run's processes may outlive it.
GONE_WITHIN = 5.0

T = TypeVar("T")


def wait_for(condition: Callable[[], T], seconds: float) -> T:
    """Poll ``condition`` until it is truthy or ``seconds`` pass; its last value either way."""
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.02)


def make_fleet(root: Path) -> Project:
    """A project whose providers are specs/'s, each under ``COPIES`` names (``numind``, ``numind2``...)."""
    root.mkdir(parents=True)
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copy2(ROOT / "pyproject.toml", root / "pyproject.toml")
    for provider in Project(ROOT).providers():
        for copy in range(1, COPIES + 1):
            name = provider.name if copy == 1 else f"{provider.name}{copy}"
            folder = root / "specs" / name
            shutil.copytree(provider.directory, folder)
            settings = folder / "client.toml"
            text = settings.read_text(encoding="utf-8")
            text = text.replace(f'"{provider.name}-client"', f'"{name}-client"')
            text = text.replace(f'"{provider.name}_client"', f'"{name}_client"')
            settings.write_text(text, encoding="utf-8")
    return Project(root)


@dataclass
class Run:
    """A specfleet run started in a session of its own, with a mark its processes inherit."""

    process: subprocess.Popen[str]
    mark: str
    log: Path

    def errors(self) -> str:
        """What the run wrote on stderr (a file: processes it left behind may hold it open)."""
        return self.log.read_text(encoding="utf-8", errors="replace")

    def processes(self) -> list[int]:
        """Every live process of the run: it carries the mark, or is in the run's session."""
        found = []
        wanted = f"{MARK}={self.mark}".encode()
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
                with open(f"/proc/{entry}/environ", "rb") as handle:
                    environ = handle.read().split(b"\0")
            except OSError:
                continue  # gone meanwhile, or not ours to read
            if fields[0] != b"Z" and (wanted in environ or int(fields[3]) == self.process.pid):
                found.append(int(entry))
        return found

    def handles(self, signum: int) -> bool:
        """Whether the run has installed its handler for ``signum`` (it starts with the default)."""
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return True  # it ended
        caught = next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:"))
        return bool(int(caught, 16) >> (signum - 1) & 1)


def start(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    mark = uuid.uuid4().hex
    environ = {**os.environ, "PYTHONPATH": str(ROOT / "src"), MARK: mark, **(env or {})}
    log = Path(tempfile.mkdtemp(prefix="stderr-", dir=cwd.parent)) / "stderr"
    with log.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "specfleet", *args],
            cwd=cwd,
            env=environ,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            text=True,
            start_new_session=True,
        )
    return Run(process, mark, log)


def finish(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run to the end; its exit code and stderr."""
    run = start(args, cwd, env)
    run.process.wait(timeout=600)
    return run.process.returncode, run.errors()


@dataclass
class Outcome:
    """What one kill left: the exit code, the last line, processes still there after the deadline."""

    code: int
    errors: str
    left: list[int]

    @property
    def last_line(self) -> str:
        lines = self.errors.strip().splitlines()
        return lines[-1] if lines else ""


def interrupt(
    args: list[str],
    cwd: Path,
    signum: int,
    moment: float,
    env: dict[str, str] | None = None,
    *,
    group: bool = False,
) -> Outcome:
    """Start a run, send ``signum`` ``moment`` seconds after its handlers are in, and see what is left.

    ``group``: to the run's whole process group, as Ctrl-C in a terminal does; else to the run alone.
    """
    run = start(args, cwd, env)
    try:
        assert wait_for(lambda: run.handles(signal.SIGTERM), 30), "the run never installed its handlers"
        try:
            run.process.wait(timeout=moment)  # the run may end before its moment comes
        except subprocess.TimeoutExpired:
            if group:
                os.killpg(run.process.pid, signum)
            else:
                run.process.send_signal(signum)
        run.process.wait(timeout=60)
        gone = wait_for(lambda: not run.processes(), GONE_WITHIN)
        left = [] if gone else run.processes()
    finally:
        for pid in run.processes():  # never leave a test's run behind, whatever was asserted
            os.kill(pid, signal.SIGKILL)
    return Outcome(run.process.returncode, run.errors(), left)


def scratch_left(root: Path, temporary: Path | None = None) -> list[str]:
    """What runs left beside their output: hidden folders of the project root (caches aside),
    generated/ and dist/, temporary files of the validation cache, and anything in ``temporary``
    (a run's TMPDIR).  Found by where it is, not by how specfleet names it."""
    found = [
        path
        for place in (root, root / "generated", root / "dist")
        if place.is_dir()
        for path in place.iterdir()
        if path.name.startswith(".") and path.name not in {".git", *scratch.KEPT}
    ]
    cache = root / ".specfleet-validate"
    found += [path for path in cache.iterdir() if path.suffix == ".tmp"] if cache.is_dir() else []
    found += list(temporary.iterdir()) if temporary is not None else []
    return sorted(str(path.relative_to(root.parent)) for path in found)


def moments(count: int, longest: float, salt: str) -> Iterator[float]:
    """``count`` kill moments between a twentieth of ``longest`` and all of it, the same every run."""
    generator = random.Random(f"{SEED}-{salt}")
    for _ in range(count):
        yield generator.uniform(0.05, 1.0) * longest


def expected_code(signum: int) -> int:
    return {signal.SIGINT: 130, **lifeline.STOPPING}.get(signum, -signum)


def check_outcome(
    outcome: Outcome, signum: int, command: str, root: Path, temporary: Path | None = None
) -> None:
    """Nothing of the run is left running; a run that could clean up (not SIGKILL) left no scratch."""
    assert outcome.left == [], f"processes of the run left {GONE_WITHIN} s after it ended: {outcome.left}"
    assert outcome.code in (0, expected_code(signum)), outcome
    assert "Traceback" not in outcome.errors and "Error:" not in outcome.errors, outcome.errors
    if outcome.code == 143:
        assert outcome.last_line == (
            f"specfleet {command}: stopped by SIGTERM: its workers were stopped and its scratch removed"
        )
    if signum != signal.SIGKILL:
        assert scratch_left(root, temporary) == []


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, float]:
    """The twelve-provider fleet, generated once, and how long a full ``generate --force`` takes."""
    project = make_fleet(tmp_path_factory.mktemp("fleet") / "project")
    assert len(project.providers()) >= 12
    code, err = finish(["generate"], project.root)
    assert code == 0, err
    started = time.monotonic()
    code, err = finish(["generate", "--force"], project.root)
    assert code == 0, err
    return project, time.monotonic() - started


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_generate_killed_ten_times_leaves_nothing(fleet: tuple[Project, float], signum: int) -> None:
    project, seconds = fleet
    for moment in moments(10, seconds, f"generate-{signum}"):
        outcome = interrupt(["generate", "--force"], project.root, signum, moment)
        check_outcome(outcome, signum, "generate", project.root)
        code, err = finish(["check"], project.root)
        assert code == 0, f"check failed after a kill at {moment:.2f} s:\n{err}"
        code, err = finish(["generate"], project.root)
        assert code == 0, err
        assert scratch_left(project.root) == []


@pytest.mark.parametrize("group", [True, False], ids=["terminal", "alone"])
def test_generate_stopped_by_ctrl_c_cleans_up_as_before(fleet: tuple[Project, float], group: bool) -> None:
    """Ctrl-C (SIGINT to the whole group, or to the run alone) exits 130 with nothing left."""
    project, seconds = fleet
    for moment in moments(3, seconds, f"generate-sigint-{group}"):
        outcome = interrupt(["generate", "--force"], project.root, signal.SIGINT, moment, group=group)
        check_outcome(outcome, signal.SIGINT, "generate", project.root)
        code, err = finish(["check"], project.root)
        assert code == 0, err


def test_concurrent_runs_keep_each_others_scratch(fleet: tuple[Project, float]) -> None:
    """A run started while another renders sweeps only the scratch of runs that are gone."""
    project, _ = fleet
    first = start(["generate", "--force"], project.root)
    try:
        assert wait_for(lambda: scratch_left(project.root), 60), "the first run made no scratch"
        code, err = finish(["generate", "--force"], project.root)
        assert code == 0, err
        assert first.process.wait(timeout=600) == 0, first.errors()
    finally:
        if first.process.poll() is None:
            first.process.kill()
            first.process.wait()
    assert scratch_left(project.root) == []
    code, err = finish(["check"], project.root)
    assert code == 0, err


@pytest.mark.skipif(not OPENAI.is_dir(), reason="the OpenAI pair is in the shared real specs")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_diff_killed_leaves_no_reader(tmp_path: Path, signum: int) -> None:
    """A real pair's diff forks two readers of the Python API; none outlives the run."""
    base, revision = OPENAI / "openapi-previous.yaml", OPENAI / "openapi-latest.yaml"
    project = make_fleet(tmp_path / "project")  # a project, so the diff's run sweeps it
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {"SPECFLEET_CACHE_DIR": "", "TMPDIR": str(temp)}  # no kept surfaces: the readers fork every time
    args = ["diff", "--fail-on", "never", str(base), str(revision)]
    started = time.monotonic()
    code, err = finish(args, project.root, env)  # how long a whole diff takes here and now
    assert code == 0, err
    for moment in moments(4, time.monotonic() - started, f"diff-{signum}"):
        outcome = interrupt(args, project.root, signum, moment, env)
        check_outcome(outcome, signum, "diff", project.root, temp)
    # the next diff (a small one will do) runs and sweeps what a SIGKILL left
    small = project.root / "specs" / "numind" / "openapi.yaml"
    code, err = finish(["diff", "--fail-on", "never", str(small), str(small)], project.root, env)
    assert code == 0, err
    assert scratch_left(project.root, temp) == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_build_killed_leaves_no_builder(fleet: tuple[Project, float], signum: int) -> None:
    """``python -m build`` starts pip and the backend below it; none outlives the run."""
    project, _ = fleet
    args = ["build", "actinia", "numind"]
    for moment in moments(4, 10.0, f"build-{signum}"):
        check_outcome(interrupt(args, project.root, signum, moment), signum, "build", project.root)
    code, err = finish(args, project.root)
    assert code == 0, err
    assert scratch_left(project.root) == []
    code, err = finish(["check"], project.root)
    assert code == 0, err


def test_scratch_of_a_live_run_is_kept_and_of_a_gone_one_swept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sweep decides by owner: a live process's scratch stays, a dead one's and a reused pid's go."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    alive = scratch.make_dir(tmp_path, ".specfleet")
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    host, pid, started = scratch.owner().split("_")
    dead = tmp_path / f".specfleet-{host}_{child.pid}_1-abcd"
    reused = tmp_path / f".specfleet-{host}_{pid}_{int(started) + 1}-abcd"
    elsewhere = tmp_path / f".specfleet-otherhost_{child.pid}_1-abcd"
    temp_file = tmp_path / f"{scratch.temp_prefix()}x.tmp"
    for folder in (dead, reused, elsewhere):
        folder.mkdir()
    temp_file.write_text("{}")
    dead_reader = temporary / f"specfleet-surface-{host}_{child.pid}_1-abcd"
    dead_reader.mkdir()
    someone_elses = temporary / "tmpabcdefgh.tmp"  # named like our old temp files, but not in a project
    someone_elses.write_text("")
    os.utime(someone_elses, (0, 0))
    removed = scratch.sweep(tmp_path)
    assert sorted(removed) == sorted([dead, reused, dead_reader])
    assert alive.is_dir() and elsewhere.is_dir() and temp_file.is_file() and someone_elses.is_file()


#: A parent that forks a worker with lifeline.fork() (argv[1] "poll": without prctl, as outside
#: Linux) and a command under a shepherd that starts a grandchild, prints their pids, then waits.
ORPHAN_MAKER = """
import sys, threading
from specfleet._process import lifeline
if sys.argv[1] == "poll":
    lifeline._PRCTL = None
pid = lifeline.fork()
if pid == 0:
    threading.Event().wait()
tool = lifeline.start(["sh", "-c", "sleep 600 & echo $!; wait"], stdout=-1, text=True)
print(pid, tool.stdout.readline().strip(), flush=True)
threading.Event().wait()
"""


@pytest.mark.parametrize("watch", ["prctl", "poll"])
def test_workers_and_tools_die_with_a_killed_parent(watch: str) -> None:
    """SIGKILL the parent: its forked worker and a tool's own child exit within the deadline."""
    environ = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    parent = subprocess.Popen(
        [sys.executable, "-c", ORPHAN_MAKER, watch], env=environ, stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    worker, grandchild = map(int, parent.stdout.readline().split())
    parent.kill()
    parent.wait()
    parent.stdout.close()

    def alive(pid: int) -> bool:
        try:
            state = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()[0]
        except OSError:
            return False
        return state != b"Z"

    assert wait_for(lambda: not alive(worker) and not alive(grandchild), GONE_WITHIN)
