"""Request body / property allOf subschemas added or removed (annotation-only ones reported apart)."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name, split_subschemas_by_annotation_only
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import subschema_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_ALL_OF_ADDED_ID = "request-body-all-of-added"
REQUEST_BODY_ALL_OF_REMOVED_ID = "request-body-all-of-removed"
REQUEST_PROPERTY_ALL_OF_ADDED_ID = "request-property-all-of-added"
REQUEST_PROPERTY_ALL_OF_REMOVED_ID = "request-property-all-of-removed"
REQUEST_BODY_ALL_OF_ADDED_ANNOTATION_ONLY_ID = "request-body-all-of-added-annotation-only"
REQUEST_BODY_ALL_OF_REMOVED_ANNOTATION_ONLY_ID = "request-body-all-of-removed-annotation-only"
REQUEST_PROPERTY_ALL_OF_ADDED_ANNOTATION_ONLY_ID = "request-property-all-of-added-annotation-only"
REQUEST_PROPERTY_ALL_OF_REMOVED_ANNOTATION_ONLY_ID = "request-property-all-of-removed-annotation-only"


def request_property_all_of_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Adding an allOf member narrows what a request may send; annotation-only members do not."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        all_of_diff = info.schema_diff.all_of_diff
        body_base, body_revision = info.schema_diff.base, info.schema_diff.revision
        if all_of_diff is not None and body_base is not None and body_revision is not None:
            added, annotation_only_added = split_subschemas_by_annotation_only(
                all_of_diff.added, body_revision.all_of
            )
            if added:
                base, rev = subschema_sources(
                    info.operation_item, info.schema_diff, "allOf", -1, added[0].index
                )
                result.append(
                    info.new_change(REQUEST_BODY_ALL_OF_ADDED_ID, [str(added)], "").with_sources(base, rev)
                )
            if annotation_only_added:
                base, rev = subschema_sources(
                    info.operation_item, info.schema_diff, "allOf", -1, annotation_only_added[0].index
                )
                result.append(
                    info.new_change(
                        REQUEST_BODY_ALL_OF_ADDED_ANNOTATION_ONLY_ID, [str(annotation_only_added)], ""
                    ).with_sources(base, rev)
                )

            deleted, annotation_only_deleted = split_subschemas_by_annotation_only(
                all_of_diff.deleted, body_base.all_of
            )
            if deleted:
                base, rev = subschema_sources(
                    info.operation_item, info.schema_diff, "allOf", deleted[0].index, -1
                )
                result.append(
                    info.new_change(REQUEST_BODY_ALL_OF_REMOVED_ID, [str(deleted)], "").with_sources(
                        base, rev
                    )
                )
            if annotation_only_deleted:
                base, rev = subschema_sources(
                    info.operation_item, info.schema_diff, "allOf", annotation_only_deleted[0].index, -1
                )
                result.append(
                    info.new_change(
                        REQUEST_BODY_ALL_OF_REMOVED_ANNOTATION_ONLY_ID, [str(annotation_only_deleted)], ""
                    ).with_sources(base, rev)
                )

        def process_property(p: PropertyInfo) -> None:
            prop_all_of = p.property_diff.all_of_diff
            prop_base, prop_revision = p.property_diff.base, p.property_diff.revision
            if prop_all_of is None or prop_base is None or prop_revision is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)

            added, annotation_only_added = split_subschemas_by_annotation_only(
                prop_all_of.added, prop_revision.all_of
            )
            if added:
                base, rev = subschema_sources(
                    info.operation_item, p.property_diff, "allOf", -1, added[0].index
                )
                result.append(
                    p.new_change(REQUEST_PROPERTY_ALL_OF_ADDED_ID, [str(added), prop_name], "").with_sources(
                        base, rev
                    )
                )
            if annotation_only_added:
                base, rev = subschema_sources(
                    info.operation_item, p.property_diff, "allOf", -1, annotation_only_added[0].index
                )
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_ALL_OF_ADDED_ANNOTATION_ONLY_ID,
                        [str(annotation_only_added), prop_name],
                        "",
                    ).with_sources(base, rev)
                )

            deleted, annotation_only_deleted = split_subschemas_by_annotation_only(
                prop_all_of.deleted, prop_base.all_of
            )
            if deleted:
                base, rev = subschema_sources(
                    info.operation_item, p.property_diff, "allOf", deleted[0].index, -1
                )
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_ALL_OF_REMOVED_ID, [str(deleted), prop_name], ""
                    ).with_sources(base, rev)
                )
            if annotation_only_deleted:
                base, rev = subschema_sources(
                    info.operation_item, p.property_diff, "allOf", annotation_only_deleted[0].index, -1
                )
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_ALL_OF_REMOVED_ANNOTATION_ONLY_ID,
                        [str(annotation_only_deleted), prop_name],
                        "",
                    ).with_sources(base, rev)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
