"""The generated package's public Python API, before and after a spec change.

The rule report says what changed on the wire; this says what changed for code that
imports the client.  Both sides are read from openapi-python-client's own model of the
spec (the one ``generate`` renders from, after the same repairs) and the resource tree the
plan builds from it, not from rendered code: each ``client.<resource>.<method>`` (and its
async twin) with its positional and keyword arguments (keyword bodies included) and return
type, models with their fields' types and requiredness, enums with their values.  Each side
is named by its own ``client.toml``, so a rename in ``[resources]`` is a method that moved.  A spec opc cannot read gives a note,
never a failed diff.  The two sides are read in forked processes, beside the rule diff.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import gc
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from specfleet._process.background import Background
from specfleet._process.scratch import temporary_dir
from specfleet.config import ClientSettings
from specfleet.diff import surface_cache
from specfleet.errors import SpecfleetError
from specfleet.spec.document import Document


@dataclass(frozen=True, order=True)
class SurfaceChange:
    """One change of the public Python API, e.g. ``client.api_keys.list(limit)`` or ``pkg.models.Pet.name``."""

    path: str
    kind: str
    breaking: bool
    message: str
    #: the operation a method change belongs to (``GET /pets``), "" for a model's
    operation: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "breaking": self.breaking,
            "message": self.message,
            "operation": self.operation,
        }


@dataclass(frozen=True)
class Argument:
    """A parameter of a method or a field of a model: its Python type and need."""

    type: str
    required: bool


@dataclass(frozen=True)
class Method:
    """``client.<resource...>.<name>(...)`` and its async twin: what a call may pass and gets back."""

    operation: str  # "GET /pets/{petId}"
    positional: tuple[tuple[str, str], ...]  # (name, type), in call order
    keywords: Mapping[str, Argument]  # query, header and cookie parameters, ``body``, body fields
    returns: str


@dataclass(frozen=True)
class Surface:
    """What user code can call and construct: the client's methods by ``client.<dotted>``,
    the models and enums by dotted path below the package, and which of those a call sends."""

    methods: Mapping[str, Method]
    models: Mapping[str, Mapping[str, Argument]]
    enums: Mapping[str, tuple[str, ...]]
    #: models and enums some call takes (a request body, a parameter, a field of one): user
    #: code builds them; the others it only reads
    sent: frozenset[str] = frozenset()

    def as_json(self) -> dict[str, Any]:
        """Plain data that :meth:`from_json` turns back into this surface (how it is kept on disk)."""

        def arguments(found: Mapping[str, Argument]) -> dict[str, list[Any]]:
            return {name: [argument.type, argument.required] for name, argument in found.items()}

        return {
            "methods": {
                path: [
                    method.operation,
                    [list(pair) for pair in method.positional],
                    arguments(method.keywords),
                    method.returns,
                ]
                for path, method in self.methods.items()
            },
            "models": {path: arguments(fields) for path, fields in self.models.items()},
            "enums": {path: list(values) for path, values in self.enums.items()},
            "sent": sorted(self.sent),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Surface:
        def arguments(found: dict[str, list[Any]]) -> dict[str, Argument]:
            return {name: Argument(str(kind), bool(required)) for name, (kind, required) in found.items()}

        return cls(
            {
                path: Method(
                    str(operation),
                    tuple((str(n), str(t)) for n, t in positional),
                    arguments(keywords),
                    str(returns),
                )
                for path, (operation, positional, keywords, returns) in data["methods"].items()
            },
            {path: arguments(fields) for path, fields in data["models"].items()},
            {path: tuple(map(str, values)) for path, values in data["enums"].items()},
            frozenset(map(str, data["sent"])),
        )


def read_surface(
    settings: ClientSettings,
    document: Document,
    *,
    in_place: bool = False,
    names: Mapping[str, str] | None = None,
) -> Surface:
    """openapi-python-client's model of ``document``, as the generated package exposes it: the
    resource tree ``generate`` builds (named by the same rules and the same ``[resources]``
    record), its methods' signatures, and the models.

    ``in_place``: the repairs may change ``document`` (a forked reader's own copy) instead of a copy.
    ``names``: every operation's method name (by operationId), decided over a whole spec of
    which ``document`` is a part (see :func:`scoped_changes`), instead of ``[resources]``.
    """
    from openapi_python_client.parser.errors import GeneratorError

    from specfleet.generation.plan import build_resources, match_endpoints, spec_path
    from specfleet.generation.render import generator_config
    from specfleet.normalise import normalise_for_opc
    from specfleet.opc import parse as opc
    from specfleet.spec.operations import spec_model

    normalised = normalise_for_opc(document, in_place=in_place)
    with temporary_dir("specfleet-surface") as scratch:
        config = generator_config(settings, document.path, Path(scratch) / "client")
        with contextlib.redirect_stdout(io.StringIO()):
            openapi = opc.parse(normalised.document.data, config)
    if isinstance(openapi, GeneratorError):
        raise SpecfleetError(opc.problem(document, openapi).message)
    normalised.apply(openapi)
    class_names = {str(item.class_info.name) for item in [*openapi.models, *openapi.enums]}
    generated = match_endpoints(spec_model(normalised.document), openapi)
    overrides = settings.resource_names if names is None else dict(names)
    root, _, _ = build_resources(generated, overrides, class_names, None, settings.resource_prefix)
    methods: dict[str, Method] = {}
    for node in root.walk():
        for method in node.methods:
            endpoint = method.endpoint
            keywords = dict(_signature(method.keywords))
            if _code(method.body):
                # with keyword fields, ``body=`` is the other way to send it: neither is needed alone
                keywords.update(
                    (name, Argument(found.type, found.required and not method.fields))
                    for name, found in _signature([method.body])
                )
            keywords.update(_signature(method.fields))
            methods[f"client.{method.dotted}"] = Method(
                f"{endpoint.method.upper()} {spec_path(endpoint)}",
                tuple((name, argument.type) for name, argument in _signature(method.positional)),
                keywords,
                _code(method.success_type),
            )
    models: dict[str, dict[str, Argument]] = {}
    for model in openapi.models:
        fields: dict[str, Argument] = {}
        for required, props in (
            (True, model.required_properties or ()),
            (False, model.optional_properties or ()),
        ):
            for prop in props:
                fields[str(prop.python_name)] = Argument(_code(prop.get_type_string()), required)
        models[f"models.{model.class_info.name}"] = fields
    enums: dict[str, tuple[str, ...]] = {}
    for enum in openapi.enums:
        values = enum.values.values() if isinstance(enum.values, dict) else enum.values
        enums[f"models.{enum.class_info.name}"] = tuple(sorted(str(value) for value in values))
    return Surface(methods, models, enums, _sent(methods, models, class_names))


def _signature(written: Iterable[object]) -> Iterator[tuple[str, Argument]]:
    """``name: type = default`` as the plan writes each argument: required when it has no default."""
    for item in written:
        text = _code(item)
        name, _, rest = text.partition(":")
        kind, has_default, _ = rest.partition(" = ")
        yield name.strip(), Argument(kind.strip(), not has_default)


_CLASS = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _sent(
    methods: Mapping[str, Method], models: Mapping[str, Mapping[str, Argument]], class_names: set[str]
) -> frozenset[str]:
    """The models and enums a call takes, and every one their fields take in turn."""
    todo = [
        kind
        for method in methods.values()
        for kind in [*(kind for _, kind in method.positional), *(a.type for a in method.keywords.values())]
    ]
    sent: set[str] = set()
    while todo:
        for name in _CLASS.findall(todo.pop()):
            if name in class_names and f"models.{name}" not in sent:
                sent.add(f"models.{name}")
                todo += [field.type for field in models.get(f"models.{name}", {}).values()]
    return frozenset(sent)


def _code(value: object) -> str:
    """A type as written in the generated code (opc wraps code it generates in ``PythonCode``)."""
    unembedded = getattr(value, "as_unembedded_code", None)
    return str(unembedded()) if callable(unembedded) else str(value)


#: One side of a diff: its loaded spec, or the spec file for the reader to load itself.
Side = Document | Path


def _read_side(settings: ClientSettings, side: Side, parent: int) -> Surface:
    """One side's surface: kept by an earlier run, else read (and kept for the next).

    Run in a child, it yields the CPU to the rule diff: on two cores the rule diff (the
    longer job) and two readers compete, and at a lower priority the readers share what the
    diff leaves instead of slowing it.  A reader given a file loads it itself, so it starts
    at once instead of after the parent has loaded both specs; a forked reader repairs its
    own copy of the spec in place (no copy of a 4 MB spec to make).
    """
    forked = os.getpid() != parent
    if forked:
        os.nice(10)
    if isinstance(side, Document):
        document = side
    else:
        from specfleet.spec.bundle import load_spec

        document = load_spec(side)
        surface_cache.store_file_index(settings, side, document)
    name = surface_cache.key(settings, document)
    kept = _kept(name)
    if kept is not None:
        return kept
    surface = read_surface(settings, document, in_place=forked)
    surface_cache.store(name, surface.as_json())
    return surface


def scoped_changes(
    settings: ClientSettings,
    base_settings: ClientSettings,
    base: Document,
    revision: Document,
    *,
    in_place: bool = False,
) -> list[SurfaceChange] | None:
    """The Python API changes, read from the parts of both specs that can make one
    (:mod:`specfleet.diff.surface_scope`); None when the specs cannot be cut down.

    Every method is named over its whole spec first, so one that moved is read too, and the
    parts read name their methods as the whole client does.
    """
    from specfleet.diff.surface_routes import method_names
    from specfleet.diff.surface_scope import cut, scope
    from specfleet.normalise import run_phase

    # class names are decided over the whole spec (a later schema of a taken name is renamed)
    base, revision = (
        run_phase(side, "generate", frozenset({"model-names"}), in_place=in_place).document
        for side in (base, revision)
    )
    old, new = method_names(base_settings, base.data), method_names(settings, revision.data)
    moved = [("paths", *key) for key, (_, dotted) in old.items() if key in new and new[key][1] != dotted]
    units = scope(base.data, revision.data, moved)
    if units is None:
        return None
    if not units.whole:
        return []
    _import_readers()
    surfaces = []
    for named, document, names in ((base_settings, base, old), (settings, revision, new)):
        ids = {key: python for key, (python, _) in names.items()}
        part = cut(document, units, ids)
        try:
            surfaces.append(read_surface(named, part, in_place=True, names=dict(names.values())))
        except SpecfleetError:
            return None  # read whole, so the note names what opc refuses in the whole spec
        del part
        gc.collect()  # opc's model of one side is cyclic: gone before the other side is read
    return compare_surfaces(settings.package, *surfaces)


def _scoped_in_child(
    settings: ClientSettings, base_settings: ClientSettings, base: Document, revision: Document
) -> list[SurfaceChange] | None:
    """:func:`scoped_changes` in a forked child, whose copy of both specs is its own to repair."""
    return scoped_changes(settings, base_settings, base, revision, in_place=True)


def _import_readers() -> None:
    """Import what the readers run before forking them, so the two children need not each import it.

    A second of imports here, once, instead of in each reader: the readers (two sides' repairs
    and opc parses on the one core the rule diff leaves) are the longer job on a big spec.
    """
    import specfleet.generation.render  # noqa: F401 - imported for the children
    from specfleet.normalise import load_repairs

    load_repairs()


class SurfaceReader:
    """Reads both sides' surfaces in a forked process while the caller runs the rule diff.

    Two loaded specs are read in one child, scoped to what changed (:func:`scoped_changes`).
    Read whole instead (``whole``, a recorded surface, specs that cannot be scoped, sides given
    as files), each side in a child of its own is kept on disk for the next run; a run whose
    sides were both kept reads neither (a loaded document is keyed by its text, a file by the
    files an earlier run found bundled into it).
    """

    def __init__(
        self,
        settings: ClientSettings,
        base: Side,
        revision: Side,
        base_settings: ClientSettings | None = None,
        recorded: Surface | None = None,
        *,
        whole: bool = False,
    ) -> None:
        self.settings = settings
        self._sides_given = (base, revision)
        self._each = (base_settings or settings, settings)  # the base named as its client.toml then did
        #: only a spec change can change the surface: both sides name their methods alike and the
        #: base is read by this code (not recorded by an earlier release's)
        self.spec_decides = self._each[0].resources == settings.resources and recorded is None
        self._kept = [
            recorded
            if recorded is not None and named is self._each[0]
            else _kept(
                surface_cache.key(named, side)
                if isinstance(side, Document)
                else surface_cache.key_of_file(named, side)
            )
            for named, side in zip(self._each, self._sides_given, strict=True)
        ]
        self._sides: tuple[Background[Surface] | None, ...] = (None, None)
        self._scoped: Background[list[SurfaceChange] | None] | None = None
        if None not in self._kept:
            return
        if not whole and recorded is None and isinstance(base, Document) and isinstance(revision, Document):
            # one child, which imports opc itself: this process goes straight on to the rule diff
            self._scoped = Background(_scoped_in_child, settings, self._each[0], base, revision)
        else:
            _import_readers()
            self._read_whole()

    def _read_whole(self) -> None:
        self._sides = tuple(
            None if kept is not None else Background(_read_side, named, side, os.getpid())
            for kept, named, side in zip(self._kept, self._each, self._sides_given, strict=True)
        )

    def changes(self) -> list[SurfaceChange]:
        """The changes; raises :class:`SpecfleetError` naming the side opc could not read."""
        if self._scoped is not None:
            reader, self._scoped = self._scoped, None
            try:
                scoped = reader.result()
            except SpecfleetError:
                scoped = None  # read whole: its note names what opc refuses in the whole spec
            if scoped is not None:
                return scoped
            self._read_whole()
        base, revision = self.surfaces()
        return compare_surfaces(self.settings.package, base, revision)

    def surfaces(self) -> tuple[Surface, Surface]:
        """Both sides' surfaces; raises :class:`SpecfleetError` naming the side opc could not read."""
        surfaces = []
        for side, reader, kept in zip(("base", "revision"), self._sides, self._kept, strict=True):
            if reader is None:
                assert kept is not None
                surfaces.append(kept)
                continue
            try:
                surfaces.append(reader.result())
            except SpecfleetError as exc:
                self.cancel()
                message = (
                    str(exc).splitlines()[0].removeprefix("checking the spec in the background failed: ")
                )
                raise SpecfleetError(f"the {side} spec: {message}") from None
        return surfaces[0], surfaces[1]

    def cancel(self) -> None:
        for reader in (*self._sides, self._scoped):
            if reader is not None:
                reader.cancel()


def _kept(name: str | None) -> Surface | None:
    """The surface kept under ``name`` by an earlier run, if any (and readable)."""
    data = surface_cache.load(name)
    try:
        return Surface.from_json(data) if isinstance(data, dict) else None
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def compare_surfaces(package: str, old: Surface, new: Surface) -> list[SurfaceChange]:
    """Everything user code of ``old`` may trip over in ``new``, and what is new.

    A method that disappears or moves breaks its callers (a move names where it went); one that
    appears is new.  Models a call sends are built by user code: a new required field breaks it.
    The others it only reads, as the SDKs treat response models: a new field, a wider union or a
    new enum value breaks no call.
    """
    return sorted(
        [
            *_methods_gone(old, new),
            *_methods_new(old, new),
            *_models(package, old, new),
            *_enums(package, old, new),
        ]
    )


def _methods_gone(old: Surface, new: Surface) -> Iterator[SurfaceChange]:
    """Methods removed or moved (naming where they went), and the signatures of those kept."""
    moved_to = {method.operation: path for path, method in new.methods.items()}
    for path, method in old.methods.items():
        now = new.methods.get(path)
        if now is not None and now.operation == method.operation:
            yield from _method(path, method, now)
            continue
        where = moved_to.get(method.operation)
        message = f"{path} (and its async twin) was removed"
        if where is not None:
            message = f"{path} moved to {where} ({method.operation})"
        yield SurfaceChange(path, "method-removed", True, message, method.operation)


def _methods_new(old: Surface, new: Surface) -> Iterator[SurfaceChange]:
    """Methods that appear, naming the method they were before when they moved."""
    moved_from = {method.operation: path for path, method in old.methods.items()}
    for path, method in new.methods.items():
        was = old.methods.get(path)
        if was is not None and was.operation == method.operation:
            continue
        origin = moved_from.get(method.operation)
        message = f"new method {path} ({method.operation})"
        if origin is not None and origin != path:
            message = f"{path} is the new name of {origin} ({method.operation})"
        yield SurfaceChange(path, "method-added", False, message, method.operation)


def _models(package: str, old: Surface, new: Surface) -> Iterator[SurfaceChange]:
    for path, fields in old.models.items():
        now_fields = new.models.get(path)
        if now_fields is None:
            yield SurfaceChange(
                f"{package}.{path}", "model-removed", True, f"model {package}.{path} was removed"
            )
            continue
        sent = path in old.sent or path in new.sent
        yield from _arguments(f"{package}.{path}", "field", fields, now_fields, sent=sent)
    for path in new.models.keys() - old.models.keys():
        yield SurfaceChange(f"{package}.{path}", "model-added", False, f"new model {package}.{path}")


def _enums(package: str, old: Surface, new: Surface) -> Iterator[SurfaceChange]:
    for path, values in old.enums.items():
        now_values = new.enums.get(path)
        where = f"{package}.{path}"
        if now_values is None:
            yield SurfaceChange(where, "enum-removed", True, f"enum {where} was removed")
            continue
        for value in sorted(set(values) - set(now_values)):
            yield SurfaceChange(
                f"{where}.{value}", "enum-value-removed", True, f"{where} lost the value {value!r}"
            )
        for value in sorted(set(now_values) - set(values)):
            yield SurfaceChange(
                f"{where}.{value}", "enum-value-added", False, f"{where} has a new value {value!r}"
            )
    for path in new.enums.keys() - old.enums.keys():
        yield SurfaceChange(f"{package}.{path}", "enum-added", False, f"new enum {package}.{path}")


def _method(path: str, old: Method, new: Method) -> Iterator[SurfaceChange]:
    """One method's signature, old and new: its positional and keyword arguments, its return type."""
    operation = old.operation
    old_names = [name for name, _ in old.positional]
    new_names = [name for name, _ in new.positional]
    if old_names != new_names:
        yield SurfaceChange(
            path,
            "positional-arguments-changed",
            True,
            f"{path} now takes ({', '.join(new_names)}) positionally (was ({', '.join(old_names)}))",
            operation,
        )
    positional = {name: Argument(kind, True) for name, kind in old.positional}
    now_positional = {name: Argument(kind, True) for name, kind in new.positional}
    for found in _arguments(
        path, "argument", {**positional, **old.keywords}, {**now_positional, **new.keywords}, sent=True
    ):
        yield replace(found, operation=operation)
    if old.returns != new.returns:
        yield SurfaceChange(
            path,
            "return-type-changed",
            True,
            f"{path} now returns {new.returns} (was {old.returns})",
            operation,
        )


@functools.lru_cache(maxsize=4096)
def _members(type_text: str) -> frozenset[str]:
    """A type's union members, without ``Unset`` (requiredness is reported on its own).

    Each value of a ``Literal[...]`` is a member of its own, so an argument typed by an enum's
    values that gains one (``Literal['a', 'b']`` to ``Literal['a', 'b', 'c']``) is wider.
    """
    try:
        tree = ast.parse(type_text, mode="eval").body
    except SyntaxError:
        return frozenset(part.strip() for part in type_text.split(" | ") if part.strip() != "Unset")
    found: set[str] = set()

    def walk(node: ast.expr) -> None:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            walk(node.left)
            walk(node.right)
        elif isinstance(node, ast.Subscript) and ast.unparse(node.value) == "Literal":
            values = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            found.update(f"Literal[{ast.unparse(value)}]" for value in values)
        elif ast.unparse(node) != "Unset":
            found.add(ast.unparse(node))

    walk(tree)
    return frozenset(found)


def _arguments(
    where: str, noun: str, old: Mapping[str, Argument], new: Mapping[str, Argument], *, sent: bool
) -> Iterator[SurfaceChange]:
    """Arguments of a method or fields of a model: removed, added, retyped, newly required.

    ``sent``: user code builds it (a call's argument, a request model) rather than only reads it.
    A type that keeps every member it had is wider: what was passed still is, and a reader of a
    response model is not broken by one more member.
    """
    for name, argument in old.items():
        now = new.get(name)
        path = f"{where}.{name}" if noun == "field" else f"{where}({name})"
        if now is None:
            yield SurfaceChange(path, f"{noun}-removed", True, f"{where}: {noun} {name} was removed")
            continue
        if now.required and not argument.required:
            yield SurfaceChange(
                path, f"{noun}-became-required", sent, f"{where}: {noun} {name} is now required"
            )
        elif argument.required and not now.required:
            # A field that may be missing reads as ``Unset | T``: user code must now check it.
            yield SurfaceChange(
                path, f"{noun}-became-optional", noun == "field", f"{where}: {noun} {name} is now optional"
            )
        if _members(now.type) != _members(argument.type):
            wider = _members(now.type) > _members(argument.type)
            yield SurfaceChange(
                path,
                f"{noun}-type-changed",
                not wider,
                f"{where}: {noun} {name} is now {now.type} (was {argument.type})",
            )
    for name, argument in new.items():
        if name not in old:
            path = f"{where}.{name}" if noun == "field" else f"{where}({name})"
            need = "required" if argument.required else "optional"
            yield SurfaceChange(
                path,
                f"{noun}-added",
                argument.required and sent,
                f"{where}: new {need} {noun} {name}: {argument.type}",
            )


#: Beside a provider's spec: the surface its last release published, which the next release
#: is compared with, so a template or specfleet upgrade that changes the client is released too.
RECORDED_FILE = "python-api.json"


def recorded_surface(folder: Path) -> Surface | None:
    """The surface ``specfleet release`` recorded in ``folder``, if any (and readable)."""
    try:
        data = json.loads((folder / RECORDED_FILE).read_text(encoding="utf-8"))
        return Surface.from_json(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def record_surface(folder: Path, surface: Surface) -> None:
    """Write ``surface`` as the one released (sorted, so a release changes only what changed)."""
    text = json.dumps(surface.as_json(), indent=1, sort_keys=True) + "\n"
    (folder / RECORDED_FILE).write_text(text, encoding="utf-8")


def current_surface(settings: ClientSettings, spec: Path) -> Surface:
    """The surface of the spec at ``spec`` as this code generates it (kept between runs)."""
    return _read_side(settings, spec, os.getpid())
