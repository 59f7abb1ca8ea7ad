"""Changes to the subschemas of allOf/anyOf/oneOf/prefixItems.

Subschemas have no names, so they are matched in passes: ``$ref`` subschemas by their reference;
inline ones first by being identical, then by equal non-empty titles, and a lone untitled
leftover on each side is compared as one modified subschema.  Last, an unmatched inline
subschema and an unmatched ``$ref`` one that validate the same are taken as one refactored
branch (when ``config.match_inline_refs``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.modified_subschemas import ModifiedSubschemas, Subschema, Subschemas, get_subschemas
from specfleet.diff.delta.schema_ref_map import SchemaRefsFilter, to_ref_map

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import SchemaRef

SchemaRefs = Sequence["SchemaRef"]


@dataclass(slots=True)
class SubschemasDiff:
    added: Subschemas = field(default_factory=Subschemas)
    deleted: Subschemas = field(default_factory=Subschemas)
    modified: ModifiedSubschemas = field(default_factory=ModifiedSubschemas)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def append_added(self, index: int, schema_ref: SchemaRef, title: str) -> None:
        self.added.append(Subschema(index, get_component_name(schema_ref), title))

    def append_deleted(self, index: int, schema_ref: SchemaRef, title: str) -> None:
        self.deleted.append(Subschema(index, get_component_name(schema_ref), title))

    def append_modified(
        self,
        config: Config,
        state: State,
        schema_ref1: SchemaRef,
        schema_ref2: SchemaRef,
        index1: int,
        index2: int,
    ) -> None:
        self.modified.add_schema_diff(config, state, schema_ref1, schema_ref2, index1, index2)

    def combine(self, other: SubschemasDiff) -> SubschemasDiff:
        return SubschemasDiff(
            added=Subschemas([*self.added, *other.added]),
            deleted=Subschemas([*self.deleted, *other.deleted]),
            modified=ModifiedSubschemas([*self.modified, *other.modified]),
        )


def new_subschemas_diff() -> SubschemasDiff:
    return SubschemasDiff()


def get_component_name(schema_ref: SchemaRef) -> str:
    """The last segment of the ``$ref`` (``""`` for an inline subschema)."""
    return schema_ref.ref[schema_ref.ref.rfind("/") + 1 :]


def get_subschemas_diff(
    config: Config, state: State, schema_refs1: SchemaRefs, schema_refs2: SchemaRefs
) -> SubschemasDiff | None:
    diff = get_subschemas_diff_internal(config, state, schema_refs1, schema_refs2)
    return None if diff is None or diff.empty() else diff


def get_subschemas_diff_internal(
    config: Config, state: State, schema_refs1: SchemaRefs, schema_refs2: SchemaRefs
) -> SubschemasDiff | None:
    if not schema_refs1 and not schema_refs2:
        return None
    diff_refs = get_subschemas_ref_diff(config, state, schema_refs1, schema_refs2)
    diff_inline = get_subschemas_inline_diff(config, state, schema_refs1, schema_refs2)
    combined = diff_refs.combine(diff_inline)
    return reconcile_inline_ref_refactors(config, combined, schema_refs1, schema_refs2)


def reconcile_inline_ref_refactors(
    config: Config, combined: SubschemasDiff, schema_refs1: SchemaRefs, schema_refs2: SchemaRefs
) -> SubschemasDiff:
    """Drop added/deleted pairs across the inline/``$ref`` line that validate the same (first fit)."""
    from specfleet.diff.delta.schema_validation_equivalence import schema_refs_validation_equivalent

    if not config.match_inline_refs or combined.empty():
        return combined
    matched_added: set[int] = set()
    matched_deleted: set[int] = set()
    for deleted_at, deleted in enumerate(combined.deleted):
        if not 0 <= deleted.index < len(schema_refs1):
            continue
        deleted_ref = schema_refs1[deleted.index]
        for added_at, added in enumerate(combined.added):
            if added_at in matched_added or not 0 <= added.index < len(schema_refs2):
                continue
            added_ref = schema_refs2[added.index]
            if not is_inline_refactor_boundary(deleted_ref, added_ref):
                continue
            if not schema_refs_validation_equivalent(config, deleted_ref, added_ref):
                continue
            matched_added.add(added_at)
            matched_deleted.add(deleted_at)
            break
    if not matched_added:
        return combined
    return SubschemasDiff(
        added=Subschemas(s for i, s in enumerate(combined.added) if i not in matched_added),
        deleted=Subschemas(s for i, s in enumerate(combined.deleted) if i not in matched_deleted),
        modified=combined.modified,
    )


def is_inline_refactor_boundary(schema_ref1: SchemaRef | None, schema_ref2: SchemaRef | None) -> bool:
    """One side inline and the other a ``$ref``."""
    if schema_ref1 is None or schema_ref2 is None:
        return False
    return (schema_ref1.ref == "") != (schema_ref2.ref == "")


def get_subschemas_ref_diff(
    config: Config, state: State, schema_refs1: SchemaRefs, schema_refs2: SchemaRefs
) -> SubschemasDiff:
    """Match ``$ref`` subschemas by their reference."""
    result = SubschemasDiff()
    ref_map2 = to_ref_map(schema_refs2, is_schema_ref)
    for index1, schema_ref1 in enumerate(schema_refs1):
        if not is_schema_ref(schema_ref1):
            continue
        schema_ref2, index2, found = ref_map2.pop_ref(schema_ref1.ref)
        if found and schema_ref2 is not None:
            result.append_modified(config, state, schema_ref1, schema_ref2, index1, index2)
            continue
        result.append_deleted(index1, schema_ref1, "")
    ref_map1 = to_ref_map(schema_refs1, is_schema_ref)
    for index2, schema_ref2 in enumerate(schema_refs2):
        if not is_schema_ref(schema_ref2):
            continue
        _, _, found = ref_map1.pop_ref(schema_ref2.ref)
        if not found:
            result.append_added(index2, schema_ref2, "")
    return result


def get_subschemas_inline_diff(
    config: Config, state: State, schema_refs1: SchemaRefs, schema_refs2: SchemaRefs
) -> SubschemasDiff:
    """Match inline subschemas: identical ones, then by title, then a lone untitled pair."""
    added_idx = get_non_contained_inline_schemas(config, state, schema_refs2, schema_refs1)
    deleted_idx = get_non_contained_inline_schemas(config, state, schema_refs1, schema_refs2)
    added_idx, deleted_idx, modified = compare_by_title(
        config, state, added_idx, deleted_idx, schema_refs1, schema_refs2
    )
    if is_single_modified_case(schema_refs1, schema_refs2, added_idx, deleted_idx):
        modified.add_schema_diff(
            config,
            state,
            schema_refs1[deleted_idx[0]],
            schema_refs2[added_idx[0]],
            deleted_idx[0],
            added_idx[0],
        )
        added_idx = []
        deleted_idx = []
    return SubschemasDiff(
        added=get_subschemas(added_idx, schema_refs2),
        deleted=get_subschemas(deleted_idx, schema_refs1),
        modified=modified,
    )


def is_single_modified_case(
    schema_refs1: SchemaRefs, schema_refs2: SchemaRefs, added_idx: Sequence[int], deleted_idx: Sequence[int]
) -> bool:
    return (
        len(added_idx) == 1
        and len(deleted_idx) == 1
        and schema_refs1[deleted_idx[0]].value.title == ""
        and schema_refs2[added_idx[0]].value.title == ""
    )


def compare_by_title(
    config: Config,
    state: State,
    added_idx: list[int],
    deleted_idx: list[int],
    schema_refs1: SchemaRefs,
    schema_refs2: SchemaRefs,
) -> tuple[list[int], list[int], ModifiedSubschemas]:
    added_matched, deleted_matched = match_by_title(added_idx, deleted_idx, schema_refs1, schema_refs2)
    modified = ModifiedSubschemas()
    for added_id in added_idx:
        deleted_id = added_matched.get(added_id)
        if deleted_id is None:
            continue
        modified.add_schema_diff(
            config, state, schema_refs1[deleted_id], schema_refs2[added_id], deleted_id, added_id
        )
    return delete_matched(added_idx, added_matched), delete_matched(deleted_idx, deleted_matched), modified


def delete_matched(idx: Sequence[int], matched: dict[int, int]) -> list[int]:
    return [index for index in idx if index not in matched]


def match_by_title(
    added_idx: Sequence[int], deleted_idx: Sequence[int], schema_refs1: SchemaRefs, schema_refs2: SchemaRefs
) -> tuple[dict[int, int], dict[int, int]]:
    """Pair added and deleted subschemas with the same non-empty title, each title once."""
    added_matched: dict[int, int] = {}
    deleted_matched: dict[int, int] = {}
    matched_titles = {""}
    for added_id in added_idx:
        title = schema_refs2[added_id].value.title
        if title in matched_titles:
            continue
        for deleted_id in deleted_idx:
            if title == schema_refs1[deleted_id].value.title:
                added_matched[added_id] = deleted_id
                deleted_matched[deleted_id] = added_id
                matched_titles.add(title)
                break
    return added_matched, deleted_matched


def get_non_contained_inline_schemas(
    config: Config, state: State, schema_refs1: SchemaRefs, schema_refs2: SchemaRefs
) -> list[int]:
    """Indices of inline subschemas of ``schema_refs1`` with no identical inline one in ``schema_refs2``."""
    not_contained: list[int] = []
    matched: set[int] = set()
    for index1, schema_ref1 in enumerate(schema_refs1):
        if not is_schema_inline(schema_ref1):
            continue
        found, index2 = find_indentical_schema(
            config, state, schema_ref1, schema_refs2, matched, is_schema_inline
        )
        if not found:
            not_contained.append(index1)
        else:
            matched.add(index2)
    return not_contained


def find_indentical_schema(
    config: Config,
    state: State,
    schema_ref1: SchemaRef,
    schema_refs2: SchemaRefs,
    matched: set[int],
    filter_: SchemaRefsFilter,
) -> tuple[bool, int]:
    """The first not-yet-matched candidate (passing ``filter_``) with no difference from ``schema_ref1``."""
    from specfleet.diff.delta.schema_diff import get_schema_diff

    for index2, schema_ref2 in enumerate(schema_refs2):
        if not filter_(schema_ref2) or already_matched(index2, matched):
            continue
        schema_diff = get_schema_diff(config, state, schema_ref1, schema_ref2)
        if schema_diff is None or schema_diff.empty():
            return True, index2
    return False, 0


find_identical_schema = find_indentical_schema


def already_matched(index: int, matched: set[int]) -> bool:
    return index in matched


def is_schema_inline(schema_ref: SchemaRef | None) -> bool:
    return schema_ref is not None and schema_ref.ref == ""


def is_schema_ref(schema_ref: SchemaRef | None) -> bool:
    return schema_ref is not None and schema_ref.ref != ""
