"""Whether two schemas accept the same documents, annotation changes (title, examples ...) aside."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from specfleet.diff.delta.modified_subschemas import ModifiedSubschemas
from specfleet.diff.delta.schemas_diff import ModifiedSchemasMap

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.delta.schemas_diff import SchemasDiff
    from specfleet.diff.delta.subschemas_diff import SubschemasDiff
    from specfleet.diff.openapi3 import SchemaRef


def schema_refs_validation_equivalent(config: Config, schema_ref1: SchemaRef, schema_ref2: SchemaRef) -> bool:
    """Compared with a fresh state, so a call from inside another walk is not swayed by what it visited."""
    from specfleet.diff.delta.schema_diff import get_schema_diff
    from specfleet.diff.delta.state import new_state

    schema_diff = get_schema_diff(config, new_state(), schema_ref1, schema_ref2)
    return not schema_diff_has_validation_changes(schema_diff)


def schema_diff_has_validation_changes(schema_diff: SchemaDiff | None) -> bool:
    validation_diff = schema_diff_without_annotation_changes(schema_diff)
    return validation_diff is not None and not validation_diff.empty()


def schema_diff_without_annotation_changes(schema_diff: SchemaDiff | None) -> SchemaDiff | None:
    if schema_diff is None:
        return None
    result = copy.copy(schema_diff)
    result.title_diff = None
    result.description_diff = None
    result.default_diff = None
    result.example_diff = None
    result.external_docs_diff = None
    result.examples_diff = None
    result.comment_diff = None
    result.one_of_diff = subschemas_diff_without_annotation_changes(schema_diff.one_of_diff)
    result.any_of_diff = subschemas_diff_without_annotation_changes(schema_diff.any_of_diff)
    result.all_of_diff = subschemas_diff_without_annotation_changes(schema_diff.all_of_diff)
    result.not_diff = schema_diff_without_annotation_changes(schema_diff.not_diff)
    result.items_diff = schema_diff_without_annotation_changes(schema_diff.items_diff)
    result.properties_diff = schemas_diff_without_annotation_changes(schema_diff.properties_diff)
    result.additional_properties_diff = schema_diff_without_annotation_changes(
        schema_diff.additional_properties_diff
    )
    result.prefix_items_diff = subschemas_diff_without_annotation_changes(schema_diff.prefix_items_diff)
    result.contains_diff = schema_diff_without_annotation_changes(schema_diff.contains_diff)
    result.pattern_properties_diff = schemas_diff_without_annotation_changes(
        schema_diff.pattern_properties_diff
    )
    result.dependent_schemas_diff = schemas_diff_without_annotation_changes(
        schema_diff.dependent_schemas_diff
    )
    result.property_names_diff = schema_diff_without_annotation_changes(schema_diff.property_names_diff)
    result.unevaluated_items_diff = schema_diff_without_annotation_changes(schema_diff.unevaluated_items_diff)
    result.unevaluated_properties_diff = schema_diff_without_annotation_changes(
        schema_diff.unevaluated_properties_diff
    )
    result.if_diff = schema_diff_without_annotation_changes(schema_diff.if_diff)
    result.then_diff = schema_diff_without_annotation_changes(schema_diff.then_diff)
    result.else_diff = schema_diff_without_annotation_changes(schema_diff.else_diff)
    result.content_schema_diff = schema_diff_without_annotation_changes(schema_diff.content_schema_diff)
    result.defs_diff = schemas_diff_without_annotation_changes(schema_diff.defs_diff)
    return None if result.empty() else result


def subschemas_diff_without_annotation_changes(
    subschemas_diff: SubschemasDiff | None,
) -> SubschemasDiff | None:
    if subschemas_diff is None:
        return None
    result = copy.copy(subschemas_diff)
    result.modified = ModifiedSubschemas()
    for modified in subschemas_diff.modified:
        schema_diff = schema_diff_without_annotation_changes(modified.diff)
        if schema_diff is None:
            continue
        modified_copy = copy.copy(modified)
        modified_copy.diff = schema_diff
        result.modified.append(modified_copy)
    return None if result.empty() else result


def schemas_diff_without_annotation_changes(schemas_diff: SchemasDiff | None) -> SchemasDiff | None:
    if schemas_diff is None:
        return None
    result = copy.copy(schemas_diff)
    result.modified = ModifiedSchemasMap()
    for name, schema_diff in schemas_diff.modified.items():
        validation_diff = schema_diff_without_annotation_changes(schema_diff)
        if validation_diff is not None:
            result.modified[name] = validation_diff
    return None if result.empty() else result
