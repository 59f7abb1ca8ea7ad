"""The document-level parts of the oasdiff port: config, paths/endpoints matching, security, servers,
tags, info, webhooks and the top-level ``diff.get`` (behaviour taken from oasdiff's own tests)."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import pytest

from specfleet.bundle import load_spec
from specfleet.diff.delta import summary as names
from specfleet.diff.delta.config import (
    Config,
    get_exclude_diff_options,
    new_config,
    with_exclude_elements,
    with_match_inline_refs,
)
from specfleet.diff.delta.diff import Diff, DiffError, SpecInfo, get, merged_paths
from specfleet.diff.delta.diff import get_paths_diff as get_composed_paths_diff
from specfleet.diff.delta.endpoints import Endpoints
from specfleet.diff.delta.endpoints_diff import Endpoint
from specfleet.diff.delta.info_diff import get_info_diff
from specfleet.diff.delta.modified_endpoints import ModifiedEndpoints
from specfleet.diff.delta.path import normalize_templated_path
from specfleet.diff.delta.path_params_map import PathParamsMap, new_path_params_map
from specfleet.diff.delta.security_requirements_diff import (
    SecurityAlternative,
    get_security_requirements_diff,
)
from specfleet.diff.delta.servers_diff import get_servers_diff
from specfleet.diff.delta.summary import SummaryDetails
from specfleet.diff.delta.tags_diff import get_tags_diff
from specfleet.diff.openapi3 import T, load_openapi

CASES = Path("/work/shared/oasdiff-cases/data")


def spec(**fields: Any) -> T:
    """A small 3.0 document with ``fields`` laid over an empty one."""
    data: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}
    data.update(copy.deepcopy(fields))
    return load_openapi(data)


def from_file(name: str) -> T:
    document = load_spec(CASES / name)
    return load_openapi(document.data, document)


# --- config ---------------------------------------------------------------------------------------


def test_config_defaults_match_oasdiff() -> None:
    config = new_config()
    assert config.match_inline_refs
    assert not config.include_path_params
    assert not any(
        (
            config.is_exclude_examples(),
            config.is_exclude_description(),
            config.is_exclude_endpoints(),
            config.is_exclude_title(),
            config.is_exclude_summary(),
            config.is_exclude_extensions(),
        )
    )


def test_config_options_apply_in_order() -> None:
    config = new_config(with_exclude_elements(get_exclude_diff_options()), with_match_inline_refs(False))
    assert config.is_exclude_examples() and config.is_exclude_endpoints() and config.is_exclude_title()
    assert not config.match_inline_refs


# --- path templates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/person", ("/person", 0, [])),
        ("/person/{personName}", ("/person/{}", 1, ["personName"])),
        ("/a/{x}/b/{y}", ("/a/{}/b/{}", 2, ["x", "y"])),
        # oasdiff's copy of kin's helper never sees the "*" (it only tracks appended characters)
        ("/files/{path*}", ("/files/{}", 1, ["path*"])),
    ],
)
def test_normalize_templated_path(path: str, expected: tuple[str, int, list[str]]) -> None:
    assert normalize_templated_path(path) == expected


def test_path_params_map_pairs_by_position() -> None:
    renamed = new_path_params_map(["bookId", "libraryId"], ["id", "libraryId"])
    assert renamed == {"bookId": "id", "libraryId": "libraryId"}
    assert renamed.find("bookId", "id") and not renamed.find("bookId", "bookId")
    assert new_path_params_map(["a"], []) is None
    assert PathParamsMap().find("x", "x") and not PathParamsMap().find("x", "y")


def test_endpoints_sort_by_path_then_method() -> None:
    endpoints = Endpoints([Endpoint("GET", "/b"), Endpoint("POST", "/a"), Endpoint("OPTIONS", "/a")])
    ordered = sorted(endpoints, key=functools.cmp_to_key(Endpoints.sort_func))
    assert [(e.path, e.method) for e in ordered] == [("/a", "OPTIONS"), ("/a", "POST"), ("/b", "GET")]
    assert endpoints.sorted() == ordered


def test_modified_endpoints_to_endpoints() -> None:
    assert ModifiedEndpoints({Endpoint(): None}).to_endpoints() == [Endpoint()]
    assert ModifiedEndpoints().to_endpoints() == []


# --- security requirements ------------------------------------------------------------------------

OR_ALTERNATIVES = [
    {"petstore_auth": ["read:pets"]},
    {"petstore_auth": ["write:pets"]},
    {"petstore_auth": ["admin:pets"]},
]


def test_security_alternative_string_forms() -> None:
    assert str(SecurityAlternative(schemes={})) == "{}"
    assert str(SecurityAlternative(schemes={"bearerAuth": []})) == "bearerAuth"
    assert (
        str(SecurityAlternative(schemes={"petstore_auth": ["write:pets", "read:pets"]}))
        == "petstore_auth: [read:pets, write:pets]"
    )
    both = SecurityAlternative(schemes={"oauth": ["read:pets"], "apiKey": []})
    assert str(both) == "apiKey AND oauth: [read:pets]"
    assert both.scheme_names() == "apiKey AND oauth"


def test_shared_scheme_alternatives_do_not_diff_against_themselves() -> None:
    assert get_security_requirements_diff(OR_ALTERNATIVES, copy.deepcopy(OR_ALTERNATIVES)) is None


def test_scope_added_to_unambiguous_alternative_is_a_modification() -> None:
    base: list[dict[str, list[str]]] = [{"petstore_auth": ["read:pets"]}, {"api_key": []}]
    revision: list[dict[str, list[str]]] = [{"api_key": []}, {"petstore_auth": ["read:pets", "list:pets"]}]
    diff = get_security_requirements_diff(base, revision)
    assert diff is not None and not diff.added and not diff.deleted
    (modified,) = diff.modified
    assert modified.scopes["petstore_auth"].added == ["list:pets"]
    assert (modified.base.index, modified.revision.index) == (0, 1)


def test_removed_shared_scheme_alternative_is_deleted_by_index() -> None:
    diff = get_security_requirements_diff(OR_ALTERNATIVES, OR_ALTERNATIVES[:2])
    assert diff is not None and not diff.modified and not diff.added
    (deleted,) = diff.deleted
    assert (str(deleted), deleted.index) == ("petstore_auth: [admin:pets]", 2)


def test_ambiguous_scope_changes_are_delete_plus_add() -> None:
    base = [{"petstore_auth": ["read:pets"]}, {"petstore_auth": ["write:pets"]}]
    revision = [
        {"petstore_auth": ["read:pets", "list:pets"]},
        {"petstore_auth": ["write:pets", "audit:pets"]},
    ]
    diff = get_security_requirements_diff(base, revision)
    assert diff is not None and not diff.modified
    assert sorted(map(str, diff.deleted)) == ["petstore_auth: [read:pets]", "petstore_auth: [write:pets]"]
    assert sorted(map(str, diff.added)) == [
        "petstore_auth: [audit:pets, write:pets]",
        "petstore_auth: [list:pets, read:pets]",
    ]


def test_empty_requirement_is_an_alternative() -> None:
    diff = get_security_requirements_diff([{"api_key": []}], [{"api_key": []}, {}])
    assert diff is not None and [str(a) for a in diff.added] == ["{}"]


# --- servers, tags, info --------------------------------------------------------------------------


def test_servers_match_by_url() -> None:
    base = spec(servers=[{"url": "https://a"}, {"url": "https://b", "variables": {"v": {"default": "1"}}}])
    revision = spec(
        servers=[{"url": "https://b", "variables": {"v": {"default": "2"}}}, {"url": "https://c"}]
    )
    diff = get_servers_diff(new_config(), base.servers, revision.servers)
    assert diff is not None
    assert (diff.added, diff.deleted) == (["https://c"], ["https://a"])
    variables = diff.modified["https://b"].variables_diff
    assert variables is not None and variables.modified["v"].default_diff is not None


def test_tags_match_by_name_and_respect_description_exclusion() -> None:
    base = spec(tags=[{"name": "pets", "description": "a"}, {"name": "old"}])
    revision = spec(tags=[{"name": "pets", "description": "b"}, {"name": "new"}])
    diff = get_tags_diff(new_config(), base.tags, revision.tags)
    assert diff is not None
    assert (diff.added, diff.deleted, list(diff.modified)) == (["new"], ["old"], ["pets"])
    excluded = get_tags_diff(new_config(with_exclude_elements(["description"])), base.tags, revision.tags)
    assert excluded is not None and not excluded.modified


def test_info_added_deleted_and_title_exclusion() -> None:
    with_info = spec()
    without = load_openapi({"openapi": "3.0.3", "paths": {}})
    added = get_info_diff(new_config(), without.info, with_info.info)
    deleted = get_info_diff(new_config(), with_info.info, without.info)
    assert added is not None and added.added and deleted is not None and deleted.deleted
    retitled = spec(info={"title": "other", "version": "1", "contact": {"name": "x"}})
    diff = get_info_diff(new_config(), with_info.info, retitled.info)
    assert diff is not None and diff.title_diff is not None
    assert diff.contact_diff is not None and diff.contact_diff.added
    quiet = get_info_diff(new_config(with_exclude_elements(["title"])), with_info.info, retitled.info)
    assert quiet is not None and quiet.title_diff is None


# --- the whole document ---------------------------------------------------------------------------


def run(config: Config, base: T, revision: T) -> Diff:
    diff = get(config, base, revision)
    assert diff is not None
    return diff


def test_same_document_has_no_diff() -> None:
    assert get(new_config(), from_file("openapi-test1.yaml"), from_file("openapi-test1.yaml")) is None


def test_summary_matches_oasdiff_for_test1_to_test3() -> None:
    summary = run(
        new_config(), from_file("openapi-test1.yaml"), from_file("openapi-test3.yaml")
    ).get_summary()
    expected = {
        names.PATHS_DETAIL: SummaryDetails(0, 0, 4),
        names.SECURITY_DETAIL: SummaryDetails(0, 1, 0),
        names.SERVERS_DETAIL: SummaryDetails(0, 1, 0),
        names.TAGS_DETAIL: SummaryDetails(0, 1, 1),
        names.SCHEMAS_DETAIL: SummaryDetails(0, 2, 0),
        names.PARAMETERS_DETAIL: SummaryDetails(0, 1, 0),
        names.HEADERS_DETAIL: SummaryDetails(0, 3, 0),
        names.REQUEST_BODIES_DETAIL: SummaryDetails(0, 0, 1),
        names.RESPONSES_DETAIL: SummaryDetails(0, 1, 0),
        names.SECURITY_SCHEMES_DETAIL: SummaryDetails(0, 2, 1),
        names.EXAMPLES_DETAIL: SummaryDetails(1, 0, 0),
        names.LINKS_DETAIL: SummaryDetails(1, 0, 0),
        names.CALLBACKS_DETAIL: SummaryDetails(1, 0, 0),
    }
    for name, details in expected.items():
        assert summary.get_summary_details(name) == details, name
    assert summary.get_summary_details("invalid") == SummaryDetails()


def test_operation_security_scopes_deleted() -> None:
    diff = run(new_config(), from_file("openapi-test3.yaml"), from_file("openapi-test1.yaml"))
    assert diff.paths_diff is not None
    operations = diff.paths_diff.modified["/register"].operations_diff
    assert operations is not None
    security = operations.modified["POST"].security_diff
    assert security is not None
    assert "bearerAuth" in [str(alternative) for alternative in security.added]
    oauth = next(m for m in security.modified if "OAuth" in m.base.schemes)
    assert "write:pets" in oauth.scopes["OAuth"].deleted


def test_match_path_filter_drops_every_path() -> None:
    config = Config(match_path="x")
    diff = run(config, from_file("openapi-test1.yaml"), from_file("openapi-test3.yaml"))
    assert diff.paths_diff is None and diff.endpoints_diff is None
    assert names.PATHS_DETAIL not in diff.get_summary().details


def test_unmatch_path_filter() -> None:
    config = Config(unmatch_path="api|subscribe|register")
    diff = run(config, from_file("openapi-test1.yaml"), from_file("openapi-test3.yaml"))
    assert diff.paths_diff is None


def test_filter_operations_by_extension() -> None:
    config = Config(filter_extension="x-beta")
    diff = run(config, from_file("openapi-test1.yaml"), from_file("openapi-test3.yaml"))
    assert diff.get_summary().details[names.ENDPOINTS_DETAIL] == SummaryDetails(0, 0, 3)


def test_invalid_filter_regex_is_a_diff_error() -> None:
    with pytest.raises(DiffError, match="failed to compile filter regex"):
        get(Config(match_path="["), from_file("openapi-test1.yaml"), from_file("openapi-test3.yaml"))


def test_missing_spec_is_a_diff_error() -> None:
    with pytest.raises(DiffError, match="spec is nil"):
        get(new_config(), None, spec())


def test_exclude_endpoints_leaves_endpoints_out() -> None:
    config = new_config(with_exclude_elements(["endpoints"]))
    diff = run(config, from_file("openapi-test1.yaml"), from_file("openapi-test3.yaml"))
    assert diff.endpoints_diff is None and diff.paths_diff is not None


OPERATION = {"responses": {"200": {"description": "ok"}}}


def test_paths_and_endpoints_added_and_deleted() -> None:
    base = spec(paths={"/a": {"get": OPERATION, "post": OPERATION}, "/b": {"get": OPERATION}})
    revision = spec(paths={"/a": {"get": OPERATION, "put": OPERATION}, "/c": {"get": OPERATION}})
    diff = run(new_config(), base, revision)
    assert diff.paths_diff is not None and diff.endpoints_diff is not None
    assert (diff.paths_diff.added, diff.paths_diff.deleted) == (["/c"], ["/b"])
    operations = diff.paths_diff.modified["/a"].operations_diff
    assert operations is not None and (operations.added, operations.deleted) == (["PUT"], ["POST"])
    assert diff.endpoints_diff.added.sorted() == [Endpoint("PUT", "/a"), Endpoint("GET", "/c")]
    assert set(diff.endpoints_diff.deleted) == {Endpoint("GET", "/b"), Endpoint("POST", "/a")}
    assert diff.base_info is not None and diff.revision_info is not None


def test_renamed_path_param_matches_the_same_path() -> None:
    param = {"in": "path", "required": True, "schema": {"type": "string"}}
    base = spec(
        paths={"/books/{bookId}": {"get": {**OPERATION, "parameters": [{**param, "name": "bookId"}]}}}
    )
    revision = spec(paths={"/books/{id}": {"get": {**OPERATION, "parameters": [{**param, "name": "id"}]}}})
    diff = run(new_config(), base, revision)
    assert diff.paths_diff is not None
    assert not diff.paths_diff.added and not diff.paths_diff.deleted
    operations = diff.paths_diff.modified["/books/{bookId}"].operations_diff
    assert operations is not None
    parameters = operations.modified["GET"].parameters_diff
    assert parameters is not None
    name_diff = parameters.modified["path"]["bookId"].name_diff
    assert name_diff is not None and (name_diff.from_, name_diff.to) == ("bookId", "id")
    # with path params part of the identity, the two paths no longer match
    strict = run(Config(include_path_params=True), base, revision)
    assert strict.paths_diff is not None
    assert (strict.paths_diff.added, strict.paths_diff.deleted) == (["/books/{id}"], ["/books/{bookId}"])


@pytest.mark.parametrize(
    ("config", "base_paths", "revision_paths"),
    [
        (Config(path_prefix_base="/tenant"), ["/a"], ["/tenant/a"]),
        (Config(path_prefix_revision="/tenant"), ["/tenant/a"], ["/a"]),
        (Config(path_strip_prefix_revision="/tenant"), ["/a"], ["/tenant/a"]),
        (Config(path_strip_prefix_base="/tenant"), ["/tenant/a"], ["/a"]),
        (
            Config(path_strip_prefix_base="/tenant", path_prefix_base="/tenant1"),
            ["/tenant/a"],
            ["/tenant1/a"],
        ),
    ],
)
def test_path_prefix_options_line_paths_up(
    config: Config, base_paths: list[str], revision_paths: list[str]
) -> None:
    base = spec(paths={path: {"get": OPERATION} for path in base_paths})
    revision = spec(paths={path: {"get": OPERATION} for path in revision_paths})
    assert get(config, base, revision) is None
    assert get(new_config(), base, revision) is not None


def test_root_security_change_keeps_document_pointers() -> None:
    base = spec(security=[{"api_key": []}])
    revision = spec(security=[{"oauth": ["read"]}])
    diff = run(new_config(), base, revision)
    assert diff.security_diff is not None
    assert diff.security_diff.base_origin == base.pointer
    assert [str(a) for a in diff.security_diff.added] == ["oauth: [read]"]


def test_security_schemes_and_oauth_flows() -> None:
    flows = {"implicit": {"authorizationUrl": "https://a", "scopes": {"read": "r"}}}
    base = spec(
        components={"securitySchemes": {"o": {"type": "oauth2", "flows": flows}, "k": {"type": "apiKey"}}}
    )
    changed_flows = {"implicit": {"authorizationUrl": "https://b", "scopes": {"read": "r", "write": "w"}}}
    revision = spec(components={"securitySchemes": {"o": {"type": "oauth2", "flows": changed_flows}}})
    diff = run(new_config(), base, revision)
    assert diff.components_diff is not None
    schemes = diff.components_diff.security_schemes_diff
    assert schemes is not None and schemes.deleted == ["k"] and "k" in schemes.base
    flows_diff = schemes.modified["o"].o_auth_flows_diff
    assert flows_diff is not None and flows_diff.implicit_diff is not None
    assert flows_diff.implicit_diff.authorization_url_diff is not None
    scopes = flows_diff.implicit_diff.scopes_diff
    assert scopes is not None and scopes.added == ["write"]


def test_webhooks_added_deleted_modified() -> None:
    hook = {
        "post": {
            "requestBody": {"content": {"application/json": {"schema": {"type": "string"}}}},
            **OPERATION,
        }
    }
    changed = {
        "post": {
            "requestBody": {"content": {"application/json": {"schema": {"type": "integer"}}}},
            **OPERATION,
        }
    }
    base = spec(openapi="3.1.0", webhooks={"newUser": hook, "orderCreated": hook})
    revision = spec(openapi="3.1.0", webhooks={"newUser": changed, "paymentReceived": hook})
    diff = run(new_config(), base, revision)
    webhooks = diff.webhooks_diff
    assert webhooks is not None
    assert (webhooks.added, webhooks.deleted) == (["paymentReceived"], ["orderCreated"])
    operations = webhooks.modified["newUser"].operations_diff
    assert operations is not None and "POST" in operations.modified
    assert diff.get_summary().get_summary_details(names.WEBHOOKS_DETAIL) == SummaryDetails(1, 1, 1)
    assert get(new_config(), base, base) is None


def test_info_only_document() -> None:
    bare = load_openapi({"openapi": "3.0.3"})
    assert get(new_config(), bare, bare) is None
    diff = run(new_config(), bare, spec())
    assert diff.info_diff is not None and diff.info_diff.added


def test_composed_mode_prefers_the_later_since_date() -> None:
    old = {"get": {**OPERATION, "x-since-date": "2023-01-01", "summary": "old"}}
    new = {"get": {**OPERATION, "x-since-date": "2024-01-01", "summary": "new"}}
    first = SpecInfo("first.yaml", spec(paths={"/a": old}))
    second = SpecInfo("second.yaml", spec(paths={"/a": new, "/b": {"get": OPERATION}}))
    paths, sources = merged_paths([first, second], False)
    merged = paths.value("/a")
    assert merged is not None and merged.get is not None and merged.get.summary == "new"
    assert first.spec.paths is not None
    original = first.spec.paths.map()["/a"].get
    assert original is not None and original.summary == "old"  # the documents themselves are untouched
    assert sources[merged.get] == "second.yaml"
    diff, _ = get_composed_paths_diff(new_config(), [first], [first, second])
    assert diff is not None and diff.paths_diff is not None and diff.paths_diff.added == ["/b"]
    assert get_composed_paths_diff(new_config(), [first, second], [second, first]) == (None, None)


def test_composed_mode_rejects_equal_since_dates() -> None:
    one = SpecInfo("one.yaml", spec(paths={"/a": {"get": OPERATION}}))
    other = SpecInfo("other.yaml", spec(paths={"/a": {"get": OPERATION}}))
    with pytest.raises(DiffError, match="duplicate endpoint"):
        merged_paths([one, other], False)
    bad = SpecInfo("bad.yaml", spec(paths={"/a": {"get": {**OPERATION, "x-since-date": "soon"}}}))
    with pytest.raises(DiffError, match="invalid x-since-date"):
        merged_paths([one, bad], False)


def test_filter_paths_by_extension() -> None:
    base = spec(paths={"/a": {"x-internal": True, "get": OPERATION}, "/b": {"get": OPERATION}})
    revision = spec(paths={"/b": {"get": OPERATION}})
    assert get(Config(filter_extension="x-internal"), base, revision) is None


def test_rewritten_paths_still_locate_their_document() -> None:
    base, revision = from_file("openapi-test1.yaml"), from_file("openapi-test3.yaml")
    diff = run(Config(path_prefix_base=""), base, revision)
    assert diff.paths_diff is not None and diff.paths_diff.base is not None
    assert diff.paths_diff.base.pointer == ("paths",)
    assert diff.paths_diff.base.document is base.document
    assert diff.paths_diff.base.value("/register") is not None
