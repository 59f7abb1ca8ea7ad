"""Valid shapes openapi-python-client (opc) cannot read: boolean schemas, enums of mixed or
unsupported types, and path templates whose variable names its path pattern rejects.

- OpenAPI 3.1 allows ``true``/``false`` wherever a schema goes; opc's document model only
  takes objects (``additionalProperties`` aside) and drops the whole spec.  ``true`` means
  "anything", which is ``{}``; ``false`` means "nothing", which is ``{not: {}}``.
- opc builds enums of strings or of integers only ("Enum values must all be the same type",
  "Unsupported enum type") and drops the schema and everything using it.  Such an ``enum``
  (``[1, "a"]``, ``[1.5, 2.5]``, ``[true]``) is removed: the client accepts and sends any
  value of the schema's type, the server still checks it.
- opc matches path templates with ``{[a-zA-Z_-][a-zA-Z0-9_-]*}`` and drops an endpoint whose
  template variable is, say, ``{été}`` or ``{user.id}``.  A template variable's name never
  goes on the wire (only its value does), so it is renamed, in the path and in its parameter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from specfleet.normalise import Change, RepairContext, repair
from specfleet.normalise._spec import METHODS, python_name, schemas
from specfleet.normalise.parameters import SHADOWED
from specfleet.spec.document import Pointer

#: Where a schema holds other schemas by one key, in a list, or in a map (opc reads a boolean
#: ``additionalProperties`` itself, so that one stays).
_ONE = ("items", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedItems")
_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_OPC_TEMPLATE = re.compile(r"[a-zA-Z_-][a-zA-Z0-9_-]*\Z")
_TEMPLATE = re.compile(r"{([^{}]*)}")


def _schema_of(flag: bool) -> dict[str, Any]:
    return {} if flag else {"not": {}}


def _pointer(trail: Any) -> Pointer:
    """The pointer a trail of (parent trail, key) pairs spells."""
    keys: list[str | int] = []
    while trail is not None:
        trail, key = trail
        keys.append(key)
    return tuple(reversed(keys))


def _holders(data: dict[str, Any]) -> Iterator[tuple[Pointer, Any, Any]]:
    """(pointer, container, key) of every place a schema sits directly in the document."""
    components = data.get("components") if isinstance(data.get("components"), dict) else {}
    assert isinstance(components, dict)
    found = components.get("schemas")
    if isinstance(found, dict):
        for name in list(found):
            yield ("components", "schemas", name), found, name
    yield from _boolean_schema_keys(data)
    yield from _inside_schemas(data)


def _boolean_schema_keys(data: dict[str, Any]) -> Iterator[tuple[Pointer, Any, Any]]:
    """A boolean ``schema`` of a parameter, header or media type, wherever it is.

    Each node carries the trail of keys to it (parent's trail, own key), made into a pointer
    only where one is found.
    """
    stack: list[tuple[Any, Any]] = [(None, data)]
    while stack:
        trail, node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "schema" and isinstance(value, bool):
                    yield (*_pointer(trail), key), node, key
                elif isinstance(value, dict | list):
                    stack.append(((trail, key), value))
        elif isinstance(node, list):
            stack.extend(((trail, index), value) for index, value in enumerate(node))


def _inside_schemas(data: dict[str, Any]) -> Iterator[tuple[Pointer, Any, Any]]:
    """Where a schema holds another: by one key (when boolean), in a list, or in a map."""
    for pointer, schema in schemas(data):
        for key in _ONE:
            if isinstance(schema.get(key), bool):
                yield (*pointer, key), schema, key
        for key in _LISTS:
            members = schema.get(key)
            for index in range(len(members) if isinstance(members, list) else 0):
                yield (*pointer, key, index), members, index
        for key in _MAPS:
            members = schema.get(key)
            for name in list(members) if isinstance(members, dict) else ():
                yield (*pointer, key, name), members, name


@repair(
    "boolean-schemas",
    "generate",
    "opc reads no `true`/`false` schema (OpenAPI 3.1); they are written as `{}` and `{not: {}}`",
)
def boolean_schemas(ctx: RepairContext) -> Iterator[Change]:
    for pointer, container, key in list(_holders(ctx.data)):
        value = container[key]
        if isinstance(value, bool):
            container[key] = _schema_of(value)
            written = "{}" if value else "{not: {}}"
            yield Change(pointer, f"boolean schema `{str(value).lower()}` written as `{written}`")


@repair(
    "enum-value-types",
    "generate",
    "opc builds enums of strings or of integers only; another enum is removed (any value of the type)",
)
def enum_value_types(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema in schemas(ctx.data):
        enum = schema.get("enum")
        if not isinstance(enum, list):
            continue
        kinds = {type(value) for value in enum if value is not None}
        if len(kinds) <= 1 and kinds <= {str, int}:
            continue
        del schema["enum"]
        names = ", ".join(sorted(kind.__name__ for kind in kinds))
        yield Change(
            (*pointer, "enum"),
            f"enum of {names} values removed: the client takes any value of the schema's type",
        )


def _template_name(name: str, taken: set[str]) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-zA-Z0-9_-]+", "_", ascii_name).strip("_") or "param"
    if not _OPC_TEMPLATE.match(base):
        base = f"p_{base}"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def _renamed(path: str, renames: dict[str, str]) -> str:
    return _TEMPLATE.sub(lambda match: "{" + renames.get(match[1], match[1]) + "}", path)


@repair(
    "path-template-names",
    "generate",
    "opc drops an endpoint whose path template opc's pattern cannot read, and a path parameter named "
    "like what the endpoint module uses (quote, client) hides it; the name (never sent) is renamed",
)
def path_template_names(ctx: RepairContext) -> Iterator[Change]:
    paths = ctx.data.get("paths")
    if not isinstance(paths, dict):
        return
    for path in list(paths):
        names = _TEMPLATE.findall(path) if isinstance(path, str) else []
        bad = [name for name in names if not _OPC_TEMPLATE.match(name) or python_name(name) in SHADOWED]
        if not bad:
            continue
        renames = {
            name: _template_name(f"{name}_path" if python_name(name) in SHADOWED else name, set(names))
            for name in bad
        }
        new_path = _renamed(path, renames)
        if new_path in paths:
            continue  # another path already has that shape; leave both to opc's own message
        item = paths[path]
        for holder in [item, *(item.get(method) for method in METHODS)] if isinstance(item, dict) else []:
            for parameter in holder.get("parameters") or [] if isinstance(holder, dict) else []:
                if (
                    isinstance(parameter, dict)
                    and parameter.get("in") == "path"
                    and parameter.get("name") in renames
                ):
                    parameter["name"] = renames[parameter["name"]]
        paths[new_path] = paths.pop(path)
        words = ", ".join(f"{{{old}}} as {{{new}}}" for old, new in renames.items())
        yield Change(("paths", path), f"path template {words} (names of path parameters are never sent)")


@repair(
    "array-items",
    "generate",
    "an array without `items` holds any values (JSON Schema's meaning); opc refuses it and drops the "
    "schema, so the items are written out as any value",
)
def array_items(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema in list(schemas(ctx.data)):
        kind = schema.get("type")
        is_array = kind == "array" or (isinstance(kind, list) and "array" in kind)
        if is_array and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}
            yield Change(pointer, "an array without `items` holds any values")
