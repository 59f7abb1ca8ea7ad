"""Diff of the components object, one sub-diff per component kind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.security_schemes import SecuritySchemesDiff, get_security_schemes_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.callbacks_diff import CallbacksDiff
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.examples_diff import ExamplesDiff
    from specfleet.diff.delta.headers_diff import HeadersDiff
    from specfleet.diff.delta.links_diff import LinksDiff
    from specfleet.diff.delta.parameters_diff import ParametersDiff
    from specfleet.diff.delta.request_bodies_diff import RequestBodiesDiff
    from specfleet.diff.delta.responses_diff import ResponsesDiff
    from specfleet.diff.delta.schemas_diff import SchemasDiff
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import Components


@dataclass(slots=True)
class ComponentsDiff:
    """Changes per component kind (schemas, parameters, headers, ...)."""

    schemas_diff: SchemasDiff | None = None
    parameters_diff: ParametersDiff | None = None
    headers_diff: HeadersDiff | None = None
    request_bodies_diff: RequestBodiesDiff | None = None
    responses_diff: ResponsesDiff | None = None
    security_schemes_diff: SecuritySchemesDiff | None = None
    examples_diff: ExamplesDiff | None = None
    links_diff: LinksDiff | None = None
    callbacks_diff: CallbacksDiff | None = None

    def empty(self) -> bool:
        return self == ComponentsDiff()


def get_components_diff(
    config: Config, state: State, p_components1: Components | None, p_components2: Components | None
) -> ComponentsDiff | None:
    if p_components1 is None and p_components2 is None:
        return None
    diff = get_components_diff_internal(config, state, p_components1, p_components2)
    if diff.empty():
        return None
    return diff


def get_components_diff_internal(
    config: Config, state: State, s1: Components | None, s2: Components | None
) -> ComponentsDiff:
    """A missing components object compares as an empty one."""
    # These modules sit deep in the diff graph (callbacks import the paths diff): import late.
    from specfleet.diff.delta.callbacks_diff import get_callbacks_diff
    from specfleet.diff.delta.examples_diff import get_examples_diff
    from specfleet.diff.delta.headers_diff import get_headers_diff
    from specfleet.diff.delta.links_diff import get_links_diff
    from specfleet.diff.delta.parameters_diff import get_parameters_diff
    from specfleet.diff.delta.request_bodies_diff import get_request_bodies_diff
    from specfleet.diff.delta.responses_diff import get_responses_diff, response_bodies_to_responses
    from specfleet.diff.delta.schemas_diff import get_schemas_diff

    return ComponentsDiff(
        schemas_diff=get_schemas_diff(
            config, state, {} if s1 is None else s1.schemas, {} if s2 is None else s2.schemas
        ),
        parameters_diff=get_parameters_diff(
            config, state, {} if s1 is None else s1.parameters, {} if s2 is None else s2.parameters
        ),
        headers_diff=get_headers_diff(
            config, state, {} if s1 is None else s1.headers, {} if s2 is None else s2.headers
        ),
        request_bodies_diff=get_request_bodies_diff(
            config, state, {} if s1 is None else s1.request_bodies, {} if s2 is None else s2.request_bodies
        ),
        responses_diff=get_responses_diff(
            config,
            state,
            response_bodies_to_responses({} if s1 is None else s1.responses),
            response_bodies_to_responses({} if s2 is None else s2.responses),
        ),
        security_schemes_diff=get_security_schemes_diff(
            config, None if s1 is None else s1.security_schemes, None if s2 is None else s2.security_schemes
        ),
        examples_diff=get_examples_diff(
            config, {} if s1 is None else s1.examples, {} if s2 is None else s2.examples
        ),
        links_diff=get_links_diff(config, {} if s1 is None else s1.links, {} if s2 is None else s2.links),
        callbacks_diff=get_callbacks_diff(
            config, state, {} if s1 is None else s1.callbacks, {} if s2 is None else s2.callbacks
        ),
    )
