"""Diff of a ``parameters`` list, grouped by location (path, query, header, cookie).

Parameters are matched by location and name; path parameters are matched through the renaming of
the path template (``/person/{personName}`` -> ``/person/{name}``).  Query/cookie parameters that
were folded into (or split out of) one exploded ``style: form`` object parameter are matched to
the object's properties, so the refactoring is not reported as deleted plus added parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.parameter_diff import ParameterDiff, get_parameter_diff
from specfleet.diff.delta.summary import SummaryDetails
from specfleet.diff.openapi3 import (
    PARAMETER_IN_COOKIE,
    PARAMETER_IN_HEADER,
    PARAMETER_IN_PATH,
    PARAMETER_IN_QUERY,
    Parameter,
    derived_node,
)

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.path_params_map import PathParamsMap
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import ParameterRef

SERIALIZATION_FORM = "form"

#: the four places a parameter can live
PARAM_LOCATIONS = [PARAMETER_IN_PATH, PARAMETER_IN_QUERY, PARAMETER_IN_HEADER, PARAMETER_IN_COOKIE]


class ParamNamesByLocation(dict[str, list[str]]):
    """Location -> names of the parameters there."""

    def len(self) -> int:
        """The number of parameters over all locations."""
        return sum(len(names) for names in self.values())


class ParamDiffs(dict[str, ParameterDiff]):
    """Parameter name -> its changes."""


class ParamDiffByLocation(dict[str, ParamDiffs]):
    """Location -> parameter name -> its changes."""

    def len(self) -> int:
        """The number of modified parameters over all locations."""
        return sum(len(diffs) for diffs in self.values())


@dataclass(slots=True)
class ParametersDiffByLocation:
    """Parameters added, deleted and modified, each grouped by location."""

    added: ParamNamesByLocation = field(default_factory=ParamNamesByLocation)
    deleted: ParamNamesByLocation = field(default_factory=ParamNamesByLocation)
    modified: ParamDiffByLocation = field(default_factory=ParamDiffByLocation)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        # counts locations, not parameters, as oasdiff does
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))

    def add_added_param(self, param: Parameter) -> None:
        self.added.setdefault(param.in_, []).append(param.name)

    def add_deleted_param(self, param: Parameter) -> None:
        self.deleted.setdefault(param.in_, []).append(param.name)

    def add_modified_param(self, param: Parameter, param_diff: ParameterDiff) -> None:
        self.modified.setdefault(param.in_, ParamDiffs())[param.name] = param_diff


def new_parameters_diff_by_location() -> ParametersDiffByLocation:
    return ParametersDiffByLocation()


def get_parameters_diff_by_location(
    config: Config,
    state: State,
    params1: Sequence[ParameterRef],
    params2: Sequence[ParameterRef],
    path_params_map: PathParamsMap,
) -> ParametersDiffByLocation | None:
    diff = get_parameters_diff_by_location_internal(config, state, params1, params2, path_params_map)
    if diff.empty():
        return None
    return diff


def get_parameters_diff_by_location_internal(
    config: Config,
    state: State,
    params1: Sequence[ParameterRef],
    params2: Sequence[ParameterRef],
    path_params_map: PathParamsMap,
) -> ParametersDiffByLocation:
    result = new_parameters_diff_by_location()
    # parameters already paired, by identity (one wrapper per document node, like Go pointers)
    processed_params1: set[int] = set()
    processed_params2: set[int] = set()

    handle_exploded_parameter_matching(
        config, state, params1, params2, result, processed_params1, processed_params2
    )

    for param_ref1 in params1:
        param1 = deref_param(param_ref1)
        if id(param1) in processed_params1:
            continue
        param2 = find_param(param1, params2, path_params_map)
        if param2 is not None and id(param2) not in processed_params2:
            diff = get_parameter_diff(config, state, param1, param2)
            if diff is not None and not diff.empty():
                result.add_modified_param(param1, diff)
            processed_params2.add(id(param2))
        else:
            result.add_deleted_param(param1)

    for param_ref2 in params2:
        param2 = deref_param(param_ref2)
        if id(param2) in processed_params2:
            continue
        result.add_added_param(param2)
    return result


def deref_param(ref: ParameterRef | None) -> Parameter:
    if ref is None:
        raise DiffError("parameter reference is nil")
    return ref.value


def find_param(
    param1: Parameter, params2: Sequence[ParameterRef], path_params_map: PathParamsMap
) -> Parameter | None:
    """The first parameter of ``params2`` that matches ``param1``, taking path param renaming into account."""
    for param_ref2 in params2:
        param2 = deref_param(param_ref2)
        if equal_params(param1, param2, path_params_map):
            return param2
    return None


def equal_params(param1: Parameter | None, param2: Parameter | None, path_params_map: PathParamsMap) -> bool:
    if param1 is None or param2 is None:
        raise DiffError("param is nil")
    if param1.in_ != param2.in_:
        return False
    if param1.in_ != PARAMETER_IN_PATH:
        if param1.name == param2.name:
            return True
        return is_semantic_equivalent(param1, param2)
    return path_params_map.find(param1.name, param2.name)


def is_semantic_equivalent(param1: Parameter, param2: Parameter) -> bool:
    """Whether one parameter is a property of the other, an exploded form object."""
    if is_exploded_object_param(param2):
        return is_param_in_exploded_object(param1, param2)
    if is_exploded_object_param(param1):
        return is_param_in_exploded_object(param2, param1)
    return False


def is_exploded_object_param(param: Parameter | None) -> bool:
    """``style: form`` (the default for query and cookie), ``explode: true``, an object schema with properties."""
    if param is None or param.schema is None:
        return False
    explode = param.explode is True
    if param.style == SERIALIZATION_FORM:
        is_form_style = True
    elif param.style == "":
        is_form_style = is_query_or_cookie_param(param)
    else:
        is_form_style = False
    schema = param.schema.value
    types = schema.type
    is_object_with_props = (
        types is not None and len(types) == 1 and types[0] == "object" and len(schema.properties) > 0
    )
    return explode and is_form_style and is_object_with_props


def is_param_in_exploded_object(simple_param: Parameter, exploded_param: Parameter) -> bool:
    """Whether ``simple_param`` names a property of the exploded object parameter in the same location."""
    if not is_exploded_object_param(exploded_param):
        return False
    if simple_param.in_ != exploded_param.in_:
        return False
    assert exploded_param.schema is not None  # checked by is_exploded_object_param
    return simple_param.name in exploded_param.schema.value.properties


def _virtual_exploded_param(
    simple_param: Parameter, exploded_param: Parameter, property_node: Any
) -> Parameter:
    """One property of an exploded object parameter seen as a standalone parameter.

    It takes the simple parameter's name and location, the property's schema, and every other
    field (required, style, explode, description, examples, extensions ...) from the object parameter.
    """
    data = {**exploded_param.raw, "name": simple_param.name, "in": simple_param.in_, "schema": property_node}
    # a derived node of the same document: built through the document's memo so identities hold
    return derived_node(exploded_param, Parameter, data)


def get_property_diff(
    config: Config,
    state: State,
    simple_param: Parameter,
    exploded_param: Parameter,
    simple_to_exploded: bool,
) -> ParameterDiff | None:
    """The diff between a simple parameter and the matching property of an exploded object parameter.

    ``simple_to_exploded``: the simple parameter is the base side (else the revision side).
    """
    if not is_exploded_object_param(exploded_param):
        raise DiffError("exploded parameter is not a valid exploded object parameter")
    assert exploded_param.schema is not None  # checked by is_exploded_object_param
    property_name = simple_param.name
    exploded_schema = exploded_param.schema.value
    if property_name not in exploded_schema.properties:
        raise DiffError(f"property {property_name} not found in exploded parameter")
    raw_properties = exploded_schema.raw.get("properties") or {}
    property_node = next(node for key, node in raw_properties.items() if str(key) == property_name)
    virtual_exploded_param = _virtual_exploded_param(simple_param, exploded_param, property_node)
    if simple_to_exploded:
        return get_parameter_diff(config, state, simple_param, virtual_exploded_param)
    return get_parameter_diff(config, state, virtual_exploded_param, simple_param)


def match_exploded_with_simple(
    config: Config,
    state: State,
    simple_params: Sequence[ParameterRef],
    exploded_params: Sequence[ParameterRef],
    result: ParametersDiffByLocation,
    processed_simple: set[int],
    processed_exploded: set[int],
    simple_to_exploded: bool,
) -> None:
    """Pair each unprocessed exploded query/cookie object parameter with the simple parameters it absorbs."""
    for exploded_param_ref in exploded_params:
        exploded_param = deref_param(exploded_param_ref)
        if not is_exploded_object_param(exploded_param) or id(exploded_param) in processed_exploded:
            continue
        if not is_query_or_cookie_param(exploded_param):
            continue
        matching_params: list[Parameter] = []
        for simple_param_ref in simple_params:
            simple_param = deref_param(simple_param_ref)
            if id(simple_param) in processed_simple:
                continue
            if is_exploded_object_param(simple_param):
                continue
            if not is_query_or_cookie_param(simple_param):
                continue
            if is_param_in_exploded_object(simple_param, exploded_param):
                matching_params.append(simple_param)
        if matching_params:
            for simple_param in matching_params:
                property_diff = get_property_diff(
                    config, state, simple_param, exploded_param, simple_to_exploded
                )
                if property_diff is not None and not property_diff.empty():
                    result.add_modified_param(simple_param, property_diff)
                processed_simple.add(id(simple_param))
            processed_exploded.add(id(exploded_param))


def is_query_or_cookie_param(param: Parameter) -> bool:
    return param.in_ in (PARAMETER_IN_QUERY, PARAMETER_IN_COOKIE)


def handle_exploded_parameter_matching(
    config: Config,
    state: State,
    params1: Sequence[ParameterRef],
    params2: Sequence[ParameterRef],
    result: ParametersDiffByLocation,
    processed_params1: set[int],
    processed_params2: set[int],
) -> None:
    """Simple base parameters folded into a revision object, then the reverse."""
    match_exploded_with_simple(
        config, state, params1, params2, result, processed_params1, processed_params2, True
    )
    match_exploded_with_simple(
        config, state, params2, params1, result, processed_params2, processed_params1, False
    )
