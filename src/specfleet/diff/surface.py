"""The generated package's public Python surface, before and after a spec change.

The spec diff says what changed on the wire; this says what changed for code
that imports the client: functions, parameters and models, found by griffe
(static analysis, nothing imported) on both versions rendered with today's
templates, so only the spec change shows.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe
import jinja2

from specfleet.config import ClientSettings
from specfleet.errors import SpecfleetError
from specfleet.generate import render_client
from specfleet.load import Document

#: Values expected to change on every release, not a breakage.
EXPECTED_VALUE_CHANGES = {"__version__"}


@dataclass(frozen=True, order=True)
class SurfaceChange:
    """One change of the public Python API, e.g. ``numind_client.api.authentication.get_api_auth_me``."""

    path: str
    kind: str
    breaking: bool
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "breaking": self.breaking, "message": self.message}


def _load(package: str, root: Path) -> griffe.Object | griffe.Alias:
    logger = logging.getLogger("griffe")
    level = logger.level
    logger.setLevel(logging.CRITICAL)  # its tracebacks are for griffe's users, ours get one line
    try:
        return griffe.load(
            package,
            search_paths=[root],
            allow_inspection=False,
            modules_collection=griffe.ModulesCollection(),
            resolve_aliases=False,
        )
    except (griffe.LoadingError, ImportError, SyntaxError) as exc:
        raise SpecfleetError(f"griffe cannot read the generated package {package}: {exc}") from None
    finally:
        logger.setLevel(level)


def _public_members(obj: griffe.Object | griffe.Alias, prefix: str) -> Iterator[tuple[str, str]]:
    """``(dotted path, kind)`` of every public module, class, function and attribute under ``obj``."""
    for name, member in sorted(obj.members.items()):
        if name.startswith("_") or member.is_alias:
            continue
        path = f"{prefix}.{name}"
        yield path, member.kind.value
        if member.is_module or member.is_class:
            yield from _public_members(member, path)


def surface_changes(package: str, old_root: Path, new_root: Path) -> list[SurfaceChange]:
    """Breakages griffe finds, plus the public objects that are new."""
    old, new = _load(package, old_root), _load(package, new_root)
    changes = []
    for breakage in griffe.find_breaking_changes(old, new):
        name = breakage.obj.path
        if (
            breakage.kind is griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE
            and name.rsplit(".", 1)[-1] in EXPECTED_VALUE_CHANGES
        ):
            continue
        target = (
            getattr(breakage.old_value, "name", None) if breakage.kind.name.startswith("PARAMETER") else None
        )
        where = f"{name}({target})" if target else name
        changes.append(
            SurfaceChange(
                where, breakage.kind.name.lower().replace("_", "-"), True, f"{breakage.kind.value}: {where}"
            )
        )
    old_paths = dict(_public_members(old, package))
    added: list[str] = []
    for path, kind in _public_members(new, package):
        if path in old_paths or any(path.startswith(parent + ".") for parent in added):
            continue
        added.append(path)
        changes.append(SurfaceChange(path, "object-added", False, f"New public {kind}: {path}"))
    return sorted(changes)


def render_surface(templates: Path, settings: ClientSettings, document: Document, scratch: Path) -> Path:
    """Render the client package of ``document`` into ``scratch`` and return its root."""
    output = scratch / "client"
    render_client(templates, settings, document, output)
    return output


@contextmanager
def _template_errors() -> Iterator[None]:
    try:
        yield
    except jinja2.TemplateError as exc:
        raise SpecfleetError(f"the templates cannot render this spec: {exc}") from None


def compare_surfaces(
    templates: Path,
    base: tuple[ClientSettings, Document],
    revision: tuple[ClientSettings, Document],
) -> list[SurfaceChange]:
    """Render both versions with today's templates and compare their public surfaces."""
    with tempfile.TemporaryDirectory(prefix="specfleet-surface-") as scratch, _template_errors():
        old_root = render_surface(templates, base[0], base[1], Path(scratch) / "base")
        new_root = render_surface(templates, revision[0], revision[1], Path(scratch) / "revision")
        # The package name must be the same on both sides for griffe to pair objects.
        return surface_changes(revision[0].package, old_root, new_root)
