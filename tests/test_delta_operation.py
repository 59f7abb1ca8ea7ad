"""The operation-level parts of the oasdiff port: parameters (by location, renamed path params,
exploded form objects), request bodies, responses, headers, content and media type names,
encodings, examples, links, callbacks, and the list-of-types / oneOf / nullable wrapping
recognisers (behaviour taken from oasdiff's own tests)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from specfleet.bundle import load_spec
from specfleet.diff.delta.config import (
    EXCLUDE_DESCRIPTION_OPTION,
    EXCLUDE_EXAMPLES_OPTION,
    new_config,
    with_exclude_elements,
)
from specfleet.diff.delta.content_diff import get_content_diff
from specfleet.diff.delta.diff import Diff, DiffError, get
from specfleet.diff.delta.list_of_types_diff import get_list_of_types_diff
from specfleet.diff.delta.media_type_name import (
    MediaTypeNameError,
    is_media_type_name_contained,
    parse_media_type_name,
)
from specfleet.diff.delta.media_type_name_diff import get_media_type_name_diff
from specfleet.diff.delta.method_diff import MethodDiff
from specfleet.diff.delta.nullable_wrapping_diff import get_nullable_wrapping_diff
from specfleet.diff.delta.one_of_wrapping_diff import get_one_of_wrapping_diff
from specfleet.diff.delta.parameter_diff import ParameterDiff
from specfleet.diff.delta.parameters_diff_by_location import (
    ParamDiffByLocation,
    ParamDiffs,
    ParamNamesByLocation,
    get_parameters_diff_by_location,
)
from specfleet.diff.delta.path_params_map import PathParamsMap
from specfleet.diff.delta.request_body_diff import get_request_body_diff
from specfleet.diff.delta.responses_diff import get_responses_diff
from specfleet.diff.delta.state import Direction, new_state
from specfleet.diff.delta.value_diff import ValueDiff
from specfleet.diff.openapi3 import Operation, Schema, T, load_openapi

CASES = Path("/work/shared/oasdiff-cases/data")
SECURITY_SCORE_PATH = "/api/{domain}/{project}/badges/security-score"
INSTALL_COMMAND_PATH = "/api/{domain}/{project}/install-command"


def spec(paths: dict[str, Any] | None = None, version: str = "3.0.3", **fields: Any) -> T:
    """A small document with ``paths`` and other top-level ``fields``."""
    data: dict[str, Any] = {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": {}}
    if paths is not None:
        data["paths"] = copy.deepcopy(paths)
    data.update(copy.deepcopy(fields))
    return load_openapi(data)


def operation(parameters: list[Any] | None = None, **fields: Any) -> dict[str, Any]:
    op: dict[str, Any] = {"responses": {"200": {"description": "ok"}}}
    if parameters is not None:
        op["parameters"] = parameters
    op.update(fields)
    return op


def get_op(t: T, path: str, method: str = "get") -> Operation:
    assert t.paths is not None
    item = t.paths.value(path)
    assert item is not None
    found = getattr(item, method)
    assert isinstance(found, Operation)
    return found


def schema(data: dict[str, Any], version: str = "3.0.3") -> Schema:
    """A schema wrapper (components.schemas.s) of a throwaway document."""
    t = spec(version=version, components={"schemas": {"s": data}})
    assert t.components is not None
    return t.components.schemas["s"].value


def diff_of(base: T, revision: T) -> Diff:
    result = get(new_config(), base, revision)
    assert result is not None
    return result


def method_diff(result: Diff, path: str, method: str = "GET") -> MethodDiff:
    assert result.paths_diff is not None
    path_diff = result.paths_diff.modified[path]
    assert path_diff.operations_diff is not None
    return path_diff.operations_diff.modified[method]


def from_file(name: str) -> T:
    document = load_spec(CASES / name)
    return load_openapi(document.data, document)


def query(name: str, **fields: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "string"}, **fields}


# --- media type names ------------------------------------------------------------------------------


def test_parse_media_type_name_parts_and_parameters() -> None:
    parts = parse_media_type_name("image/png;charset=utf-8;boundary=123")
    assert (parts.type, parts.subtype, parts.suffix) == ("image", "png", "")
    assert parts.parameters == {"charset": "utf-8", "boundary": "123"}
    suffixed = parse_media_type_name("image/png+json")
    assert (suffixed.subtype, suffixed.suffix) == ("png", "json")
    assert parse_media_type_name('text/plain; Charset="utf-8"').parameters == {"charset": "utf-8"}
    assert parse_media_type_name("Application/JSON;").type == "application"
    continued = parse_media_type_name("text/plain; title*0=a; title*1=b; name*=utf-8''%E2%82%AC")
    assert continued.parameters == {"title": "ab", "name": "\u20ac"}


@pytest.mark.parametrize(
    "name",
    ["invalid", "/invalid", "invalid/", "image/png+", "image/png+json+xml", "a/b;x", "a/b;x=1;x=2", "a b/c"],
)
def test_parse_media_type_name_rejects_malformed_names(name: str) -> None:
    with pytest.raises(MediaTypeNameError):
        parse_media_type_name(name)


def test_media_type_name_containment() -> None:
    assert is_media_type_name_contained("application/xml", "application/xml")
    assert not is_media_type_name_contained("application/xml", "application/json")
    assert not is_media_type_name_contained("application/xml", "image/png")
    assert not is_media_type_name_contained("application/atom+json", "application/atom+xml")
    assert is_media_type_name_contained("application/xml", "application/atom+xml")
    assert is_media_type_name_contained("application/json", "application/problem+json")
    assert not is_media_type_name_contained("application/problem+json", "application/json")
    assert not is_media_type_name_contained("application/xml", "application/problem+json")
    assert is_media_type_name_contained("application/xml;q=0.9", "application/xml;q=0.8")
    assert not is_media_type_name_contained("invalid", "application/xml")
    assert not is_media_type_name_contained("application/xml", "invalid")


def test_media_type_name_diff_parts() -> None:
    diff = get_media_type_name_diff("application/json", "application/problem+json")
    assert diff is not None
    assert diff.name_diff == ValueDiff("application/json", "application/problem+json")
    assert diff.type_diff is None
    assert diff.subtype_diff == ValueDiff("json", "problem")
    assert diff.suffix_diff == ValueDiff("", "json")
    assert diff.parameters_diff is None
    assert diff.is_contained()
    assert get_media_type_name_diff("text/plain", "text/plain") is None
    with pytest.raises(DiffError):
        get_media_type_name_diff("text/plain", "text")


# --- content ---------------------------------------------------------------------------------------


def _content_spec(content: dict[str, Any]) -> T:
    return spec({"/a": {"post": operation(requestBody={"content": content})}})


def test_content_pairs_a_refined_media_type_as_a_rename() -> None:
    base = _content_spec({"application/json": {"schema": {"type": "object"}}, "text/plain": {}})
    revision = _content_spec({"application/problem+json": {"schema": {"type": "object"}}, "image/png": {}})
    body = method_diff(diff_of(base, revision), "/a", "POST").request_body_diff
    assert body is not None and body.content_diff is not None
    content = body.content_diff
    assert content.media_type_added == ["image/png"]
    assert content.media_type_deleted == ["text/plain"]
    assert list(content.media_type_modified) == ["application/problem+json"]
    renamed = content.media_type_modified["application/problem+json"]
    assert renamed.name_diff is not None and renamed.name_diff.is_contained()
    assert renamed.schema_diff is None


def test_content_compares_same_named_media_types() -> None:
    base = _content_spec({"application/json": {"schema": {"type": "string"}, "example": "a"}})
    revision = _content_spec({"application/json": {"schema": {"type": "integer"}, "example": "b"}})
    t1 = get_op(base, "/a", "post").request_body
    t2 = get_op(revision, "/a", "post").request_body
    assert t1 is not None and t2 is not None
    diff = get_content_diff(new_config(), new_state(), t1.value.content, t2.value.content)
    assert diff is not None
    media = diff.media_type_modified["application/json"]
    assert media.name_diff is None
    assert media.example_diff == ValueDiff("a", "b")
    assert media.schema_diff is not None and media.schema_diff.type_diff is not None
    excluded = get_content_diff(
        new_config(with_exclude_elements([EXCLUDE_EXAMPLES_OPTION])),
        new_state(),
        t1.value.content,
        t2.value.content,
    )
    assert excluded is not None and excluded.media_type_modified["application/json"].example_diff is None


def test_encodings_and_their_headers() -> None:
    def body(encoding: dict[str, Any]) -> T:
        return _content_spec({"multipart/form-data": {"schema": {"type": "object"}, "encoding": encoding}})

    base = body(
        {
            "a": {"contentType": "image/png", "headers": {"X-A": {"schema": {"type": "string"}}}},
            "gone": {"contentType": "text/plain"},
        }
    )
    revision = body({"a": {"contentType": "image/jpeg", "explode": True, "headers": {}}, "new": {}})
    request = method_diff(diff_of(base, revision), "/a", "POST").request_body_diff
    assert request is not None and request.content_diff is not None
    encodings = request.content_diff.media_type_modified["multipart/form-data"].encodings_diff
    assert encodings is not None
    assert encodings.added == ["new"] and encodings.deleted == ["gone"]
    encoding = encodings.modified["a"]
    assert encoding.content_type_diff == ValueDiff("image/png", "image/jpeg")
    assert encoding.explode_diff == ValueDiff(None, True)
    assert encoding.headers_diff is not None and encoding.headers_diff.deleted == ["X-A"]


# --- request bodies --------------------------------------------------------------------------------


def test_request_body_added_deleted_and_modified() -> None:
    with_body = spec(
        {"/a": {"post": operation(requestBody={"required": True, "content": {"text/plain": {}}})}}
    )
    without = spec({"/a": {"post": operation()}})
    added = method_diff(diff_of(without, with_body), "/a", "POST").request_body_diff
    assert added is not None and added.added and not added.deleted
    deleted = method_diff(diff_of(with_body, without), "/a", "POST").request_body_diff
    assert deleted is not None and deleted.deleted
    state, config = new_state(), new_config()
    assert get_request_body_diff(config, state, None, None) is None
    optional = spec(
        {"/a": {"post": operation(requestBody={"description": "d", "content": {"text/plain": {}}})}}
    )
    modified = get_request_body_diff(
        config,
        state,
        get_op(with_body, "/a", "post").request_body,
        get_op(optional, "/a", "post").request_body,
    )
    assert modified is not None
    assert modified.required_diff == ValueDiff(True, False)
    assert modified.description_diff == ValueDiff("", "d")
    assert modified.content_diff is None


def test_component_request_bodies_by_name() -> None:
    def components(bodies: dict[str, Any]) -> T:
        return spec(components={"requestBodies": bodies})

    base = components(
        {"a": {"content": {"application/json": {"schema": {"type": "number"}}}}, "b": {"content": {}}}
    )
    revision = components(
        {"a": {"content": {"application/json": {"schema": {"type": "integer"}}}}, "c": {"content": {}}}
    )
    result = diff_of(base, revision)
    assert result.components_diff is not None
    bodies = result.components_diff.request_bodies_diff
    assert bodies is not None
    assert bodies.added == ["c"] and bodies.deleted == ["b"]
    content = bodies.modified["a"].content_diff
    assert content is not None
    schema_diff = content.media_type_modified["application/json"].schema_diff
    assert schema_diff is not None and schema_diff.type_diff is not None
    assert schema_diff.type_diff.added == ["integer"] and schema_diff.type_diff.deleted == ["number"]


# --- responses, headers, links ---------------------------------------------------------------------


def _responses_spec(responses: dict[str, Any]) -> T:
    return spec({"/a": {"get": {"responses": responses}}})


def test_responses_added_deleted_and_modified_by_status() -> None:
    base = _responses_spec(
        {
            "200": {
                "description": "ok",
                "headers": {"X-Rate": {"description": "per min", "schema": {"type": "integer"}}, "X-Old": {}},
                "links": {"next": {"operationId": "a", "parameters": {"id": "$response.body#/id"}}},
            },
            "404": {"description": "missing"},
        }
    )
    revision = _responses_spec(
        {
            "200": {
                "description": "fine",
                "headers": {
                    "X-Rate": {"description": "per hour", "schema": {"type": "integer"}},
                    "X-New": {},
                },
                "links": {"next": {"operationId": "b", "parameters": {"id": "$response.body#/uid"}}},
            },
            "default": {"description": "error"},
        }
    )
    responses = method_diff(diff_of(base, revision), "/a").responses_diff
    assert responses is not None
    assert responses.added == ["default"] and responses.deleted == ["404"]
    ok = responses.modified["200"]
    assert ok.description_diff == ValueDiff("ok", "fine")
    assert ok.base is get_op(base, "/a").responses.value("200").value  # type: ignore[union-attr]
    assert ok.headers_diff is not None
    assert ok.headers_diff.added == ["X-New"] and ok.headers_diff.deleted == ["X-Old"]
    assert ok.headers_diff.modified["X-Rate"].description_diff == ValueDiff("per min", "per hour")
    assert ok.links_diff is not None
    link = ok.links_diff.modified["next"]
    assert link.operation_id_diff == ValueDiff("a", "b")
    assert link.parameters_diff is not None and list(link.parameters_diff.modified) == ["id"]
    excluded = get(new_config(with_exclude_elements([EXCLUDE_DESCRIPTION_OPTION])), base, revision)
    assert excluded is not None
    excluded_ok = method_diff(excluded, "/a").responses_diff
    assert excluded_ok is not None and excluded_ok.modified["200"].description_diff is None


def test_response_without_description_compares_as_nil() -> None:
    base = _responses_spec({"200": {}})
    revision = _responses_spec({"200": {"description": "Tufin1"}})
    responses = method_diff(diff_of(base, revision), "/a").responses_diff
    assert responses is not None
    assert responses.modified["200"].description_diff == ValueDiff(None, "Tufin1")


def test_responses_are_compared_in_the_response_direction_and_the_direction_is_restored() -> None:
    state = new_state()
    base = _responses_spec(
        {"200": {"description": "", "content": {"application/json": {"schema": {"type": "string"}}}}}
    )
    revision = _responses_spec({"200": {"description": "", "content": {"application/json": {"schema": {}}}}})
    diff = get_responses_diff(
        new_config(), state, get_op(base, "/a").responses, get_op(revision, "/a").responses
    )
    assert diff is not None
    assert state.cache.response_cache and not state.cache.request_cache
    assert state.direction == Direction.REQUEST
    assert get_responses_diff(new_config(), state, None, None) is None


def test_component_responses_headers_examples_and_links() -> None:
    def components(**parts: Any) -> T:
        return spec(components=parts)

    base = components(
        responses={"r": {"description": "a"}, "gone": {"description": "x"}},
        headers={"h": {"schema": {"type": "string"}, "required": True}, "old": {}},
        examples={"e": {"value": 1, "summary": "s"}, "old": {"value": 0}},
        links={"l": {"operationId": "x"}},
    )
    revision = components(
        responses={"r": {"description": "b"}},
        headers={"h": {"schema": {"type": "string"}}, "new": {}},
        examples={"e": {"value": 2, "summary": "t"}},
        links={"l": {"operationId": "y"}, "m": {}},
    )
    parts = diff_of(base, revision).components_diff
    assert parts is not None
    assert parts.responses_diff is not None
    assert parts.responses_diff.deleted == ["gone"]
    assert parts.responses_diff.modified["r"].description_diff == ValueDiff("a", "b")
    assert parts.headers_diff is not None
    assert parts.headers_diff.added == ["new"] and parts.headers_diff.deleted == ["old"]
    assert parts.headers_diff.modified["h"].required_diff == ValueDiff(True, False)
    assert parts.examples_diff is not None and parts.examples_diff.deleted == ["old"]
    example = parts.examples_diff.modified["e"]
    assert example.value_diff == ValueDiff(1, 2) and example.summary_diff == ValueDiff("s", "t")
    assert parts.links_diff is not None and parts.links_diff.added == ["m"]
    assert parts.links_diff.modified["l"].operation_id_diff == ValueDiff("x", "y")
    no_examples = get(new_config(with_exclude_elements([EXCLUDE_EXAMPLES_OPTION])), base, revision)
    assert no_examples is not None and no_examples.components_diff is not None
    assert no_examples.components_diff.examples_diff is None


# --- parameters ------------------------------------------------------------------------------------


def test_param_names_and_diffs_by_location_count_every_location() -> None:
    assert ParamNamesByLocation({"query": ["name"], "header": ["id", "organization"]}).len() == 3
    by_location = ParamDiffByLocation(
        {
            "query": ParamDiffs({"query": ParameterDiff()}),
            "header": ParamDiffs({"id": ParameterDiff(), "organization": ParameterDiff()}),
        }
    )
    assert by_location.len() == 3


def test_parameters_matched_by_location_and_name() -> None:
    base = spec(
        {
            "/a": {
                "get": operation(
                    [
                        query("image", explode=True),
                        {"name": "X-Auth-Name", "in": "header", "schema": {"type": "string"}},
                        {"name": "id", "in": "cookie", "schema": {"type": "string"}},
                    ]
                )
            }
        }
    )
    revision = spec(
        {
            "/a": {
                "get": operation(
                    [
                        query("image"),
                        {"name": "id", "in": "header", "schema": {"type": "string"}},
                        {"name": "id", "in": "cookie", "schema": {"type": "string"}, "required": True},
                    ]
                )
            }
        }
    )
    params = method_diff(diff_of(base, revision), "/a").parameters_diff
    assert params is not None
    assert dict(params.deleted) == {"header": ["X-Auth-Name"]}
    assert dict(params.added) == {"header": ["id"]}
    assert params.modified["query"]["image"].explode_diff == ValueDiff(True, None)
    cookie = params.modified["cookie"]["id"]
    assert cookie.required_diff == ValueDiff(False, True)
    assert cookie.base is get_op(base, "/a").parameters[2].value
    assert cookie.revision is get_op(revision, "/a").parameters[2].value
    assert params.get_summary().added == 1


def test_parameters_through_refs_are_compared_by_value() -> None:
    def document(required: bool) -> T:
        return spec(
            {"/a": {"get": operation([{"$ref": "#/components/parameters/P"}])}},
            components={"parameters": {"P": query("q", required=required)}},
        )

    params = method_diff(diff_of(document(False), document(True)), "/a").parameters_diff
    assert params is not None
    assert params.modified["query"]["q"].required_diff == ValueDiff(False, True)
    component = diff_of(document(False), document(True)).components_diff
    assert component is not None and component.parameters_diff is not None
    assert component.parameters_diff.modified["P"].required_diff == ValueDiff(False, True)


def test_path_params_are_matched_through_the_renamed_template() -> None:
    def document(path: str, name: str, description: str) -> T:
        param = {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        return spec({path: {"get": operation([{**param, "description": description}])}})

    base = document("/books/{bookId}", "bookId", "a")
    revision = document("/books/{id}", "id", "b")
    params = method_diff(diff_of(base, revision), "/books/{bookId}").parameters_diff
    assert params is not None
    assert not params.added and not params.deleted
    renamed = params.modified["path"]["bookId"]
    assert renamed.name_diff == ValueDiff("bookId", "id")
    assert renamed.description_diff == ValueDiff("a", "b")


def test_path_param_map_with_two_params_and_plain_name_match() -> None:
    def params(*names: str) -> list[Any]:
        return [{"name": n, "in": "path", "required": True, "schema": {"type": "string"}} for n in names]

    base = spec({"/b/{bookId}/{libraryId}": {"get": operation(params("bookId", "libraryId"))}})
    revision = spec({"/b/{id}/{otherId}": {"get": operation(params("id", "otherId"))}})
    op1, op2 = get_op(base, "/b/{bookId}/{libraryId}"), get_op(revision, "/b/{id}/{otherId}")
    mapping = PathParamsMap({"bookId": "id", "libraryId": "otherId"})
    diff = get_parameters_diff_by_location(new_config(), new_state(), op1.parameters, op2.parameters, mapping)
    assert diff is not None and not diff.added and not diff.deleted
    assert diff.modified["path"]["bookId"].name_diff == ValueDiff("bookId", "id")
    assert diff.modified["path"]["libraryId"].name_diff == ValueDiff("libraryId", "otherId")
    # without a renaming, path params match by name only
    unmapped = get_parameters_diff_by_location(
        new_config(), new_state(), op1.parameters, op2.parameters, PathParamsMap()
    )
    assert unmapped is not None
    assert dict(unmapped.deleted) == {"path": ["bookId", "libraryId"]}
    assert dict(unmapped.added) == {"path": ["id", "otherId"]}
    same = get_parameters_diff_by_location(
        new_config(), new_state(), op1.parameters, op1.parameters, PathParamsMap()
    )
    assert same is None


_PAGE_PARAMS = [
    {"name": "PageNumber", "in": "query", "schema": {"type": "integer"}},
    {"name": "PageSize", "in": "query", "schema": {"type": "integer"}},
    {"name": "SortBy", "in": "query", "schema": {"type": "string"}},
]
_PAGING_OBJECT = {
    "name": "paging",
    "in": "query",
    "style": "form",
    "explode": True,
    "schema": {
        "type": "object",
        "properties": {"PageNumber": {"type": "integer"}, "PageSize": {"type": "integer", "maximum": 50}},
    },
}


def test_simple_params_folded_into_an_exploded_object_are_matched_to_its_properties() -> None:
    base = spec({"/a": {"get": operation(_PAGE_PARAMS)}})
    revision = spec({"/a": {"get": operation([_PAGING_OBJECT, _PAGE_PARAMS[2]])}})
    params = method_diff(diff_of(base, revision), "/a").parameters_diff
    assert params is not None
    assert not params.added and not params.deleted
    modified = params.modified["query"]
    assert set(modified) == {"PageNumber", "PageSize"}  # SortBy did not change
    assert modified["PageNumber"].style_diff == ValueDiff("", "form")
    assert modified["PageNumber"].explode_diff == ValueDiff(None, True)
    page_size = modified["PageSize"]
    assert page_size.schema_diff is not None and page_size.schema_diff.max_diff == ValueDiff(None, 50)
    # the virtual parameter has the simple parameter's name, the object's property schema
    assert page_size.revision is not None and page_size.revision.name == "PageSize"
    assert (
        page_size.revision.schema
        is get_op(revision, "/a")
        .parameters[0]
        .value.schema.value.properties[  # type: ignore[union-attr]
            "PageSize"
        ]
    )
    reverse = method_diff(diff_of(revision, base), "/a").parameters_diff
    assert reverse is not None and not reverse.added and not reverse.deleted
    assert reverse.modified["query"]["PageNumber"].style_diff == ValueDiff("form", "")


def test_exploded_object_matching_needs_the_same_location() -> None:
    cookie = {"name": "userId", "in": "cookie", "schema": {"type": "string"}}
    exploded = {
        **_PAGING_OBJECT,
        "name": "userParams",
        "schema": {"type": "object", "properties": {"userId": {}}},
    }
    params = method_diff(
        diff_of(spec({"/a": {"get": operation([cookie])}}), spec({"/a": {"get": operation([exploded])}})),
        "/a",
    ).parameters_diff
    assert params is not None
    assert dict(params.deleted) == {"cookie": ["userId"]}
    assert dict(params.added) == {"query": ["userParams"]}


def test_exploded_object_with_a_property_named_like_itself_is_no_change() -> None:
    own = {
        **_PAGING_OBJECT,
        "name": "query",
        "schema": {"type": "object", "properties": {"query": {"type": "string"}}},
    }
    document = spec({"/a": {"get": operation([own, query("other")])}})
    assert get(new_config(), document, spec({"/a": {"get": operation([own, query("other")])}})) is None


def test_non_form_or_unexploded_objects_are_plain_parameters() -> None:
    header_object = {**_PAGING_OBJECT, "in": "header", "style": ""}
    unexploded = {**_PAGING_OBJECT, "explode": False}
    for revision_param in (header_object, unexploded):
        params = method_diff(
            diff_of(
                spec({"/a": {"get": operation(_PAGE_PARAMS[:1])}}),
                spec({"/a": {"get": operation([revision_param])}}),
            ),
            "/a",
        ).parameters_diff
        assert params is not None and params.deleted == {"query": ["PageNumber"]}


def test_common_params_moved_from_path_item_to_operation_show_as_path_level_changes() -> None:
    param = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    base = spec({"/a/{id}": {"parameters": [param], "get": operation()}})
    revision = spec({"/a/{id}": {"get": operation([param])}})
    result = diff_of(base, revision)
    assert result.paths_diff is not None
    path = result.paths_diff.modified["/a/{id}"]
    assert path.parameters_diff is not None and dict(path.parameters_diff.deleted) == {"path": ["id"]}
    assert method_diff(result, "/a/{id}").parameters_diff is not None


def test_parameter_content_and_examples() -> None:
    def document(content_type: str, example: Any) -> T:
        param = {
            "name": "filter",
            "in": "query",
            "content": {content_type: {"schema": {"type": "object"}}},
            "examples": {"one": {"value": example}},
        }
        return spec({"/a": {"get": operation([param])}})

    params = method_diff(
        diff_of(document("application/json", 1), document("text/plain", 2)), "/a"
    ).parameters_diff
    assert params is not None
    changed = params.modified["query"]["filter"]
    assert changed.content_diff is not None
    assert changed.content_diff.media_type_added == ["text/plain"]
    assert changed.content_diff.media_type_deleted == ["application/json"]
    assert changed.examples_diff is not None
    assert changed.examples_diff.modified["one"].value_diff == ValueDiff(1, 2)


# --- oasdiff's shared fixtures -------------------------------------------------------------------


def test_oasdiff_fixture_params_responses_and_callbacks() -> None:
    d31 = diff_of(from_file("openapi-test3.yaml"), from_file("openapi-test1.yaml"))
    get_security = method_diff(d31, SECURITY_SCORE_PATH)
    assert get_security.responses_diff is not None and "default" in get_security.responses_diff.deleted
    install = method_diff(d31, INSTALL_COMMAND_PATH).responses_diff
    assert install is not None
    default = install.modified["default"]
    assert default.description_diff == ValueDiff("Tufin", "Tufin1")
    assert default.headers_diff is not None
    assert default.headers_diff.modified["X-RateLimit-Limit"].description_diff == ValueDiff(
        "Request limit per min.", "Request limit per hour."
    )
    register = method_diff(d31, "/register", "POST").callbacks_diff
    assert register is not None and "myEvent" in register.deleted
    subscribe = method_diff(d31, "/subscribe", "POST").callbacks_diff
    assert subscribe is not None
    my_event = subscribe.modified["myEvent"]
    assert "{$request.body#/callbackUrl}" in my_event.deleted
    bye = my_event.modified["bye"].operations_diff
    assert bye is not None
    request_body = bye.modified["POST"].request_body_diff
    assert request_body is not None and request_body.added
    hi = my_event.modified["hi"].operations_diff
    assert hi is not None
    hi_body = hi.modified["POST"].request_body_diff
    assert hi_body is not None and hi_body.content_diff is not None
    encodings = hi_body.content_diff.media_type_modified["application/json"].encodings_diff
    assert encodings is not None and encodings.modified["profileImage"].headers_diff is not None

    d13 = diff_of(from_file("openapi-test1.yaml"), from_file("openapi-test3.yaml"))
    assert d13.components_diff is not None and d13.components_diff.request_bodies_diff is not None
    reuven = d13.components_diff.request_bodies_diff.modified["reuven"].content_diff
    assert reuven is not None
    meter = reuven.media_type_modified["application/json"].schema_diff
    assert meter is not None and meter.properties_diff is not None
    meter_type = meter.properties_diff.modified["meter_value"].type_diff
    assert meter_type is not None and meter_type.deleted == ["number"] and meter_type.added == ["integer"]
    hi13 = method_diff(d13, "/subscribe", "POST").callbacks_diff
    assert hi13 is not None
    ops = hi13.modified["myEvent"].modified["hi"].operations_diff
    assert ops is not None
    body13 = ops.modified["POST"].request_body_diff
    assert body13 is not None and body13.content_diff is not None
    encodings13 = body13.content_diff.media_type_modified["application/json"].encodings_diff
    assert encodings13 is not None and "historyMetadata" in encodings13.deleted


def test_oasdiff_fixture_header_and_media_type_changes() -> None:
    d51 = diff_of(from_file("openapi-test5.yaml"), from_file("openapi-test1.yaml"))
    assert d51.components_diff is not None and d51.components_diff.headers_diff is not None
    headers = d51.components_diff.headers_diff
    assert "new" in headers.added
    testc = headers.modified["testc"].content_diff
    assert testc is not None
    testc_type = testc.media_type_modified["application/json"].schema_diff
    assert testc_type is not None and testc_type.type_diff is not None
    assert testc_type.type_diff.deleted == ["string"] and testc_type.type_diff.added == ["object"]
    security = method_diff(d51, SECURITY_SCORE_PATH)
    assert security.parameters_diff is not None
    user = security.parameters_diff.modified["header"]["user"].content_diff
    assert user is not None and user.media_type_added == ["application/json"]
    assert security.responses_diff is not None
    xml = security.responses_diff.modified["201"].content_diff
    assert xml is not None
    xml_type = xml.media_type_modified["application/xml"].schema_diff
    assert xml_type is not None and xml_type.type_diff is not None
    assert xml_type.type_diff.deleted == ["object"] and xml_type.type_diff.added == ["string"]


# --- recognisers used by the schema diff -----------------------------------------------------------


def test_list_of_types_single_to_list_and_back() -> None:
    single = schema({"type": "string"})
    one_of = schema({"oneOf": [{"type": "string"}, {"type": "integer"}]})
    any_of = schema({"anyOf": [{"type": "string"}, {"type": "boolean"}]})
    added = get_list_of_types_diff(single, one_of)
    assert added is not None and added.added == ["integer"] and added.deleted == []
    deleted = get_list_of_types_diff(one_of, single)
    assert deleted is not None and deleted.deleted == ["integer"] and deleted.added == []
    swapped = get_list_of_types_diff(one_of, any_of)
    assert swapped is not None and swapped.added == ["boolean"] and swapped.deleted == ["integer"]
    assert (
        get_list_of_types_diff(one_of, schema({"anyOf": [{"type": "integer"}, {"type": "string"}]})) is None
    )
    assert get_list_of_types_diff(single, schema({"type": "integer"})) is None  # no list on either side
    complex_one_of = schema({"oneOf": [{"type": "string"}, {"type": "object", "properties": {"n": {}}}]})
    assert get_list_of_types_diff(single, complex_one_of) is None
    untyped = schema({"oneOf": [{"type": "string"}, {"minLength": 1}]})
    assert get_list_of_types_diff(single, untyped) is None
    with_properties = schema({"properties": {"a": {}}, "oneOf": [{"type": "string"}, {"type": "integer"}]})
    assert get_list_of_types_diff(single, with_properties) is None
    typed_with_list = schema({"type": "string", "oneOf": [{"type": "integer"}, {"type": "boolean"}]})
    type_wins = get_list_of_types_diff(one_of, typed_with_list)  # read as the single type "string"
    assert type_wins is not None and type_wins.deleted == ["integer"] and type_wins.added == []


def test_list_of_types_through_the_whole_diff() -> None:
    def document(property_schema: dict[str, Any]) -> T:
        body = {"type": "object", "properties": {"id": property_schema}}
        return _responses_spec(
            {"200": {"description": "", "content": {"application/json": {"schema": body}}}}
        )

    result = diff_of(
        document({"type": "string"}), document({"oneOf": [{"type": "string"}, {"type": "integer"}]})
    )
    responses = method_diff(result, "/a").responses_diff
    assert responses is not None and responses.modified["200"].content_diff is not None
    body = responses.modified["200"].content_diff.media_type_modified["application/json"].schema_diff
    assert body is not None and body.properties_diff is not None
    list_of_types = body.properties_diff.modified["id"].list_of_types_diff
    assert list_of_types is not None and list_of_types.added == ["integer"]


def test_one_of_wrapping_detects_moved_properties() -> None:
    base = schema({"type": "object", "properties": {"b": {}, "a": {}, "gone": {}}})
    wrapped = schema(
        {"oneOf": [{"type": "object", "properties": {"a": {}}}, {"type": "object", "properties": {"b": {}}}]}
    )
    diff = get_one_of_wrapping_diff(base, wrapped)
    assert diff is not None and diff.num_alternatives == 2 and diff.moved_properties == ["a", "b"]
    assert get_one_of_wrapping_diff(wrapped, base) is None  # unwrapping is not detected
    typed_wrapper = schema({"type": "object", "oneOf": [{"properties": {"a": {}}}]})
    assert get_one_of_wrapping_diff(base, typed_wrapper) is None
    unrelated = schema({"oneOf": [{"properties": {"z": {}}}]})
    assert get_one_of_wrapping_diff(base, unrelated) is None
    assert get_one_of_wrapping_diff(None, wrapped) is None


def test_nullable_wrapping_recognition() -> None:
    config = new_config()
    string_enum = {"type": "string", "enum": ["a", "b"]}

    def pair(plain: dict[str, Any], wrapper: dict[str, Any]) -> tuple[Schema, Schema]:
        return schema(plain, "3.1.0"), schema(wrapper, "3.1.0")

    def wrap(*branches: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {"oneOf": list(branches), **extra}

    null = {"type": "null"}
    assert get_nullable_wrapping_diff(config, *pair(string_enum, wrap(null, string_enum))) is not None
    assert get_nullable_wrapping_diff(config, *pair(string_enum, wrap(string_enum, null))) is not None
    removed = get_nullable_wrapping_diff(config, *reversed(pair(string_enum, wrap(null, string_enum))))
    assert removed is not None and removed.nullability_removed and not removed.nullability_added
    nullable = {"type": ["string", "null"]}
    assert get_nullable_wrapping_diff(config, *pair(nullable, wrap(null, nullable))) is None
    other = {"type": "string", "enum": ["a"]}
    assert get_nullable_wrapping_diff(config, *pair(string_enum, wrap(null, other))) is None
    assert (
        get_nullable_wrapping_diff(config, *pair(string_enum, wrap(null, string_enum, string_enum))) is None
    )
    null_with_enum = {"type": "null", "enum": ["x"]}
    assert get_nullable_wrapping_diff(config, *pair(string_enum, wrap(null_with_enum, string_enum))) is None
    constrained = wrap(null, string_enum, minProperties=1)
    assert get_nullable_wrapping_diff(config, *pair(string_enum, constrained)) is None
    annotated = wrap(null, string_enum, description="now nullable")
    added = get_nullable_wrapping_diff(config, *pair(string_enum, annotated))
    assert added is not None and added.nullability_added
    described_null = {"type": "null", "description": "no value"}
    assert (
        get_nullable_wrapping_diff(config, *pair(string_enum, wrap(described_null, string_enum))) is not None
    )
    assert get_nullable_wrapping_diff(config, None, schema(string_enum)) is None
