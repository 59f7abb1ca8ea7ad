"""Each side's Python API surface, kept on disk by what it is read from.

Reading a surface means repairing the spec and parsing it with openapi-python-client: on a
4 MB spec, seconds of CPU per side.  A pull request's base spec is the same from one run to
the next, so its surface is kept, keyed by everything it is read from: the spec's text (and
every file bundled into it), the client settings, opc's version and the source of the code
that reads it (the repairs, the parse, the reader).  A changed input is a new key; an
unreadable or missing entry is read again.  ``SPECFLEET_CACHE_DIR`` sets the directory
(default ``$XDG_CACHE_HOME/specfleet``, else ``~/.cache/specfleet``); set empty, nothing is kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

import specfleet
from specfleet._process.scratch import temp_prefix
from specfleet.config import ClientSettings
from specfleet.spec.document import Document

#: The code a surface depends on, below the specfleet package (a change to any is a new key).
_READER_SOURCES = (
    "normalise",
    "opc/parse.py",
    "opc/strings.py",
    "generation/plan.py",
    "generation/resource_tree.py",
    "config.py",
    "generation/render.py",
    "diff/surface.py",
)


def cache_dir() -> Path | None:
    """Where surfaces are kept, or None when keeping them is switched off."""
    configured = os.environ.get("SPECFLEET_CACHE_DIR")
    if configured is not None:
        return Path(configured) / "surfaces" if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "specfleet" / "surfaces"


_code_digest: str | None = None


def _code() -> str:
    """A digest of the reader's own source and opc's version, worked out once per process."""
    global _code_digest
    if _code_digest is None:
        digest = hashlib.sha256(version("openapi-python-client").encode())
        root = Path(specfleet.__file__).parent
        for name in _READER_SOURCES:
            target = root / name
            for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
                digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
        _code_digest = digest.hexdigest()
    return _code_digest


def key(settings: ClientSettings, document: Document) -> str | None:
    """The surface's key, or None when the document's text is not at hand to key it by."""
    if not document.text:
        return None
    bundled = _bundled(document)
    if any(not source.text for source in bundled):
        return None
    return _digest(settings, document.text, [(str(source.path), source.text) for source in bundled])


def _bundled(document: Document) -> list[Document]:
    """The files loaded into ``document`` besides its root, each once."""
    return list({id(source): source for source, _ in document.origins.values()}.values())


def _hasher(settings: ClientSettings, *parts: str) -> Any:
    """A digest started with the reader's code, the settings and ``parts``."""
    digest = hashlib.sha256(_code().encode())
    digest.update(repr(settings).encode() + b"\0")
    for part in parts:
        digest.update(part.encode() + b"\0")
    return digest


def _digest(settings: ClientSettings, text: str, bundled: list[tuple[str, str]]) -> str:
    digest = _hasher(settings, text)
    for path, source_text in sorted(bundled):
        digest.update(path.encode() + b"\0" + source_text.encode() + b"\0")
    return str(digest.hexdigest())


# --- keys of spec files, without loading them ---------------------------------------------------
#
# A surface's key needs the text of every file bundled into the spec, which loading the spec
# finds.  For a spec given as a file, an index kept beside the surfaces names those files, so
# a later run keys the spec by reading them, not by loading 4 MB of YAML: a changed root file
# is another index, a changed bundled file another key.


def _index_name(settings: ClientSettings, path: Path, text: str) -> str:
    return f"{_hasher(settings, str(path.resolve()), text).hexdigest()}.files"


def key_of_file(settings: ClientSettings, path: Path) -> str | None:
    """The key of the spec at ``path`` as an earlier run's index gives it, or None."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    index = load(_index_name(settings, path, text))
    if not isinstance(index, list) or not all(isinstance(name, str) for name in index):
        return None
    bundled = []
    for name in index:
        try:
            bundled.append((name, Path(name).read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return None
    return _digest(settings, text, bundled)


def store_file_index(settings: ClientSettings, path: Path, document: Document) -> None:
    """Name the files bundled into ``document`` (loaded from ``path``) for :func:`key_of_file`."""
    if not document.text:
        return
    store(
        _index_name(settings, path, document.text), sorted(str(source.path) for source in _bundled(document))
    )


def load(name: str | None) -> Any:
    """The surface (as JSON data) kept under ``name``, or None."""
    folder = cache_dir()
    if name is None or folder is None:
        return None
    try:
        return json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing or unreadable: read the surface again
        return None


def store(name: str | None, surface: Any) -> None:
    """Keep ``surface`` (JSON data) under ``name`` (written whole or not at all; a failure only loses the entry)."""
    folder = cache_dir()
    if name is None or folder is None:
        return
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=folder, prefix=temp_prefix(), suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(surface, out)
            os.replace(scratch, folder / f"{name}.json")
        finally:
            with contextlib.suppress(OSError):
                os.unlink(scratch)
