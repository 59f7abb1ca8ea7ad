"""Type or format changes of request parameters and of properties inside object parameters."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.check_types import is_type_contained, type_or_format_breaking
from specfleet.diff.checks.checks_utils import check_modified_properties_diff, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import OpInfo, new_op_info_from_diff
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.checks.type_format import (
    get_base_type_format,
    get_revision_type_format,
    get_type_format_dimension,
)
from specfleet.diff.delta.config import new_config
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.method_diff import MethodDiff
from specfleet.diff.delta.parameter_diff import ParameterDiff
from specfleet.diff.delta.schema_diff import SchemaDiff
from specfleet.diff.delta.schema_validation_equivalence import schema_refs_validation_equivalent
from specfleet.diff.delta.string_list_diff import StringsDiff
from specfleet.diff.delta.value_diff import ValueDiff
from specfleet.diff.openapi3 import Parameter, Schema, SchemaRef, Types, new_schema_ref, types_slice

REQUEST_PARAMETER_TYPE_CHANGED_ID = "request-parameter-type-changed"
REQUEST_PARAMETER_TYPE_GENERALIZED_ID = "request-parameter-type-generalized"
REQUEST_PARAMETER_PROPERTY_TYPE_CHANGED_ID = "request-parameter-property-type-changed"
REQUEST_PARAMETER_PROPERTY_TYPE_GENERALIZED_ID = "request-parameter-property-type-generalized"
REQUEST_PARAMETER_PROPERTY_TYPE_SPECIALIZED_ID = "request-parameter-property-type-specialized"
REQUEST_PARAMETER_PROPERTY_TYPE_CHANGED_COMMENT_ID = "request-parameter-property-type-changed-warn-comment"
REQUEST_PARAMETER_TYPE_FORM_EXPLODE_ARRAY_COMMENT_ID = "request-parameter-type-form-explode-array-comment"

SERIALIZATION_FORM = "form"


def is_parameter_scalar_to_form_explode_array(
    param_diff: ParameterDiff | None, type_diff: StringsDiff | None
) -> bool:
    """A scalar parameter widened to a form/explode array whose items accept every old value.

    With form/explode serialization (the default for query and cookie parameters) a single
    value such as `?color=red` is a valid one-element array, so old clients keep working.
    """
    if param_diff is None or param_diff.revision is None or param_diff.schema_diff is None:
        return False
    schema_diff = param_diff.schema_diff
    if schema_diff.base is None or schema_diff.revision is None or type_diff is None:
        return False

    added_sans_null = without_null(type_diff.added)
    base_types = without_null(_type_slice(schema_diff.base))
    if len(added_sans_null) != 1 or added_sans_null[0] != "array" or len(base_types) == 0:
        return False

    method = serialization_method(param_diff.revision)
    if method is None or method[0] != SERIALIZATION_FORM or not method[1]:
        return False

    rev_schema = schema_diff.revision
    if rev_schema.items is None or rev_schema.items.value is None:
        return False
    return item_accepts_base_scalar_values(schema_diff.base, rev_schema.items.value)


def item_accepts_base_scalar_values(base: Schema | None, item: Schema | None) -> bool:
    """Whether the array item schema accepts every value the base scalar accepted.

    The type is compared with the weak (wire-is-a-string) containment rule; every other
    keyword must be validation-equivalent once type and nullability are set aside.
    """
    if base is None or item is None:
        return False
    if not is_type_contained(without_null(_type_slice(item)), without_null(_type_slice(base)), False):
        return False
    return schema_refs_validation_equivalent(
        new_config(), _without_type_and_nullable(base), _without_type_and_nullable(item)
    )


def without_null(types: list[str]) -> list[str]:
    """The type list without JSON Schema's "null", so 3.1 nullable types compare by their real type."""
    return [t for t in types if t != "null"]


def request_parameter_type_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report type/format changes of parameters (binary verdict) and their properties (three-way)."""
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            if operation_item.parameters_diff is None:
                continue
            op_info = new_op_info_from_diff(config, operation_item, operation, path)
            for param_location, param_diffs in operation_item.parameters_diff.modified.items():
                for param_name, param_diff in param_diffs.items():
                    schema_diff = param_diff.schema_diff
                    if schema_diff is None:
                        continue
                    base_source, revision_source = schema_field_sources(operation_item, schema_diff, "type")
                    type_diff = schema_diff.type_diff
                    format_diff = schema_diff.format_diff

                    if not _strings_diff_empty(type_diff) or not _value_diff_empty(format_diff):
                        rule_id = REQUEST_PARAMETER_TYPE_GENERALIZED_ID
                        comment = ""
                        # a parameter's own value travels as a string, so it is judged weakly typed
                        if type_or_format_breaking(
                            type_diff, format_diff, False, _revision_type(schema_diff)
                        ):
                            if is_parameter_scalar_to_form_explode_array(param_diff, type_diff):
                                comment = REQUEST_PARAMETER_TYPE_FORM_EXPLODE_ARRAY_COMMENT_ID
                            else:
                                rule_id = REQUEST_PARAMETER_TYPE_CHANGED_ID
                        result.append(
                            op_info.new_api_change(
                                rule_id,
                                [
                                    param_location,
                                    param_name,
                                    get_type_format_dimension(schema_diff),
                                    get_base_type_format(schema_diff),
                                    get_revision_type_format(schema_diff),
                                ],
                                comment,
                            )
                            .with_schema(schema_diff)
                            .with_sources(base_source, revision_source)
                        )

                    def process(
                        property_path: str,
                        property_name: str,
                        property_diff: SchemaDiff,
                        parent: SchemaDiff | None,
                        param_location: str = param_location,
                        param_name: str = param_name,
                        op_info: OpInfo = op_info,
                        operation_item: MethodDiff = operation_item,
                    ) -> None:
                        prop_base_source, prop_revision_source = schema_field_sources(
                            operation_item, property_diff, "type"
                        )
                        prop_type_diff = property_diff.type_diff
                        prop_format_diff = property_diff.format_diff
                        if _strings_diff_empty(prop_type_diff) and _value_diff_empty(prop_format_diff):
                            return
                        prop_id, prop_comment = check_request_parameter_property_type_changed(
                            prop_type_diff, prop_format_diff, property_diff
                        )
                        result.append(
                            op_info.new_api_change(
                                prop_id,
                                [
                                    param_location,
                                    param_name,
                                    get_type_format_dimension(property_diff),
                                    property_full_name(property_path, property_name),
                                    get_base_type_format(property_diff),
                                    get_revision_type_format(property_diff),
                                ],
                                prop_comment,
                            )
                            .with_schema(property_diff)
                            .with_sources(prop_base_source, prop_revision_source)
                        )

                    check_modified_properties_diff(schema_diff, process)
    return result


def check_request_parameter_property_type_changed(
    type_diff: StringsDiff | None, format_diff: ValueDiff | None, schema_diff: SchemaDiff
) -> tuple[str, str]:
    """Rule id and comment for a property type change inside an object parameter.

    How an object parameter is serialized is unknown (`a[id]=1` is weakly typed, `a={"id":1}`
    is JSON), so both readings are tried: a warning when they disagree, an error when both
    break, informational when neither does.
    """
    revision_type = _revision_type(schema_diff)
    strongly_typed = type_or_format_breaking(type_diff, format_diff, True, revision_type)
    non_strongly_typed = type_or_format_breaking(type_diff, format_diff, False, revision_type)
    if strongly_typed != non_strongly_typed:
        return REQUEST_PARAMETER_PROPERTY_TYPE_CHANGED_ID, REQUEST_PARAMETER_PROPERTY_TYPE_CHANGED_COMMENT_ID
    if strongly_typed:
        return REQUEST_PARAMETER_PROPERTY_TYPE_SPECIALIZED_ID, ""
    return REQUEST_PARAMETER_PROPERTY_TYPE_GENERALIZED_ID, ""


def serialization_method(param: Parameter) -> tuple[str, bool] | None:
    """kin-openapi's effective (style, explode) of a parameter; None for an unknown location."""
    if param.in_ in ("path", "header"):
        return param.style or "simple", bool(param.explode)
    if param.in_ in ("query", "cookie"):
        return param.style or SERIALIZATION_FORM, True if param.explode is None else param.explode
    return None


def _without_type_and_nullable(schema: Schema) -> SchemaRef:
    """An inline copy of ``schema`` minus ``type`` and ``nullable`` (children shared), to compare the rest."""
    node = {key: value for key, value in schema.raw.items() if key not in ("type", "nullable")}
    return new_schema_ref(schema, node)


def _type_slice(schema: Schema) -> list[str]:
    return types_slice(schema.type)


def _revision_type(schema_diff: SchemaDiff) -> Types | None:
    return schema_diff.revision.type if schema_diff.revision is not None else None


def _strings_diff_empty(d: StringsDiff | None) -> bool:
    return d is None or d.empty()


def _value_diff_empty(d: ValueDiff | None) -> bool:
    return d is None or d.empty()
