"""What request and response schema rules share: pairing properties, types and enum values.

A request property marked ``readOnly`` is never sent and a response property marked
``writeOnly`` never received, so each side ignores those.
"""

from __future__ import annotations

from collections.abc import Iterator

from specfleet.diff.model import Finding
from specfleet.diff.resolve import SchemaView
from specfleet.diff.rules.base import Direction, SchemaPair, quoted


def hidden(view: SchemaView, direction: Direction) -> bool:
    """Whether a property never travels in this direction."""
    return view.read_only if direction == "request" else view.write_only


def _retyped(pair: SchemaPair) -> bool:
    """An object that became a list (or the like): its properties are not compared one by one."""
    return bool(pair.base.types and pair.revision.types and not pair.base.types & pair.revision.types)


def added_properties(pair: SchemaPair, direction: Direction) -> Iterator[tuple[str, SchemaView]]:
    if _retyped(pair):
        return
    for name, view in pair.revision.properties.items():
        if name not in pair.base.properties and not hidden(view, direction):
            yield name, view


def removed_properties(pair: SchemaPair, direction: Direction) -> Iterator[tuple[str, SchemaView]]:
    if _retyped(pair):
        return
    for name, view in pair.base.properties.items():
        if name not in pair.revision.properties and not hidden(view, direction):
            yield name, view


def common_properties(pair: SchemaPair, direction: Direction) -> Iterator[tuple[str, SchemaView, SchemaView]]:
    for name, base in pair.base.properties.items():
        revision = pair.revision.properties.get(name)
        if revision is not None and not hidden(base, direction) and not hidden(revision, direction):
            yield name, base, revision


def type_changed(pair: SchemaPair) -> Iterator[Finding]:
    base, revision = pair.base, pair.revision
    if base.types and revision.types and base.type_label != revision.type_label:
        yield Finding(
            f"changed type from {base.type_label} to {revision.type_label}", revision=revision.pointer
        )


def enum_values_added(pair: SchemaPair, words: str) -> Iterator[Finding]:
    base, revision = pair.base.enum, pair.revision.enum
    if base is not None and revision is not None:
        for key, value in revision.items():
            if key not in base:
                yield Finding(f"{words} {quoted(value)}", revision=pair.revision.pointer)


def enum_values_removed(pair: SchemaPair, words: str) -> Iterator[Finding]:
    base, revision = pair.base.enum, pair.revision.enum
    if base is not None and revision is not None:
        for key, value in base.items():
            if key not in revision:
                yield Finding(f"{words} {quoted(value)}", revision=pair.revision.pointer)
