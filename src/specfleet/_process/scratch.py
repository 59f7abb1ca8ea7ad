"""Scratch folders and temporary files named after the run that owns them, and swept when it is gone.

A run renders into scratch beside its output so the final move is a rename; a run killed
outright cannot remove its scratch.  The owner is part of every scratch name (host, pid and
the process's start time, so a reused pid is not taken for the owner), written before the
folder exists: a later run removes what belongs to runs that are gone, and never touches the
scratch of a run that is still going, on this host or another one sharing the checkout.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

#: Scratch names start with one of these prefixes followed by the owner: ``.specfleet-`` for
#: rendering (project root), ``.old-`` for clients being replaced (generated/), ``.build-`` for
#: builds (dist/); ``tmp-`` for a cache entry being written; ``specfleet-<what>-`` in the
#: system's temporary directory.
OWNED = re.compile(
    r"^(?:\.specfleet|\.old|\.build|tmp|specfleet-[a-z]+)-(?P<host>[A-Za-z0-9-]+)_(?P<pid>\d+)_(?P<start>\d+)-"
)
#: Scratch from before owners were recorded (mkdtemp's names): removed once this old.
UNOWNED_AFTER_SECONDS = 24 * 3600
UNOWNED = re.compile(r"^(?:\.specfleet-[a-z0-9_]{8}|\.old-[a-z0-9_]{8}|tmp[a-z0-9_]{8}\.tmp)$")
#: Folders under the project root that are kept between runs (caches), never scratch.
KEPT = {".specfleet-validate"}


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname().split(".")[0]) or "host"


def start_time(pid: int) -> int | None:
    """When ``pid`` started (clock ticks since boot), or None if it is not running.

    Outside Linux, 0 for any running process: a reused pid then counts as its old owner, so
    that scratch waits; it is never removed under a live run.
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return int(handle.read().rsplit(b")", 1)[1].split()[19])
    except FileNotFoundError:
        return None
    except (OSError, IndexError, ValueError):
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return 0


def owner() -> str:
    """This process's owner token, ``host_pid_start`` (a forked worker's is its own)."""
    pid = os.getpid()
    return f"{_host()}_{pid}_{start_time(pid) or 0}"


def make_dir(parent: Path, prefix: str) -> Path:
    """A new scratch folder in ``parent`` named ``<prefix>-<owner>-<random>``."""
    return Path(tempfile.mkdtemp(prefix=f"{prefix}-{owner()}-", dir=parent))


@contextlib.contextmanager
def temporary_dir(prefix: str) -> Iterator[Path]:
    """A folder in the system's temporary directory, removed on leaving; named after its owner,
    so one left by a killed run is swept by the next."""
    folder = make_dir(Path(tempfile.gettempdir()), prefix)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def temp_prefix() -> str:
    """The prefix of a temporary file that is renamed into a cache once written."""
    return f"tmp-{owner()}-"


def is_stale(name: str, path: Path) -> bool:
    """Whether ``path`` is scratch of a run that is gone (never one still running).

    Scratch named by earlier versions (no owner) counts as gone once a day old.
    """
    found = OWNED.match(name)
    if found is None:
        if not UNOWNED.match(name):
            return False
        try:
            return time.time() - path.lstat().st_mtime > UNOWNED_AFTER_SECONDS
        except OSError:
            return False
    if found["host"] != _host():
        return False  # another machine's run: it cannot be asked whether it is alive
    started = start_time(int(found["pid"]))
    return started is None or (started != 0 and str(started) != found["start"])


def places(root: Path) -> list[Path]:
    """Where a project's runs keep scratch: its root, generated/, dist/ and the validation cache."""
    return [root, root / "generated", root / "dist", root / ".specfleet-validate"]


def sweep(root: Path | None) -> list[Path]:
    """Remove the scratch left (under the project ``root``, and in the temporary directory) by runs that are gone."""
    removed = []
    temporary = Path(tempfile.gettempdir())
    for place in [*(places(root) if root is not None else []), temporary]:
        try:
            entries = list(os.scandir(place))
        except OSError:
            continue
        for entry in entries:
            if place == temporary and not OWNED.match(entry.name):
                continue  # other programs' files: only ours, named after their owner, are swept there
            if entry.name in KEPT or not is_stale(entry.name, Path(entry.path)):
                continue
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path, ignore_errors=True)
            else:
                try:
                    path.unlink()
                except OSError:
                    continue
            if not os.path.lexists(path):
                removed.append(path)
    return removed
