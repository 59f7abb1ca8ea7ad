"""Changes between two schemas, keyword by keyword (3.0 and 3.1), recursing into subschemas.

Each compared pair of schema references is cached per direction (request/response) by the
identity of the pair, so a schema shared by many operations is compared once.  A ``$ref`` that
leads back into a schema already being compared on the same side is a cycle: the pair is
unchanged when both sides loop back to the same ``$ref``, changed otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from specfleet.diff.delta.dependent_required_diff import DependentRequiredDiff, get_dependent_required_diff
from specfleet.diff.delta.discriminator_diff import DiscriminatorDiff, get_discriminator_diff
from specfleet.diff.delta.enum_diff import EnumDiff, get_enum_diff
from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.external_docs_diff import ExternalDocsDiff, get_external_docs_diff
from specfleet.diff.delta.list_of_types_diff import ListOfTypesDiff, get_list_of_types_diff
from specfleet.diff.delta.nullable_wrapping_diff import NullableWrappingDiff, get_nullable_wrapping_diff
from specfleet.diff.delta.one_of_wrapping_diff import OneOfWrappingDiff, get_one_of_wrapping_diff
from specfleet.diff.delta.required_diff import RequiredPropertiesDiff, get_required_properties_diff
from specfleet.diff.delta.schema_circular_refs import CircularRefStatus, get_circular_refs_diff
from specfleet.diff.delta.schemas_diff import SchemasDiff, get_schemas_diff
from specfleet.diff.delta.string_list_diff import StringsDiff
from specfleet.diff.delta.subschemas_diff import SubschemasDiff, get_subschemas_diff
from specfleet.diff.delta.type_diff import get_type_diff
from specfleet.diff.delta.value_diff import (
    ValueDiff,
    deep_equal,
    get_bool_ref_diff,
    get_exclusive_bound_diff,
    get_float64_ref_diff,
    get_u_int64_ref_diff,
    get_value_diff,
    get_value_diff_conditional,
)

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.delta.unchanged_schemas import UnchangedSchemas
    from specfleet.diff.openapi3 import Schema, SchemaRef


@dataclass(slots=True, eq=False)
class SchemaDiff:
    """What changed in one schema; ``base``/``revision`` are the compared schemas."""

    schema_added: bool = False
    schema_deleted: bool = False
    circular_ref_diff: bool = False
    extensions_diff: ExtensionsDiff | None = None
    one_of_diff: SubschemasDiff | None = None
    any_of_diff: SubschemasDiff | None = None
    all_of_diff: SubschemasDiff | None = None
    not_diff: SchemaDiff | None = None
    type_diff: StringsDiff | None = None
    title_diff: ValueDiff | None = None
    format_diff: ValueDiff | None = None
    description_diff: ValueDiff | None = None
    enum_diff: EnumDiff | None = None
    default_diff: ValueDiff | None = None
    example_diff: ValueDiff | None = None
    external_docs_diff: ExternalDocsDiff | None = None
    additional_properties_allowed_diff: ValueDiff | None = None
    unique_items_diff: ValueDiff | None = None
    exclusive_min_diff: ValueDiff | None = None
    exclusive_max_diff: ValueDiff | None = None
    nullable_diff: ValueDiff | None = None
    read_only_diff: ValueDiff | None = None
    write_only_diff: ValueDiff | None = None
    allow_empty_value_diff: ValueDiff | None = None
    xml_diff: ValueDiff | None = None
    deprecated_diff: ValueDiff | None = None
    min_diff: ValueDiff | None = None
    max_diff: ValueDiff | None = None
    multiple_of_diff: ValueDiff | None = None
    min_length_diff: ValueDiff | None = None
    max_length_diff: ValueDiff | None = None
    pattern_diff: ValueDiff | None = None
    min_items_diff: ValueDiff | None = None
    max_items_diff: ValueDiff | None = None
    items_diff: SchemaDiff | None = None
    required_diff: RequiredPropertiesDiff | None = None
    properties_diff: SchemasDiff | None = None
    min_props_diff: ValueDiff | None = None
    max_props_diff: ValueDiff | None = None
    additional_properties_diff: SchemaDiff | None = None
    discriminator_diff: DiscriminatorDiff | None = None
    # OpenAPI 3.1 / JSON Schema 2020-12
    const_diff: ValueDiff | None = None
    examples_diff: ValueDiff | None = None
    prefix_items_diff: SubschemasDiff | None = None
    contains_diff: SchemaDiff | None = None
    min_contains_diff: ValueDiff | None = None
    max_contains_diff: ValueDiff | None = None
    pattern_properties_diff: SchemasDiff | None = None
    dependent_schemas_diff: SchemasDiff | None = None
    property_names_diff: SchemaDiff | None = None
    unevaluated_items_allowed_diff: ValueDiff | None = None
    unevaluated_items_diff: SchemaDiff | None = None
    unevaluated_properties_allowed_diff: ValueDiff | None = None
    unevaluated_properties_diff: SchemaDiff | None = None
    if_diff: SchemaDiff | None = None
    then_diff: SchemaDiff | None = None
    else_diff: SchemaDiff | None = None
    dependent_required_diff: DependentRequiredDiff | None = None
    schema_id_diff: ValueDiff | None = None
    anchor_diff: ValueDiff | None = None
    dynamic_ref_diff: ValueDiff | None = None
    dynamic_anchor_diff: ValueDiff | None = None
    content_media_type_diff: ValueDiff | None = None
    content_encoding_diff: ValueDiff | None = None
    content_schema_diff: SchemaDiff | None = None
    defs_diff: SchemasDiff | None = None
    schema_dialect_diff: ValueDiff | None = None
    comment_diff: ValueDiff | None = None
    # recognised patterns that reinterpret the type/oneOf/properties changes above for the checks
    list_of_types_diff: ListOfTypesDiff | None = None
    one_of_wrapping_diff: OneOfWrappingDiff | None = None
    nullable_wrapping_diff: NullableWrappingDiff | None = None
    # the compared schemas, for the checks
    base: Schema | None = None
    revision: Schema | None = None

    def empty(self) -> bool:
        """Nothing changed (``base``/``revision`` aside)."""
        for name in _CHANGE_FIELDS:
            value = getattr(self, name)
            if value is not None and value is not False:
                return False
        return True


_CHANGE_FIELDS = tuple(f.name for f in fields(SchemaDiff) if f.name not in ("base", "revision"))


def schema_diff_empty(diff: SchemaDiff | None) -> bool:
    """Go's ``diff.Empty()`` on a possibly nil ``*SchemaDiff``."""
    return diff is None or diff.empty()


def get_schema_diff(
    config: Config, state: State, schema1: SchemaRef | None, schema2: SchemaRef | None
) -> SchemaDiff | None:
    """The diff of two schema references, None when they do not differ (cached per direction)."""
    diff, found = state.cache.get(state.direction, schema1, schema2)
    if found:
        return diff
    diff = get_schema_diff_internal(config, state, schema1, schema2)
    if diff is not None and diff.empty():
        diff = None
    state.cache.add(state.direction, schema1, schema2, diff)
    return diff


def _enum(schema: Schema) -> list[Any] | None:
    """``enum`` with Go's nil (absent) apart from an empty list."""
    value = schema.raw.get("enum")
    return value if isinstance(value, list) else None


def get_schema_diff_internal(
    config: Config, state: State, schema1: SchemaRef | None, schema2: SchemaRef | None
) -> SchemaDiff | None:
    if schema1 is None and schema2 is None:
        return None
    if schema1 is None:
        return SchemaDiff(schema_added=True)
    if schema2 is None:
        return SchemaDiff(schema_deleted=True)

    value1 = schema1.value
    value2 = schema2.value
    visited1 = state.visited_schemas_base
    visited2 = state.visited_schemas_revision
    # With refs inside, also the same $ref on the same walk: cycles then close alike on both sides.
    if same_schemas(
        value1,
        value2,
        state.unchanged if schema1.ref == schema2.ref and visited1.keys() == visited2.keys() else None,
    ):
        return None
    result = SchemaDiff(base=value1, revision=value2)

    status = get_circular_refs_diff(visited1, visited2, schema1, schema2)
    if status == CircularRefStatus.DIFF:
        result.circular_ref_diff = True
        return result
    if status == CircularRefStatus.NO_DIFF:
        return result

    # mark the references on this walk so that a cycle back into them stops above
    ref1 = schema1.ref
    ref2 = schema2.ref
    if ref1:
        visited1[ref1] = None
    if ref2:
        visited2[ref2] = None
    try:
        _fill(config, state, result, value1, value2)
    finally:
        if ref1:
            visited1.pop(ref1, None)
        if ref2:
            visited2.pop(ref2, None)
    return result


def same_schemas(value1: Schema, value2: Schema, unchanged: UnchangedSchemas | None) -> bool:
    """Whether two schemas are written alike and every ``$ref`` in them (if any; only with
    ``unchanged``) leads to a component unchanged at any depth: then no keyword can differ,
    whatever the config, so the keyword-by-keyword walk is skipped (a shortcut, same result)."""
    hash1, ref_free1 = value1.fingerprint()
    if not ref_free1 and (unchanged is None or not unchanged.only_unchanged_refs(value1.raw)):
        return False
    hash2, ref_free2 = value2.fingerprint()
    return ref_free1 == ref_free2 and hash1 == hash2 and deep_equal(value1.raw, value2.raw)


def _fill(config: Config, state: State, result: SchemaDiff, value1: Schema, value2: Schema) -> None:
    result.extensions_diff = get_extensions_diff(config, value1.extensions, value2.extensions)
    result.one_of_diff = get_subschemas_diff(config, state, value1.one_of, value2.one_of)
    result.any_of_diff = get_subschemas_diff(config, state, value1.any_of, value2.any_of)
    result.all_of_diff = get_subschemas_diff(config, state, value1.all_of, value2.all_of)
    result.not_diff = get_schema_diff(config, state, value1.not_, value2.not_)
    result.type_diff = get_type_diff(value1.type, value2.type)
    result.list_of_types_diff = get_list_of_types_diff(value1, value2)
    result.one_of_wrapping_diff = get_one_of_wrapping_diff(value1, value2)
    result.nullable_wrapping_diff = get_nullable_wrapping_diff(config, value1, value2)
    result.title_diff = get_value_diff_conditional(config.is_exclude_title(), value1.title, value2.title)
    result.format_diff = get_value_diff(value1.format, value2.format)
    result.description_diff = get_value_diff_conditional(
        config.is_exclude_description(), value1.description, value2.description
    )
    result.enum_diff = get_enum_diff(_enum(value1), _enum(value2))
    result.default_diff = get_value_diff(value1.default, value2.default)
    result.example_diff = get_value_diff_conditional(
        config.is_exclude_examples(), value1.example, value2.example
    )
    result.external_docs_diff = get_external_docs_diff(config, value1.external_docs, value2.external_docs)
    additional1 = value1.additional_properties
    additional2 = value2.additional_properties
    result.additional_properties_allowed_diff = get_bool_ref_diff(additional1.has, additional2.has)
    result.unique_items_diff = get_value_diff(value1.unique_items, value2.unique_items)
    result.exclusive_min_diff = get_exclusive_bound_diff(value1.exclusive_min, value2.exclusive_min)
    result.exclusive_max_diff = get_exclusive_bound_diff(value1.exclusive_max, value2.exclusive_max)
    result.nullable_diff = get_value_diff(value1.nullable, value2.nullable)
    result.read_only_diff = get_value_diff(value1.read_only, value2.read_only)
    result.write_only_diff = get_value_diff(value1.write_only, value2.write_only)
    result.allow_empty_value_diff = get_value_diff(value1.allow_empty_value, value2.allow_empty_value)
    xml1 = value1.xml
    xml2 = value2.xml
    result.xml_diff = get_value_diff(
        xml1.raw if xml1 is not None else None, xml2.raw if xml2 is not None else None
    )
    result.deprecated_diff = get_value_diff(value1.deprecated, value2.deprecated)
    result.min_diff = get_float64_ref_diff(value1.min, value2.min)
    result.max_diff = get_float64_ref_diff(value1.max, value2.max)
    result.multiple_of_diff = get_float64_ref_diff(value1.multiple_of, value2.multiple_of)
    result.min_length_diff = get_value_diff(value1.min_length, value2.min_length)
    result.max_length_diff = get_u_int64_ref_diff(value1.max_length, value2.max_length)
    result.pattern_diff = get_value_diff(value1.pattern, value2.pattern)
    result.min_items_diff = get_value_diff(value1.min_items, value2.min_items)
    result.max_items_diff = get_u_int64_ref_diff(value1.max_items, value2.max_items)
    result.items_diff = get_schema_diff(config, state, value1.items, value2.items)

    # objects
    result.required_diff = get_required_properties_diff(value1, value2)
    result.properties_diff = get_schemas_diff(config, state, value1.properties, value2.properties)
    result.min_props_diff = get_value_diff(value1.min_props, value2.min_props)
    result.max_props_diff = get_u_int64_ref_diff(value1.max_props, value2.max_props)
    result.additional_properties_diff = get_schema_diff(config, state, additional1.schema, additional2.schema)
    result.discriminator_diff = get_discriminator_diff(config, value1.discriminator, value2.discriminator)

    # OpenAPI 3.1 / JSON Schema 2020-12
    result.const_diff = get_value_diff(value1.const, value2.const)
    result.examples_diff = get_value_diff(value1.examples, value2.examples)
    result.prefix_items_diff = get_subschemas_diff(config, state, value1.prefix_items, value2.prefix_items)
    result.contains_diff = get_schema_diff(config, state, value1.contains, value2.contains)
    result.min_contains_diff = get_u_int64_ref_diff(value1.min_contains, value2.min_contains)
    result.max_contains_diff = get_u_int64_ref_diff(value1.max_contains, value2.max_contains)
    result.pattern_properties_diff = get_schemas_diff(
        config, state, value1.pattern_properties, value2.pattern_properties
    )
    result.dependent_schemas_diff = get_schemas_diff(
        config, state, value1.dependent_schemas, value2.dependent_schemas
    )
    result.property_names_diff = get_schema_diff(config, state, value1.property_names, value2.property_names)
    unevaluated_items1 = value1.unevaluated_items
    unevaluated_items2 = value2.unevaluated_items
    result.unevaluated_items_allowed_diff = get_bool_ref_diff(unevaluated_items1.has, unevaluated_items2.has)
    result.unevaluated_items_diff = get_schema_diff(
        config, state, unevaluated_items1.schema, unevaluated_items2.schema
    )
    unevaluated_properties1 = value1.unevaluated_properties
    unevaluated_properties2 = value2.unevaluated_properties
    result.unevaluated_properties_allowed_diff = get_bool_ref_diff(
        unevaluated_properties1.has, unevaluated_properties2.has
    )
    result.unevaluated_properties_diff = get_schema_diff(
        config, state, unevaluated_properties1.schema, unevaluated_properties2.schema
    )
    result.if_diff = get_schema_diff(config, state, value1.if_, value2.if_)
    result.then_diff = get_schema_diff(config, state, value1.then, value2.then)
    result.else_diff = get_schema_diff(config, state, value1.else_, value2.else_)
    result.dependent_required_diff = get_dependent_required_diff(
        value1.dependent_required, value2.dependent_required
    )
    result.schema_id_diff = get_value_diff(value1.schema_id, value2.schema_id)
    result.anchor_diff = get_value_diff(value1.anchor, value2.anchor)
    result.dynamic_ref_diff = get_value_diff(value1.dynamic_ref, value2.dynamic_ref)
    result.dynamic_anchor_diff = get_value_diff(value1.dynamic_anchor, value2.dynamic_anchor)
    result.content_media_type_diff = get_value_diff(value1.content_media_type, value2.content_media_type)
    result.content_encoding_diff = get_value_diff(value1.content_encoding, value2.content_encoding)
    result.content_schema_diff = get_schema_diff(config, state, value1.content_schema, value2.content_schema)
    result.defs_diff = get_schemas_diff(config, state, value1.defs, value2.defs)
    result.schema_dialect_diff = get_value_diff(value1.schema_dialect, value2.schema_dialect)
    result.comment_diff = get_value_diff(value1.comment, value2.comment)


def schema_value(ref: SchemaRef) -> Schema:
    """A reference's schema (always resolved in this model)."""
    return ref.value
