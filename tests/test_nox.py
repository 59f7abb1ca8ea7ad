"""The noxfile: sessions reinstall only when a pyproject changed, and pass arguments through.

nox is not installed in the test environment (it runs the tests), so the noxfile is loaded
with a stand-in ``nox`` module that records what a session asks for; the install logic and
the argument handling are the noxfile's own code.
"""

from __future__ import annotations

import contextlib
import importlib.util
import re
import shutil
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


class RecordingSession:
    """What a nox session is asked to install and run, in an environment at ``location``."""

    def __init__(self, location: Path, posargs: list[str] | None = None, backend: str = "uv") -> None:
        self.virtualenv = types.SimpleNamespace(location=str(location))
        self.venv_backend = backend
        self.warnings: list[str] = []
        self.posargs = posargs or []
        self.installs: list[tuple[str, ...]] = []
        self.runs: list[tuple[str, ...]] = []
        self.logs: list[str] = []

    def install(self, *args: str, **kwargs: Any) -> None:
        self.installs.append(args)

    def run(self, *args: str, **kwargs: Any) -> None:
        self.runs.append(args)

    def log(self, message: str) -> None:
        self.logs.append(message)

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    @contextlib.contextmanager
    def chdir(self, directory: str) -> Iterator[None]:
        self.runs.append(("cd", directory))
        yield


def _load_noxfile(root: Path) -> types.ModuleType:
    fake = types.ModuleType("nox")
    fake.options = types.SimpleNamespace()  # type: ignore[attr-defined]
    fake.Session = RecordingSession  # type: ignore[attr-defined]
    fake.session = lambda *a, **k: lambda func: func  # type: ignore[attr-defined]
    saved = sys.modules.get("nox")
    sys.modules["nox"] = fake
    try:
        spec = importlib.util.spec_from_file_location("noxfile_under_test", root / "noxfile.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        if saved is None:
            del sys.modules["nox"]
        else:
            sys.modules["nox"] = saved
    return module


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the noxfile with a pyproject and one client, to change without touching ours."""
    root = tmp_path / "project"
    (root / "generated" / "demo-client").mkdir(parents=True)
    shutil.copy(ROOT / "noxfile.py", root / "noxfile.py")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    (root / "generated" / "demo-client" / "pyproject.toml").write_text(
        '[project]\nname = "demo-client"\nversion = "0.1.0"\n', encoding="utf-8"
    )
    return root


def test_an_unchanged_project_is_not_installed_again(project: Path, tmp_path: Path) -> None:
    noxfile = _load_noxfile(project)
    venv = tmp_path / "venv"
    venv.mkdir()
    first = RecordingSession(venv)
    noxfile.validate(first)
    compile_sources = ("python", "-m", "compileall", "-q", "src")
    assert first.installs == [("-e", ".")]
    assert first.runs == [compile_sources, ("python", "-m", "specfleet", "validate")]

    second = RecordingSession(venv)
    noxfile.validate(second)
    assert second.installs == []
    # Sources edited since the install are compiled again (compileall skips the unchanged).
    assert second.runs == [compile_sources, ("python", "-m", "specfleet", "validate")]

    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + "\n# a new dependency\n", encoding="utf-8")
    third = RecordingSession(venv)
    noxfile.validate(third)
    assert third.installs == [("-e", ".")]


def test_an_install_without_uv_says_so(project: Path, tmp_path: Path) -> None:
    noxfile = _load_noxfile(project)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with_uv = RecordingSession(tmp_path / "a")
    noxfile.validate(with_uv)
    assert with_uv.warnings == []
    without = RecordingSession(tmp_path / "b", backend="venv")
    noxfile.validate(without)
    assert without.installs == [("-e", ".")]
    assert without.warnings == [
        "uv is not installed beside nox: falling back to venv and pip, several times slower"
    ]


def test_the_tests_session_reinstalls_when_a_client_changes(project: Path, tmp_path: Path) -> None:
    noxfile = _load_noxfile(project)
    client = str(project / "generated" / "demo-client")
    assert [client] == noxfile.CLIENTS
    venv = tmp_path / "venv"
    venv.mkdir()
    first = RecordingSession(venv)
    noxfile.tests(first)
    assert first.installs == [("-e", ".[test]"), ("-e", client)]

    again = RecordingSession(venv)
    noxfile.tests(again)
    assert again.installs == []

    (Path(client) / "pyproject.toml").write_text(
        '[project]\nname = "demo-client"\nversion = "0.2.0"\n', encoding="utf-8"
    )
    bumped = RecordingSession(venv)
    noxfile.tests(bumped)
    assert bumped.installs == [("-e", ".[test]"), ("-e", client)]


def test_extras_are_part_of_what_was_installed(project: Path, tmp_path: Path) -> None:
    noxfile = _load_noxfile(project)
    venv = tmp_path / "venv"
    venv.mkdir()
    noxfile.validate(RecordingSession(venv))
    lint = RecordingSession(venv)
    noxfile.lint(lint)
    assert lint.installs[0] == ("-e", ".[test]")


@pytest.mark.parametrize(
    "posargs",
    [
        ["--format", "markdown"],
        ["numind"],
        ["numind", "--base", "HEAD~1", "--format", "json"],
        [],
    ],
)
def test_diff_passes_its_arguments_through(project: Path, tmp_path: Path, posargs: list[str]) -> None:
    noxfile = _load_noxfile(project)
    session = RecordingSession(tmp_path, posargs)
    noxfile.diff(session)
    assert session.runs[-1:] == [("python", "-m", "specfleet", "diff", *posargs)]


def test_the_readme_commands_install_uv_pinned_beside_nox() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^python3 -m pip install (.+?) && nox -s (\w+)$", readme, re.MULTILINE)
    assert [session for _, session in commands] == ["generate", "tests"]
    for packages, _ in commands:
        pins = dict(package.split("==") for package in packages.split())
        assert set(pins) == {"nox", "uv"}, packages
        assert all(re.fullmatch(r"\d+(\.\d+)+", version) for version in pins.values())
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    assert 'default_venv_backend = "uv' in noxfile
