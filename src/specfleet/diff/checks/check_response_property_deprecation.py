"""Deprecation and reactivation of response properties, with the sunset policy applied."""

from __future__ import annotations

import datetime

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.check_api_deprecation import format_deprecation_details
from specfleet.diff.checks.check_api_stability_level import StabilityLevelError, get_stability_level
from specfleet.diff.checks.check_api_sunset_changed import get_deprecation_days
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.deprecation import SunsetDateError, get_sunset, get_sunset_date
from specfleet.diff.checks.media_type import combine_details
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_PROPERTY_DEPRECATED_ID = "response-property-deprecated"
RESPONSE_PROPERTY_DEPRECATED_WITH_SUNSET_ID = "response-property-deprecated-with-sunset"
RESPONSE_PROPERTY_DEPRECATED_SUNSET_MISSING_ID = "response-property-deprecated-sunset-missing"
RESPONSE_PROPERTY_DEPRECATED_INVALID_ID = "response-property-deprecated-sunset-invalid"
RESPONSE_PROPERTY_REACTIVATED_ID = "response-property-reactivated"
RESPONSE_PROPERTY_SUNSET_DATE_TOO_SMALL_ID = "response-property-sunset-date-too-small"


def response_property_deprecation_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report response properties whose `deprecated` flag changed, judged against the sunset policy."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        op = info.operation_item.revision
        if op is None:
            return
        try:
            stability = get_stability_level(op.extensions)
        except StabilityLevelError:  # reported by the API stability checks
            return
        deprecation_days = get_deprecation_days(config, stability)

        def on_property(p: PropertyInfo) -> None:
            deprecated_diff = p.property_diff.deprecated_diff
            if deprecated_diff is None or p.property_diff.revision is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            base_source, revision_source = schema_field_sources(
                info.operation_item, p.property_diff, "deprecated"
            )

            if deprecated_diff.to is None or deprecated_diff.to is False:
                result.append(
                    p.new_change(RESPONSE_PROPERTY_REACTIVATED_ID, [prop_name], "").with_sources(
                        base_source, revision_source
                    )
                )
                return

            sunset, ok = get_sunset(p.property_diff.revision.extensions)
            if not ok:
                if deprecation_days > 0:
                    result.append(
                        p.new_change(
                            RESPONSE_PROPERTY_DEPRECATED_SUNSET_MISSING_ID, [prop_name], ""
                        ).with_sources(base_source, revision_source)
                    )
                else:
                    result.append(
                        p.new_change(RESPONSE_PROPERTY_DEPRECATED_ID, [prop_name], "")
                        .with_sources(base_source, revision_source)
                        .with_details(
                            combine_details(
                                format_deprecation_details(op.extensions), info.media_type_details
                            )
                        )
                    )
                return

            try:
                date = get_sunset_date(sunset)
            except SunsetDateError as err:
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_DEPRECATED_INVALID_ID, [prop_name, str(err)], ""
                    ).with_sources(base_source, revision_source)
                )
                return

            days = (date - datetime.date.today()).days
            if days < deprecation_days:
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_SUNSET_DATE_TOO_SMALL_ID, [prop_name, date, deprecation_days], ""
                    ).with_sources(base_source, revision_source)
                )
                return

            result.append(
                p.new_change(RESPONSE_PROPERTY_DEPRECATED_WITH_SUNSET_ID, [prop_name, date], "")
                .with_sources(base_source, revision_source)
                .with_details(
                    combine_details(format_deprecation_details(op.extensions), info.media_type_details)
                )
            )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
