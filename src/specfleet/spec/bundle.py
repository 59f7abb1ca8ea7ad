"""Bundle a spec split across files into one self-contained document.

Published specs are often a root ``openapi.yaml`` whose ``$ref``s point into
``paths/``, ``components/schemas/`` and the like (Redocly's and DigitalOcean's
layouts).  The validator, openapi-python-client and the diff all want one document,
so every external ``$ref`` is replaced before they see it:

* what OpenAPI keeps under ``components`` (schemas, parameters, responses, examples,
  request bodies, headers, links, callbacks, security schemes) is copied there once,
  under the name of its file or of the pointer's last segment (``Pet``, ``Pet_2`` on a
  clash, in the order the spec mentions them), and referenced locally;
* a root ``components/schemas/Pet: {$ref: schemas/Pet.yaml}`` entry becomes the
  schema itself, keeping the name the author chose;
* path items and operations are written in place, as is anything found where no
  OpenAPI object is expected (an extension such as ``x-codeSamples``): the first time
  in place, and later as a local ``$ref`` to that place or to the component that
  already holds it, so shared files are never copied over and over;
* a ``$ref`` to a whole ``.md``/``.txt`` file becomes that file's text (Redocly's
  way of keeping long descriptions in markdown; OpenAPI itself has no such ``$ref``).

The bundled document remembers which file every copied subtree came from, so a
problem anywhere in it is reported at the file and line where it was written.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from specfleet.errors import Problem, SpecError
from specfleet.spec.document import DUPLICATE_KEYS, Document, Pointer, SourceMap
from specfleet.spec.load import load_document
from specfleet.spec.refs import RULE, RefChecker, in_data, is_text_file, lookup, loosen, parse_fragment

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_ONE = (
    "items", "additionalItems", "additionalProperties", "not", "if", "then", "else",
    "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties",
)  # fmt: skip
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_PARAMETER = {"schema": "Schema", "content": "map:MediaType", "examples": "map:Example"}

#: What each field of an OpenAPI object holds: a kind, ``map:<kind>`` or ``list:<kind>``.
_FIELDS: dict[str, dict[str, str]] = {
    "Root": {"paths": "map:PathItem", "webhooks": "map:PathItem", "components": "Components"},
    "Components": {
        "schemas": "map:Schema",
        "responses": "map:Response",
        "parameters": "map:Parameter",
        "examples": "map:Example",
        "requestBodies": "map:RequestBody",
        "headers": "map:Header",
        "securitySchemes": "map:SecurityScheme",
        "links": "map:Link",
        "callbacks": "map:Callback",
        "pathItems": "map:PathItem",
    },
    "PathItem": {**dict.fromkeys(_METHODS, "Operation"), "parameters": "list:Parameter"},
    "Operation": {
        "parameters": "list:Parameter",
        "requestBody": "RequestBody",
        "responses": "map:Response",
        "callbacks": "map:Callback",
    },
    "Callback": {},  # every field is a path item, see _child
    "Parameter": _PARAMETER,
    "Header": _PARAMETER,
    "RequestBody": {"content": "map:MediaType"},
    "MediaType": {"schema": "Schema", "examples": "map:Example", "encoding": "map:Encoding"},
    "Encoding": {"headers": "map:Header"},
    "Response": {"headers": "map:Header", "content": "map:MediaType", "links": "map:Link"},
    "Schema": {
        **dict.fromkeys(_SCHEMA_MAPS, "map:Schema"),
        **dict.fromkeys(_SCHEMA_ONE, "Schema"),
        **dict.fromkeys(_SCHEMA_LISTS, "list:Schema"),
    },
}

#: The ``components`` section each kind of object is kept in; other kinds are written in place.
SECTIONS = {
    "Schema": "schemas",
    "Response": "responses",
    "Parameter": "parameters",
    "Example": "examples",
    "RequestBody": "requestBodies",
    "Header": "headers",
    "SecurityScheme": "securitySchemes",
    "Link": "links",
    "Callback": "callbacks",
}

_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _child(kind: str, key: str | int) -> str:
    if kind.startswith(("map:", "list:")):
        return kind.partition(":")[2]
    if kind == "Callback":
        return "PathItem"
    return _FIELDS.get(kind, {}).get(str(key), "any")


def _local(pointer: Pointer) -> str:
    """``("components", "schemas", "a/b")`` -> ``#/components/schemas/a~1b``."""
    return "#" + "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in pointer)


def component_name(file: Path, fragment: Pointer) -> str:
    """A component name (``^[A-Za-z0-9._-]+$``) for what ``file#fragment`` holds."""
    base = str(fragment[-1]) if fragment else file.stem
    return _NAME_UNSAFE.sub("_", base).strip("_") or "Component"


class Bundler:
    """Builds the bundled data and the map of where each copied subtree was written."""

    def __init__(self, root: Document, files: Mapping[Path, Document]) -> None:
        self.root = root
        self.files = files
        #: id(document) -> the resolved file it was read from (its ``path`` is how it is shown)
        self.locations = {id(document): path for path, document in files.items()}
        self.root_file = self.locations[id(root)]
        self.origins: dict[Pointer, tuple[Document, Pointer]] = {}
        self.problems: list[Problem] = []
        #: (file, pointer in it, section) -> the component name it was given
        self.names: dict[tuple[Path, Pointer, str], str] = {}
        components = root.data.get("components")
        components = components if isinstance(components, dict) else {}
        self.taken: dict[str, set[str]] = {
            section: set(entries) if isinstance(entries, dict) else set()
            for section, entries in components.items()
        }
        self.hoisted: dict[str, dict[str, Any]] = {}
        self.pending: deque[tuple[str, str, Document, Pointer, str]] = deque()
        self.inlining: list[tuple[Path, Pointer]] = []
        #: (file, pointer in it) -> the local ``$ref`` that already stands for it in the bundle
        self.placed: dict[tuple[Path, Pointer], str] = {}
        self._claim_root_components(components)

    def _claim_root_components(self, components: dict[str, Any]) -> None:
        """``components/schemas/Pet: {$ref: Pet.yaml}`` gives Pet.yaml's schema the name Pet."""
        for section, entries in components.items():
            if not isinstance(entries, dict):
                continue
            for name, entry in entries.items():
                ref = entry.get("$ref") if isinstance(entry, dict) else None
                if not isinstance(ref, str) or not urlsplit(ref).path:
                    continue
                file, fragment = self._target(self.root, ref)
                if file != self.root_file and not is_text_file(file):
                    self.names.setdefault((file, fragment, section), name)
                    self.placed.setdefault((file, fragment), _local(("components", section, name)))

    def _target(self, source: Document, ref: str) -> tuple[Path, Pointer]:
        parts = urlsplit(ref)
        here = self.locations[id(source)]
        file = (here.parent / unquote(parts.path)).resolve() if parts.path else here
        return file, parse_fragment(parts.fragment)

    def bundle(self) -> dict[str, Any]:
        data: dict[str, Any] = self.walk(self.root.data, "Root", self.root, (), ())
        while self.pending:
            section, name, source, fragment, kind = self.pending.popleft()
            out: Pointer = ("components", section, name)
            self.origins[out] = (source, fragment)
            self.hoisted[section][name] = self.walk(
                lookup(source.data, fragment), kind, source, fragment, out
            )
        components = data.setdefault("components", {}) if self.hoisted else None
        for section, entries in self.hoisted.items():
            if isinstance(components, dict) and isinstance(components.setdefault(section, {}), dict):
                components[section].update(entries)  # else the validator reports the malformed section
        return data

    def walk(self, node: Any, kind: str, source: Document, at: Pointer, out: Pointer) -> Any:
        """A copy of ``node`` (at ``at`` in ``source``) with every external ``$ref`` replaced."""
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and (source is not self.root or urlsplit(ref).path) and not in_data(at):
                return self.reference(node, ref, kind, source, at, out)
            return {
                key: self.walk(value, _child(kind, key), source, (*at, key), (*out, key))
                for key, value in node.items()
            }
        if isinstance(node, list):
            item = kind[5:] if kind.startswith("list:") else "any"
            return [self.walk(value, item, source, (*at, i), (*out, i)) for i, value in enumerate(node)]
        return node

    def reference(
        self, node: dict[str, Any], ref: str, kind: str, source: Document, at: Pointer, out: Pointer
    ) -> Any:
        """What replaces the ``$ref`` node ``node``: a local ``$ref``, or the target itself."""
        siblings = {
            key: self.walk(value, _child(kind, key), source, (*at, key), (*out, key))
            for key, value in node.items()
            if key != "$ref"
        }
        file, fragment = self._target(source, ref)
        if file == self.root_file:  # back into the root file: a local reference there
            return {**siblings, "$ref": "#" + urlsplit(ref).fragment}
        target = self.files[file]
        if is_text_file(file):
            self.origins[out] = (target, ())
            return target.text
        section = SECTIONS.get(kind)
        if section is not None and not self._defines(out, file, fragment, section):
            name = self._name(file, fragment, section, target, kind)
            return {**siblings, "$ref": f"#/components/{section}/{name}"}
        if kind == "any":  # no kind to file it under: reuse wherever it already is, else copy it once
            placed = self.placed.get((file, fragment))
            if placed is not None:
                return {**siblings, "$ref": placed}
        elif (file, fragment) in self.inlining:
            self.problems.append(
                source.problem(
                    (*at, "$ref"),
                    RULE,
                    f"$ref {ref!r} includes itself; a {kind} cannot be copied into its own definition",
                )
            )
            return {}
        self.placed.setdefault((file, fragment), _local(out))
        self.inlining.append((file, fragment))
        self.origins[out] = (target, fragment)
        copied = self.walk(lookup(target.data, fragment), kind, target, fragment, out)
        self.inlining.pop()
        if siblings and isinstance(copied, dict):
            for key in siblings:  # the sibling was written next to the $ref, not in the target
                self.origins[(*out, key)] = (source, (*at, key))
            copied = {**copied, **siblings}
        return copied

    def _defines(self, out: Pointer, file: Path, fragment: Pointer, section: str) -> bool:
        """Whether ``out`` is the root's own ``components`` entry that names this target."""
        return (
            len(out) == 3
            and out[:2] == ("components", section)
            and self.names.get((file, fragment, section)) == out[2]
        )

    def _name(self, file: Path, fragment: Pointer, section: str, target: Document, kind: str) -> str:
        key = (file, fragment, section)
        name = self.names.get(key)
        if name is not None:
            return name
        taken = self.taken.setdefault(section, set())
        base = name = component_name(file, fragment)
        counter = 1
        while name in taken:
            counter += 1
            name = f"{base}_{counter}"
        taken.add(name)
        self.names[key] = name
        self.placed.setdefault((file, fragment), _local(("components", section, name)))
        self.hoisted.setdefault(section, {})
        self.pending.append((section, name, target, fragment, kind))
        return name


def bundle(root: Document, files: Mapping[Path, Document]) -> Document:
    """``root`` with the files it references (by resolved path, as RefChecker loads them) folded in."""
    bundler = Bundler(root, files)
    data = bundler.bundle()
    if bundler.problems:
        raise SpecError(bundler.problems)
    return Document(path=root.path, data=data, marks=SourceMap(root.marks, bundler.origins), text=root.text)


def load_spec(
    path: Path,
    root: Path | None = None,
    shown_as: Path | None = None,
    *,
    lenient: bool = False,
    warnings: list[Problem] | None = None,
) -> Document:
    """Load the spec at ``path``, check every ``$ref``, and bundle the files it spans.

    Nothing outside the spec's own folder (and ``root``, when given) is read, no URL
    is fetched, and a spec in one file comes back exactly as :func:`load_document`
    returns it.  Raises :class:`SpecError` with every problem, each at its file:line.
    ``shown_as`` names the spec in messages (its other files beside it) when ``path``
    is a copy, such as a provider folder checked out from an older commit.

    ``lenient``: a ``$ref`` that is safe but leads nowhere becomes ``Any``, and a duplicate key
    keeps its last value (as YAML and JSON readers do), each with a warning added to
    ``warnings`` (see :func:`specfleet.spec.refs.loosen`).
    """
    duplicates: list[Problem] = []
    token = DUPLICATE_KEYS.set(duplicates if lenient else None)
    try:
        document = load_document(path, shown_as)
        checker = RefChecker(document, root, location=path, lenient=lenient)
        problems = checker.check()
    finally:
        DUPLICATE_KEYS.reset(token)
    if problems:
        raise SpecError(problems)
    loosened = loosen(checker)
    if warnings is not None:
        warnings.extend([*duplicates, *loosened])
    whole = document if len(checker.documents) == 1 else bundle(document, checker.documents)
    return replace(whole, unresolved=tuple(checker.unresolved)) if checker.unresolved else whole
