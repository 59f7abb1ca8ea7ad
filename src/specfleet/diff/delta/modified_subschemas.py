"""Subschemas of allOf/anyOf/oneOf/prefixItems that changed, named by index, component and title."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import SchemaRef


@dataclass(slots=True)
class Subschema:
    """One subschema: its zero-based index, its component name when a ``$ref``, its title."""

    index: int = 0
    component: str = ""
    title: str = ""

    def string(self) -> str:
        """How messages name it (1-based index)."""
        if self.title:
            return f"subschema #{self.index + 1}: {self.title}"
        if self.component:
            return f"#/components/schemas/{self.component}"
        return f"subschema #{self.index + 1}"

    def __str__(self) -> str:
        return self.string()


class Subschemas(list[Subschema]):
    def string(self) -> str:
        return ", ".join(subschema.string() for subschema in self)

    def __str__(self) -> str:
        return self.string()


@dataclass(slots=True)
class ModifiedSubschema:
    base: Subschema = field(default_factory=Subschema)
    revision: Subschema = field(default_factory=Subschema)
    diff: SchemaDiff | None = None

    def string(self) -> str:
        base_name = self.base.string()
        revision_name = self.revision.string()
        if base_name == revision_name:
            return base_name
        return f"{base_name} -> {revision_name}"

    def __str__(self) -> str:
        return self.string()


class ModifiedSubschemas(list[ModifiedSubschema]):
    """A list rather than a map: a subschema has no single natural key."""

    def add_schema_diff(
        self,
        config: Config,
        state: State,
        schema_ref1: SchemaRef,
        schema_ref2: SchemaRef,
        index1: int,
        index2: int,
    ) -> ModifiedSubschemas:
        """Appends the pair when it differs; returns the list itself (Go returns the grown slice)."""
        from specfleet.diff.delta.schema_diff import get_schema_diff
        from specfleet.diff.delta.subschemas_diff import get_component_name

        diff = get_schema_diff(config, state, schema_ref1, schema_ref2)
        if diff is not None and not diff.empty():
            self.append(
                ModifiedSubschema(
                    base=Subschema(index1, get_component_name(schema_ref1), schema_ref1.value.title),
                    revision=Subschema(index2, get_component_name(schema_ref2), schema_ref2.value.title),
                    diff=diff,
                )
            )
        return self


def get_subschemas(indexes: Sequence[int], schema_refs: Sequence[SchemaRef]) -> Subschemas:
    return Subschemas(Subschema(index=index, title=schema_refs[index].value.title) for index in indexes)
