"""Compare two specs by oasdiff's rules, and judge the changes by our client policy.

One walk of both specs (:mod:`specfleet.diff.walk`) yields typed changes named by the rule
registry (:mod:`specfleet.diff.rules`), which gives each its oasdiff level, our policy level
(stricter where a generated client breaks although the wire does not) and its kind.  The release step calls :func:`compare` directly.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from specfleet._process.gc_pause import collector_paused
from specfleet.diff.lifecycle import Options
from specfleet.diff.model import BREAKING_LEVELS, LEVELS, Bump, Change, Kind, Level, new_change
from specfleet.diff.rules import REGISTRY
from specfleet.diff.semver import parse_version, required_bump
from specfleet.diff.walk import Reported, Walk
from specfleet.spec.document import Document, Pointer
from specfleet.spec.refs import pointer_text

if TYPE_CHECKING:
    from specfleet.diff.surface import SurfaceChange

_METHOD_ORDER = {
    m: i for i, m in enumerate(("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"))
}


@dataclass(frozen=True)
class DiffResult:
    """Every change between two specs, and what they mean for the client's version."""

    changes: tuple[Change, ...]
    base_version: str | None = None  # info.version of the base
    revision_version: str | None = None  # info.version of the revision

    # Worked out once: the reports ask again and again, and Stripe's diff has 131k changes.
    @functools.cached_property
    def breaking(self) -> bool:
        return any(change.breaking for change in self.changes)

    @functools.cached_property
    def bump(self) -> Bump:
        return required_bump(self.changes)

    def with_changes(self, changes: Iterable[Change]) -> DiffResult:
        return replace(self, changes=tuple(changes))

    def max_level(self) -> Level | None:
        levels = {change.judged for change in self.changes}
        return next((level for level in LEVELS if level in levels), None)

    def failing(self, levels: frozenset[Level] = BREAKING_LEVELS) -> list[Change]:
        """Changes at ``levels`` (by our policy) that no reviewer accepted: what makes the exit code 1."""
        found = self._failing.get(levels)
        if found is None:
            found = self._failing[levels] = [
                change for change in self.changes if change.judged in levels and not change.accepted
            ]
        return list(found)

    @functools.cached_property
    def _failing(self) -> dict[frozenset[Level], list[Change]]:
        return {}


@dataclass(frozen=True)
class DiffOptions:
    """oasdiff's checker options that change what is reported.

    ``deprecation_days_*``: how many days' notice (``x-sunset`` after deprecation) an API
    must give before it may remove a deprecated beta or stable operation, parameter or
    property; 0 (the default) asks for none.  ``stability_level``: the least stable
    ``x-stability-level`` (draft, alpha, beta, stable) still checked; "" keeps oasdiff's.
    """

    deprecation_days_beta: int = 0
    deprecation_days_stable: int = 0
    stability_level: str = ""


DEFAULT_OPTIONS = DiffOptions()


def compare(
    base: Document | Mapping[str, Any],
    revision: Document | Mapping[str, Any],
    options: DiffOptions = DEFAULT_OPTIONS,
) -> DiffResult:
    """Every change from ``base`` to ``revision`` (loaded documents, or plain spec dicts)."""
    return _with_deep_stack(lambda: _compare(base, revision, options))


#: oasdiff's walks recurse once per level of schema nesting (several frames each); specs nest
#: deep (a chain of thousands of $refs), so the diff runs on a thread with room for that.
_STACK_BYTES = 512 * 1024 * 1024
_RECURSION_LIMIT = 250_000


def _with_deep_stack(work: Callable[[], DiffResult]) -> DiffResult:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            with collector_paused():
                outcome["value"] = work()
        except BaseException as exc:  # re-raised in the caller's thread
            outcome["error"] = exc

    limit = sys.getrecursionlimit()
    size = threading.stack_size(_STACK_BYTES)
    sys.setrecursionlimit(max(limit, _RECURSION_LIMIT))
    try:
        thread = threading.Thread(target=run, name="specfleet-diff")
        thread.start()
        thread.join()
    finally:
        threading.stack_size(size)
        sys.setrecursionlimit(limit)
    if "error" in outcome:
        raise outcome["error"]
    result: DiffResult = outcome["value"]
    return result


def _compare(
    base: Document | Mapping[str, Any], revision: Document | Mapping[str, Any], options: DiffOptions
) -> DiffResult:
    sides = _Side(base), _Side(revision)
    settings = Options(
        options.deprecation_days_beta, options.deprecation_days_stable, options.stability_level
    )
    walk = Walk(sides[0].data, sides[1].data, settings)
    found = [_change(sides, reported) for reported in walk.changes()]
    found.extend(_versioning(sides, found))
    found.sort(key=_order)  # the report's order: by our policy's level first
    return DiffResult(tuple(found), sides[0].version, sides[1].version)


def _versioning(sides: tuple[_Side, _Side], found: list[Change]) -> list[Change]:
    """A change that breaks the wire (ERR) needs a new major version in ``info.version``.

    Judged only when both versions are semantic versions; below 1.0.0 the minor plays the
    major's part.  A spec versioned by date, or not at all, is left alone.
    """
    before, after = sides[0].version, sides[1].version
    if before is None or after is None or not any(change.level == "ERR" for change in found):
        return []
    try:
        old, new = parse_version(before), parse_version(after)
    except ValueError:
        return []
    if before == after:
        rule, message = "api-version-not-bumped", f"info.version stays {after} although the API breaks"
    elif new < old:
        rule, message = "api-version-decreased", f"info.version went down from {before} to {after}"
    elif not (new[1] > old[1] if old[0] == new[0] == 0 else new[0] > old[0]):
        rule, message = (
            "api-major-version-not-bumped",
            f"info.version {before} -> {after} is not a major bump",
        )
    else:
        return []
    row = REGISTRY[rule]
    pointer = ("info", "version")
    return [
        new_change(
            {
                "id": rule,
                "level": row.level,
                "kind": row.kind,
                "operation": "",
                "path": "",
                "message": message,
                "policy_level": row.policy,
                **_located(sides, pointer, pointer),
            }
        )
    ]


class _Side:
    """One spec as the diff reads it, and where its nodes are written."""

    def __init__(self, spec: Document | Mapping[str, Any]) -> None:
        self.document = spec if isinstance(spec, Document) else None
        self.root = _shown(self.document.path) if self.document is not None else None
        data = spec.data if isinstance(spec, Document) else spec
        self.data = data
        info = data.get("info")
        version = info.get("version") if isinstance(info, Mapping) else None
        self.version = str(version) if version is not None else None
        #: (base pointer, revision pointer) -> where a change there is written (see _located)
        self.places: dict[tuple[Pointer | None, Pointer | None], dict[str, Any]] = {}

    def place(self, pointer: Pointer) -> tuple[int | None, int | None, str | None]:
        if self.document is None:
            return None, None, None
        try:
            path, mark = self.document.where(pointer)
        except (KeyError, IndexError, TypeError):
            return None, None, None
        return mark.line, mark.column, _shown(path)


@functools.lru_cache(maxsize=64)
def _shown(path: Path) -> str:
    """A spec file as the user would name it: relative to where they stand."""
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _kind(rule: str) -> Kind:
    """What sort of change a rule reports: its registry row says; a Python API change
    (``<noun>-<how>``) is what its how says."""
    row = REGISTRY.get(rule)
    if row is not None:
        return row.kind
    how = rule.rsplit("-", 1)[-1]
    return "added" if how == "added" else "removed" if how == "removed" else "changed"


def _located(sides: tuple[_Side, _Side], base: Pointer | None, revision: Pointer | None) -> dict[str, Any]:
    """Where a change is written: in the revision, else (something removed) in the base.

    A big diff reports many changes at few places (Stripe: 131k changes, 150 places), so
    each place is looked up once; the callers only read the answer.
    """
    places = sides[1].places
    key = (base, revision)
    found = places.get(key)
    if found is None:
        found = places[key] = _place(sides, base, revision)
    return found


def _place(sides: tuple[_Side, _Side], base: Pointer | None, revision: Pointer | None) -> dict[str, Any]:
    for side, pointer in ((sides[1], revision), (sides[0], base)):
        if pointer is None:
            continue
        line, column, file = side.place(pointer)
        source = f"{file}:{line}:{column}" if line is not None else pointer_text(pointer)
        # Reports name the revision's root file themselves; anything else is named here.
        shown = None if side is sides[1] and side.root == file else file
        return {
            "location": pointer_text(pointer),
            "line": line,
            "column": column,
            "file": shown,
            "source": source,
        }
    return {}


def _change(sides: tuple[_Side, _Side], reported: Reported) -> Change:
    found = reported.found
    row = REGISTRY[found.rule]
    method = reported.method
    return new_change(
        {
            "id": row.id,
            "level": row.level,
            "kind": row.kind,
            "operation": f"{method} {reported.path}" if method else "",
            "path": reported.path,
            "message": reported.message,
            "policy_level": row.policy,
            "operation_id": reported.operation_id,
            **_located(sides, found.base, found.revision),
        }
    )


#: the rule ids of Python API changes start with this; oasdiff has none of them
PYTHON_API = "python-api-"


def with_python_api(result: DiffResult, surface: Iterable[SurfaceChange]) -> DiffResult:
    """The generated package's API changes judged beside the wire's: one list, one verdict.

    A Python API change is the face of a wire change users see: a removed method is a removed
    operation, a keyword argument that became required is a parameter that did.  Where the wire
    change is found (the method's operation, the model's schema), it takes the Python verdict
    (raised to ERR when the call breaks) and the change is counted once; a Python change with no
    wire change to show it (a method renamed in ``[resources]``, a template upgrade) is a change
    of its own.  A documentation change shows no Python change and never takes one's verdict.
    Either way the bump, the exit code and the changelog read the same list, and the report's
    Python API section names the ``client.<resource>.<method>`` or model each touches.
    """
    items = list(surface)
    if not items:
        return result
    changes = list(result.changes)
    owners: dict[tuple[str, str], list[int]] = {}  # (op | models, name) -> wire changes
    for index, change in enumerate(changes):
        if change.kind == "docs":
            continue
        if change.operation:
            owners.setdefault(("op", _operation_key(change.operation)), []).append(index)
        if change.location.startswith("/components/schemas/"):
            owners.setdefault(("models", _plain(change.location.split("/")[3])), []).append(index)
    own: list[Change] = []
    for item in items:
        owner, part = _owner(item)
        linked = [index for index in owners.get(owner, ()) if _shows(item, part, changes[index])]
        if not linked:
            own.append(_python_change(item))
        elif item.breaking:
            for index in linked:
                if not changes[index].breaking:
                    changes[index] = replace(changes[index], policy_level="ERR")
    return result.with_changes([*changes, *own])


def _python_change(item: SurfaceChange) -> Change:
    method, _, path = item.operation.partition(" ")
    return new_change(
        {
            "id": PYTHON_API + item.kind,
            "level": "ERR" if item.breaking else "INFO",
            "kind": _kind(item.kind),
            "operation": item.operation,
            "path": path,
            "message": item.message,
            "policy_level": None,
            "source": item.path,
        }
    )


def _plain(name: str) -> str:
    """A name as spec and Python spell it alike: ``listPets``, ``list_pets`` -> ``listpets``."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _operation_key(operation: str) -> str:
    """``GET /pets/{petId}`` as ``GET /pets/{}``: a renamed path parameter is the same operation."""
    method, _, path = operation.partition(" ")
    return f"{method.upper()} {re.sub(r'{[^}]*}', '{}', path)}"


def _owner(item: SurfaceChange) -> tuple[tuple[str, str], str]:
    """What a Python API change belongs to (a method's operation, a schema's model), and the
    argument or field it names ("" for the whole method or model).

    ``client.res.method(argument)`` with its operation, and ``pkg.models.Name.field``.
    """
    if item.operation:
        part = item.path.partition("(")[2].rstrip(")")
        return ("op", _operation_key(item.operation)), part
    path = item.path.split(".", 1)[-1]
    kind, _, rest = path.partition(".")
    name, _, field = rest.partition(".")
    return (kind, _plain(name)), field


def _shows(item: SurfaceChange, part: str, change: Change) -> bool:
    """Whether wire ``change`` (of the same operation or schema) is what Python change ``item`` shows:
    it names the same parameter or field, or, for a whole method or model, is the same sort of change."""
    if part:
        return _plain(part) in _plain(change.message)
    return _kind(item.kind) == change.kind


def _order(change: Change) -> tuple[object, ...]:
    method = change.operation.partition(" ")[0]
    return LEVELS.index(change.judged), change.path, _METHOD_ORDER.get(method, 99), change.id, change.message
