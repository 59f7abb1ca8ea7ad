"""Schema violations with one repair: defaults their own schema rejects, and 2019-09 recursion.

- A ``default`` is a hint about what the server assumes; one its own schema rejects
  (``default: []`` on a string, ``default: null`` on a schema that is not nullable) can only be
  a mistake.  Dropping it is the one repair that keeps every other statement of the spec.
- ``$recursiveAnchor: true`` with ``$recursiveRef: "#"`` inside is JSON Schema 2019-09's way of
  saying "this schema, again"; OpenAPI 3.1 uses 2020-12, which has no such keywords.  Inside a
  spec the anchored schema is the only thing the reference can mean, so it becomes a plain
  ``$ref`` to that schema and the anchor goes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specfleet.normalise import Change, RepairContext, repair
from specfleet.normalise._spec import schemas
from specfleet.spec.document import Pointer
from specfleet.spec.refs import pointer_text
from specfleet.spec.schema_values import ValueChecker


@repair(
    "default-not-allowed",
    "schema",
    "a default its own schema rejects can only be a mistake; it is dropped and the server's default applies",
)
def default_not_allowed(ctx: RepairContext) -> Iterator[Change]:
    checker = ValueChecker(ctx.data)
    rejected = [
        pointer
        for pointer, schema in schemas(ctx.data)
        if "default" in schema and checker.first_error(pointer, schema["default"]) is not None
    ]
    for pointer in rejected:  # changed after the walk: the checker reads the data as it was
        schema = _node(ctx.data, pointer)
        value = schema.pop("default")
        yield Change((*pointer, "default"), f"default {value!r} is not allowed by its own schema; removed")


def _node(data: Any, pointer: Pointer) -> Any:
    for part in pointer:
        data = data[part]
    return data


@repair(
    "recursive-anchor",
    "schema",
    "2019-09's $recursiveAnchor/$recursiveRef are not OpenAPI 3.1 (2020-12); a plain $ref says the same",
)
def recursive_anchor(ctx: RepairContext) -> Iterator[Change]:
    if not str(ctx.data.get("openapi")).startswith("3.1"):
        return
    for pointer, schema in list(schemas(ctx.data)):
        if schema.get("$recursiveAnchor") is not True:
            continue
        del schema["$recursiveAnchor"]
        target = "#" + pointer_text(pointer)
        replaced = sum(1 for _ in _replace_recursive_refs(schema, target))
        yield Change(
            (*pointer,),
            f"$recursiveAnchor removed and {replaced} `$recursiveRef: '#'` inside written as `$ref: '{target}'`",
        )


def _replace_recursive_refs(node: Any, target: str) -> Iterator[None]:
    if isinstance(node, dict):
        if node.get("$recursiveRef") == "#":
            del node["$recursiveRef"]
            node["$ref"] = target
            yield None
        for value in node.values():
            yield from _replace_recursive_refs(value, target)
    elif isinstance(node, list):
        for value in node:
            yield from _replace_recursive_refs(value, target)
