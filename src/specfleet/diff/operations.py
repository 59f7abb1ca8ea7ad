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

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
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


def _security(requirements: Any) -> frozenset[frozenset[str]]:
    if not isinstance(requirements, list):
        return frozenset()
    return frozenset(frozenset(str(name) for name in item) for item in requirements if isinstance(item, dict))


class _Builder:
    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        data = resolver.data
        self.root_security = data.get("security")

    def spec(self) -> SpecView:
        operations: dict[OperationKey, Operation] = {}
        paths: dict[str, str] = {}
        raw_paths = self.resolver.data.get("paths")
        for path, raw_item in raw_paths.items() if isinstance(raw_paths, dict) else ():
            item, item_pointer = self.resolver.deref(raw_item, ("paths", path))
            if not isinstance(item, dict) or not isinstance(path, str):
                continue
            paths.setdefault(path_shape(path), path)
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    operation = self.operation(path, method, item, item_pointer)
                    operations.setdefault(operation.key, operation)
        return SpecView(self.resolver, operations, paths)

    def operation(self, path: str, method: str, item: dict[str, Any], item_pointer: Pointer) -> Operation:
        raw = item[method]
        pointer = (*item_pointer, method)
        names = _TEMPLATE.findall(path)
        parameters: dict[ParameterKey, Parameter] = {}
        for owner, where in ((item, item_pointer), (raw, pointer)):  # the operation's own win
            listed = owner.get("parameters")
            for index, entry in enumerate(listed if isinstance(listed, list) else ()):
                parameter = self.parameter(entry, (*where, "parameters", index), names)
                if parameter is not None:
                    parameters[parameter.key] = parameter
        if "security" in raw:
            security, security_pointer = _security(raw["security"]), (*pointer, "security")
        else:
            security, security_pointer = _security(self.root_security), ("security",)
        responses: dict[str, Response] = {}
        raw_responses = raw.get("responses")
        for status, entry in raw_responses.items() if isinstance(raw_responses, dict) else ():
            node, where = self.resolver.deref(entry, (*pointer, "responses", status))
            if isinstance(node, dict):
                responses[str(status)] = Response(
                    str(status), _text(node.get("description")), self.content(node, where), where
                )
        return Operation(
            method=method.upper(),
            path=path,
            pointer=pointer,
            operation_id=_text(raw.get("operationId")),
            summary=_text(raw.get("summary")),
            description=_text(raw.get("description")),
            deprecated=raw.get("deprecated") is True,
            parameters=parameters,
            request_body=self.request_body(raw, pointer),
            responses=responses,
            security=security,
            security_pointer=security_pointer,
            source=(raw, item.get("parameters"), None if "security" in raw else self.root_security),
        )

    def parameter(self, entry: Any, pointer: Pointer, names: list[str]) -> Parameter | None:
        node, where = self.resolver.deref(entry, pointer)
        if not isinstance(node, dict) or not isinstance(node.get("name"), str):
            return None
        name, location = node["name"], str(node.get("in", "query"))
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
            required=node.get("required") is True or location == "path",
            deprecated=node.get("deprecated") is True,
            description=_text(node.get("description")),
            pointer=where,
            source=node,
        )

    def request_body(self, raw: dict[str, Any], pointer: Pointer) -> RequestBody | None:
        if "requestBody" not in raw:
            return None
        node, where = self.resolver.deref(raw["requestBody"], (*pointer, "requestBody"))
        if not isinstance(node, dict):
            return None
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
    """Build the comparable view of one spec."""
    return _Builder(Resolver(data, document)).spec()
