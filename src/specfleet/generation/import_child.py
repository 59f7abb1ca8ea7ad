"""The import check's child: import every module of some generated packages, from memory.

Run by :class:`specfleet.generation.render.ImportCheck` in a fresh interpreter
(``python -B -P -W error::SyntaxWarning -m specfleet.generation.import_child CLIENTS``, where
``CLIENTS`` is a JSON list of ``[client directory, package]``).  It reads every module into
memory and prints ``read``, so ruff may rewrite the files meanwhile, then imports them all from
that copy, packages first, in the order of their paths' parts.  The first failure is printed as
``file:line: ...`` and ends it with exit 1.

Only the standard library is imported here: the check answers for the generated code alone.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import traceback
from collections.abc import Sequence
from importlib.abc import FileLoader, SourceLoader
from importlib.machinery import ModuleSpec
from importlib.util import spec_from_file_location
from types import ModuleType


def read_modules(clients: Sequence[tuple[str, str]]) -> tuple[dict[str, bytes], list[str]]:
    """Every ``.py`` file of each client's package (path -> bytes), and the module names to import."""
    sources: dict[str, bytes] = {}
    names: list[str] = []
    for root, package in clients:
        found: list[list[str]] = []
        for folder, _, files in os.walk(os.path.join(root, package)):
            for file in files:
                if file.endswith(".py"):
                    path = os.path.join(folder, file)
                    with open(path, "rb") as handle:
                        sources[path] = handle.read()
                    found.append(os.path.relpath(path, root)[:-3].split(os.sep))
        for parts in sorted(found):
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sources, names


class _Loader(FileLoader, SourceLoader):  # type: ignore[misc]  # typeshed: two source_to_code signatures
    """Loads a module from the text read at the start, under its own file name."""

    sources: dict[str, bytes] = {}

    def get_data(self, path: str) -> bytes:
        try:
            return self.sources[path]
        except KeyError:
            raise OSError(path) from None


class _Finder:
    """Finds the generated packages' modules among the texts read, before anything on disk."""

    roots: dict[str, str] = {}

    @classmethod
    def find_spec(
        cls, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        root = cls.roots.get(name.partition(".")[0])
        if root is None:
            return None
        base = os.path.join(root, *name.split("."))
        init = os.path.join(base, "__init__.py")
        if init in _Loader.sources:
            return spec_from_file_location(
                name, init, loader=_Loader(name, init), submodule_search_locations=[base]
            )
        if base + ".py" in _Loader.sources:
            return spec_from_file_location(name, base + ".py", loader=_Loader(name, base + ".py"))
        return None


def main(argv: Sequence[str]) -> int:
    clients = [(str(root), str(package)) for root, package in json.loads(argv[0])]
    _Finder.roots = {package: root for root, package in clients}
    _Loader.sources, names = read_modules(clients)
    print("read", flush=True)
    sys.meta_path.insert(0, _Finder)
    try:
        for name in names:
            importlib.import_module(name)
    except SyntaxError as exc:
        print(f"{exc.filename}:{exc.lineno}: generated code does not compile: {exc.msg}")
        return 1
    except BaseException as exc:  # whatever a generated module raises is the finding
        frames = traceback.extract_tb(exc.__traceback__)
        ours = [
            f for f in frames if any(f.filename.startswith(root + os.sep) for root in _Finder.roots.values())
        ]
        frame = (ours or frames)[-1]
        print(f"{frame.filename}:{frame.lineno}: generated code fails to import: {type(exc).__name__}: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
