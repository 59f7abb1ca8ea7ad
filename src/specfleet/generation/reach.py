"""The modules of a generated package that a user's type checker reads for ``import <package>``.

mypy reads every module an import reaches, ``TYPE_CHECKING`` imports too, and the ``__init__``
of each package above it.  ``models/__init__.py`` names each model for type checkers, so one
``from <package>.models.x import X`` would make mypy read every model of the spec (thousands on
OpenAI's: the events and webhook payloads no operation takes or answers among them).  It names
only the models the client's own modules reach anyway (:func:`reached_models`); the others stay
importable from their modules (``<package>.models.<module>``) for type checkers, and from the
package at run time.

Generated code is ruff-formatted and imports its own package relatively, one statement per
``from``, so the imports are read by one pattern, not by parsing thousands of modules.
"""

from __future__ import annotations

import re
from pathlib import Path

#: ``from .x.y import a, b`` or ``from .. import (a, b)``, at any indentation (``TYPE_CHECKING`` blocks too).
_IMPORT = re.compile(r"^[ \t]*from[ \t]+(\.+)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)", re.MULTILINE)
_NAME = re.compile(r"[A-Za-z_]\w*")


def _sources(package: Path) -> dict[str, Path]:
    """Each module of ``package`` (dotted, from the package root; "" is the package) and the file
    a type checker reads for it: its stub where it has one."""
    found: dict[str, Path] = {}
    for path in sorted(package.rglob("*.py*"), key=lambda each: each.suffix == ".pyi"):
        if path.suffix not in {".py", ".pyi"}:
            continue
        parts = list(path.relative_to(package).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imported(sources: dict[str, Path], module: str, path: Path, classes: dict[str, str]) -> set[str]:
    """The package modules one module imports (a name imported from a package may be a module,
    or a class ``classes`` names the module of)."""
    here = module.split(".") if module else []
    if path.stem != "__init__":
        here = here[:-1]
    found: set[str] = set()
    for dots, dotted, names in _IMPORT.findall(path.read_text(encoding="utf-8")):
        up = len(dots) - 1
        if up > len(here):
            continue
        base = ".".join([*here[: len(here) - up], *filter(None, dotted.split("."))])
        found.add(base)
        for name in _NAME.findall(names):
            found.add(f"{base}.{name}" if base else name)
            if name in classes and classes[name].rpartition(".")[0] == base:
                found.add(classes[name])
    return found & sources.keys()


def _parents(module: str) -> list[str]:
    parts = module.split(".")
    return [".".join(parts[:end]) for end in range(1, len(parts))]


def reached_models(package: Path, classes: dict[str, str], models: str = "models") -> set[str]:
    """The modules of ``package``'s ``models`` subpackage (by name, ``user_message``) that its
    other modules reach from the package's ``__init__``, ``models/__init__.py`` left out;
    ``classes`` gives the module of each class (``{"UserMessage": "models.user_message"}``)."""
    sources = _sources(package)
    seen: set[str] = set()
    todo = [""]
    while todo:
        module = todo.pop()
        if module in seen or module == models:
            continue
        path = sources.get(module)
        if path is None:
            continue
        seen.add(module)
        todo.extend(_parents(module))
        todo.extend(_imported(sources, module, path, classes))
    prefix = f"{models}."
    return {module[len(prefix) :] for module in seen if module.startswith(prefix)}
