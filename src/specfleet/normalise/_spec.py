"""Walking a spec's plain data the way openapi-python-client (opc) reads it, and naming like opc.

The repairs predict the Python names opc will derive from spec names, so they call opc's own
naming functions (``PythonIdentifier``, ``ClassName``) with specfleet's field prefix instead of
re-implementing them: a prediction that disagreed with opc would miss a collision.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterator
from typing import Any

from openapi_python_client import strings
from openapi_python_client.strings import ClassName, PythonIdentifier

from specfleet.opc import parse as opc  # noqa: F401 - installs opc's faster name cleaning, used by the names here
from specfleet.opc.parse import FIELD_PREFIX
from specfleet.spec.document import Pointer

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@functools.cache
def pascal_case(name: str) -> str:
    """opc's ``pascal_case``, remembered: a big spec names the same parents thousands of times."""
    return strings.pascal_case(name)


@functools.cache
def snake_case(name: str) -> str:
    """opc's ``snake_case``, remembered: enum values repeat across a big spec."""
    return strings.snake_case(name)


@functools.cache
def python_name(name: str) -> str:
    """The identifier opc makes of a parameter, property or operation name."""
    return str(PythonIdentifier(name, FIELD_PREFIX))


@functools.cache
def class_name(name: str) -> str:
    """The class name opc makes of a schema name or title (it keeps only what follows a ``/``)."""
    return str(ClassName(name.rsplit("/", 1)[-1], FIELD_PREFIX))


def endpoint_name(path: str, method: str, operation: dict[str, Any]) -> str:
    """The Python name opc gives an operation's function (and module): its operationId's, or its path's."""
    from openapi_python_client.parser.openapi import generate_operation_id
    from openapi_python_client.schema.untrusted_string import UntrustedString

    op_id = operation.get("operationId")
    if isinstance(op_id, str):
        return python_name(op_id)
    return str(generate_operation_id(path=UntrustedString(path), method=method, prefix=FIELD_PREFIX))


def operations(data: dict[str, Any]) -> Iterator[tuple[Pointer, str, str, dict[str, Any]]]:
    """Every operation: its pointer, path, method and data."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield ("paths", path, method), path, method, operation


def resolve(data: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` chains (the validator already refused dangling ones)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        ref = node["$ref"]
        seen.add(ref)
        if not ref.startswith("#/"):
            return node
        target: Any = data
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(target, dict) and part in target:
                target = target[part]
            else:
                return node
        node = target
    return node


def ref_pointer(raw: Any) -> Pointer:
    """The pointer a local ``$ref`` names (where a repair of the referenced node is reported)."""
    ref = str(raw.get("$ref", "#/")) if isinstance(raw, dict) else "#/"
    return tuple(part.replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/") if part)


def short_hash(text: str, length: int = 8) -> str:
    """A stable, short digest, so shortened or disambiguated names are the same on every run."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def unique(candidate: str, taken: set[str], convert: Any = python_name) -> str:
    """``candidate``, or ``candidate_2``, ``_3``... whose converted form is not in ``taken``."""
    if convert(candidate) not in taken:
        return candidate
    number = 2
    while convert(f"{candidate}_{number}") in taken:
        number += 1
    return f"{candidate}_{number}"


_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_ONE = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else")


def schemas(data: dict[str, Any]) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    """Every schema object written in the spec (not following ``$ref``), with its pointer."""
    found = data.get("components")
    components: dict[str, Any] = found if isinstance(found, dict) else {}
    roots = [*_component_roots(components), *_operation_roots(data)]
    for pointer, schema in roots:
        yield from _walk_schema(pointer, schema)


def _component_roots(components: dict[str, Any]) -> Iterator[tuple[Pointer, Any]]:
    """The schemas written directly in ``components``: its schemas and those of its parameters,
    headers, request bodies and responses."""
    for name, schema in (components.get("schemas") or {}).items():
        yield ("components", "schemas", name), schema
    for kind in ("parameters", "headers"):
        for name, item in (components.get(kind) or {}).items():
            yield from _in_parameter(("components", kind, name), item)
    for name, body in (components.get("requestBodies") or {}).items():
        yield from _in_content(("components", "requestBodies", name), body)
    for name, response in (components.get("responses") or {}).items():
        yield from _in_response(("components", "responses", name), response)


def _operation_roots(data: dict[str, Any]) -> Iterator[tuple[Pointer, Any]]:
    """The schemas written directly in each operation, then in each path's shared parameters."""
    for pointer, _, _, operation in operations(data):
        for index, param in enumerate(operation.get("parameters") or []):
            yield from _in_parameter((*pointer, "parameters", index), param)
        yield from _in_content((*pointer, "requestBody"), operation.get("requestBody"))
        for status, response in (operation.get("responses") or {}).items():
            yield from _in_response((*pointer, "responses", status), response)
    for path, item in (data.get("paths") or {}).items():
        if isinstance(item, dict):
            for index, param in enumerate(item.get("parameters") or []):
                yield from _in_parameter(("paths", path, "parameters", index), param)


def _in_parameter(pointer: Pointer, param: Any) -> Iterator[tuple[Pointer, Any]]:
    if isinstance(param, dict):
        if "schema" in param:
            yield (*pointer, "schema"), param["schema"]
        yield from _in_content(pointer, param)


def _in_content(pointer: Pointer, holder: Any) -> Iterator[tuple[Pointer, Any]]:
    if isinstance(holder, dict) and isinstance(holder.get("content"), dict):
        for media, item in holder["content"].items():
            if isinstance(item, dict) and "schema" in item:
                yield (*pointer, "content", media, "schema"), item["schema"]


def _in_response(pointer: Pointer, response: Any) -> Iterator[tuple[Pointer, Any]]:
    yield from _in_content(pointer, response)
    if isinstance(response, dict) and isinstance(response.get("headers"), dict):
        for name, header in response["headers"].items():
            yield from _in_parameter((*pointer, "headers", name), header)


def _walk_schema(pointer: Pointer, node: Any) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    """The schema and the schemas inside it, in document order.

    Depth first with a stack of each open schema's children, read as lazily as a recursive
    walk reads them (a schema's keys only once the caller has seen it), but without a chain of
    nested generators that every schema deep in a big spec would be passed up through.
    """
    if not isinstance(node, dict) or "$ref" in node:
        return
    yield pointer, node
    stack = [_sub_schemas(pointer, node)]
    while stack:
        for below, sub in stack[-1]:
            if isinstance(sub, dict) and "$ref" not in sub:
                yield below, sub
                stack.append(_sub_schemas(below, sub))
                break
        else:
            stack.pop()


def _sub_schemas(pointer: Pointer, node: dict[str, Any]) -> Iterator[tuple[Pointer, Any]]:
    """Where ``node`` holds schemas, in its key order (the values as written, schemas or not)."""
    for key, value in node.items():
        if key in _SCHEMA_ONE and isinstance(value, dict):
            yield (*pointer, key), value
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            for index, sub in enumerate(value):
                yield (*pointer, key, index), sub
        elif key in _SCHEMA_MAPS and isinstance(value, dict):
            for name, sub in value.items():
                yield (*pointer, key, name), sub


def path_shape(path: str) -> str:
    """A path with its parameter names blanked: opc rewrites them to Python names."""
    return re.sub(r"{[^}]*}", "{}", path)


def endpoints_at(openapi: Any, path: str, method: str) -> Iterator[Any]:
    """opc's parsed endpoints for one spec operation (for fix-ups)."""
    shape = path_shape(path)
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            if endpoint.method.lower() == method and path_shape(endpoint.path.get_untrusted_value()) == shape:
                yield endpoint
