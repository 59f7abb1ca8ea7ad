"""Literal values in schemas that opc would turn into code that fails, or refuse.

- A ``default`` that the schema itself does not allow (``default: []`` on a string enum, a
  string default on an integer) makes opc drop the schema and everything using it.  Such a
  default can only be a mistake; it is removed, and the server's own default applies.
- Non-finite numbers (YAML's ``.inf``, ``-.inf``, ``.nan``) have no JSON form and opc writes
  them as ``inf``/``nan``, names the generated module cannot import.  In ``default`` and
  ``example`` they are removed; as a bound (``maximum: .inf``) they mean "no bound" and go too.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from specfleet.normalise import Change, RepairContext, repair
from specfleet.normalise._spec import schemas

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}
_NUMERIC_KEYWORDS = (
    "default",
    "example",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
)


def _allowed(schema: dict[str, Any], value: Any) -> bool:
    if value is None:
        return True  # opc reads a null default as "no default"
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and value not in enum:
        return False
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds] if isinstance(kinds, str) else []
    if not kinds:
        return True
    for kind in kinds:
        expected = _TYPES.get(kind)
        if expected is None:
            return True
        if isinstance(value, expected) and not (kind in ("integer", "number") and isinstance(value, bool)):
            return not (kind == "integer" and isinstance(value, float) and not value.is_integer())
    return False


def _non_finite(value: Any) -> bool:
    return isinstance(value, float) and not math.isfinite(value)


@repair(
    "non-finite-numbers",
    "generate",
    ".inf and .nan have no JSON form, and opc writes them as names the generated module cannot "
    "import; as defaults and examples they are removed, as bounds they mean no bound",
)
def non_finite_numbers(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema in schemas(ctx.data):
        for key in _NUMERIC_KEYWORDS:
            if _non_finite(schema.get(key)):
                value = schema.pop(key)
                yield Change((*pointer, key), f"{key} {value} is not a finite number; removed")
        enum = schema.get("enum")
        if isinstance(enum, list) and any(_non_finite(value) for value in enum):
            schema["enum"] = [value for value in enum if not _non_finite(value)]
            yield Change((*pointer, "enum"), "non-finite enum values removed (they have no JSON form)")
            if not schema["enum"]:
                del schema["enum"]
        if isinstance(schema.get("examples"), list) and any(_non_finite(v) for v in schema["examples"]):
            schema["examples"] = [value for value in schema["examples"] if not _non_finite(value)]
            yield Change((*pointer, "examples"), "non-finite examples removed")


@repair(
    "invalid-defaults",
    "generate",
    "a default the schema itself does not allow is a mistake opc refuses (dropping the schema and "
    "everything using it); it is removed and the server's own default applies",
)
def invalid_defaults(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema in schemas(ctx.data):
        if "default" in schema and not _allowed(schema, schema["default"]):
            value = schema.pop("default")
            yield Change((*pointer, "default"), f"default {value!r} is not allowed by the schema; removed")


def _needs_exact_literal(value: Any) -> bool:
    return isinstance(value, str) and ('"' in value or "\\" in value)


def exact_string_defaults(openapi: Any) -> None:
    """Fix-up: write string defaults that hold quotes or backslashes as exact Python literals.

    opc escapes such a default twice (its own escaping, then ``repr``), so the generated client
    would send ``say \\"hi\\"`` for ``say "hi"``.  ``repr`` alone is Python's own escaping of a
    string: it yields one valid literal whatever the text, so the text still never becomes code.
    """
    from openapi_python_client.parser.properties.protocol import Value
    from openapi_python_client.strings import PythonCode

    def fix(prop: Any) -> None:
        default = getattr(prop, "default", None)
        if isinstance(default, Value) and _needs_exact_literal(default.raw_value):
            object.__setattr__(prop, "default", Value(PythonCode(repr(default.raw_value)), default.raw_value))

    for model in openapi.models:
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
            fix(prop)
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for location in ("query", "path", "header", "cookie"):
                for prop in getattr(endpoint, f"{location}_parameters"):
                    fix(prop)


@repair(
    "string-default-literals",
    "generate",
    "opc escapes a string default holding quotes or backslashes twice, so the client would send "
    "other text than the spec's; a fix-up writes it as the exact Python literal",
)
def string_default_literals(ctx: RepairContext) -> Iterator[Change]:
    found = False
    for pointer, schema in schemas(ctx.data):
        if _needs_exact_literal(schema.get("default")) and "enum" not in schema:
            found = True
            yield Change(
                (*pointer, "default"), "string default with quotes or backslashes written as an exact literal"
            )
    if found:
        ctx.fixups.append(exact_string_defaults)
