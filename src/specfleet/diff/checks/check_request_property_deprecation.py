"""Request properties deprecated (with or without a sunset date) or reactivated."""

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
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_PROPERTY_DEPRECATED_ID = "request-property-deprecated"
REQUEST_PROPERTY_DEPRECATED_WITH_SUNSET_ID = "request-property-deprecated-with-sunset"
REQUEST_PROPERTY_DEPRECATED_SUNSET_MISSING_ID = "request-property-deprecated-sunset-missing"
REQUEST_PROPERTY_DEPRECATED_INVALID_ID = "request-property-deprecated-sunset-invalid"
REQUEST_PROPERTY_REACTIVATED_ID = "request-property-reactivated"
REQUEST_PROPERTY_SUNSET_DATE_TOO_SMALL_ID = "request-property-sunset-date-too-small"


def request_property_deprecation_check(diff_report: Diff, config: Config) -> list[Change]:
    """Deprecating a request property must leave clients the policy's notice period before sunset."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        op = info.operation_item.revision
        op_extensions = op.extensions if op is not None else {}
        try:
            stability = get_stability_level(op_extensions)
        except StabilityLevelError:
            # an invalid stability level is reported by the checker itself
            return
        deprecation_days = get_deprecation_days(config, stability)

        def process_property(p: PropertyInfo) -> None:
            deprecated_diff = p.property_diff.deprecated_diff
            revision = p.property_diff.revision
            if deprecated_diff is None or revision is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            base, rev = schema_field_sources(info.operation_item, p.property_diff, "deprecated")

            if deprecated_diff.to is None or deprecated_diff.to is False:
                result.append(
                    p.new_change(REQUEST_PROPERTY_REACTIVATED_ID, [prop_name], "").with_sources(base, rev)
                )
                return

            sunset, ok = get_sunset(revision.extensions)
            if not ok:
                if deprecation_days > 0:
                    result.append(
                        p.new_change(
                            REQUEST_PROPERTY_DEPRECATED_SUNSET_MISSING_ID, [prop_name], ""
                        ).with_sources(base, rev)
                    )
                else:
                    result.append(
                        p.new_change(REQUEST_PROPERTY_DEPRECATED_ID, [prop_name], "")
                        .with_sources(base, rev)
                        .with_details(
                            combine_details(
                                format_deprecation_details(op_extensions), info.media_type_details
                            )
                        )
                    )
                return

            try:
                date = get_sunset_date(sunset)
            except SunsetDateError as err:
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_DEPRECATED_INVALID_ID, [prop_name, str(err)], ""
                    ).with_sources(base, rev)
                )
                return

            days = (date - datetime.datetime.now(datetime.UTC).date()).days
            if days < deprecation_days:
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_SUNSET_DATE_TOO_SMALL_ID,
                        [prop_name, date.isoformat(), deprecation_days],
                        "",
                    ).with_sources(base, rev)
                )
                return

            result.append(
                p.new_change(REQUEST_PROPERTY_DEPRECATED_WITH_SUNSET_ID, [prop_name, date.isoformat()], "")
                .with_sources(base, rev)
                .with_details(
                    combine_details(format_deprecation_details(op_extensions), info.media_type_details)
                )
            )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
