"""The registry of checks: every check function of oasdiff's rule table, in registry order.

A check is ``check(diff_report, config) -> list[Change]``; each lives in its own
``check_*`` module and is named in ``rules.py`` as the handler of the rules it emits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.check_added_required_request_body import added_request_body_check
from specfleet.diff.checks.check_api_added import api_added_check
from specfleet.diff.checks.check_api_deprecation import api_deprecation_check
from specfleet.diff.checks.check_api_operation_id_updated import api_operation_id_updated_check
from specfleet.diff.checks.check_api_removed import api_removed_check
from specfleet.diff.checks.check_api_security_updated import api_security_updated_check
from specfleet.diff.checks.check_api_sunset_changed import api_sunset_changed_check
from specfleet.diff.checks.check_api_tag_updated import api_tag_updated_check
from specfleet.diff.checks.check_components_schemas_removed import api_components_schema_removed_check
from specfleet.diff.checks.check_components_security_updated import api_components_security_updated_check
from specfleet.diff.checks.check_media_type_schema_existence import media_type_schema_existence_check
from specfleet.diff.checks.check_new_request_non_path_default_parameter import (
    new_request_non_path_default_parameter_check,
)
from specfleet.diff.checks.check_new_request_non_path_parameter import new_request_non_path_parameter_check
from specfleet.diff.checks.check_new_requried_request_header_property import (
    new_required_request_header_property_check,
)
from specfleet.diff.checks.check_request_body_became_enum import request_body_became_enum_check
from specfleet.diff.checks.check_request_body_enum_deleted import request_body_enum_value_removed_check
from specfleet.diff.checks.check_request_body_mediatype_updated import request_body_media_type_changed_check
from specfleet.diff.checks.check_request_body_removed import request_body_removed_check
from specfleet.diff.checks.check_request_body_required_value_updated import (
    request_body_required_updated_check,
)
from specfleet.diff.checks.check_request_discriminator_updated import request_discriminator_updated_check
from specfleet.diff.checks.check_request_header_property_became_enum import (
    request_header_property_became_enum_check,
)
from specfleet.diff.checks.check_request_header_property_became_required import (
    request_header_property_became_required_check,
)
from specfleet.diff.checks.check_request_parameter_became_enum import request_parameter_became_enum_check
from specfleet.diff.checks.check_request_parameter_became_nullable import (
    request_parameter_became_nullable_check,
)
from specfleet.diff.checks.check_request_parameter_deprecation import request_parameter_deprecation_check
from specfleet.diff.checks.check_request_parameter_enum_value_updated import (
    request_parameter_enum_value_updated_check,
)
from specfleet.diff.checks.check_request_parameter_list_of_types_changed import (
    request_parameter_list_of_types_changed_check,
)
from specfleet.diff.checks.check_request_parameter_pattern_added_or_changed import (
    request_parameter_pattern_added_or_changed_check,
)
from specfleet.diff.checks.check_request_parameter_removed import request_parameter_removed_check
from specfleet.diff.checks.check_request_parameter_required_value_updated import (
    request_parameter_required_value_updated_check,
)
from specfleet.diff.checks.check_request_parameter_sunset_changed import (
    request_parameter_sunset_changed_check,
)
from specfleet.diff.checks.check_request_parameter_x_extensible_enum_value_removed import (
    request_parameter_x_extensible_enum_value_removed_check,
)
from specfleet.diff.checks.check_request_parameters_default_value_changed import (
    request_parameter_default_value_changed_check,
)
from specfleet.diff.checks.check_request_parameters_max_items_updated import (
    request_parameter_max_items_updated_check,
)
from specfleet.diff.checks.check_request_parameters_max_length_set import (
    request_parameter_max_length_set_check,
)
from specfleet.diff.checks.check_request_parameters_max_length_updated import (
    request_parameter_max_length_updated_check,
)
from specfleet.diff.checks.check_request_parameters_max_set import request_parameter_max_set_check
from specfleet.diff.checks.check_request_parameters_max_updated import request_parameter_max_updated_check
from specfleet.diff.checks.check_request_parameters_min_items_set import request_parameter_min_items_set_check
from specfleet.diff.checks.check_request_parameters_min_items_updated import (
    request_parameter_min_items_updated_check,
)
from specfleet.diff.checks.check_request_parameters_min_length_updated import (
    request_parameter_min_length_updated_check,
)
from specfleet.diff.checks.check_request_parameters_min_set import request_parameter_min_set_check
from specfleet.diff.checks.check_request_parameters_min_updated import request_parameter_min_updated_check
from specfleet.diff.checks.check_request_parameters_type_changed import request_parameter_type_changed_check
from specfleet.diff.checks.check_request_path_parameter_added import new_request_path_parameter_check
from specfleet.diff.checks.check_request_property_all_of_updated import request_property_all_of_updated_check
from specfleet.diff.checks.check_request_property_any_of_updated import request_property_any_of_updated_check
from specfleet.diff.checks.check_request_property_became_enum import request_property_became_enum_check
from specfleet.diff.checks.check_request_property_became_not_nuallable import (
    request_property_became_not_nullable_check,
)
from specfleet.diff.checks.check_request_property_const_changed import request_property_const_changed_check
from specfleet.diff.checks.check_request_property_contains_updated import (
    request_property_contains_updated_check,
)
from specfleet.diff.checks.check_request_property_content_updated import (
    request_property_content_updated_check,
)
from specfleet.diff.checks.check_request_property_default_value_changed import (
    request_property_default_value_changed_check,
)
from specfleet.diff.checks.check_request_property_dependent_required_changed import (
    request_property_dependent_required_changed_check,
)
from specfleet.diff.checks.check_request_property_dependent_schemas_updated import (
    request_property_dependent_schemas_updated_check,
)
from specfleet.diff.checks.check_request_property_deprecation import request_property_deprecation_check
from specfleet.diff.checks.check_request_property_enum_value_updated import (
    request_property_enum_value_updated_check,
)
from specfleet.diff.checks.check_request_property_if_updated import request_property_if_updated_check
from specfleet.diff.checks.check_request_property_list_of_types_changed import (
    request_property_list_of_types_changed_check,
)
from specfleet.diff.checks.check_request_property_max_length_set import request_property_max_length_set_check
from specfleet.diff.checks.check_request_property_max_length_updated import (
    request_property_max_length_updated_check,
)
from specfleet.diff.checks.check_request_property_max_set import request_property_max_set_check
from specfleet.diff.checks.check_request_property_max_updated import request_property_max_decreased_check
from specfleet.diff.checks.check_request_property_min_items_increased import (
    request_property_min_items_increased_check,
)
from specfleet.diff.checks.check_request_property_min_items_set import request_property_min_items_set_check
from specfleet.diff.checks.check_request_property_min_length_updated import (
    request_property_min_length_updated_check,
)
from specfleet.diff.checks.check_request_property_min_set import request_property_min_set_check
from specfleet.diff.checks.check_request_property_min_updated import request_property_min_increased_check
from specfleet.diff.checks.check_request_property_one_of_updated import request_property_one_of_updated_check
from specfleet.diff.checks.check_request_property_pattern_added_or_changed import (
    request_property_pattern_updated_check,
)
from specfleet.diff.checks.check_request_property_pattern_properties_updated import (
    request_property_pattern_properties_updated_check,
)
from specfleet.diff.checks.check_request_property_prefix_items_updated import (
    request_property_prefix_items_updated_check,
)
from specfleet.diff.checks.check_request_property_property_names_updated import (
    request_property_property_names_updated_check,
)
from specfleet.diff.checks.check_request_property_required_updated import (
    request_property_required_updated_check,
)
from specfleet.diff.checks.check_request_property_type_changed import request_property_type_changed_check
from specfleet.diff.checks.check_request_property_unevaluated_updated import (
    request_property_unevaluated_updated_check,
)
from specfleet.diff.checks.check_request_property_updated import request_property_updated_check
from specfleet.diff.checks.check_request_property_write_only_read_only import (
    request_property_write_only_read_only_check,
)
from specfleet.diff.checks.check_request_property_x_extensible_enum_value_removed import (
    request_property_x_extensible_enum_value_removed_check,
)
from specfleet.diff.checks.check_response_discriminator_updated import response_discriminator_updated_check
from specfleet.diff.checks.check_response_header_added import response_header_added_check
from specfleet.diff.checks.check_response_header_became_nullable import response_header_became_nullable_check
from specfleet.diff.checks.check_response_header_became_optional import response_header_became_optional_check
from specfleet.diff.checks.check_response_header_removed import response_header_removed_check
from specfleet.diff.checks.check_response_header_type_changed import response_header_type_changed_check
from specfleet.diff.checks.check_response_mediatype_enum_value_removed import (
    response_media_type_enum_value_removed_check,
)
from specfleet.diff.checks.check_response_mediatype_name_updated import response_media_type_name_updated_check
from specfleet.diff.checks.check_response_mediatype_updated import response_media_type_updated_check
from specfleet.diff.checks.check_response_optional_property_updated import (
    response_optional_property_updated_check,
)
from specfleet.diff.checks.check_response_optional_property_write_only_read_only import (
    response_optional_property_write_only_read_only_check,
)
from specfleet.diff.checks.check_response_pattern_added_or_changed import (
    response_pattern_added_or_changed_check,
)
from specfleet.diff.checks.check_response_property_all_of_updated import (
    response_property_all_of_updated_check,
)
from specfleet.diff.checks.check_response_property_any_of_updated import (
    response_property_any_of_updated_check,
)
from specfleet.diff.checks.check_response_property_became_nuallable import (
    response_property_became_nullable_check,
)
from specfleet.diff.checks.check_response_property_became_optional import (
    response_property_became_optional_check,
)
from specfleet.diff.checks.check_response_property_became_required import (
    response_property_became_required_check,
)
from specfleet.diff.checks.check_response_property_const_changed import response_property_const_changed_check
from specfleet.diff.checks.check_response_property_contains_updated import (
    response_property_contains_updated_check,
)
from specfleet.diff.checks.check_response_property_content_updated import (
    response_property_content_updated_check,
)
from specfleet.diff.checks.check_response_property_default_value_changed import (
    response_property_default_value_changed_check,
)
from specfleet.diff.checks.check_response_property_dependent_required_changed import (
    response_property_dependent_required_changed_check,
)
from specfleet.diff.checks.check_response_property_dependent_schemas_updated import (
    response_property_dependent_schemas_updated_check,
)
from specfleet.diff.checks.check_response_property_deprecation import response_property_deprecation_check
from specfleet.diff.checks.check_response_property_enum_value_added import (
    response_property_enum_value_added_check,
)
from specfleet.diff.checks.check_response_property_enum_value_removed import (
    response_parameter_enum_value_removed_check,
)
from specfleet.diff.checks.check_response_property_if_updated import response_property_if_updated_check
from specfleet.diff.checks.check_response_property_list_of_types_changed import (
    response_property_list_of_types_changed_check,
)
from specfleet.diff.checks.check_response_property_max_increased import response_property_max_increased_check
from specfleet.diff.checks.check_response_property_max_length_increased import (
    response_property_max_length_increased_check,
)
from specfleet.diff.checks.check_response_property_max_length_unset import (
    response_property_max_length_unset_check,
)
from specfleet.diff.checks.check_response_property_min_decreased import response_property_min_decreased_check
from specfleet.diff.checks.check_response_property_min_items_decreased import (
    response_property_min_items_decreased_check,
)
from specfleet.diff.checks.check_response_property_min_items_unset import (
    response_property_min_items_unset_check,
)
from specfleet.diff.checks.check_response_property_min_length_decreased import (
    response_property_min_length_decreased_check,
)
from specfleet.diff.checks.check_response_property_one_of_updated import response_property_one_of_updated
from specfleet.diff.checks.check_response_property_pattern_properties_updated import (
    response_property_pattern_properties_updated_check,
)
from specfleet.diff.checks.check_response_property_prefix_items_updated import (
    response_property_prefix_items_updated_check,
)
from specfleet.diff.checks.check_response_property_property_names_updated import (
    response_property_property_names_updated_check,
)
from specfleet.diff.checks.check_response_property_type_changed import response_property_type_changed_check
from specfleet.diff.checks.check_response_property_unevaluated_updated import (
    response_property_unevaluated_updated_check,
)
from specfleet.diff.checks.check_response_required_property_updated import (
    response_required_property_updated_check,
)
from specfleet.diff.checks.check_response_required_property_write_only_read_only import (
    response_required_property_write_only_read_only_check,
)
from specfleet.diff.checks.check_response_status_updated import (
    response_non_success_status_updated_check,
    response_success_status_updated_check,
)
from specfleet.diff.checks.check_webhook_updated import webhook_updated_check

if TYPE_CHECKING:
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff

BackwardCompatibilityCheck = Callable[["Diff", "Config"], list[Change]]
BackwardCompatibilityChecks = list[BackwardCompatibilityCheck]

# In the order the registry first names each check (the order they run in).
ALL_CHECKS: tuple[BackwardCompatibilityCheck, ...] = (
    request_property_deprecation_check,
    response_property_deprecation_check,
    api_added_check,
    api_components_security_updated_check,
    api_security_updated_check,
    api_deprecation_check,
    request_parameter_deprecation_check,
    api_removed_check,
    api_sunset_changed_check,
    request_parameter_sunset_changed_check,
    added_request_body_check,
    new_request_non_path_default_parameter_check,
    new_request_non_path_parameter_check,
    new_request_path_parameter_check,
    new_required_request_header_property_check,
    request_body_became_enum_check,
    request_body_media_type_changed_check,
    media_type_schema_existence_check,
    request_body_removed_check,
    request_body_required_updated_check,
    request_discriminator_updated_check,
    request_header_property_became_enum_check,
    request_header_property_became_required_check,
    request_parameter_became_enum_check,
    request_parameter_became_nullable_check,
    request_parameter_default_value_changed_check,
    request_parameter_enum_value_updated_check,
    request_parameter_max_items_updated_check,
    request_parameter_max_length_set_check,
    request_parameter_max_length_updated_check,
    request_parameter_max_set_check,
    request_parameter_max_updated_check,
    request_parameter_min_items_set_check,
    request_parameter_min_items_updated_check,
    request_parameter_min_length_updated_check,
    request_parameter_min_set_check,
    request_parameter_min_updated_check,
    request_parameter_pattern_added_or_changed_check,
    request_parameter_removed_check,
    request_parameter_required_value_updated_check,
    request_parameter_type_changed_check,
    request_parameter_x_extensible_enum_value_removed_check,
    request_property_all_of_updated_check,
    request_property_any_of_updated_check,
    request_property_became_enum_check,
    request_property_became_not_nullable_check,
    request_property_default_value_changed_check,
    request_property_const_changed_check,
    request_property_enum_value_updated_check,
    request_property_max_decreased_check,
    request_property_max_length_set_check,
    request_property_max_length_updated_check,
    request_property_max_set_check,
    request_property_min_increased_check,
    request_property_min_items_increased_check,
    request_property_min_items_set_check,
    request_property_min_length_updated_check,
    request_property_min_set_check,
    request_property_one_of_updated_check,
    request_property_pattern_updated_check,
    request_property_required_updated_check,
    request_property_type_changed_check,
    request_property_updated_check,
    request_property_write_only_read_only_check,
    request_property_x_extensible_enum_value_removed_check,
    response_discriminator_updated_check,
    response_header_became_optional_check,
    response_header_removed_check,
    response_header_added_check,
    response_header_type_changed_check,
    response_header_became_nullable_check,
    response_media_type_updated_check,
    response_media_type_name_updated_check,
    response_optional_property_updated_check,
    response_optional_property_write_only_read_only_check,
    response_pattern_added_or_changed_check,
    response_property_all_of_updated_check,
    response_property_any_of_updated_check,
    response_property_became_nullable_check,
    response_property_became_optional_check,
    response_property_became_required_check,
    response_property_default_value_changed_check,
    response_property_const_changed_check,
    response_property_enum_value_added_check,
    response_property_max_increased_check,
    response_property_max_length_increased_check,
    response_property_max_length_unset_check,
    response_property_min_decreased_check,
    response_property_min_items_decreased_check,
    response_property_min_items_unset_check,
    response_property_min_length_decreased_check,
    response_property_one_of_updated,
    response_property_type_changed_check,
    response_required_property_updated_check,
    response_required_property_write_only_read_only_check,
    response_success_status_updated_check,
    response_non_success_status_updated_check,
    api_operation_id_updated_check,
    api_tag_updated_check,
    webhook_updated_check,
    api_components_schema_removed_check,
    response_parameter_enum_value_removed_check,
    response_media_type_enum_value_removed_check,
    request_body_enum_value_removed_check,
    request_property_list_of_types_changed_check,
    response_property_list_of_types_changed_check,
    request_parameter_list_of_types_changed_check,
    request_property_prefix_items_updated_check,
    response_property_prefix_items_updated_check,
    request_property_if_updated_check,
    response_property_if_updated_check,
    request_property_contains_updated_check,
    response_property_contains_updated_check,
    request_property_dependent_required_changed_check,
    response_property_dependent_required_changed_check,
    request_property_dependent_schemas_updated_check,
    response_property_dependent_schemas_updated_check,
    request_property_pattern_properties_updated_check,
    response_property_pattern_properties_updated_check,
    request_property_property_names_updated_check,
    response_property_property_names_updated_check,
    request_property_unevaluated_updated_check,
    response_property_unevaluated_updated_check,
    request_property_content_updated_check,
    response_property_content_updated_check,
)


def get_all_checks() -> BackwardCompatibilityChecks:
    """Every check of the registry, in registry order."""
    return list(ALL_CHECKS)
