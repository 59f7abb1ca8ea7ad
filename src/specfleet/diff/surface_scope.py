"""Which parts of two specs can change the Python API, so that only those are read with opc.

Reading a whole spec's surface (repairs, then openapi-python-client's parse) costs seconds
per side on a big spec, while a monthly update touches a few dozen of its hundreds of
operations.  An operation's methods and a component's models depend only on their own
subtree and on what they reach through ``$ref``; where both are equal on both sides, so is
the surface they make.  So the two sides are cut down to the same scope -- every unit (an
operation, a component) whose subtree or anything it reaches changed, the operations whose
method name moved, and all that those reach -- and only that is read.  Method names are
still decided over every operation of each side (:mod:`specfleet.diff.surface_routes`), and
given to the scoped reads, so a name reads as it would in the whole client.
"""

from __future__ import annotations

import pickle
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from specfleet.spec.document import Document
from specfleet.spec.refs import refs_below

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: A unit of a spec: ``("paths", path, method)`` or ``("components", kind, name)``.
Unit = tuple[str, str, str]
_LOCAL = "#/components/"
#: Top-level keys that change no generated signature (a change there alone reads nothing).
_NOT_API = frozenset({"info", "tags", "externalDocs", "servers", "webhooks"})


@dataclass(frozen=True)
class _Side:
    units: Mapping[Unit, Any]
    #: every component each unit refers to
    reaches: Mapping[Unit, frozenset[Unit]]
    #: an operation's references from its responses: its method returns them by name only
    answers: Mapping[Unit, frozenset[Unit]]
    #: references inside an ``allOf``: opc merges their content into the schema that has it
    merged: Mapping[Unit, frozenset[Unit]]


def _reference(ref: str) -> Unit | None:
    """The component ``ref`` names (``#/components/schemas/Pet``), or None for any other ref."""
    if not ref.startswith(_LOCAL):
        return None
    parts = ref[len(_LOCAL) :].split("/")
    if len(parts) != 2:
        return None
    kind, name = (part.replace("~1", "/").replace("~0", "~") for part in parts)
    return ("components", kind, name)


def _units(data: Mapping[str, Any]) -> dict[Unit, Any]:
    """Each operation (with what its path item gives every operation) and each component."""
    units: dict[Unit, Any] = {}
    paths = data.get("paths")
    for path, item in (paths if isinstance(paths, dict) else {}).items():
        if not isinstance(item, dict):
            continue
        shared = {key: value for key, value in item.items() if key not in METHODS}
        for method in METHODS:
            if isinstance(item.get(method), dict):
                units[("paths", path, method)] = [item[method], shared]
    components = data.get("components")
    for kind, group in (components if isinstance(components, dict) else {}).items():
        if isinstance(group, dict):
            for name, node in group.items():
                units[("components", kind, name)] = node
    return units


def _targets(node: Any) -> frozenset[Unit] | None:
    found = set()
    for ref in refs_below(node):
        target = _reference(ref)
        if target is None:
            return None
        found.add(target)
    return frozenset(found)


def _all_of(node: Any) -> Iterator[Any]:
    """Every ``allOf`` list below ``node``."""
    todo = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            if isinstance(item.get("allOf"), list):
                yield item["allOf"]
            todo.extend(value for value in item.values() if isinstance(value, dict | list))
        elif isinstance(item, list):
            todo.extend(value for value in item if isinstance(value, dict | list))


def _side(data: Mapping[str, Any]) -> _Side | None:
    """A side's units and what each refers to; None when a ``$ref`` leads outside the components."""
    units = _units(data)
    reaches: dict[Unit, frozenset[Unit]] = {}
    answers: dict[Unit, frozenset[Unit]] = {}
    merged: dict[Unit, frozenset[Unit]] = {}
    for unit, node in units.items():
        targets = _targets(node)
        if targets is None:
            return None
        reaches[unit] = targets
        merged[unit] = _targets(list(_all_of(node))) or frozenset()
        if unit[0] == "paths":
            answers[unit] = (_targets(node[0].get("responses")) or frozenset()) - merged[unit]
    return _Side(units, reaches, answers, merged)


def _stub(unit: Unit, node: Any) -> dict[str, Any] | None:
    """What a reference to an unchanged component needs of it, when that is less than all of it.

    opc types a reference to a plain object schema by the class it makes of the component's
    name (or ``title``) alone: an empty object of that name types every reference to it alike, and brings
    none of the schemas it would reach.  Anything else (an enum, an alias, a union, an
    ``allOf``) types its references by its content, and is kept whole.
    """
    plain = (
        unit[1] == "schemas"
        and isinstance(node, dict)
        and (node.get("type") == "object" or ("properties" in node and "type" not in node))
        and not any(key in node for key in ("nullable", "allOf", "anyOf", "oneOf", "enum", "$ref"))
    )
    if not plain:
        return None
    title = node.get("title")
    return {"type": "object", "properties": {}, **({"title": title} if title is not None else {})}


def _reached(
    start: Iterable[Unit], affected: set[Unit], sides: tuple[_Side, _Side]
) -> tuple[set[Unit], dict[Unit, dict[str, Any]]]:
    """``start`` and what it reaches on either side: the units read whole, and the unchanged
    plain models stubbed (:func:`_stub`), whose own references are not followed.  What an
    ``allOf`` merges is read whole: its fields are the merging schema's."""
    whole: set[Unit] = set()
    stubs: dict[Unit, dict[str, Any]] = {}
    todo = [(unit, True) for unit in start]
    while todo:
        unit, needed = todo.pop()
        if unit in whole or (unit in stubs and not needed):
            continue
        stub = None if needed or unit in affected else _stub(unit, _node(unit, sides))
        if stub is not None:
            stubs[unit] = stub
            continue
        stubs.pop(unit, None)
        whole.add(unit)
        for side in sides:
            merged = side.merged.get(unit, frozenset())
            todo.extend((target, target in merged) for target in side.reaches.get(unit, ()))
    return whole, stubs


def _node(unit: Unit, sides: tuple[_Side, _Side]) -> Any:
    return next((side.units[unit] for side in sides if unit in side.units), None)


def _affected(changed: set[Unit], sides: tuple[_Side, _Side]) -> set[Unit]:
    """``changed`` and every unit that reaches one of them on either side."""
    referrers: dict[Unit, set[Unit]] = defaultdict(set)
    for side in sides:
        for unit, targets in side.reaches.items():
            for target in targets:
                referrers[target].add(unit)
    found: set[Unit] = set()
    todo = list(changed)
    while todo:
        unit = todo.pop()
        if unit not in found:
            found.add(unit)
            todo.extend(referrers.get(unit, ()))
    return found


@dataclass(frozen=True)
class Scope:
    """The units read on both sides: whole, or as a stub that types references alike."""

    whole: set[Unit]
    stubs: dict[Unit, dict[str, Any]]


def scope(base: Mapping[str, Any], revision: Mapping[str, Any], moved: Iterable[Unit]) -> Scope | None:
    """The units to read on both sides (``moved``: operations whose method name changed), or
    None when the scope cannot be cut (a change outside paths and components, a ref elsewhere).

    A unit is read when it changed, or when a reference it depends on reads differently: what
    it sends depends on all that reaches (fields, the models a call builds); what it returns
    or a field it types, only on how the reference is typed (:func:`_stub`, or all of it).
    """
    outside = (set(base) | set(revision)) - {"paths", "components"} - _NOT_API
    if any(base.get(key) != revision.get(key) for key in outside):
        return None
    old, new = _side(base), _side(revision)
    if old is None or new is None:
        return None
    sides = (old, new)
    changed = {
        unit for unit in old.units.keys() | new.units.keys() if old.units.get(unit) != new.units.get(unit)
    }
    affected = _affected(changed, sides)
    retyped = {unit for unit in affected if _typed(unit, old, new) != "same"}
    start = changed | set(moved)
    start.update(
        unit
        for side in sides
        for unit, targets in side.reaches.items()
        if targets & retyped
        or _sends_changed(unit, targets - side.answers.get(unit, frozenset()), affected, sides)
    )
    whole, stubs = _reached(start, affected, sides)
    return Scope(whole, stubs)


def _sends_changed(
    unit: Unit, sends: frozenset[Unit], affected: set[Unit], sides: tuple[_Side, _Side]
) -> bool:
    """An operation, or a component typed by its content, that reaches a change other than through a response."""
    return bool(sends & affected) and (unit[0] == "paths" or _typed(unit, *sides) == "whole")


def _typed(unit: Unit, old: _Side, new: _Side) -> str:
    """How a reference to ``unit`` reads across the sides: ``same`` (by an unchanged stub),
    ``renamed`` (a stub that changed), ``whole`` (by its content)."""
    stubs = [_stub(unit, side.units.get(unit)) for side in (old, new)]
    if None in stubs:
        return "whole"
    return "same" if stubs[0] == stubs[1] else "renamed"


def cut(document: Document, units: Scope, ids: Mapping[tuple[str, str], str]) -> Document:
    """A copy of ``document`` with only ``units`` of its paths and components (in their order).

    Each operation kept gets ``ids``' operationId (the one the whole spec's repairs give it), so
    fewer operations beside it rename none of them.
    """
    data = document.data
    paths: dict[str, Any] = {}
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        kept = [method for method in METHODS if ("paths", path, method) in units.whole]
        if kept:
            paths[path] = {key: value for key, value in item.items() if key not in METHODS or key in kept}
    components: dict[str, Any] = {}
    for kind, group in (data.get("components") or {}).items():
        if not isinstance(group, dict):
            components[kind] = group
            continue
        components[kind] = {
            name: units.stubs.get(("components", kind, name), node)
            for name, node in group.items()
            if ("components", kind, name) in units.whole or ("components", kind, name) in units.stubs
        }
    trimmed = {**data, "paths": paths}
    if "components" in data:
        trimmed["components"] = components
    copied: dict[str, Any] = pickle.loads(pickle.dumps(trimmed, protocol=pickle.HIGHEST_PROTOCOL))
    for path, item in copied["paths"].items():
        for method in METHODS:
            if isinstance(item.get(method), dict) and (path, method) in ids:
                item[method]["operationId"] = ids[(path, method)]
    return replace(document, data=copied)
