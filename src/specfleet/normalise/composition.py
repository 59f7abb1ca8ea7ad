"""Compositions (``allOf``/``anyOf``/``oneOf``) that opc misreads.

- ``allOf: [{$ref: X}, {nullable: true}]`` is how some 3.1 specs (OpenAI) spell "X or null";
  opc reads it as an object extending X and fails when X is not an object.  It becomes
  ``anyOf: [{$ref: X}, {type: "null"}]`` (3.1) or ``allOf: [{$ref: X}]`` + ``nullable`` (3.0).
- opc builds the object members of a component's own ``oneOf``/``anyOf`` twice, and before
  any other model is complete: a class nested inside such a member collides with itself, and a
  member extending a ``$ref`` (``allOf``) finds it unprocessed; the component is dropped.  The
  member moves to a component of its own (the name opc gave its class), referenced from the union.
- opc cannot merge two definitions of one property across ``allOf`` parts unless one narrows
  the other in ways it knows (an ``int`` vs ``int | None``, two unrelated enums, ...).  The
  definition in the inline part is dropped so the class keeps the referenced schema's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specfleet.normalise import Change, RepairContext, repair
from specfleet.normalise._spec import class_name, resolve, schemas
from specfleet.spec.document import Pointer

_ANNOTATIONS = frozenset(
    {
        "nullable",
        "description",
        "title",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "default",
    }
)


@repair(
    "nullable-allof",
    "generate",
    "allOf of one $ref and {nullable: true} means 'the referenced schema or null'; opc reads it as an "
    "object extending the reference, and fails when that is not an object",
)
def nullable_allof(ctx: RepairContext) -> Iterator[Change]:
    openapi_31 = str(ctx.data.get("openapi", "")).startswith("3.1")
    for pointer, schema in list(schemas(ctx.data)):
        parts = schema.get("allOf")
        if not isinstance(parts, list) or len(parts) < 2:
            continue
        refs = [part for part in parts if isinstance(part, dict) and "$ref" in part]
        rest = [part for part in parts if part not in refs]
        if (
            len(refs) != 1
            or not rest
            or not all(
                isinstance(part, dict) and part.get("nullable") is True and set(part) <= _ANNOTATIONS
                for part in rest
            )
        ):
            continue
        for part in rest:
            for key, value in part.items():
                if key != "nullable":
                    schema.setdefault(key, value)
        del schema["allOf"]
        if openapi_31:
            schema["anyOf"] = [refs[0], {"type": "null"}]
        else:
            schema["allOf"] = refs
            schema["nullable"] = True
        target = refs[0]["$ref"]
        yield Change(pointer, f"allOf [{target}, nullable] read as {target} or null")


_OBJECT_KEYS = ("properties", "additionalProperties", "patternProperties", "required")
_PRIMITIVES = ("string", "integer", "number", "boolean")
_COMPOSED = ("allOf", "anyOf", "oneOf", "not", "items")


def _part_kind(data: dict[str, Any], part: Any) -> str:
    """What an allOf member is to opc: an object, an annotation only, a plain primitive, or other."""
    if not isinstance(part, dict):
        return "other"
    if "$ref" in part:
        target = resolve(data, part)
        objectish = isinstance(target, dict) and (
            target.get("type") == "object" or "allOf" in target or any(key in target for key in _OBJECT_KEYS)
        )
        return "object" if objectish else "other"
    if set(part) <= _ANNOTATIONS:
        return "annotation"
    if any(key in part for key in _COMPOSED):
        return "other"
    if part.get("type") == "object" or ("type" not in part and any(key in part for key in _OBJECT_KEYS)):
        return "object"
    return "primitive" if part.get("type") in _PRIMITIVES else "other"


def _fold(schema: dict[str, Any], part: dict[str, Any]) -> None:
    """Move an allOf member's keys onto its schema: the schema's own win; nullable holds for both or not."""
    for key, value in part.items():
        if key == "nullable":
            schema["nullable"] = bool(schema.get("nullable", True)) and bool(value)
        elif key == "required" and isinstance(value, list) and isinstance(schema.get("required"), list):
            schema["required"] = [
                *schema["required"],
                *(name for name in value if name not in schema["required"]),
            ]
        else:
            schema.setdefault(key, value)


@repair(
    "allof-members-typed",
    "generate",
    "opc extends only objects in allOf: a member with properties but no `type: object` is that object, "
    "an annotation-only member ({nullable: false}) annotates the schema, and a lone primitive with "
    "annotations is that primitive",
)
def allof_members_typed(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema in list(schemas(ctx.data)):
        parts = schema.get("allOf")
        if not isinstance(parts, list) or not parts:
            continue
        kinds = [_part_kind(ctx.data, part) for part in parts]
        if "object" in kinds and set(kinds) <= {"object", "annotation"}:
            untyped = [
                i
                for i, part in enumerate(parts)
                if kinds[i] == "object" and "$ref" not in part and "type" not in part
            ]
            notes = [part for part, kind in zip(parts, kinds, strict=True) if kind == "annotation"]
            if not untyped and not notes:
                continue
            for index in untyped:
                parts[index] = {"type": "object", **parts[index]}
            for note in notes:
                _fold(schema, note)
            schema["allOf"] = [part for part, kind in zip(parts, kinds, strict=True) if kind != "annotation"]
            yield Change(
                pointer, "allOf members merged as objects (members without `type: object` are objects)"
            )
        else:
            merged = _one_primitive(ctx.data, schema, parts)
            if merged is not None:
                schema.clear()
                schema.update(merged)
                yield Change(
                    pointer, f"allOf of {merged['type']} schemas and annotations read as one {merged['type']}"
                )


def _one_primitive(data: dict[str, Any], schema: dict[str, Any], parts: list[Any]) -> dict[str, Any] | None:
    """allOf members that all describe one primitive type (by ``$ref`` or inline), as one schema.

    Exact only when no two members constrain the same keyword differently (then both hold, and
    one schema says so); ``None`` when they do, or a member is not such a schema.
    """
    if "properties" in schema or schema.get("type") not in (None, *_PRIMITIVES):
        return None
    resolved = [resolve(data, part) for part in parts]
    types = set()
    for part in resolved:
        if not isinstance(part, dict) or "$ref" in part or any(key in part for key in _COMPOSED):
            return None
        if not set(part) <= _ANNOTATIONS:
            if part.get("type") not in _PRIMITIVES:
                return None
            types.add(part["type"])
    if len(types) != 1 or schema.get("type") not in (None, *types):
        return None
    merged = {key: value for key, value in schema.items() if key != "allOf"}
    for part in resolved:
        for key, value in part.items():
            if key in _ANNOTATIONS:
                continue
            if key in merged and merged[key] != value:
                return None
            merged[key] = value
    for part in resolved:
        _fold(merged, {key: value for key, value in part.items() if key in _ANNOTATIONS})
    return merged


def _union_parts(data: dict[str, Any], node: Any) -> tuple[str, list[Any]] | None:
    """("anyOf"|"oneOf", members) when ``node`` is (a reference to) a bare union."""
    target = resolve(data, node)
    if not isinstance(target, dict) or target.get("properties") or target.get("allOf"):
        return None
    for key in ("oneOf", "anyOf"):
        if (
            isinstance(target.get(key), list)
            and target[key]
            and not (target.get("anyOf") and target.get("oneOf"))
        ):
            return key, target[key]
    return None


def _unions(data: dict[str, Any]) -> Iterator[tuple[Pointer, dict[str, Any], str, list[Any]]]:
    """Every ``oneOf``/``anyOf`` written in the spec: its schema's pointer, the schema, the key, the members."""
    for pointer, schema in list(schemas(data)):
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if isinstance(members, list):
                yield pointer, schema, key, members


def _tag_values(data: dict[str, Any], members: list[Any], name: str) -> list[str] | None:
    """Each member's one value of property ``name`` (a const or a one-value enum), when all differ."""
    values = []
    for member in members:
        target = resolve(data, member)
        prop = resolve(data, (target.get("properties") or {}).get(name)) if isinstance(target, dict) else None
        if not isinstance(prop, dict):
            return None
        value = prop.get(
            "const", (prop.get("enum") or [None, None])[0] if len(prop.get("enum") or []) == 1 else None
        )
        if not isinstance(value, str) or not value.strip():
            return None
        values.append(value)
    return values if len(set(values)) == len(values) else None


def _tag_property(data: dict[str, Any], schema: dict[str, Any], members: list[Any]) -> list[str] | None:
    """The values that tell a union's members apart: its discriminator's, or a property all share."""
    discriminator = schema.get("discriminator")
    names = (
        [discriminator["propertyName"]]
        if isinstance(discriminator, dict) and isinstance(discriminator.get("propertyName"), str)
        else []
    )
    first = resolve(data, members[0]) if members else None
    if isinstance(first, dict) and isinstance(first.get("properties"), dict):
        names += [name for name in first["properties"] if name not in names]
    for name in names:
        values = _tag_values(data, members, name)
        if values is not None:
            return values
    return None


@repair(
    "union-member-titles",
    "generate",
    "opc names an untitled inline member of a union after its position (ItemType0, ItemType1); "
    "the value that tells the members apart (a discriminator's, or a property each fixes to "
    "one value) names it instead",
)
def union_member_titles(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema, key, members in _unions(ctx.data):
        values = _tag_property(ctx.data, schema, members) if len(members) > 1 else None
        for index, (member, value) in enumerate(zip(members, values or [], strict=False)):
            if isinstance(member, dict) and "$ref" not in member and "title" not in member:
                member["title"] = value
                yield Change((*pointer, key, index), f"union member named after its value {value!r}")


@repair(
    "allof-of-union",
    "generate",
    "opc cannot extend a union (allOf [a oneOf/anyOf, an object]); the same schema written as a union "
    "of each member extended (allOf distributes over oneOf/anyOf exactly)",
)
def allof_of_union(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema in list(schemas(ctx.data)):
        parts = schema.get("allOf")
        if not isinstance(parts, list) or len(parts) < 2 or schema.get("anyOf") or schema.get("oneOf"):
            continue
        unions = [
            (index, found)
            for index, part in enumerate(parts)
            if (found := _union_parts(ctx.data, part)) is not None
        ]
        if len(unions) != 1:
            continue
        at, (key, members) = unions[0]
        others = [part for index, part in enumerate(parts) if index != at]
        if not all(isinstance(part, dict) and ("$ref" in part or _is_model(part)) for part in others):
            continue
        owner = str(pointer[-1]) if pointer[:2] == ("components", "schemas") else ""
        extended = []
        for member in members:
            ref = member.get("$ref") if isinstance(member, dict) else None
            entry: dict[str, Any] = {"allOf": [member, *others]}
            if owner and isinstance(ref, str):
                entry["title"] = f"{owner}{ref.rsplit('/', 1)[-1]}"
            extended.append(entry)
        del schema["allOf"]
        schema[key] = extended
        yield Change(
            (*pointer, "allOf"),
            f"allOf extending a {key} of {len(members)} schemas rewritten as a "
            f"{key} of each of them extended",
        )


def _has_nested_class(data: dict[str, Any], node: Any, depth: int = 0) -> bool:
    """Whether opc would build a model class somewhere inside ``node``'s properties."""
    if not isinstance(node, dict) or "$ref" in node or depth > 50:
        return False
    for sub in (node.get("properties") or {}).values():
        if not isinstance(sub, dict) or "$ref" in sub:
            continue
        if sub.get("type") == "object" or sub.get("properties") or sub.get("allOf"):
            return True
        inner = [sub.get("items"), *(sub.get("anyOf") or []), *(sub.get("oneOf") or [])]
        if any(_is_model(part) or _has_nested_class(data, part, depth + 1) for part in inner):
            return True
    return False


def _is_model(node: Any) -> bool:
    return (
        isinstance(node, dict)
        and "$ref" not in node
        and not node.get("enum")
        and (node.get("type") == "object" or bool(node.get("properties")) or bool(node.get("allOf")))
    )


def _extends_reference(node: dict[str, Any]) -> bool:
    """opc can only extend a referenced model once that model is processed, after the union is read."""
    return any(isinstance(part, dict) and "$ref" in part for part in node.get("allOf") or [])


def _top_level_unions(key: str, node: Any) -> Iterator[tuple[Pointer, dict[str, Any], str]]:
    """Unions opc builds while it first reads a component: (pointer, union, opc's name for it)."""
    if not isinstance(node, dict) or "$ref" in node:
        return
    pointer: Pointer = ("components", "schemas", key)
    name = f"/components/schemas/{key}"
    while node.get("type") == "array" and isinstance(node.get("items"), dict):  # opc reads items at once
        pointer, node, name = (*pointer, "items"), node["items"], f"{name}_item"
    if node.get("anyOf") or node.get("oneOf"):
        yield pointer, node, name


@repair(
    "union-members-hoisted",
    "generate",
    "opc builds the object members of a component's own oneOf/anyOf twice and before other models, so "
    "classes nested in them collide and allOf references are unresolved; such a member becomes a component",
)
def hoist_union_members(ctx: RepairContext) -> Iterator[Change]:
    components = (ctx.data.get("components") or {}).get("schemas")
    if not isinstance(components, dict):
        return
    for key in list(components):
        for pointer, union, name in list(_top_level_unions(key, components[key])):
            members = [("anyOf", m) for m in union.get("anyOf") or []] + [
                ("oneOf", m) for m in union.get("oneOf") or []
            ]
            for index, (where, member) in enumerate(members):
                if not _is_model(member) or not (
                    _has_nested_class(ctx.data, member) or _extends_reference(member)
                ):
                    continue
                title = member.get("title")
                own = isinstance(title, str) and title and title != union.get("title")
                wanted = class_name(str(title)) if own else class_name(f"{name}_type_{index}")
                new_key, number = wanted, 2
                while new_key in components:
                    new_key, number = f"{wanted}{number}", number + 1
                if not own:
                    member = {**member, "title": wanted}
                components[new_key] = member
                at = union[where].index(members[index][1])
                union[where][at] = {"$ref": f"#/components/schemas/{new_key}"}
                yield Change(
                    (*pointer, where, at),
                    f"member moved to components/schemas/{new_key} (opc cannot "
                    "read it inside the component's own oneOf/anyOf)",
                )


def _kind(data: dict[str, Any], node: Any) -> tuple[Any, ...]:
    """A coarse opc property kind: two definitions opc merges share a kind or one is 'any'."""
    target = resolve(data, node)
    if not isinstance(target, dict):
        return ("any",)
    if target.get("enum"):
        return ("enum", frozenset(map(repr, target["enum"])))
    if target.get("anyOf") or target.get("oneOf") or isinstance(target.get("type"), list):
        return ("union", repr(node))
    kind = target.get("type")
    if kind in ("integer", "number"):
        return ("number",)
    if kind in ("string", "boolean", "array", "null"):
        return (kind,)
    if kind == "object" or target.get("properties") or target.get("allOf"):
        return ("model", repr(node))
    return ("any",)


def _mergeable(data: dict[str, Any], first: Any, second: Any) -> bool:
    if first == second:
        return True
    one, two = _kind(data, first), _kind(data, second)
    if "any" in (one[0], two[0]):
        return True
    if one[0] == "enum" and two[0] == "enum":
        return bool(one[1] <= two[1] or two[1] <= one[1])
    if one[0] == "enum" or two[0] == "enum":
        # opc narrows a plain str by a str enum and an int by an int enum, nothing else
        enum, other = (first, second) if one[0] == "enum" else (second, first)
        values = resolve(data, enum).get("enum") or []
        plain = resolve(data, other)
        if all(isinstance(value, str) for value in values):
            return bool(plain.get("type") == "string" and "format" not in plain)
        if all(isinstance(value, int) and not isinstance(value, bool) for value in values):
            return bool(plain.get("type") == "integer")
        return True  # enum-value-types removes an enum opc cannot build
    if one[0] in ("union", "model") or two[0] in ("union", "model"):
        return False
    return bool(one[0] == two[0])


def _inherited(data: dict[str, Any], node: Any, depth: int = 0) -> dict[str, Any]:
    """Properties a referenced allOf part brings, including its own allOf parents."""
    target = resolve(data, node)
    if not isinstance(target, dict) or depth > 50:
        return {}
    found: dict[str, Any] = {}
    for part in target.get("allOf") or []:
        found.update(_inherited(data, part, depth + 1))
    found.update(target.get("properties") or {})
    return found


@repair(
    "allof-property-conflicts",
    "generate",
    "opc cannot merge two definitions of a property across allOf parts unless one narrows the other "
    "in a way it knows; the inline part's definition is dropped, the referenced one is kept",
)
def allof_property_conflicts(ctx: RepairContext) -> Iterator[Change]:
    # A schema extending one that extends another inherits what this repair dropped there,
    # so repeat until nothing changes (each round only removes, so it ends).
    changed = True
    while changed:
        changed = False
        for pointer, index, name in _conflicts(ctx.data):
            changed = True
            yield Change(
                (*pointer, "allOf", index, "properties", name),
                f"property {name!r} redefined in a way opc cannot merge with the referenced "
                "schema's definition; the class uses the referenced definition",
            )


def _conflicts(data: dict[str, Any]) -> Iterator[tuple[Pointer, int, str]]:
    """Drop, and name, each inline allOf property opc could not merge with an inherited one."""
    for pointer, schema in list(schemas(data)):
        parts = schema.get("allOf")
        if not isinstance(parts, list) or len(parts) < 2:
            continue
        seen: dict[str, Any] = {}
        for index, part in enumerate(parts):
            if not isinstance(part, dict):
                continue
            if "$ref" in part:
                for name, definition in _inherited(data, part).items():
                    seen.setdefault(name, definition)
                continue
            properties = part.get("properties")
            if not isinstance(properties, dict):
                continue
            for name in list(properties):
                if name in seen and not _mergeable(data, seen[name], properties[name]):
                    del properties[name]
                    yield pointer, index, name
                elif name not in seen:
                    seen[name] = properties[name]


@repair(
    "union-arrays-merged",
    "generate",
    "a client cannot tell a list of one kind from a list of another when it reads or writes a union "
    "(opc types one as the other); the union's arrays become one array of the union of their items",
)
def union_arrays_merged(ctx: RepairContext) -> Iterator[Change]:
    for pointer, schema, key, members in _unions(ctx.data):
        arrays = [
            index
            for index, member in enumerate(members)
            if isinstance(resolve(ctx.data, member), dict)
            and resolve(ctx.data, member).get("type") == "array"
        ]
        if len(arrays) < 2:
            continue
        items: list[Any] = []
        for index in arrays:
            item = resolve(ctx.data, members[index]).get("items", {})
            if item not in items:
                items.append(item)
        merged = {"type": "array", "items": items[0] if len(items) == 1 else {"anyOf": items}}
        kept = [member for index, member in enumerate(members) if index not in arrays[1:]]
        kept[arrays[0]] = merged
        schema[key] = kept
        yield Change(
            (*pointer, key),
            f"{len(arrays)} array members of {key} read as one array of their items' union",
        )
