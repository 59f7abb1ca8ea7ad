"""Helpers shared by the checks: property naming, argument rendering and schema-diff walks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specfleet.diff.delta.modified_subschemas import Subschema
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.delta.value_diff import ValueDiff
    from specfleet.diff.openapi3 import Schema, SchemaRef

# processor(property_path, property_name, property_diff, parent_diff)
ModifiedPropertyProcessor = Callable[[str, str, "SchemaDiff", "SchemaDiff | None"], None]
# processor(property_path, property_name, property_schema, parent_diff)
PropertyProcessor = Callable[[str, str, "Schema", "SchemaDiff"], None]


def comment_id(rule_id: str) -> str:
    """The message id of a rule's explanatory comment."""
    return rule_id + "-comment"


def description_id(rule_id: str) -> str:
    """The message id of a rule's one-line description."""
    return rule_id + "-description"


def property_full_name(property_path: str, *property_names: str) -> str:
    """``a/b/name``: a property named by its path from the body or parameter schema."""
    full_name = "/".join(property_names)
    return f"{property_path}/{full_name}" if property_path else full_name


def join_path(property_path: str, segment: str) -> str:
    """Append a segment with "/" but without a leading slash on an empty path."""
    return f"{property_path}/{segment}" if property_path else segment


def interface_to_string(arg: Any) -> str:
    """A message argument as text, as oasdiff renders it (floats with two decimals)."""
    if arg is None:
        return "undefined"
    if isinstance(arg, str):
        return arg
    if isinstance(arg, bool):
        return "true" if arg else "false"
    if isinstance(arg, int):
        return str(arg)
    if isinstance(arg, float):
        return f"{arg:.2f}"
    if isinstance(arg, list | tuple):
        return ", ".join(interface_to_string(item) for item in arg)
    return subschema_name(arg)


def subschema_name(value: Any) -> str:
    """How a (modified) subschema reads in a property path: its own ``string()`` when it has one."""
    render = getattr(value, "string", None)
    if callable(render):
        return str(render())
    return str(value)


def check_modified_properties_diff(
    schema_diff: SchemaDiff | None,
    processor: ModifiedPropertyProcessor,
    only: Callable[[SchemaDiff], bool] | None = None,
) -> None:
    """Call ``processor`` for every modified property (and sub-schema) below ``schema_diff``.

    ``only``, when given, names the property diffs the processor can report on (a module-level
    function, asked once per diff): the walk then skips the subtrees without one.
    """
    if schema_diff is None:
        return
    if only is None:
        for path, name, diff, parent in modified_properties(schema_diff):
            processor(path, name, diff, parent)
        return
    stack: list[tuple[str, str, SchemaDiff, SchemaDiff | None]] = [("", "", schema_diff, None)]
    while stack:
        path, name, diff, parent = stack.pop()
        if (name or path) and only(diff):
            processor(path, name, diff, parent)
        if not _wanted_below(diff, only):
            continue
        if name:
            path = join_path(path, name)
        for suffix, alone, child_name, child in reversed(children(diff)):
            stack.append((path + suffix if path else alone, child_name, child, diff))


def _wanted_below(schema_diff: SchemaDiff, only: Callable[[SchemaDiff], bool]) -> bool:
    """Whether a modified-properties walk below ``schema_diff`` meets a diff ``only`` wants."""
    key = (id(schema_diff), only)
    cached = _WANTED_BELOW.get(key)
    if cached is not None and cached[0] is schema_diff:
        return cached[1]
    below = any(only(child) or _wanted_below(child, only) for _, _, _, child in children(schema_diff))
    _WANTED_BELOW[key] = (schema_diff, below)
    return below


# --- the walks, expanded once per schema diff --------------------------------------------------
#
# oasdiff walks a schema diff recursively, once per check.  A big spec (Stripe) shares deep
# schemas between hundreds of operations, which that expands into half a million visits
# for each check that asks.  These give the same visits in oasdiff's order from a list
# built once per schema diff (clear_walk_cache forgets them between diffs): each
# sub-schema's children (_walk_children) are listed once, and the tree is expanded with a
# stack, not recursion.

_OWN = "\x01own"  # where the added/deleted walk reports a schema's own properties
_MARK = "\x00"
_Child = tuple[str, str, str, "SchemaDiff | None"]  # suffix, path when alone, name, child
_ModifiedVisit = tuple[str, str, "SchemaDiff", "SchemaDiff | None"]
_ChangedVisit = tuple[str, str, Any, "SchemaDiff"]
_CHILDREN: dict[int, tuple[object, list[_Child]]] = {}
_MODIFIED: dict[int, tuple[object, list[_ModifiedVisit]]] = {}
_CHANGED: dict[tuple[int, bool], tuple[object, list[_ChangedVisit]]] = {}
# (property diff, parent diff, name) -> its number; the diffs are kept alive by _CHILDREN
_GROUPS: dict[tuple[int, int, str], int] = {}
_BELOW: dict[int, tuple[object, frozenset[int]]] = {}
_CHANGES_BELOW: dict[tuple[int, bool], tuple[object, bool]] = {}
_WANTED_BELOW: dict[tuple[int, object], tuple[object, bool]] = {}
_PRESENT: dict[int, tuple[object, list[tuple[str, str, str, SchemaDiff]]]] = {}


def clear_walk_cache() -> None:
    """Forget the walks of the previous diff."""
    _CHILDREN.clear()
    _MODIFIED.clear()
    _CHANGED.clear()
    _GROUPS.clear()
    _BELOW.clear()
    _CHANGES_BELOW.clear()
    _WANTED_BELOW.clear()
    _PRESENT.clear()


def property_group(diff: SchemaDiff, parent: SchemaDiff | None, name: str) -> int:
    """A number for one property diff under one parent: the same wherever a walk reaches it."""
    key = (id(diff), id(parent), name)
    group = _GROUPS.get(key)
    if group is None:
        group = _GROUPS[key] = len(_GROUPS)
    return group


def children(schema_diff: SchemaDiff) -> list[tuple[str, str, str, SchemaDiff]]:
    """The modified children of ``schema_diff`` as (suffix, path when alone, name, child)."""
    cached = _PRESENT.get(id(schema_diff))
    if cached is not None and cached[0] is schema_diff:
        return cached[1]
    found = [
        (suffix, alone, name, child)
        for suffix, alone, name, child in _children(schema_diff)
        if child is not None
    ]
    _PRESENT[id(schema_diff)] = (schema_diff, found)
    return found


def groups_below(schema_diff: SchemaDiff) -> frozenset[int]:
    """The groups of every two-sided property diff a modified-properties walk meets below ``schema_diff``.

    A walk that knows a check finds nothing at all of them can skip the whole subtree.
    """
    cached = _BELOW.get(id(schema_diff))
    if cached is not None and cached[0] is schema_diff:
        return cached[1]
    found: set[int] = set()
    for _, _, name, child in children(schema_diff):
        if child.base is not None and child.revision is not None:
            found.add(property_group(child, schema_diff, name))
        found |= groups_below(child)
    below = frozenset(found)
    _BELOW[id(schema_diff)] = (schema_diff, below)
    return below


def _children(schema_diff: SchemaDiff) -> list[_Child]:
    """What _walk_children visits below ``schema_diff``, with the _OWN marker in its place.

    Each child's path is kept as a suffix for a non-empty parent path and whole for an
    empty one, exactly as _walk_children computes them.
    """
    cached = _CHILDREN.get(id(schema_diff))
    if cached is not None and cached[0] is schema_diff:
        return cached[1]
    marked: list[tuple[str, str, SchemaDiff | None]] = []
    alone: list[str] = []
    _walk_children(
        _MARK,
        schema_diff,
        lambda path, name, child: marked.append((path, name, child)),
        lambda: marked.append((_MARK, _OWN, None)),
    )
    _walk_children("", schema_diff, lambda path, name, child: alone.append(path), lambda: alone.append(""))
    children = [
        (path[len(_MARK) :], empty, name, child)
        for (path, name, child), empty in zip(marked, alone, strict=True)
        if child is not None or name == _OWN
    ]
    _CHILDREN[id(schema_diff)] = (schema_diff, children)
    return children


def modified_properties(schema_diff: SchemaDiff) -> list[_ModifiedVisit]:
    """The visits of check_modified_properties_diff, as (path, name, diff, parent)."""
    cached = _MODIFIED.get(id(schema_diff))
    if cached is not None and cached[0] is schema_diff:
        return cached[1]
    found: list[_ModifiedVisit] = []
    stack: list[tuple[str, str, SchemaDiff, SchemaDiff | None]] = [("", "", schema_diff, None)]
    while stack:
        path, name, diff, parent = stack.pop()
        if name or path:
            found.append((path, name, diff, parent))
        if name:
            path = join_path(path, name)
        for suffix, alone, child_name, child in reversed(_children(diff)):
            if child is not None:
                stack.append((path + suffix if path else alone, child_name, child, diff))
    _MODIFIED[id(schema_diff)] = (schema_diff, found)
    return found


def changed_properties(schema_diff: SchemaDiff, *, added: bool) -> list[_ChangedVisit]:
    """The visits of check_added/deleted_properties_diff, as (path, name, schema, parent)."""
    key = (id(schema_diff), added)
    cached = _CHANGED.get(key)
    if cached is not None and cached[0] is schema_diff:
        return cached[1]
    found: list[_ChangedVisit] = []
    stack: list[tuple[bool, str, str, SchemaDiff]] = [(False, "", "", schema_diff)]
    while stack:
        own, path, name, diff = stack.pop()
        if own:
            _report_own(path, diff, lambda *visit: found.append(visit), added=added)
            continue
        if not _changes_below(diff, added):
            continue
        if name:
            path = join_path(path, name)
        for suffix, alone, child_name, child in reversed(_children(diff)):
            if child_name == _OWN and child is None:
                stack.append((True, path, "", diff))
            elif child is not None:
                stack.append((False, path + suffix if path else alone, child_name, child))
    _CHANGED[key] = (schema_diff, found)
    return found


def _changes_below(schema_diff: SchemaDiff, added: bool) -> bool:
    """Whether a property was added (or deleted) at or below ``schema_diff``: else its walk finds nothing."""
    key = (id(schema_diff), added)
    cached = _CHANGES_BELOW.get(key)
    if cached is not None and cached[0] is schema_diff:
        return cached[1]
    properties_diff = schema_diff.properties_diff
    here = properties_diff is not None and bool(properties_diff.added if added else properties_diff.deleted)
    below = here or any(_changes_below(child, added) for _, _, _, child in children(schema_diff))
    _CHANGES_BELOW[key] = (schema_diff, below)
    return below


def _walk_children(
    property_path: str,
    schema_diff: SchemaDiff,
    walk: Callable[[str, str, SchemaDiff | None], None],
    before_properties: Callable[[], None] | None = None,
) -> None:
    """The sub-schema recursion shared by the modified/added/deleted walks, in oasdiff's order.

    Property children get (path, name); the others get a path segment and no name.
    ``before_properties`` runs at the properties step, before modified properties are visited.
    """
    for subschemas_diff, keyword in (
        (schema_diff.all_of_diff, "allOf"),
        (schema_diff.any_of_diff, "anyOf"),
        (schema_diff.one_of_diff, "oneOf"),
    ):
        if subschemas_diff is not None:
            for modified in subschemas_diff.modified:
                walk(join_path(property_path, f"{keyword}[{subschema_name(modified)}]"), "", modified.diff)
    if schema_diff.items_diff is not None:
        walk(join_path(property_path, "items"), "", schema_diff.items_diff)
    if schema_diff.properties_diff is not None:
        if before_properties is not None:
            before_properties()
        for name, property_diff in schema_diff.properties_diff.modified.items():
            walk(property_path, name, property_diff)
    if schema_diff.additional_properties_diff is not None:
        walk(join_path(property_path, "additionalProperties"), "", schema_diff.additional_properties_diff)
    # OpenAPI 3.1 sub-schemas: oasdiff joins these with "/" even on an empty path.
    if schema_diff.prefix_items_diff is not None:
        for modified in schema_diff.prefix_items_diff.modified:
            walk(f"{property_path}/prefixItems[{subschema_name(modified)}]", "", modified.diff)
    for child, keyword in (
        (schema_diff.contains_diff, "contains"),
        (schema_diff.property_names_diff, "propertyNames"),
        (schema_diff.unevaluated_items_diff, "unevaluatedItems"),
        (schema_diff.unevaluated_properties_diff, "unevaluatedProperties"),
        (schema_diff.if_diff, "if"),
        (schema_diff.then_diff, "then"),
        (schema_diff.else_diff, "else"),
        (schema_diff.not_diff, "not"),
        (schema_diff.content_schema_diff, "contentSchema"),
    ):
        if child is not None:
            walk(f"{property_path}/{keyword}", "", child)
    for schemas_diff, keyword in (
        (schema_diff.pattern_properties_diff, "patternProperties"),
        (schema_diff.dependent_schemas_diff, "dependentSchemas"),
    ):
        if schemas_diff is not None:
            for key, child in schemas_diff.modified.items():
                walk(f"{property_path}/{keyword}[{key}]", "", child)


def check_added_properties_diff(schema_diff: SchemaDiff | None, processor: PropertyProcessor) -> None:
    """Call ``processor`` for every property added anywhere below ``schema_diff``."""
    if schema_diff is None:
        return
    for visit in changed_properties(schema_diff, added=True):
        processor(*visit)


def check_deleted_properties_diff(schema_diff: SchemaDiff | None, processor: PropertyProcessor) -> None:
    """Call ``processor`` for every property removed anywhere below ``schema_diff``."""
    if schema_diff is None:
        return
    for visit in changed_properties(schema_diff, added=False):
        processor(*visit)


def _report_own(
    property_path: str, schema_diff: SchemaDiff, processor: PropertyProcessor, *, added: bool
) -> None:
    properties_diff = schema_diff.properties_diff
    if properties_diff is None:
        return
    schema = schema_diff.revision if added else schema_diff.base
    names = properties_diff.added if added else properties_diff.deleted
    if schema is None:
        return
    for name in names:
        ref = schema.properties.get(name)
        if ref is not None and ref.value is not None:
            processor(property_path, name, ref.value, schema_diff)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_increased(from_: Any, to: Any) -> bool:
    """Whether a numeric limit grew (non-numbers never compare)."""
    return _is_number(from_) and _is_number(to) and from_ < to


def is_decreased(from_: Any, to: Any) -> bool:
    """Whether a numeric limit shrank (non-numbers never compare)."""
    return _is_number(from_) and _is_number(to) and from_ > to


def is_increased_value(diff: ValueDiff) -> bool:
    """``is_increased`` over a value diff."""
    return is_increased(diff.from_, diff.to)


def is_decreased_value(diff: ValueDiff) -> bool:
    """``is_decreased`` over a value diff."""
    return is_decreased(diff.from_, diff.to)


@cache
def _empty_schema_ref() -> SchemaRef:
    """``{}`` as a schema: what an annotation-only subschema is equivalent to."""
    from specfleet.diff.openapi3 import load_openapi

    components = load_openapi({"components": {"schemas": {"empty": {}}}}).components
    assert components is not None
    return components.schemas["empty"]


def split_subschemas_by_annotation_only(
    subschemas: Sequence[Subschema], schema_refs: Sequence[SchemaRef | None]
) -> tuple[list[Subschema], list[Subschema]]:
    """Split added/removed subschemas into (kept, annotation_only).

    A subschema holding only annotations (title, description, examples...) accepts every
    instance, so adding or removing it cannot break a client; callers report those at INFO.
    """
    if not subschemas:
        return list(subschemas), []
    from specfleet.diff.delta.config import new_config
    from specfleet.diff.delta.schema_validation_equivalence import schema_refs_validation_equivalent

    empty_ref = _empty_schema_ref()
    config = new_config()
    kept: list[Subschema] = []
    annotation_only: list[Subschema] = []
    for subschema in subschemas:
        ref = schema_refs[subschema.index] if 0 <= subschema.index < len(schema_refs) else None
        if (
            ref is not None
            and ref.value is not None
            and schema_refs_validation_equivalent(config, empty_ref, ref)
        ):
            annotation_only.append(subschema)
        else:
            kept.append(subschema)
    return kept, annotation_only
