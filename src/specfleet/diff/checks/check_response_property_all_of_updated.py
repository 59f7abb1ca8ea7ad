"""allOf subschemas added to or removed from response bodies and properties.

Subschemas that only carry annotations (title, description, ...) validate like `{}`, so they get
their own informational ids instead of the structural ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import (
    property_full_name,
    split_subschemas_by_annotation_only,
    subschema_name,
)
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import subschema_sources
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.modified_subschemas import Subschema

RESPONSE_BODY_ALL_OF_ADDED_ID = "response-body-all-of-added"
RESPONSE_BODY_ALL_OF_REMOVED_ID = "response-body-all-of-removed"
RESPONSE_PROPERTY_ALL_OF_ADDED_ID = "response-property-all-of-added"
RESPONSE_PROPERTY_ALL_OF_REMOVED_ID = "response-property-all-of-removed"
RESPONSE_BODY_ALL_OF_ADDED_ANNOTATION_ONLY_ID = "response-body-all-of-added-annotation-only"
RESPONSE_BODY_ALL_OF_REMOVED_ANNOTATION_ONLY_ID = "response-body-all-of-removed-annotation-only"
RESPONSE_PROPERTY_ALL_OF_ADDED_ANNOTATION_ONLY_ID = "response-property-all-of-added-annotation-only"
RESPONSE_PROPERTY_ALL_OF_REMOVED_ANNOTATION_ONLY_ID = "response-property-all-of-removed-annotation-only"


def response_property_all_of_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report allOf additions/removals, split into structural and annotation-only ones."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        schema_diff = info.schema_diff
        all_of_diff = schema_diff.all_of_diff
        if all_of_diff is not None and schema_diff.base is not None and schema_diff.revision is not None:
            added, annotation_added = split_subschemas_by_annotation_only(
                all_of_diff.added, schema_diff.revision.all_of
            )
            deleted, annotation_deleted = split_subschemas_by_annotation_only(
                all_of_diff.deleted, schema_diff.base.all_of
            )
            for rule_id, subschemas, is_added in (
                (RESPONSE_BODY_ALL_OF_ADDED_ID, added, True),
                (RESPONSE_BODY_ALL_OF_ADDED_ANNOTATION_ONLY_ID, annotation_added, True),
                (RESPONSE_BODY_ALL_OF_REMOVED_ID, deleted, False),
                (RESPONSE_BODY_ALL_OF_REMOVED_ANNOTATION_ONLY_ID, annotation_deleted, False),
            ):
                if not subschemas:
                    continue
                index = subschemas[0].index
                base_source, revision_source = subschema_sources(
                    info.operation_item,
                    schema_diff,
                    "allOf",
                    -1 if is_added else index,
                    index if is_added else -1,
                )
                result.append(
                    info.new_change(rule_id, [_names(subschemas), info.response_status], "").with_sources(
                        base_source, revision_source
                    )
                )

        def on_property(p: PropertyInfo) -> None:
            prop_diff = p.property_diff
            prop_all_of = prop_diff.all_of_diff
            if prop_all_of is None or prop_diff.base is None or prop_diff.revision is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            added, annotation_added = split_subschemas_by_annotation_only(
                prop_all_of.added, prop_diff.revision.all_of
            )
            deleted, annotation_deleted = split_subschemas_by_annotation_only(
                prop_all_of.deleted, prop_diff.base.all_of
            )
            for rule_id, subschemas, is_added in (
                (RESPONSE_PROPERTY_ALL_OF_ADDED_ID, added, True),
                (RESPONSE_PROPERTY_ALL_OF_ADDED_ANNOTATION_ONLY_ID, annotation_added, True),
                (RESPONSE_PROPERTY_ALL_OF_REMOVED_ID, deleted, False),
                (RESPONSE_PROPERTY_ALL_OF_REMOVED_ANNOTATION_ONLY_ID, annotation_deleted, False),
            ):
                if not subschemas:
                    continue
                index = subschemas[0].index
                base_source, revision_source = subschema_sources(
                    info.operation_item,
                    prop_diff,
                    "allOf",
                    -1 if is_added else index,
                    index if is_added else -1,
                )
                result.append(
                    p.new_change(
                        rule_id, [_names(subschemas), prop_name, info.response_status], ""
                    ).with_sources(base_source, revision_source)
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result


def _names(subschemas: Sequence[Subschema]) -> str:
    """The subschemas as listed in messages ("subschema #2: Title, #/components/schemas/Pet")."""
    return ", ".join(subschema_name(subschema) for subschema in subschemas)
