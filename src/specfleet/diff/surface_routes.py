"""Every operation's method name, read from the spec itself rather than from opc's model.

A method's name depends on every other operation (the prefix the tree drops, the shape of
the paths, who keeps a verb in a clash), so it is decided over the whole spec even when
only a few operations are read with opc (:mod:`specfleet.diff.surface_scope`).  What the
naming rules read of one operation (:class:`~specfleet.generation.resource_tree.Route`) is
plain spec data: its path, method, operationId (as the ``operation-names`` repair leaves
it), and whether its success body is an array or a page around one -- read here from the
schema, in the shapes openapi-python-client makes a list or a model of.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from specfleet.config import ClientSettings
from specfleet.generation.resource_tree import Route, derived_prefix, place
from specfleet.normalise._spec import python_name, resolve
from specfleet.normalise.identifiers import operation_ids

#: An operation: (spec path, lower-case method).
Key = tuple[str, str]


def routes(data: dict[str, Any]) -> list[Route]:
    """What the naming rules read of each operation of ``data``."""
    found = []
    for pointer, operation, given, name, new in operation_ids(data):
        _, path, method = pointer
        found.append(
            Route(
                path=str(path),
                method=str(method),
                fallback=python_name(new),
                operation_id=new if given or new != name else "",
                lists=_lists(data, operation, str(path).rstrip("/").endswith("}")),
            )
        )
    return found


def method_names(settings: ClientSettings, data: dict[str, Any]) -> dict[Key, tuple[str, str]]:
    """Each operation's Python name (its operationId as the whole spec's repairs leave it, or
    the one opc makes of its path) and dotted method name below ``client``, as ``generate``
    names them over the whole spec."""
    found = routes(data)
    prefix = settings.resource_prefix or derived_prefix(route.path for route in found)
    placements, _ = place(found, settings.resource_names, prefix)
    return {route.key: (route.fallback, placements[route.key].dotted) for route in found}


def _lists(data: dict[str, Any], operation: dict[str, Any], item: bool) -> bool:
    """The success bodies are all arrays (or, on a collection, pages around one)."""
    bodies = [
        body for code, response in (operation.get("responses") or {}).items()
        if str(code)[:1] == "2" and (body := _body(data, response)) is not None
    ]  # fmt: skip
    return bool(bodies) and all(_array(data, body) or (not item and _page(data, body)) for body in bodies)


def _body(data: dict[str, Any], response: Any) -> dict[str, Any] | None:
    """The schema of a response's first media type, as opc reads it (None: no body)."""
    response = resolve(data, response)
    content = response.get("content") if isinstance(response, dict) else None
    for media in (content or {}).values():
        schema = resolve(data, media.get("schema")) if isinstance(media, dict) else None
        return schema if isinstance(schema, dict) else None
    return None


def _array(data: dict[str, Any], schema: Any) -> bool:
    schema = resolve(data, schema)
    return isinstance(schema, dict) and schema.get("type") == "array" and not schema.get("nullable")


def _properties(data: dict[str, Any], schema: Mapping[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """An object's properties and required names, through ``allOf`` as opc merges them."""
    properties = dict(schema.get("properties") or {})
    required = set(schema.get("required") or ())
    for part in schema.get("allOf") or ():
        more, needed = _properties(data, resolve(data, part))
        properties.update(more)
        required |= needed
    return properties, required


def _object(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        schema.get("type") == "object" or "properties" in schema or "allOf" in schema
    )


def _structured(data: dict[str, Any], schema: Any) -> bool:
    """An object, or a union with an object or array member."""
    schema = resolve(data, schema)
    if not isinstance(schema, dict):
        return False
    members = [resolve(data, member) for key in ("anyOf", "oneOf") for member in schema.get(key) or ()]
    if members:
        return any(_object(member) or _array(data, member) for member in members)
    return _object(schema)


def _page(data: dict[str, Any], schema: dict[str, Any]) -> bool:
    """An object whose one array property is required and all it carries besides scalars."""
    if not _object(schema):
        return False
    properties, required = _properties(data, schema)
    arrays = [name for name, value in properties.items() if _array(data, value)]
    return (
        len(arrays) == 1
        and arrays[0] in required
        and not any(_structured(data, value) for value in properties.values())
    )
