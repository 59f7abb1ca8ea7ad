"""``mypy --strict`` as a user's project runs it, on the test run's one cache.

Each run reads the client only through ``MYPYPATH`` and nothing of this environment but the
cache (``MYPY_CACHE_DIR``, set for the whole run in ``tests/conftest.py``): the standard
library, httpx and a client two tests share are analysed once, and mypy rechecks any module
whose source differs from what the cache holds (errors included: it replays them).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def user_mypy(cwd: Path, *sources: str, mypypath: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``mypy --strict SOURCES`` in ``cwd``, with ``mypypath`` (a client's folder) as a user's would be."""
    env = {"PATH": ""}
    if mypypath is not None:
        env["MYPYPATH"] = str(mypypath)
    if "MYPY_CACHE_DIR" in os.environ:
        env["MYPY_CACHE_DIR"] = os.environ["MYPY_CACHE_DIR"]
    command = [sys.executable, "-m", "mypy", "--strict", *sources]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def script_mypy(client_dir: Path, folder: Path, script: str) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` on ``script``, saved as ``user.py`` in ``folder``, reading the client in
    ``client_dir`` as a user's mypy does (through its stubs)."""
    (folder / "user.py").write_text(script, encoding="utf-8")
    return user_mypy(folder, "user.py", mypypath=client_dir)
