"""Enum members whose Python names collide.

opc names a string enum member after its value, upper-cased with punctuation dropped, so
``Etc/GMT+0`` and ``Etc/GMT-0`` both become ``ETC_GMT0``: opc then either stops with
"Duplicate key" or silently keeps only the last of them (a member the client cannot send).
The repair gives the enum ``x-enum-varnames`` (which opc honours when it names every value),
keeping opc's own name for each value and suffixing ``_2``, ``_3`` onto repeats.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specfleet.normalise import Change, RepairContext, repair
from specfleet.normalise._spec import schemas, snake_case


def _opc_key(value: Any, index: int, var_names: list[Any]) -> tuple[str, str]:
    """(the key opc checks for duplicates, the member name it stores), as opc 0.29.1 derives them."""
    if isinstance(value, int):
        key = (
            str(var_names[index])
            if var_names
            else (f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}")
        )
        return key, snake_case(key).upper() if var_names else key
    if var_names:
        key = str(var_names[index])
    elif value and value[0].isalpha():
        key = value.upper()
    else:
        key = f"VALUE_{index}"
    return key, snake_case(key).upper()


def _collides(values: list[Any], var_names: list[Any]) -> bool:
    stored: set[str] = set()
    for index, value in enumerate(values):
        key, member = _opc_key(value, index, var_names)
        if key in stored or member in stored or not member.isidentifier():
            return True
        stored.add(member)
    return False


def member_names(values: list[Any]) -> list[str]:
    """One valid, distinct, stable member name per value (opc's own name where it is free)."""
    names: list[str] = []
    taken: set[str] = set()
    for index, value in enumerate(values):
        _, member = _opc_key(value, index, [])
        if not member.isidentifier():
            member = f"VALUE_{index}"
        candidate, number = member, 2
        while candidate in taken:
            candidate = f"{member}_{number}"
            number += 1
        taken.add(candidate)
        names.append(candidate)
    return names


@repair(
    "enum-member-names",
    "generate",
    "opc names enum members after their values with punctuation dropped; values that then collide "
    "stop generation or silently lose a member, so the enum gets distinct x-enum-varnames",
)
def name_enum_members(ctx: RepairContext) -> Any:
    for pointer, schema in schemas(ctx.data):
        values = schema.get("enum")
        if not isinstance(values, list) or not values:
            continue
        values = [value for value in values if value is not None]  # opc makes None a union member
        if not all(isinstance(value, str) for value in values) and not all(
            isinstance(value, int) and not isinstance(value, bool) for value in values
        ):
            continue
        given = schema.get("x-enum-varnames")
        var_names = given if isinstance(given, list) and len(given) == len(values) else []
        if not _collides(values, var_names):
            continue
        schema["x-enum-varnames"] = member_names(values)
        yield Change(
            pointer,
            "enum values make the same Python member name once punctuation and case are "
            "dropped; members named "
            + ", ".join(schema["x-enum-varnames"][:6])
            + (" ..." if len(values) > 6 else "")
            + " (x-enum-varnames)",
        )


#: What stays on a nullable enum's outer schema (it documents the property, not the enum).
_OUTER = ("description", "default", "deprecated", "readOnly", "writeOnly", "example", "examples")


def _nullable_enum(schema: dict[str, Any]) -> tuple[str, list[Any]] | None:
    """(the enum's type, its non-null values) when ``schema`` is an enum that also allows null."""
    values = schema.get("enum")
    if not isinstance(values, list) or "anyOf" in schema or "oneOf" in schema or "allOf" in schema:
        return None
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else list(kind) if isinstance(kind, list) else []
    nullable = schema.get("nullable") is True or None in values or "null" in kinds
    others = [value for value in values if value is not None]
    plain = [k for k in kinds if k != "null"]
    if not nullable or not others or len(plain) != 1:
        return None
    return plain[0], others


@repair(
    "nullable-enums",
    "generate",
    "opc drops the None of a nullable enum (3.0's nullable: true) or splits one with null among its "
    "values into a class per value; the enum or null, as a union, keeps both exactly",
)
def nullable_enums(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema in list(schemas(ctx.data)):
        found = _nullable_enum(schema)
        if found is None:
            continue
        kind, values = found
        inner = {k: v for k, v in schema.items() if k not in (*_OUTER, "nullable", "enum", "type")}
        inner.update(type=kind, enum=values)
        if "title" not in inner and len(pointer) >= 2 and pointer[-2] in ("properties", "schemas"):
            inner["title"] = str(pointer[-1])
        outer = {k: v for k, v in schema.items() if k in _OUTER}
        schema.clear()
        schema.update(outer, anyOf=[inner, {"type": "null"}])
        yield Change(pointer, f"a nullable enum of {kind} read as that enum or null")


@repair(
    "empty-enums",
    "generate",
    "an empty enum (a placeholder where the values are not known yet) makes opc drop the schema and "
    "everything using it; without it the schema takes any value of its type",
)
def empty_enums(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema in list(schemas(ctx.data)):
        if schema.get("enum") == []:
            del schema["enum"]
            yield Change((*pointer, "enum"), "empty enum removed: any value of the schema's type")
