"""Schema violations that published specs carry and that have exactly one correct repair.

These run before the OpenAPI schema check, on lenient runs only, so a strict run still
reports them.  Only violations whose meaning is beyond doubt are repaired:

- ``required`` listing a property twice (OpenAI) means it once;
- ``enum`` listing a value twice means it once;
- OpenAPI 3.0's boolean ``exclusiveMinimum: true`` next to ``minimum: 5`` in a 3.1 document
  is 3.1's ``exclusiveMinimum: 5`` (``false`` just means inclusive, so it goes).

Left alone because more than one repair fits: a ``default`` the schema does not allow (fix
the default or the schema?), ``default: null`` on a schema that is not nullable, a boolean
``exclusiveMinimum`` with no ``minimum``, and 2019-09 keywords such as ``$recursiveAnchor``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from specfleet.normalise import Change, RepairContext, repair
from specfleet.normalise._spec import schemas


def _deduplicated(values: list[Any]) -> list[Any]:
    seen: set[str] = set()
    kept = []
    for value in values:
        key = json.dumps(value, sort_keys=True)
        if key not in seen:
            seen.add(key)
            kept.append(value)
    return kept


@repair("duplicate-required", "schema", "a property listed twice in required is required once")
def duplicate_required(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema in schemas(ctx.data):
        required = schema.get("required")
        if isinstance(required, list) and len(_deduplicated(required)) < len(required):
            schema["required"] = _deduplicated(required)
            repeated = sorted({str(name) for name in required if required.count(name) > 1})
            yield Change((*pointer, "required"), f"required lists {', '.join(repeated)} more than once")


@repair("duplicate-enum", "schema", "a value listed twice in enum (an error in OpenAPI 3.0) is allowed once")
def duplicate_enum(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema in schemas(ctx.data):
        values = schema.get("enum")
        if isinstance(values, list) and len(_deduplicated(values)) < len(values):
            schema["enum"] = _deduplicated(values)
            yield Change((*pointer, "enum"), f"enum lists {len(values) - len(schema['enum'])} value(s) twice")


@repair(
    "boolean-exclusive-bounds",
    "schema",
    "OpenAPI 3.0's exclusiveMinimum: true beside minimum: N is OpenAPI 3.1's exclusiveMinimum: N",
)
def boolean_exclusive_bounds(ctx: RepairContext) -> Iterator[Change]:
    if not str(ctx.data.get("openapi", "")).startswith("3.1"):
        return
    for pointer, schema in schemas(ctx.data):
        for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            flag = schema.get(exclusive)
            if flag is False:
                del schema[exclusive]
                yield Change(
                    (*pointer, exclusive), f"{exclusive}: false (3.0 form) removed; {bound} is inclusive"
                )
            elif (
                flag is True
                and isinstance(schema.get(bound), int | float)
                and not isinstance(schema[bound], bool)
            ):
                schema[exclusive] = schema.pop(bound)
                yield Change(
                    (*pointer, exclusive),
                    f"{exclusive}: true with {bound}: {schema[exclusive]} (3.0 form) written as "
                    f"{exclusive}: {schema[exclusive]}",
                )


def _node(data: Any, pointer: tuple[Any, ...]) -> Any:
    """The node at ``pointer`` in plain data, or ``None``."""
    for part in pointer:
        if (
            isinstance(data, dict)
            and part in data
            or isinstance(data, list)
            and isinstance(part, int)
            and part < len(data)
        ):
            data = data[part]
        else:
            return None
    return data


@repair(
    "boolean-required",
    "schema",
    "`required: true` written inside a schema (Swagger 2's habit) says the property, body or "
    "parameter that holds the schema is required; it moves there",
)
def boolean_required(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema in list(schemas(ctx.data)):
        flag = schema.get("required")
        if not isinstance(flag, bool):
            continue
        del schema["required"]
        where, at = "dropped: false is the default", pointer
        if flag and len(pointer) >= 2 and pointer[-2] == "properties":
            parent = _node(ctx.data, pointer[:-2])
            if isinstance(parent, dict):
                found = parent.get("required")
                names: list[Any] = found if isinstance(found, list) else []
                parent["required"] = [*names, *([pointer[-1]] if pointer[-1] not in names else [])]
                where, at = f"property {pointer[-1]!r} added to its object's required list", pointer[:-2]
        elif flag and len(pointer) >= 4 and pointer[-4] == "requestBody" and pointer[-3] == "content":
            body = _node(ctx.data, pointer[:-3])
            if isinstance(body, dict):
                body["required"] = True
                where, at = "the request body is required", pointer[:-3]
        elif flag and len(pointer) >= 2 and pointer[-1] == "schema":
            holder = _node(ctx.data, pointer[:-1])
            if isinstance(holder, dict) and "in" in holder:
                holder["required"] = True
                where, at = "the parameter is required", pointer[:-1]
        elif flag:
            where = "dropped: nothing here can be required"
        yield Change(at, f"required: {str(flag).lower()} inside a schema: {where}")


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


_TYPE_NAMES = frozenset({"string", "integer", "number", "boolean", "array", "object", "null"})
#: What each JSON Schema keyword's value must be; a keyword holding anything else says nothing
#: a tool can read (``enum: 5``, ``pattern: 5``, ``required: name``) and crashes some.
KEYWORD_KINDS: dict[str, Any] = {
    "enum": lambda v: isinstance(v, list),
    "required": _strings,
    "properties": lambda v: isinstance(v, dict),
    "patternProperties": lambda v: isinstance(v, dict),
    "allOf": lambda v: isinstance(v, list) and bool(v),
    "anyOf": lambda v: isinstance(v, list) and bool(v),
    "oneOf": lambda v: isinstance(v, list) and bool(v),
    "prefixItems": lambda v: isinstance(v, list),
    "items": lambda v: isinstance(v, dict | bool),
    "additionalProperties": lambda v: isinstance(v, dict | bool),
    "not": lambda v: isinstance(v, dict | bool),
    "pattern": lambda v: isinstance(v, str),
    "format": lambda v: isinstance(v, str),
    "title": lambda v: isinstance(v, str),
    "description": lambda v: isinstance(v, str),
    "discriminator": lambda v: isinstance(v, dict) and isinstance(v.get("propertyName"), str),
    "nullable": lambda v: isinstance(v, bool),
    "readOnly": lambda v: isinstance(v, bool),
    "writeOnly": lambda v: isinstance(v, bool),
    "deprecated": lambda v: isinstance(v, bool),
    "uniqueItems": lambda v: isinstance(v, bool),
    **dict.fromkeys(("minimum", "maximum", "multipleOf"), _number),
    **dict.fromkeys(
        ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"), _count
    ),
    "type": lambda v: (
        (isinstance(v, str) and v in _TYPE_NAMES) or (_strings(v) and bool(v) and set(v) <= _TYPE_NAMES)
    ),
}


@repair(
    "malformed-keywords",
    "schema",
    "a schema keyword whose value is not of the kind the keyword takes (enum: 5, pattern: 5, "
    "required: name) says nothing a tool can read; it is dropped",
)
def malformed_keywords(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema in list(schemas(ctx.data)):
        for keyword, fits in KEYWORD_KINDS.items():
            if keyword not in schema or fits(schema[keyword]):
                continue
            value = schema.pop(keyword)
            shown = json.dumps(value, default=str)
            shown = shown if len(shown) <= 40 else shown[:37] + "..."
            yield Change((*pointer, keyword), f"{keyword}: {shown} is not what {keyword} takes; dropped")
