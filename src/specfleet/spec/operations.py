"""One walk of a spec that every stage reads: operations, parameters, security, references.

Lint, the diff and the client plan all need a spec's operations with the path-level and
operation-level parameters merged, ``$ref``s followed and the effective security worked out.
Doing that walk once, here, keeps the stages agreeing on what an operation is.  A
:class:`SpecModel` builds each part on first use and :func:`spec_model` keeps one per loaded
document, so a 4 MB spec is walked once however many stages read it.

Only local references (``#/...``) are followed; one into another file is left as written
(``refs.py`` has already checked it).  A reference that points to nothing or loops is a
:class:`RefError` when followed directly, and is listed in ``Operation.unresolved`` by the walk,
which never stops on it: lint must still be able to report everything else in a broken spec.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from specfleet.errors import SpecfleetError
from specfleet.spec.document import Document, Pointer
from specfleet.spec.refs import iter_refs, parse_fragment

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: A chain of ``$ref`` -> ``$ref`` -> ... longer than this is a loop or a mistake.
MAX_REF_CHAIN = 64

OperationKey = tuple[str, str]  # (path as written, lower-case method)


class RefError(SpecfleetError):
    """A local ``$ref`` that cannot be followed; ``pointer`` is the node holding it."""

    def __init__(self, pointer: Pointer, ref: str, message: str) -> None:
        super().__init__(message)
        self.pointer = pointer
        self.ref = ref
        self.message = message


@dataclass(frozen=True)
class Reference:
    """One ``$ref`` in the spec: where its ``$ref`` key is, and what it points to."""

    pointer: Pointer
    target: str

    @property
    def local(self) -> bool:
        return self.target.startswith("#")


@dataclass(frozen=True)
class Component:
    """A named entry under ``components`` (a schema or a security scheme)."""

    name: str
    data: Any  # a schema may be a boolean or a bare ``$ref``; a scheme is followed
    pointer: Pointer


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation, its ``$ref`` followed (siblings of the ``$ref`` win)."""

    name: str
    location: str  # the parameter's ``in``
    data: dict[str, Any]
    #: where the parameter is defined (the ``$ref`` target when it is a reference)
    pointer: Pointer
    #: where it is listed: in the path item's or the operation's ``parameters``
    listed_at: Pointer

    @property
    def key(self) -> tuple[str, str]:
        """What makes a parameter unique: its location and name (header names ignore case)."""
        return self.location, self.name.lower() if self.location == "header" else self.name

    @property
    def required(self) -> bool:
        return self.data.get("required") is True or self.location == "path"


@dataclass(frozen=True)
class RequestBody:
    data: dict[str, Any]
    pointer: Pointer  # where the body is defined
    listed_at: Pointer  # the operation's ``requestBody``


@dataclass(frozen=True)
class Response:
    status: str
    data: dict[str, Any]
    pointer: Pointer  # where the response is defined
    listed_at: Pointer  # under the operation's ``responses``


@dataclass(frozen=True)
class Requirement:
    """One alternative of a ``security`` list: every scheme in it is needed, with its scopes."""

    schemes: tuple[tuple[str, tuple[str, ...]], ...]  # (scheme name, scopes), as written

    @property
    def names(self) -> tuple[str, ...]:
        """The scheme names, sorted: the order within one requirement means nothing."""
        return tuple(sorted(name for name, _ in self.schemes))

    @property
    def anonymous(self) -> bool:
        """``{}``: this alternative needs no credential at all."""
        return not self.schemes


@dataclass(frozen=True)
class Security:
    """The security an operation really has: its own ``security``, else the spec's."""

    requirements: tuple[Requirement, ...]
    #: where it is written (the operation's or the spec's ``security``); None when neither has one
    pointer: Pointer | None
    #: True when the operation has no ``security`` of its own and the spec's applies
    inherited: bool

    @property
    def alternatives(self) -> tuple[tuple[str, ...], ...]:
        """Each alternative as its sorted scheme names; ``()`` is one that needs nothing."""
        return tuple(requirement.names for requirement in self.requirements)

    @property
    def anonymous(self) -> bool:
        """A caller without any credential may call it (``[]``, no security, or a ``{}`` alternative)."""
        return not self.requirements or any(requirement.anonymous for requirement in self.requirements)


@dataclass(frozen=True)
class Operation:
    """One operation with everything a stage needs already found and followed."""

    path: str  # as written under ``paths``
    method: str  # lower case, as written
    pointer: Pointer
    data: dict[str, Any]
    path_item: dict[str, Any]  # after its ``$ref``, if it has one
    path_item_pointer: Pointer
    operation_id: str | None
    tags: tuple[str, ...]
    #: path-level then operation-level parameters; an operation's parameter replaces the
    #: path item's with the same location and name, in place
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    security: Security
    #: references under this operation (or its path item's parameters) that lead nowhere
    unresolved: tuple[RefError, ...]

    @property
    def key(self) -> OperationKey:
        return self.path, self.method

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _requirements(value: Any) -> tuple[Requirement, ...]:
    if not isinstance(value, list):
        return ()
    found = []
    for item in value:
        if isinstance(item, dict):
            found.append(
                Requirement(
                    tuple(
                        (str(name), tuple(str(s) for s in scopes) if isinstance(scopes, list) else ())
                        for name, scopes in item.items()
                    )
                )
            )
    return tuple(found)


class SpecModel:
    """The walk of one spec's data; each part is built on first use and kept."""

    def __init__(self, data: Mapping[str, Any], document: Document | None = None) -> None:
        self.data = data
        self._document = weakref.ref(document) if document is not None else None
        self._targets: dict[str, tuple[Any, Pointer]] = {}
        self._merged: dict[tuple[int, str], dict[str, Any]] = {}
        self._unresolved_path_items: list[RefError] = []

    @property
    def document(self) -> Document | None:
        """The loaded document this data came from, for line numbers; None for plain data."""
        return self._document() if self._document is not None else None

    # --- references ---------------------------------------------------------------------------

    def target(self, ref: str, where: Pointer = ()) -> tuple[Any, Pointer]:
        """The node a local ``#/...`` reference names and its pointer (one step, no chain)."""
        found = self._targets.get(ref)
        if found is None:
            found = self._targets[ref] = self._lookup(ref, where)
        return found

    def _lookup(self, ref: str, where: Pointer) -> tuple[Any, Pointer]:
        try:
            parts = parse_fragment(ref[1:])
        except ValueError:
            raise RefError(where, ref, f"$ref {ref!r}: the part after '#' must be a JSON pointer") from None
        node: Any = self.data
        pointer: list[str | int] = []
        for part in parts:
            if isinstance(node, dict) and part in node:
                node = node[part]
                pointer.append(part)
            elif isinstance(node, list) and str(part).isdigit() and int(part) < len(node):
                node = node[int(part)]
                pointer.append(int(part))
            else:
                raise RefError(where, ref, f"$ref {ref!r} points to nothing")
        return node, tuple(pointer)

    def follow(self, node: Any, pointer: Pointer = (), *, merge_siblings: bool = True) -> tuple[Any, Pointer]:
        """Where a chain of local ``$ref``s starting at ``node`` ends, and that node's pointer.

        Siblings of each ``$ref`` (a ``description``, say) are laid over the target, the
        nearest winning, as OpenAPI 3.1 reads them; the merged mapping is built once, so the
        same reference always yields the same object.  Raises :class:`RefError`.
        """
        siblings: dict[str, Any] = {}
        seen: set[str] = set()
        start = pointer
        while isinstance(node, dict):
            ref = node.get("$ref")
            if not isinstance(ref, str) or not ref.startswith("#"):
                break
            if ref in seen or len(seen) >= MAX_REF_CHAIN:
                raise RefError(start, ref, f"$ref {ref!r} loops back on itself without reaching a definition")
            seen.add(ref)
            if merge_siblings:
                for key, value in node.items():
                    if key != "$ref":
                        siblings.setdefault(key, value)
            node, pointer = self.target(ref, start)
        if siblings and isinstance(node, dict):
            node = self._merge(node, siblings)
        return node, pointer

    def resolve(self, node: Any) -> Any:
        """The node a chain of local ``$ref``s ends at, exactly as written there."""
        return self.follow(node, merge_siblings=False)[0]

    def _merge(self, node: dict[str, Any], siblings: dict[str, Any]) -> dict[str, Any]:
        key = (id(node), json.dumps(siblings, sort_keys=True, default=str))
        merged = self._merged.get(key)
        if merged is None:
            merged = self._merged[key] = {**node, **siblings}
        return merged

    @cached_property
    def refs(self) -> tuple[Reference, ...]:
        """Every ``$ref`` in the spec, in document order."""
        return tuple(Reference(pointer, target) for pointer, target in iter_refs(self.data))

    # --- components ---------------------------------------------------------------------------

    def _components(self, kind: str) -> dict[str, Any]:
        components = self.data.get("components")
        found = components.get(kind) if isinstance(components, dict) else None
        return found if isinstance(found, dict) else {}

    @cached_property
    def schemas(self) -> dict[str, Component]:
        """``components.schemas`` by name, as written (a schema's own ``$ref`` is not followed)."""
        return {
            str(name): Component(str(name), schema, ("components", "schemas", name))
            for name, schema in self._components("schemas").items()
        }

    @cached_property
    def security_schemes(self) -> dict[str, Component]:
        """``components.securitySchemes`` by name, a ``$ref`` followed when it can be."""
        found = {}
        for name, raw in self._components("securitySchemes").items():
            pointer: Pointer = ("components", "securitySchemes", name)
            try:
                scheme, pointer = self.follow(raw, pointer)
            except RefError:
                scheme = raw
            found[str(name)] = Component(str(name), scheme, pointer)
        return found

    # --- operations ---------------------------------------------------------------------------

    @cached_property
    def global_security(self) -> Security:
        """The spec's own ``security``: what an operation without one gets."""
        if "security" not in self.data:
            return Security((), None, True)
        return Security(_requirements(self.data["security"]), ("security",), True)

    @cached_property
    def operations(self) -> tuple[Operation, ...]:
        """Every operation, in the order the spec lists paths and :data:`HTTP_METHODS`."""
        return tuple(self._walk())

    @property
    def unresolved_path_items(self) -> tuple[RefError, ...]:
        """Path items whose ``$ref`` leads nowhere: they have no operations to walk."""
        self.operations  # noqa: B018 - the walk finds them
        return tuple(self._unresolved_path_items)

    @cached_property
    def operations_by_key(self) -> dict[OperationKey, Operation]:
        """Operations by ``(path as written, lower-case method)``."""
        return {operation.key: operation for operation in self.operations}

    @cached_property
    def _by_operation_id(self) -> dict[str, list[Operation]]:
        found: dict[str, list[Operation]] = {}
        for operation in self.operations:
            if operation.operation_id is not None:
                found.setdefault(operation.operation_id, []).append(operation)
        return found

    def operation(self, path: str, method: str) -> Operation:
        """The operation at ``method path``; :class:`SpecfleetError` when there is none."""
        found = self.operations_by_key.get((path, method.lower()))
        if found is None:
            raise SpecfleetError(f"{self._name()}: no operation {method.upper()} {path}")
        return found

    def by_operation_id(self, operation_id: str) -> Operation:
        """The one operation with ``operation_id``; :class:`SpecfleetError` if none or several."""
        found = self._by_operation_id.get(operation_id, [])
        if not found:
            raise SpecfleetError(f"{self._name()}: no operation with operationId {operation_id!r}")
        if len(found) > 1:
            labels = ", ".join(operation.label for operation in found)
            raise SpecfleetError(
                f"{self._name()}: operationId {operation_id!r} is used by {labels}; make it unique"
            )
        return found[0]

    def _name(self) -> str:
        document = self.document
        return str(document.path) if document is not None else "the spec"

    def _walk(self) -> Iterator[Operation]:
        paths = self.data.get("paths")
        for path, raw_item in paths.items() if isinstance(paths, dict) else ():
            if not isinstance(path, str):
                continue
            try:
                item, item_pointer = self.follow(raw_item, ("paths", path))
            except RefError as error:
                self._unresolved_path_items.append(error)
                continue
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield self._operation(path, method, item, item_pointer)

    def _operation(self, path: str, method: str, item: dict[str, Any], item_pointer: Pointer) -> Operation:
        data: dict[str, Any] = item[method]
        pointer = (*item_pointer, method)
        unresolved: list[RefError] = []
        parameters: dict[tuple[str, str], Parameter] = {}
        for owner, where in ((item, item_pointer), (data, pointer)):
            listed = owner.get("parameters")
            for index, entry in enumerate(listed if isinstance(listed, list) else ()):
                parameter = self._parameter(entry, (*where, "parameters", index), unresolved)
                if parameter is not None:
                    parameters[parameter.key] = parameter
        responses = []
        raw_responses = data.get("responses")
        for status, entry in raw_responses.items() if isinstance(raw_responses, dict) else ():
            listed_at: Pointer = (*pointer, "responses", status)
            node, where = self._follow_or_note(entry, listed_at, unresolved)
            if isinstance(node, dict):
                responses.append(Response(str(status), node, where, listed_at))
        request_body = None
        if "requestBody" in data:
            listed_at = (*pointer, "requestBody")
            node, where = self._follow_or_note(data["requestBody"], listed_at, unresolved)
            if isinstance(node, dict):
                request_body = RequestBody(node, where, listed_at)
        if "security" in data:
            security = Security(_requirements(data["security"]), (*pointer, "security"), False)
        else:
            security = self.global_security
        tags = data.get("tags")
        return Operation(
            path=path,
            method=method,
            pointer=pointer,
            data=data,
            path_item=item,
            path_item_pointer=item_pointer,
            operation_id=_text(data.get("operationId")),
            tags=tuple(str(tag) for tag in tags) if isinstance(tags, list) else (),
            parameters=tuple(parameters.values()),
            request_body=request_body,
            responses=tuple(responses),
            security=security,
            unresolved=tuple(unresolved),
        )

    def _follow_or_note(self, node: Any, pointer: Pointer, unresolved: list[RefError]) -> tuple[Any, Pointer]:
        try:
            return self.follow(node, pointer)
        except RefError as error:
            unresolved.append(error)
            return None, pointer

    def _parameter(self, entry: Any, listed_at: Pointer, unresolved: list[RefError]) -> Parameter | None:
        node, where = self._follow_or_note(entry, listed_at, unresolved)
        if not isinstance(node, dict) or not isinstance(node.get("name"), str):
            return None
        return Parameter(node["name"], str(node.get("in", "query")), node, where, listed_at)


_MODELS: dict[int, SpecModel] = {}


def spec_model(document: Document) -> SpecModel:
    """The model of ``document``, built once and kept for as long as the document lives."""
    key = id(document)
    model = _MODELS.get(key)
    if model is None or model.document is not document:
        model = _MODELS[key] = SpecModel(document.data, document)
        weakref.finalize(document, _MODELS.pop, key, None)
    return model
