"""Request property values removed from an `x-extensible-enum` list."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_deleted_item_sources
from specfleet.diff.delta.config import X_EXTENSIBLE_ENUM_EXTENSION
from specfleet.diff.delta.diff import Diff

REQUEST_PROPERTY_X_EXTENSIBLE_ENUM_VALUE_REMOVED_ID = "request-property-x-extensible-enum-value-removed"


def request_property_x_extensible_enum_value_removed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Dropping a known extensible-enum value rejects requests that sent it."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        def process_property(p: PropertyInfo) -> None:
            extensions_diff = p.property_diff.extensions_diff
            if extensions_diff is None or not extensions_diff.modified:
                return
            if extensions_diff.modified.get(X_EXTENSIBLE_ENUM_EXTENSION) is None:
                return
            base_schema, revision_schema = p.property_diff.base, p.property_diff.revision
            if base_schema is None or revision_schema is None:
                return
            from_values = base_schema.extensions.get(X_EXTENSIBLE_ENUM_EXTENSION)
            to_values = revision_schema.extensions.get(X_EXTENSIBLE_ENUM_EXTENSION)
            if not isinstance(from_values, list) or not isinstance(to_values, list):
                return
            to_strings = [str(item) for item in to_values]
            from_strings = [str(item) for item in from_values]
            deleted_values = [item for item in from_strings if item not in to_strings]
            if revision_schema.read_only:
                return
            for enum_val in deleted_values:
                base, rev = schema_deleted_item_sources(
                    info.operation_item, p.property_diff, X_EXTENSIBLE_ENUM_EXTENSION, enum_val
                )
                if base is None and base_schema.pointer:
                    # the shared lookup reads typed fields only; an extension list is plain data
                    base = (*base_schema.pointer, X_EXTENSIBLE_ENUM_EXTENSION, from_strings.index(enum_val))
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_X_EXTENSIBLE_ENUM_VALUE_REMOVED_ID,
                        [enum_val, property_full_name(p.property_path, p.property_name)],
                        "",
                    ).with_sources(base, rev)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
