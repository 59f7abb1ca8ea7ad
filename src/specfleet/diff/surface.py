"""The generated package's public Python API, before and after a spec change.

The rule report says what changed on the wire; this says what changed for code that
imports the client.  Both sides are read from openapi-python-client's own model of the
spec (the one ``generate`` renders from, after the same repairs), not from rendered code:
endpoint functions with their parameters and return types, models with their fields'
types and requiredness, enums with their values.  A spec opc cannot read gives a note,
never a failed diff.  The two sides are read in forked processes, beside the rule diff.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from specfleet.background import Background
from specfleet.config import ClientSettings
from specfleet.diff import surface_cache
from specfleet.errors import SpecfleetError
from specfleet.load import Document
from specfleet.scratch import temporary_dir


@dataclass(frozen=True, order=True)
class SurfaceChange:
    """One change of the public Python API, e.g. ``api_client.models.Pet.name``."""

    path: str
    kind: str
    breaking: bool
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "breaking": self.breaking, "message": self.message}


@dataclass(frozen=True)
class Argument:
    """A parameter of an endpoint function or a field of a model: its Python type and need."""

    type: str
    required: bool


@dataclass(frozen=True)
class Function:
    arguments: Mapping[str, Argument]
    returns: str


@dataclass(frozen=True)
class Surface:
    """What user code can call and construct, keyed by dotted path below the package."""

    functions: Mapping[str, Function]
    models: Mapping[str, Mapping[str, Argument]]
    enums: Mapping[str, tuple[str, ...]]

    def as_json(self) -> dict[str, Any]:
        """Plain data that :meth:`from_json` turns back into this surface (how it is kept on disk)."""

        def arguments(found: Mapping[str, Argument]) -> dict[str, list[Any]]:
            return {name: [argument.type, argument.required] for name, argument in found.items()}

        return {
            "functions": {
                path: [arguments(function.arguments), function.returns]
                for path, function in self.functions.items()
            },
            "models": {path: arguments(fields) for path, fields in self.models.items()},
            "enums": {path: list(values) for path, values in self.enums.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Surface:
        def arguments(found: dict[str, list[Any]]) -> dict[str, Argument]:
            return {name: Argument(str(kind), bool(required)) for name, (kind, required) in found.items()}

        return cls(
            {
                path: Function(arguments(found), str(returns))
                for path, (found, returns) in data["functions"].items()
            },
            {path: arguments(fields) for path, fields in data["models"].items()},
            {path: tuple(map(str, values)) for path, values in data["enums"].items()},
        )


def read_surface(settings: ClientSettings, document: Document, *, in_place: bool = False) -> Surface:
    """openapi-python-client's model of ``document``, as the generated package exposes it.

    ``in_place``: the repairs may change ``document`` (a forked reader's own copy) instead of a copy.
    """
    from openapi_python_client.parser.errors import GeneratorError

    from specfleet import opc
    from specfleet.generate import generator_config
    from specfleet.normalise import normalise_for_opc

    normalised = normalise_for_opc(document, in_place=in_place)
    with temporary_dir("specfleet-surface") as scratch:
        config = generator_config(settings, document.path, Path(scratch) / "client")
        with contextlib.redirect_stdout(io.StringIO()):
            openapi = opc.parse(normalised.document.data, config)
    if isinstance(openapi, GeneratorError):
        raise SpecfleetError(opc.problem(document, openapi).message)
    normalised.apply(openapi)
    functions: dict[str, Function] = {}
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            arguments: dict[str, Argument] = {}
            for prop in (
                *endpoint.path_parameters,
                *endpoint.query_parameters,
                *endpoint.header_parameters,
                *endpoint.cookie_parameters,
            ):
                # A required parameter with a default keeps it in the signature: callers may still
                # leave it out, so the signature users see is what its need is judged by.
                needed = bool(prop.required) and getattr(prop, "default", None) is None
                arguments[str(prop.python_name)] = Argument(_code(prop.get_type_string()), needed)
            if endpoint.bodies:
                types = sorted({_code(body.prop.get_type_string()) for body in endpoint.bodies})
                required = all(body.prop.required for body in endpoint.bodies)
                arguments["body"] = Argument(" | ".join(types), required)
            returns = " | ".join(
                sorted({_code(response.prop.get_type_string()) for response in endpoint.responses})
            )
            functions[f"api.{tag}.{endpoint.name}"] = Function(arguments, returns or "None")
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
    return Surface(functions, models, enums)


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
        from specfleet.bundle import load_spec

        document = load_spec(side)
        surface_cache.store_file_index(settings, side, document)
    name = surface_cache.key(settings, document)
    kept = _kept(name)
    if kept is not None:
        return kept
    surface = read_surface(settings, document, in_place=forked)
    surface_cache.store(name, surface.as_json())
    return surface


def _import_readers() -> None:
    """Import what the readers run before forking them, so the two children need not each import it.

    A second of imports here, once, instead of in each reader: the readers (two sides' repairs
    and opc parses on the one core the rule diff leaves) are the longer job on a big spec.
    """
    import specfleet.generate  # noqa: F401 - imported for the children
    from specfleet.normalise import load_repairs

    load_repairs()


class SurfaceReader:
    """Reads both sides' surfaces in forked processes while the caller runs the rule diff.

    A side whose surface an earlier run kept is not forked for: a loaded document is keyed
    by its text, a file by the files an earlier run found bundled into it (read, not loaded).
    """

    def __init__(self, settings: ClientSettings, base: Side, revision: Side) -> None:
        self.settings = settings
        sides = (base, revision)
        self._kept = [
            _kept(
                surface_cache.key(settings, side)
                if isinstance(side, Document)
                else surface_cache.key_of_file(settings, side)
            )
            for side in sides
        ]
        if None in self._kept:
            _import_readers()
        self._sides = tuple(
            None if kept is not None else Background(_read_side, settings, side, os.getpid())
            for kept, side in zip(self._kept, sides, strict=True)
        )

    def changes(self) -> list[SurfaceChange]:
        """The changes; raises :class:`SpecfleetError` naming the side opc could not read."""
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
        return compare_surfaces(self.settings.package, surfaces[0], surfaces[1])

    def cancel(self) -> None:
        for reader in self._sides:
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
    """Everything user code of ``old`` may trip over in ``new``, and what is new."""
    changes: list[SurfaceChange] = []

    def add(path: str, kind: str, breaking: bool, message: str) -> None:
        changes.append(SurfaceChange(f"{package}.{path}", kind, breaking, message))

    for path, function in old.functions.items():
        now = new.functions.get(path)
        if now is None:
            add(path, "function-removed", True, f"function {package}.{path} was removed")
            continue
        changes += _arguments(package, path, "parameter", function.arguments, now.arguments)
        if function.returns != now.returns:
            add(
                path,
                "return-type-changed",
                True,
                f"{package}.{path} now returns {now.returns} (was {function.returns})",
            )
    for path in new.functions.keys() - old.functions.keys():
        add(path, "function-added", False, f"new function {package}.{path}")
    for path, fields in old.models.items():
        now_fields = new.models.get(path)
        if now_fields is None:
            add(path, "model-removed", True, f"model {package}.{path} was removed")
            continue
        changes += _arguments(package, path, "field", fields, now_fields)
    for path in new.models.keys() - old.models.keys():
        add(path, "model-added", False, f"new model {package}.{path}")
    for path, values in old.enums.items():
        now_values = new.enums.get(path)
        if now_values is None:
            add(path, "enum-removed", True, f"enum {package}.{path} was removed")
            continue
        for value in sorted(set(values) - set(now_values)):
            add(f"{path}.{value}", "enum-value-removed", True, f"{package}.{path} lost the value {value!r}")
        for value in sorted(set(now_values) - set(values)):
            add(f"{path}.{value}", "enum-value-added", False, f"{package}.{path} has a new value {value!r}")
    for path in new.enums.keys() - old.enums.keys():
        add(path, "enum-added", False, f"new enum {package}.{path}")
    return sorted(changes)


def _bare(type_text: str) -> str:
    """A type without its ``Unset`` member: requiredness is reported on its own."""
    return " | ".join(part for part in type_text.split(" | ") if part != "Unset")


def _arguments(
    package: str, owner: str, noun: str, old: Mapping[str, Argument], new: Mapping[str, Argument]
) -> Iterator[SurfaceChange]:
    """Parameters of a function or fields of a model: removed, added, retyped, newly required."""
    where = f"{package}.{owner}"
    for name, argument in old.items():
        now = new.get(name)
        path = f"{where}.{name}" if noun == "field" else f"{where}({name})"
        if now is None:
            yield SurfaceChange(path, f"{noun}-removed", True, f"{where}: {noun} {name} was removed")
            continue
        if now.required and not argument.required:
            yield SurfaceChange(
                path, f"{noun}-became-required", True, f"{where}: {noun} {name} is now required"
            )
        elif argument.required and not now.required:
            # A field that may be missing reads as ``Unset | T``: user code must now check it.
            yield SurfaceChange(
                path, f"{noun}-became-optional", noun == "field", f"{where}: {noun} {name} is now optional"
            )
        if _bare(now.type) != _bare(argument.type):
            yield SurfaceChange(
                path,
                f"{noun}-type-changed",
                True,
                f"{where}: {noun} {name} is now {now.type} (was {argument.type})",
            )
    for name, argument in new.items():
        if name not in old:
            path = f"{where}.{name}" if noun == "field" else f"{where}({name})"
            need = "required" if argument.required else "optional"
            yield SurfaceChange(
                path,
                f"{noun}-added",
                argument.required,
                f"{where}: new {need} {noun} {name}: {argument.type}",
            )
