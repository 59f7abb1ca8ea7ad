"""The build backend a client pins, installed once per machine and reused by every build.

``python -m build`` makes a fresh isolated environment for the sdist and another for the
wheel, and pip-installs the client's backend (``hatchling==1.27.0``) into each: nearly all of
a small client's 35 s build. Every client of a fleet pins the same ``build-system.requires``,
so one environment per distinct pin, kept under the user's cache directory, serves them all.
The backend still runs in its own interpreter, apart from specfleet's packages, so what
builds the bytes is exactly the pin, as with isolation.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import sys
import tomllib
from pathlib import Path

from specfleet._process import lifeline
from specfleet.errors import SpecfleetError

#: Bump to throw away every environment made by an older specfleet.
LAYOUT = 1
#: Written last: an environment without it was interrupted while being made.
READY = ".specfleet-ready"


def cache_root() -> Path:
    """Where build environments are kept: ``$SPECFLEET_CACHE_DIR``, else the XDG cache directory."""
    explicit = os.environ.get("SPECFLEET_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "specfleet"


def build_requires(source: Path) -> list[str]:
    """``[build-system].requires`` of the package at ``source``, which must pin its backend."""
    pyproject = source / "pyproject.toml"
    try:
        declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SpecfleetError(f"{pyproject}: cannot read [build-system]: {exc}") from None
    requires = declared.get("build-system", {}).get("requires")
    if not isinstance(requires, list) or not requires or not all(isinstance(r, str) for r in requires):
        raise SpecfleetError(f"{pyproject}: [build-system] requires must list the backend to build with")
    return sorted(requires)


def python_in(environment: Path) -> Path:
    return environment / "bin" / "python"


def environment_for(requires: list[str]) -> Path:
    """An environment holding exactly ``requires``, made now unless an earlier build made it.

    Concurrent builds (threads, or other specfleet processes) wait on one lock file per
    environment, so it is installed once; a half-made one (no ready marker) is made again.
    """
    key = hashlib.sha256(
        "\n".join([f"layout {LAYOUT}", sys.version, sys.executable, *requires]).encode()
    ).hexdigest()[:20]
    environment = cache_root() / "build-envs" / key
    environment.parent.mkdir(parents=True, exist_ok=True)
    with (environment.parent / f"{key}.lock").open("wb") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (environment / READY).is_file() and python_in(environment).exists():
            return environment
        shutil.rmtree(environment, ignore_errors=True)
        _install(environment, requires)
        (environment / READY).write_text("\n".join(requires) + "\n", encoding="utf-8")
    return environment


def _install(environment: Path, requires: list[str]) -> None:
    """A virtual environment of this Python with ``requires``, by uv when it is on PATH, else pip."""
    uv = shutil.which("uv")
    if uv is not None:
        steps = [
            [uv, "venv", "--quiet", "--python", sys.executable, str(environment)],
            [uv, "pip", "install", "--quiet", "--python", str(python_in(environment)), *requires],
        ]
    else:
        steps = [
            [sys.executable, "-m", "venv", str(environment)],
            [
                str(python_in(environment)),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                *requires,
            ],
        ]
    for command in steps:
        done = lifeline.run(command, capture_output=True, text=True)  # dies with the run
        if done.returncode != 0:
            shutil.rmtree(environment, ignore_errors=True)
            output = "\n".join((done.stdout + done.stderr).strip().splitlines()[-20:])
            raise SpecfleetError(f"installing the build backend ({', '.join(requires)}) failed:\n{output}")
