"""Diff of one operation: parameters, request body, responses, callbacks, security, servers ..."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.external_docs_diff import ExternalDocsDiff, get_external_docs_diff
from specfleet.diff.delta.parameters_diff_by_location import (
    ParametersDiffByLocation,
    get_parameters_diff_by_location,
)
from specfleet.diff.delta.request_body_diff import RequestBodyDiff, get_request_body_diff
from specfleet.diff.delta.responses_diff import ResponsesDiff, get_responses_diff
from specfleet.diff.delta.security_requirements_diff import (
    SecurityRequirementsDiff,
    get_security_requirements_diff,
)
from specfleet.diff.delta.servers_diff import ServersDiff, get_servers_diff
from specfleet.diff.delta.string_list_diff import StringsDiff, get_strings_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff, get_value_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.callbacks_diff import CallbacksDiff
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.path_params_map import PathParamsMap
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import Operation


@dataclass(slots=True)
class MethodDiff:
    """Changes between two operations on the same path and method; ``base``/``revision`` are the operations."""

    extensions_diff: ExtensionsDiff | None = None
    tags_diff: StringsDiff | None = None
    summary_diff: ValueDiff | None = None
    description_diff: ValueDiff | None = None
    operation_id_diff: ValueDiff | None = None
    parameters_diff: ParametersDiffByLocation | None = None
    request_body_diff: RequestBodyDiff | None = None
    responses_diff: ResponsesDiff | None = None
    callbacks_diff: CallbacksDiff | None = None
    deprecated_diff: ValueDiff | None = None
    security_diff: SecurityRequirementsDiff | None = None
    servers_diff: ServersDiff | None = None
    external_docs_diff: ExternalDocsDiff | None = None
    base: Operation | None = None
    revision: Operation | None = None

    def empty(self) -> bool:
        return (
            self.extensions_diff is None
            and self.tags_diff is None
            and self.summary_diff is None
            and self.description_diff is None
            and self.operation_id_diff is None
            and self.parameters_diff is None
            and self.request_body_diff is None
            and self.responses_diff is None
            and self.callbacks_diff is None
            and self.deprecated_diff is None
            and self.security_diff is None
            and self.servers_diff is None
            and self.external_docs_diff is None
        )


def new_method_diff() -> MethodDiff:
    return MethodDiff()


def get_method_diff(
    config: Config, state: State, operation1: Operation, operation2: Operation, path_params_map: PathParamsMap
) -> MethodDiff | None:
    diff = get_method_diff_internal(config, state, operation1, operation2, path_params_map)
    if diff.empty():
        return None
    return diff


def get_method_diff_internal(
    config: Config, state: State, operation1: Operation, operation2: Operation, path_params_map: PathParamsMap
) -> MethodDiff:
    # Callbacks hold whole path items, so their diff module imports the paths diff: import it late.
    from specfleet.diff.delta.callbacks_diff import get_callbacks_diff

    result = new_method_diff()
    result.extensions_diff = get_extensions_diff(config, operation1.extensions, operation2.extensions)
    result.tags_diff = get_strings_diff(operation1.tags, operation2.tags)
    result.summary_diff = get_value_diff_conditional(
        config.is_exclude_summary(), operation1.summary, operation2.summary
    )
    result.description_diff = get_value_diff_conditional(
        config.is_exclude_description(), operation1.description, operation2.description
    )
    result.operation_id_diff = get_value_diff(operation1.operation_id, operation2.operation_id)
    result.parameters_diff = get_parameters_diff_by_location(
        config, state, operation1.parameters, operation2.parameters, path_params_map
    )
    result.request_body_diff = get_request_body_diff(
        config, state, operation1.request_body, operation2.request_body
    )
    result.responses_diff = get_responses_diff(config, state, operation1.responses, operation2.responses)
    result.callbacks_diff = get_callbacks_diff(config, state, operation1.callbacks, operation2.callbacks)
    result.deprecated_diff = get_value_diff(operation1.deprecated, operation2.deprecated)
    result.security_diff = get_security_requirements_diff(operation1.security, operation2.security)
    result.servers_diff = get_servers_diff(config, operation1.servers, operation2.servers)
    result.external_docs_diff = get_external_docs_diff(
        config, operation1.external_docs, operation2.external_docs
    )
    result.base = operation1
    result.revision = operation2
    return result
