"""Shared fixtures: the real project, scratch copies of it, and the CLI as a real subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from specfleet.config import Project

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
PROVIDERS = ("actinia", "numind", "pollination", "timeular")


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(ROOT)


def copy_project(destination: Path) -> Project:
    """A scratch copy of what generation reads and writes, so tests never touch the real tree."""
    for name in ("specs", "templates", "generated"):
        shutil.copytree(ROOT / name, destination / name, ignore=shutil.ignore_patterns("__pycache__", ".*_cache"))
    shutil.copy2(ROOT / "pyproject.toml", destination / "pyproject.toml")
    return Project(destination)


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
            [sys.executable, "-m", "specfleet", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
        )

    return run


def tree_snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes, to compare trees exactly."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and ".mypy_cache" not in path.parts
    }
