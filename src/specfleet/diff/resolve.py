"""Follow ``$ref``s and merge ``allOf``, so where a schema is written is never a change by itself.

Rules compare :class:`SchemaView`s: a schema with its reference chain followed (``$ref``
siblings such as ``description`` kept, as OpenAPI 3.1 allows), its ``allOf`` members merged
into one set of properties and constraints, and its nullability read from any of the
spellings 3.0 and 3.1 allow.  Moving a schema into ``components``, renaming a component or
splitting a schema into ``allOf`` parts therefore compares equal.

Views are built once per node and their children on first use, so a 4 MB spec whose
operations share components is read once per component, and a schema that contains itself
is just a view whose property points back at it (the engine guards the walk).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cached_property
from typing import Any

from specfleet.errors import Problem, SpecError, SpecfleetError
from specfleet.load import Document, Pointer
from specfleet.spec import RefError, SpecModel

#: Upper bounds narrow what is accepted when they go down, lower bounds when they go up.
UPPER_BOUNDS = ("maxLength", "maximum", "maxItems")
LOWER_BOUNDS = ("minLength", "minimum", "minItems")
_ANY: dict[str, Any] = {}  # what a boolean schema or a non-mapping is compared as
_MISSING = object()


class Resolver:
    """Builds the schema views of one spec; keeps what it built so identity is stable.

    Following references is the spec model's job (:meth:`SpecModel.follow`); the resolver
    only turns a failure into a diff error placed at the ``$ref``.
    """

    def __init__(
        self, data: Mapping[str, Any], document: Document | None = None, model: SpecModel | None = None
    ) -> None:
        self.data = data
        self.document = document
        self.model = model if model is not None else SpecModel(data, document)
        self._views: dict[int, SchemaView] = {}

    def deref(self, node: Any, pointer: Pointer) -> tuple[Any, Pointer]:
        """The node a ``$ref`` chain ends at and where it is; siblings of each ``$ref`` win.

        A reference to another file is left as it is: it is compared by its text.
        """
        try:
            return self.model.follow(node, pointer)
        except RefError as error:
            raise self.error(error) from None

    def schema(self, node: Any, pointer: Pointer) -> SchemaView:
        """The view of the schema at ``node`` (built once per target)."""
        node, pointer = self.deref(node, pointer)
        if not isinstance(node, dict):
            node = _ANY
        view = self._views.get(id(node))
        if view is None:
            view = SchemaView(self, node, pointer)
            self._views[id(node)] = view
        return view

    def error(self, error: RefError) -> SpecfleetError:
        """A reference that cannot be followed, at its ``$ref`` when the spec came from a file."""
        if self.document is None:
            return SpecfleetError(error.message)
        mark = self.document.mark((*error.pointer, "$ref"))
        return SpecError(
            Problem(str(self.document.path), mark.line, mark.column, "error", "diff", error.message)
        )


def _declared_types(node: dict[str, Any]) -> set[str] | None:
    """The types a node declares, with "null" for 3.0's ``nullable: true``; None if it declares none."""
    declared = node.get("type")
    if declared is None:
        return None
    types = {declared} if isinstance(declared, str) else {t for t in declared if isinstance(t, str)}
    if node.get("nullable") is True:
        types.add("null")
    return types


def _is_null_schema(node: Any) -> bool:
    return isinstance(node, dict) and (
        node.get("type") == "null"
        or node.get("type") == ["null"]
        or ("const" in node and node["const"] is None)
    )


def value_key(value: Any) -> str:
    """A hashable, order-independent key for an enum value of any JSON type."""
    return json.dumps(value, sort_keys=True, default=str)


class SchemaView:
    """A schema as a client sees it: references followed, ``allOf`` merged, nullability explicit."""

    def __init__(self, resolver: Resolver, node: dict[str, Any], pointer: Pointer) -> None:
        self.resolver = resolver
        self.node = node
        self.pointer = pointer
        self.name: str | None = (
            str(pointer[2]) if len(pointer) == 3 and pointer[:2] == ("components", "schemas") else None
        )
        self._union_null = False
        self.parts: list[tuple[dict[str, Any], Pointer]] = []
        self._flatten(node, pointer, set())
        typed = [t for t in (_declared_types(part) for part, _ in self.parts) if t is not None]
        if typed:
            types = set.intersection(*typed)
        elif any("properties" in part or "additionalProperties" in part for part, _ in self.parts):
            types = {"object"}
        elif any("items" in part for part, _ in self.parts):
            types = {"array"}
        else:
            types = set()
        enum = self._first("enum")
        if enum is _MISSING and self._first("const") is not _MISSING:
            enum = [self._first("const")]
        self.nullable: bool = (
            self._union_null
            or "null" in types
            or (not typed and any(part.get("nullable") is True for part, _ in self.parts))
            or (isinstance(enum, list) and None in enum)
        )
        self.types: frozenset[str] = frozenset(types - {"null"})
        fmt = self._first("format")
        self.format: str | None = fmt if isinstance(fmt, str) else None
        #: enum values (null left out: that is nullability), or None when any value goes
        self.enum: dict[str, Any] | None = (
            {value_key(v): v for v in enum if v is not None} if isinstance(enum, list) else None
        )
        self.required: frozenset[str] = frozenset(
            name for part, _ in self.parts for name in (part.get("required") or ()) if isinstance(name, str)
        )
        self.bounds: dict[str, int | float] = {}
        for keyword in (*UPPER_BOUNDS, *LOWER_BOUNDS):
            values = [
                v
                for part, _ in self.parts
                if isinstance(v := part.get(keyword), int | float) and not isinstance(v, bool)
            ]
            if values:
                self.bounds[keyword] = min(values) if keyword in UPPER_BOUNDS else max(values)
        self.read_only: bool = any(part.get("readOnly") is True for part, _ in self.parts)
        self.write_only: bool = any(part.get("writeOnly") is True for part, _ in self.parts)
        description = self._first("description")
        self.description: str | None = description if isinstance(description, str) else None
        title = self._first("title")
        self.title: str | None = title if isinstance(title, str) else None

    def _flatten(self, node: dict[str, Any], pointer: Pointer, seen: set[int]) -> None:
        """Collect this node and its ``allOf`` members (a nullable one-member union counts as one)."""
        if id(node) in seen:
            return
        seen.add(id(node))
        self.parts.append((node, pointer))
        members = node.get("allOf")
        for index, member in enumerate(members if isinstance(members, list) else ()):
            target, where = self.resolver.deref(member, (*pointer, "allOf", index))
            if isinstance(target, dict):
                self._flatten(target, where, seen)
        for keyword in ("oneOf", "anyOf"):
            alternatives = self._alternatives(node, pointer, keyword)
            if alternatives is None:
                continue
            rest, had_null = alternatives
            if had_null:
                self._union_null = True
            if had_null and len(rest) == 1:  # `anyOf: [X, {type: 'null'}]` is X, nullable
                self._flatten(rest[0][0], rest[0][1], seen)

    def _alternatives(
        self, node: dict[str, Any], pointer: Pointer, keyword: str
    ) -> tuple[list[tuple[dict[str, Any], Pointer]], bool] | None:
        members = node.get(keyword)
        if not isinstance(members, list):
            return None
        rest: list[tuple[dict[str, Any], Pointer]] = []
        had_null = False
        for index, member in enumerate(members):
            target, where = self.resolver.deref(member, (*pointer, keyword, index))
            if _is_null_schema(target):
                had_null = True
            else:
                rest.append((target if isinstance(target, dict) else _ANY, where))
        return rest, had_null

    def _first(self, keyword: str) -> Any:
        for part, _ in self.parts:
            if keyword in part:
                return part[keyword]
        return _MISSING

    @cached_property
    def properties(self) -> dict[str, SchemaView]:
        found: dict[str, SchemaView] = {}
        for part, pointer in self.parts:
            properties = part.get("properties")
            if isinstance(properties, dict):
                for name, child in properties.items():
                    if name not in found:
                        found[name] = self.resolver.schema(child, (*pointer, "properties", name))
        return found

    @cached_property
    def items(self) -> SchemaView | None:
        for part, pointer in self.parts:
            if isinstance(part.get("items"), dict):
                return self.resolver.schema(part["items"], (*pointer, "items"))
        return None

    def alternatives(self, keyword: str) -> tuple[SchemaView, ...]:
        """The ``oneOf`` or ``anyOf`` members, without ``null`` (that is :attr:`nullable`)."""
        return self._one_of if keyword == "oneOf" else self._any_of

    @cached_property
    def _one_of(self) -> tuple[SchemaView, ...]:
        return self._members("oneOf")

    @cached_property
    def _any_of(self) -> tuple[SchemaView, ...]:
        return self._members("anyOf")

    def _members(self, keyword: str) -> tuple[SchemaView, ...]:
        for part, pointer in self.parts:
            alternatives = self._alternatives(part, pointer, keyword)
            if alternatives is None:
                continue
            rest, had_null = alternatives
            if had_null and len(rest) == 1:
                continue  # folded into this view by _flatten
            return tuple(self.resolver.schema(node, where) for node, where in rest)
        return ()

    @property
    def type_label(self) -> str:
        """``integer (int64)``, ``string or integer``, ``any``: how a reviewer names the type."""
        label = " or ".join(sorted(self.types)) or "any"
        return f"{label} ({self.format})" if self.format else label

    def label(self, index: int) -> str:
        """How to name this schema as the ``index``-th alternative of a union."""
        return self.name or self.title or f"#{index + 1} ({self.type_label})"


def match_alternatives(
    base: tuple[SchemaView, ...], revision: tuple[SchemaView, ...]
) -> tuple[list[tuple[SchemaView, SchemaView]], list[SchemaView], list[SchemaView]]:
    """Pair union members: by component name, then title, then equal content, then in order.

    Returns (pairs, removed, added).  Leftovers are paired in order only when their types
    agree and neither is a component the other side still has, so a changed inline member
    or a renamed component is compared member by member, not removed and re-added.
    """
    left = list(base)
    right = list(revision)
    pairs: list[tuple[SchemaView, SchemaView]] = []

    def take(same: Any) -> None:
        for b in list(left):
            for r in right:
                if same(b, r):
                    pairs.append((b, r))
                    left.remove(b)
                    right.remove(r)
                    break

    take(lambda b, r: b.name is not None and b.name == r.name)
    take(lambda b, r: b.title is not None and b.title == r.title)
    take(lambda b, r: b.node == r.node)
    take(lambda b, r: b.types == r.types and _renamed_or_inline(b, r))
    return pairs, left, right


def _component_names(view: SchemaView) -> Any:
    components = view.resolver.data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    return schemas if isinstance(schemas, dict) else {}


def _renamed_or_inline(base: SchemaView, revision: SchemaView) -> bool:
    """A named member may pair with another name only if its own name is gone (a rename)."""
    return (base.name is None or base.name not in _component_names(revision)) and (
        revision.name is None or revision.name not in _component_names(base)
    )
