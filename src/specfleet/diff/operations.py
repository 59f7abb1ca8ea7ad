"""Operations as a generated client sees them, ready to be paired between base and revision.

Path-level and operation-level parameters are merged (the operation's win), references
to shared parameters, bodies and responses are followed, and the effective security is
the operation's or else the spec's.  Operations are keyed by method and path *shape*
(``/pets/{}``) and path parameters by position, so renaming ``{id}`` to ``{petId}`` is
neither a removed endpoint nor a removed parameter.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from specfleet.diff.resolve import Resolver, SchemaView
from specfleet.load import Document, Pointer
from specfleet.spec import Operation as SpecOperation
from specfleet.spec import Parameter as SpecParameter
from specfleet.spec import RequestBody as SpecRequestBody
from specfleet.spec import SpecModel, spec_model

_TEMPLATE = re.compile(r"\{([^{}]*)\}")

OperationKey = tuple[str, str]  # ("GET", "/pets/{}")
ParameterKey = tuple[str, str]  # ("query", "limit"), ("header", "x-request-id"), ("path", "0")


def path_shape(path: str) -> str:
    """``/pets/{petId}`` -> ``/pets/{}``: what stays the same when a path parameter is renamed."""
    return _TEMPLATE.sub("{}", path)


def operation_key(label: str) -> OperationKey:
    """``get /pets/{petId}`` -> ``("GET", "/pets/{}")``, as ignore entries name operations."""
    method, _, path = label.strip().partition(" ")
    return method.upper(), path_shape(path.strip())


@dataclass(frozen=True)
class _Lazy:
    """A schema that is only resolved if a rule looks at it: most of a big spec is unchanged."""

    resolver: Resolver = field(repr=False, compare=False)
    raw_schema: Any
    schema_pointer: Pointer

    @cached_property
    def schema(self) -> SchemaView | None:
        if self.raw_schema is None:
            return None
        return self.resolver.schema(self.raw_schema, self.schema_pointer)


@dataclass(frozen=True)
class Parameter(_Lazy):
    key: ParameterKey
    name: str
    location: str
    required: bool
    deprecated: bool
    description: str | None
    pointer: Pointer
    source: Any  # the parameter as written (after $ref): equal sources cannot differ

    @property
    def label(self) -> str:
        return f"{self.location} parameter '{self.name}'"


@dataclass(frozen=True)
class MediaType(_Lazy):
    name: str
    pointer: Pointer


@dataclass(frozen=True)
class RequestBody:
    required: bool
    description: str | None
    content: dict[str, MediaType]
    pointer: Pointer


@dataclass(frozen=True)
class Response:
    status: str
    description: str | None
    content: dict[str, MediaType]
    pointer: Pointer

    @property
    def success(self) -> bool:
        return self.status.startswith("2")


@dataclass(frozen=True)
class Operation:
    method: str  # upper case
    path: str  # as written in this spec
    pointer: Pointer
    operation_id: str | None
    summary: str | None
    description: str | None
    deprecated: bool
    parameters: dict[ParameterKey, Parameter]
    request_body: RequestBody | None
    responses: dict[str, Response]
    #: each alternative the caller may satisfy, as the set of scheme names it needs
    security: frozenset[frozenset[str]]
    security_pointer: Pointer
    #: everything this view was built from (the operation, the path's parameters and, when the
    #: operation inherits it, the spec's security): equal sources cannot differ
    source: tuple[Any, ...]

    @property
    def key(self) -> OperationKey:
        return self.method, path_shape(self.path)

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class SpecView:
    """One side of a diff: its operations and its paths, by shape."""

    resolver: Resolver
    operations: dict[OperationKey, Operation]
    paths: dict[str, str]  # shape -> path as written

    @property
    def info_version(self) -> str | None:
        info = self.resolver.data.get("info")
        version = info.get("version") if isinstance(info, dict) else None
        return str(version) if version is not None else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


class _Builder:
    """Turns the spec model's operations into the views the diff rules compare."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.model = resolver.model

    def spec(self) -> SpecView:
        operations: dict[OperationKey, Operation] = {}
        paths: dict[str, str] = {}
        if self.model.unresolved_path_items:
            raise self.resolver.error(self.model.unresolved_path_items[0])
        for found in self.model.operations:
            if found.unresolved:  # a broken reference is an error of the spec, not a change
                raise self.resolver.error(found.unresolved[0])
            paths.setdefault(path_shape(found.path), found.path)
            operation = self.operation(found)
            operations.setdefault(operation.key, operation)
        return SpecView(self.resolver, operations, paths)

    def operation(self, found: SpecOperation) -> Operation:
        raw = found.data
        names = _TEMPLATE.findall(found.path)
        parameters: dict[ParameterKey, Parameter] = {}
        for entry in found.parameters:
            parameter = self.parameter(entry, names)
            parameters[parameter.key] = parameter
        security = found.security
        responses = {
            response.status: Response(
                response.status,
                _text(response.data.get("description")),
                self.content(response.data, response.pointer),
                response.pointer,
            )
            for response in found.responses
        }
        return Operation(
            method=found.method.upper(),
            path=found.path,
            pointer=found.pointer,
            operation_id=found.operation_id,
            summary=_text(raw.get("summary")),
            description=_text(raw.get("description")),
            deprecated=raw.get("deprecated") is True,
            parameters=parameters,
            request_body=self.request_body(found.request_body),
            responses=responses,
            security=frozenset(frozenset(alternative) for alternative in security.alternatives),
            security_pointer=security.pointer or ("security",),
            source=(
                raw,
                found.path_item.get("parameters"),
                self.model.data.get("security") if security.inherited else None,
            ),
        )

    def parameter(self, found: SpecParameter, names: list[str]) -> Parameter:
        node, where = found.data, found.pointer
        name, location = found.name, found.location
        if location == "path" and name in names:
            key: ParameterKey = (location, str(names.index(name)))
        elif location == "header":
            key = (location, name.lower())
        else:
            key = (location, name)
        raw_schema, schema_pointer = node.get("schema"), (*where, "schema")
        if raw_schema is None and isinstance(node.get("content"), dict):
            media = next(iter(self.content(node, where).values()), None)
            if media is not None:
                raw_schema, schema_pointer = media.raw_schema, media.schema_pointer
        return Parameter(
            resolver=self.resolver,
            raw_schema=raw_schema,
            schema_pointer=schema_pointer,
            key=key,
            name=name,
            location=location,
            required=found.required,
            deprecated=node.get("deprecated") is True,
            description=_text(node.get("description")),
            pointer=where,
            source=node,
        )

    def request_body(self, found: SpecRequestBody | None) -> RequestBody | None:
        if found is None:
            return None
        node, where = found.data, found.pointer
        return RequestBody(
            node.get("required") is True, _text(node.get("description")), self.content(node, where), where
        )

    def content(self, node: dict[str, Any], pointer: Pointer) -> dict[str, MediaType]:
        content = node.get("content")
        found: dict[str, MediaType] = {}
        for name, media in content.items() if isinstance(content, dict) else ():
            where = (*pointer, "content", name)
            raw_schema = media.get("schema") if isinstance(media, dict) else None
            found[str(name)] = MediaType(self.resolver, raw_schema, (*where, "schema"), str(name), where)
        return found


def spec_view(data: Mapping[str, Any], document: Document | None = None) -> SpecView:
    """Build the comparable view of one spec (sharing the document's spec model, if it has one)."""
    model = (
        spec_model(document) if document is not None and document.data is data else SpecModel(data, document)
    )
    return _Builder(Resolver(data, document, model)).spec()
