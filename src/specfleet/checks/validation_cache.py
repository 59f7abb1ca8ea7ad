"""Results of ``specfleet validate`` kept per provider, reused while nothing they depend on changed.

Validating four small specs costs a second and a half, nearly all of it loading and running
the schema validator; an unchanged checkout has nothing new to say.  A result is keyed by
everything it depends on: every file in the provider's folder (a spec may only refer to
files in it), the ``--lenient`` flag, the directory paths are shown relative to, specfleet's
own code and the validators' versions.  Any change there is a miss and a full validation.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from specfleet._process.scratch import temp_prefix
from specfleet.errors import Problem

#: Under the project root; ``.specfleet-*/`` is ignored by git.
CACHE_DIR = ".specfleet-validate"
FORMAT = 1
#: Distributions whose behaviour is part of a validation result.
TOOLS = (
    "jsonschema",
    "jsonschema_path",
    "jsonschema_specifications",
    "openapi_schema_validator",
    "openapi_spec_validator",
    "pydantic",
    "pydantic_core",
    "pyyaml",
    "referencing",
)


@cache
def _environment_digest() -> str:
    """Python, the validators' installed versions, and specfleet's code (by size and mtime)."""
    digest = hashlib.sha256(sys.version.encode() + b"\0")
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in sorted(names):
            if name.endswith(".dist-info") and name.split("-")[0].lower() in TOOLS:
                digest.update(f"{entry}/{name}\0".encode())
    package = Path(__file__).parents[1]
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(package)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def inputs_key(directory: Path, lenient: bool) -> str:
    """The digest of everything a provider's validation result depends on."""
    digest = hashlib.sha256(f"{FORMAT}\0{_environment_digest()}\0{Path.cwd()}\0{lenient}\0".encode())
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(directory).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _entry(root: Path, provider: str) -> Path:
    return root / CACHE_DIR / f"{provider}.json"


@dataclass(frozen=True)
class Result:
    """What ``validate`` reports for one provider: the file named, its problems, the baseline's count."""

    path: str
    problems: list[Problem]
    baselined: int
    linted: bool


def load(root: Path, provider: str, key: str) -> Result | None:
    """The result stored for ``provider`` under ``key``; None on a miss."""
    try:
        stored = json.loads(_entry(root, provider).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    try:
        problems = [Problem(**fields) for fields in stored["problems"]]
        return Result(str(stored["path"]), problems, int(stored["baselined"]), bool(stored["linted"]))
    except (KeyError, TypeError, ValueError):
        return None


def store(root: Path, provider: str, key: str, result: Result) -> None:
    """Keep a result; a cache that cannot be written (read-only checkout) is simply not kept."""
    entry = _entry(root, provider)
    record = {**asdict(result), "key": key}
    try:
        entry.parent.mkdir(exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=entry.parent, delete=False, prefix=temp_prefix(), suffix=".tmp"
        ) as tmp:
            json.dump(record, tmp)
        os.replace(tmp.name, entry)
    except OSError:
        return
