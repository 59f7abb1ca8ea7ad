"""The diff engine through its public API: how specs are paired, and how each change is named.

Each test builds two small specs, compares them with :func:`compare`, and reads the rule ids,
messages and places a reviewer would see.  (The rule table's one fixture pair per rule is in
test_diff_rules.py; reports and the command line in test_diff.py.)
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from specfleet.diff.engine import DEFAULT_OPTIONS, DiffOptions, compare
from specfleet.diff.found import code
from specfleet.diff.lifecycle import Options, removal, sunset
from specfleet.diff.rules import RULES, VERSIONING_RULES
from specfleet.diff.schemas import type_verdict
from specfleet.spec.load import load_text

ROOT = Path(__file__).resolve().parents[1]
OK = {"responses": {"200": {"description": "ok"}}}


def spec(paths: dict[str, Any] | None = None, version: str = "1.0.0", **extra: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "t", "version": version}, "paths": paths or {}, **extra}


def body(schema: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    return {"/things": {"post": {"requestBody": {"content": {media: {"schema": schema}}}, **OK}}}


def returns(schema: dict[str, Any]) -> dict[str, Any]:
    response = {"description": "ok", "content": {"application/json": {"schema": schema}}}
    return {"/things": {"get": {"responses": {"200": response}}}}


def ids(
    base: Any, revision: Any, options: DiffOptions = DEFAULT_OPTIONS, *, versioning: bool = False
) -> list[str]:
    """The rule ids reported, sorted; the info.version policy left out unless asked for."""
    found = compare(base, revision, options).changes
    return sorted(change.id for change in found if versioning or change.id not in VERSIONING_RULES)


# --- pairing ----------------------------------------------------------------------------------------


def test_the_same_spec_has_no_changes() -> None:
    document = spec(body({"type": "object", "properties": {"a": {"type": "string"}}}))
    assert ids(document, document) == []
    assert ids({"openapi": "3.0.3"}, {"openapi": "3.0.3"}) == []


def test_a_renamed_path_parameter_is_the_same_operation() -> None:
    param = {"in": "path", "required": True, "schema": {"type": "string"}}
    base = spec({"/books/{bookId}": {"get": {"parameters": [{**param, "name": "bookId"}], **OK}}})
    revision = spec({"/books/{id}": {"get": {"parameters": [{**param, "name": "id"}], **OK}}})
    assert ids(base, revision) == []


def test_paths_and_operations_added_and_removed() -> None:
    base = spec({"/a": {"get": OK, "post": OK}, "/b": {"get": OK}})
    revision = spec({"/a": {"get": OK}, "/c": {"get": OK}})
    assert ids(base, revision) == [
        "api-path-removed-without-deprecation",
        "api-removed-without-deprecation",
        "endpoint-added",
    ]


def test_webhooks_added_removed_and_compared() -> None:
    def hook(kind: str) -> dict[str, Any]:
        return {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": kind}}}}, **OK}}

    base = {
        **spec(),
        "openapi": "3.1.0",
        "webhooks": {"newUser": hook("string"), "orderCreated": hook("string")},
    }
    revision = {
        **spec(),
        "openapi": "3.1.0",
        "webhooks": {"newUser": hook("integer"), "paid": hook("string")},
    }
    assert ids(base, revision) == ["request-body-type-changed", "webhook-added", "webhook-removed"]


def test_union_members_pair_by_reference_then_by_content() -> None:
    enum = {"type": "string", "enum": ["user", "admin"]}
    base = spec(body({"anyOf": [enum, {"type": "null"}]}), components={"schemas": {}})
    revision = spec(
        body({"anyOf": [{"$ref": "#/components/schemas/Role"}, {"type": "null"}]}),
        components={"schemas": {"Role": {**enum, "title": "Role"}}},
    )
    assert ids(base, revision) == []  # the same member, now named


def test_a_type_written_as_a_union_is_a_list_of_types() -> None:
    base = spec(body({"type": "object", "properties": {"mode": {"type": "string"}}}))
    revision = spec(
        body({"type": "object", "properties": {"mode": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}})
    )
    assert ids(base, revision) == ["request-property-list-of-types-widened"]


def test_wrapping_a_response_in_one_of_is_one_change() -> None:
    item = {"type": "object", "properties": {"id": {"type": "string"}}}
    assert ids(spec(returns(item)), spec(returns({"oneOf": [item, {"type": "string"}]}))) == [
        "response-body-wrapped-in-one-of"
    ]


def test_a_schema_that_refers_to_itself_is_walked_once() -> None:
    node = {
        "type": "object",
        "properties": {"next": {"$ref": "#/components/schemas/Node"}, "n": {"type": "integer", "maximum": 5}},
    }
    changed = json.loads(json.dumps(node))
    changed["properties"]["n"]["maximum"] = 9
    base = spec(returns({"$ref": "#/components/schemas/Node"}), components={"schemas": {"Node": node}})
    revision = spec(returns({"$ref": "#/components/schemas/Node"}), components={"schemas": {"Node": changed}})
    assert ids(base, revision) == ["response-property-max-increased"]


# --- naming a change: where × what × how --------------------------------------------------------------


def test_one_definition_per_bound_read_with_the_data_direction() -> None:
    def bound(value: int) -> dict[str, Any]:
        return {"type": "object", "properties": {"n": {"type": "integer", "maximum": value}}}

    # a request that accepts less breaks callers; a response that returns less does not
    assert ids(spec(body(bound(10))), spec(body(bound(5)))) == ["request-property-max-decreased"]
    assert ids(spec(returns(bound(10))), spec(returns(bound(5)))) == []
    assert ids(spec(returns(bound(5))), spec(returns(bound(10)))) == ["response-property-max-increased"]
    assert (
        RULES["request-property-max-decreased"] == "ERR" and RULES["response-property-max-increased"] == "ERR"
    )


def test_properties_are_named_by_their_path() -> None:
    def nested(extra: dict[str, Any], *, old: bool) -> dict[str, Any]:
        inner: dict[str, Any] = {"b": {"type": "string", **extra}}
        inner["old" if old else "new"] = {"type": "integer"}
        return {"type": "object", "properties": {"a": {"type": "object", "properties": inner}}}

    changes = compare(
        spec(body(nested({}, old=True))), spec(body(nested({"maxLength": 3}, old=False)))
    ).changes
    assert sorted((c.id, c.message) for c in changes) == [
        ("new-optional-request-property", "request body property `a/new`: was added"),
        ("request-property-max-length-set", "request body property `a/b`: max-length was set to `3`"),
        ("request-property-removed", "request body property `a/old`: was removed"),
    ]


def test_nullability_in_each_spelling() -> None:
    for before, after in (
        ({"type": "string"}, {"type": "string", "nullable": True}),
        ({"type": "string"}, {"type": ["string", "null"]}),
    ):
        assert ids(spec(returns(before)), spec(returns(after))) == ["response-body-became-nullable"]
        assert ids(spec(returns(after)), spec(returns(before))) == ["response-body-became-not-nullable"]


@pytest.mark.parametrize(
    ("typing", "to_server", "old", "new", "verdict"),
    [
        ("json", True, ("integer", None), ("number", None), "generalized"),
        ("json", True, ("number", None), ("integer", None), "changed"),
        ("json", False, ("number", None), ("integer", None), "specialized"),
        ("json", False, ("integer", None), ("number", None), "generalized"),
        ("json", True, ("integer", "int32"), ("integer", "int64"), "generalized"),
        ("json", True, ("string", "uuid"), ("string", None), "generalized"),
        ("loose", True, ("object", None), ("string", None), "compatible"),
        ("loose", False, ("string", None), ("integer", None), "compatible"),
        ("loose", False, ("string", "date-time"), ("integer", None), "changed"),
        ("parameter", True, ("integer", None), ("string", None), "generalized"),
        ("parameter", True, ("string", None), ("integer", None), "changed"),
        ("parameter-property", True, ("integer", None), ("string", None), "changed"),
        ("parameter-property", True, ("string", None), ("integer", None), "specialized"),
    ],
)
def test_type_changes_are_judged_by_what_still_reads(
    typing: str, to_server: bool, old: tuple[str, Any], new: tuple[str, Any], verdict: str
) -> None:
    assert type_verdict(typing, to_server, old, new) == verdict


def test_a_parameter_that_becomes_required_is_placed_at_its_required_key() -> None:
    def param(required: bool) -> dict[str, Any]:
        return {
            "/p": {
                "get": {
                    "parameters": [
                        {"name": "q", "in": "query", "required": required, "schema": {"type": "string"}}
                    ],
                    **OK,
                }
            }
        }

    text = yaml.safe_dump(spec(param(True)), sort_keys=False)
    revision = load_text(Path("revision.yaml"), text)
    (change,) = [c for c in compare(spec(param(False)), revision).changes if c.id not in VERSIONING_RULES]
    assert change.id == "request-parameter-became-required"
    assert change.location.endswith("/parameters/0/required")
    assert text.splitlines()[change.line - 1].strip().startswith("required:")  # type: ignore[operator]


# --- security ----------------------------------------------------------------------------------------

OR_SCOPES = [{"petstore": ["read"]}, {"petstore": ["write"]}]


def test_a_new_scope_on_an_unambiguous_alternative_is_a_scope_change() -> None:
    assert ids(spec(security=[{"petstore": ["read"]}]), spec(security=[{"petstore": ["read", "write"]}])) == [
        "api-global-security-scope-added"
    ]


def test_alternatives_naming_the_same_scheme_are_removed_and_added() -> None:
    assert ids(spec(security=OR_SCOPES), spec(security=OR_SCOPES[:1])) == ["api-global-security-removed"]
    wider = [{"petstore": ["read", "list"]}, {"petstore": ["write", "audit"]}]
    assert ids(spec(security=OR_SCOPES), spec(security=wider)) == [
        "api-global-security-added",
        "api-global-security-added",
        "api-global-security-removed",
        "api-global-security-removed",
    ]
    assert ids(spec(security=[{}]), spec(security=[{}, {"key": []}])) == ["api-global-security-added"]


def test_security_schemes_and_oauth_flows() -> None:
    flows = {"implicit": {"authorizationUrl": "https://a", "scopes": {"read": "r"}}}
    changed = {"implicit": {"authorizationUrl": "https://b", "scopes": {"read": "r", "write": "w"}}}
    base = spec(
        components={"securitySchemes": {"o": {"type": "oauth2", "flows": flows}, "k": {"type": "apiKey"}}}
    )
    revision = spec(components={"securitySchemes": {"o": {"type": "oauth2", "flows": changed}}})
    assert ids(base, revision) == [
        "api-security-component-oauth-scope-added",
        "api-security-component-oauth-url-changed",
        "api-security-component-removed",
    ]


# --- lifecycle -----------------------------------------------------------------------------------------


def test_sunset_dates() -> None:
    assert sunset({"x-sunset": "2025-01-02"}) == datetime.date(2025, 1, 2)
    assert sunset({"x-sunset": "2025-01-02T10:00:00Z"}) == datetime.date(2025, 1, 2)
    assert sunset({}) is None
    for bad in ("tomorrow", "2025-01-02T10:00:00", 20250102):
        assert isinstance(sunset({"x-sunset": bad}), str)


def test_removing_a_deprecated_element_depends_on_its_sunset() -> None:
    today = Options(today=datetime.date(2030, 1, 1))
    assert removal("operation", {}, today) == "without-deprecation"
    assert removal("operation", {"deprecated": True}, today) == "with-deprecation"
    assert removal("operation", {"deprecated": True, "x-sunset": "2031-01-01"}, today) == "before-sunset"
    assert removal("operation", {"deprecated": True, "x-sunset": "soon"}, today) == "sunset-parse"
    assert removal("operation", {"deprecated": True, "x-sunset": "2029-01-01"}, today) is None


def test_deprecation_notice_is_an_option() -> None:
    base = spec({"/t": {"get": OK}})
    revision = spec({"/t": {"get": {**OK, "deprecated": True}}})
    assert ids(base, revision) == ["endpoint-deprecated"]
    assert ids(base, revision, DiffOptions(deprecation_days_stable=10)) == ["api-deprecated-sunset-missing"]


def test_draft_operations_change_freely_below_the_stability_floor() -> None:
    def operation(kind: str) -> dict[str, Any]:
        return {
            "/t": {
                "get": {
                    **OK,
                    "x-stability-level": "draft",
                    "parameters": [{"name": "q", "in": "query", "schema": {"type": kind}}],
                }
            }
        }

    assert ids(spec(operation("string")), spec(operation("integer"))) == []
    assert ids(
        spec(operation("string")), spec(operation("integer")), DiffOptions(stability_level="draft")
    ) == ["request-parameter-type-changed"]


def test_the_version_must_carry_a_breaking_change() -> None:
    base = spec({"/a": {"get": OK}, "/b": {"get": OK}})
    for version, rule in (
        ("1.0.0", "api-version-not-bumped"),
        ("0.9.0", "api-version-decreased"),
        ("1.1.0", "api-major-version-not-bumped"),
    ):
        assert ids(base, spec({"/a": {"get": OK}}, version), versioning=True) == sorted(
            ["api-path-removed-without-deprecation", rule]
        )
    assert ids(base, spec({"/a": {"get": OK}}, "2.0.0"), versioning=True) == [
        "api-path-removed-without-deprecation"
    ]
    assert ids(base, spec({"/a": {"get": OK}, "/b": {"get": OK}, "/c": {"get": OK}}), versioning=True) == [
        "endpoint-added"
    ]
    assert ids(spec(base["paths"], "0.1.0"), spec({"/a": {"get": OK}}, "0.2.0"), versioning=True) == [
        "api-path-removed-without-deprecation"
    ]


# --- messages -----------------------------------------------------------------------------------------


def test_code_spans_hold_backticks_without_escapes() -> None:
    assert code("payment_method_details") == "`payment_method_details`"
    assert code("a`b") == "``a`b``"
    assert code("`x`") == "`` `x` ``"


# --- the command ---------------------------------------------------------------------------------------


def run_command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "specfleet", "diff", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_command_reports_a_removed_parameter_at_its_base_line(tmp_path: Path) -> None:
    params = [{"name": "limit", "in": "query", "schema": {"type": "integer"}}]
    (tmp_path / "base.yaml").write_text(
        yaml.safe_dump(spec({"/things": {"get": {"parameters": params, **OK}}}))
    )
    (tmp_path / "revision.yaml").write_text(yaml.safe_dump(spec({"/things": {"get": OK}})))
    result = run_command(
        str(tmp_path / "base.yaml"), str(tmp_path / "revision.yaml"), "--format", "json", "--no-surface"
    )
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["breaking"] is True
    removed = [c for c in report["changes"] if c["id"] == "request-parameter-removed"]
    assert removed and removed[0]["level"] == "WARN" and removed[0]["operation"] == "GET /things"
    assert removed[0]["file"] == str(tmp_path / "base.yaml") and removed[0]["line"]
    assert "`limit`" in removed[0]["message"]


def test_command_options_reach_the_engine(tmp_path: Path) -> None:
    (tmp_path / "base.yaml").write_text(yaml.safe_dump(spec({"/t": {"get": OK}})))
    (tmp_path / "revision.yaml").write_text(yaml.safe_dump(spec({"/t": {"get": {**OK, "deprecated": True}}})))
    files = (str(tmp_path / "base.yaml"), str(tmp_path / "revision.yaml"), "--format", "json", "--no-surface")
    assert [c["id"] for c in json.loads(run_command(*files).stdout)["changes"]] == ["endpoint-deprecated"]
    raised = run_command(*files, "--deprecation-days-stable", "10")
    assert raised.returncode == 1, raised.stderr
    assert {(c["id"], c["level"]) for c in json.loads(raised.stdout)["changes"]} == {
        ("api-deprecated-sunset-missing", "ERR"),
        ("api-version-not-bumped", "INFO"),  # an ERR change, and info.version stayed 1.0.0
    }


# --- one meaning of breaking, in every report ----------------------------------------------------------


def _review(base: dict[str, Any], revision: dict[str, Any], surface: tuple[Any, ...] = ()) -> Any:
    from specfleet.diff.engine import with_python_api
    from specfleet.diff.review import Review

    result = with_python_api(compare(base, revision), surface)
    return Review("pets", "openapi.yaml", result, "0.1.0", "0.1.0", surface=surface)


def _stripe_like() -> tuple[dict[str, Any], dict[str, Any]]:
    """A shared component reached by many operations, with a snake_case property that changed."""
    component = {
        "type": "object",
        "properties": {"payment_method_details": {"type": "string", "maxLength": 9}},
    }
    base = spec(
        {
            f"/things{i}": {
                "post": {
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
                    },
                    **OK,
                }
            }
            for i in range(40)
        },
        components={"schemas": {"Thing": component}},
    )
    revision = json.loads(json.dumps(base))
    revision["components"]["schemas"]["Thing"]["properties"]["payment_method_details"]["maxLength"] = 5
    for i in range(30):
        revision["paths"][f"/new{i}"] = {"get": OK}
    return base, revision


def test_headline_sections_json_and_markdown_agree() -> None:
    from markdown_it import MarkdownIt

    from specfleet.diff.report import render_json, render_markdown

    review = _review(*_stripe_like())
    markdown = render_markdown([review])
    report = json.loads(render_json([review], per_provider=False))
    failing = [change for change in report["changes"] if change["policy_level"] in ("ERR", "WARN")]
    # the headline counts each change once, where it is written; the operations it reaches second
    distinct = len({(change["id"], change["source"]) for change in failing})
    assert distinct < len(failing)
    assert f"fails: {distinct} breaking change" in markdown
    assert f"({len(failing):,} counted per operation)" in markdown
    sections = [
        int(line.split("(", 1)[1].split(";")[0].rstrip(")"))
        for line in markdown.splitlines()
        if line.startswith("#### ERR") or line.startswith("#### WARN")
    ]
    assert sum(sections) == distinct
    assert (
        report["bump"] == "major" and "Bump: **major** (0.1.0 → 0.2.0; below 1.0 the minor moves)" in markdown
    )
    # code spans render as written: no backslash escapes inside backticks
    html = MarkdownIt("commonmark").render(markdown)
    assert "<code>payment_method_details</code>" in html and "\\_" not in html
    assert len(markdown) <= 65_536


def test_text_output_is_grouped_and_capped() -> None:
    from specfleet.diff.report import render_text

    review = _review(*_stripe_like())
    text = render_text([review], limit=5)
    lines = text.splitlines()
    assert "request-property-max-length-decreased" in lines[1] and "(40 operations: POST /things0" in lines[1]
    assert len(lines) == 1 + 5 + 1 and lines[-1] == "  … and 27 more (see --format json)"


def test_python_api_changes_count_once_and_reach_the_changelog() -> None:
    from specfleet.diff.report import changelog_entry
    from specfleet.diff.surface import SurfaceChange

    base = spec(
        {"/pets": {"get": {**OK, "operationId": "listPets"}}},
        components={"schemas": {"Pet": {"type": "object"}}},
    )
    revision = spec({"/pets": {"get": {**OK, "operationId": "listPets"}}})
    removed = SurfaceChange(
        "api_client.models.Pet", "model-removed", True, "model api_client.models.Pet was removed"
    )
    own = SurfaceChange("api_client.models.Pet.name", "field-type-changed", True, "field name is now int")
    review = _review(base, revision, (removed,))
    (change,) = [c for c in review.result.changes if c.id == "api-schema-removed"]
    assert change.level == "INFO" and change.judged == "ERR"  # the schema removal is how users lose the model
    assert review.result.bump == "major" and len(review.failing) == 1
    alone = _review(spec(), spec(), (own,))
    assert [c.id for c in alone.result.changes] == ["python-api-field-type-changed"]
    entry = changelog_entry(alone.result, "0.2.0", "2026-01-01")
    assert "### Breaking changes" in entry and "field name is now int" in entry


def test_the_report_does_not_depend_on_hashing(tmp_path: Path) -> None:
    """Which component is compared first decides where a cycle is cut: the walk keeps document order."""
    node = {
        "type": "object",
        "properties": {f"p{i}": {"$ref": f"#/components/schemas/N{(i + 1) % 6}"} for i in range(6)},
    }
    schemas = {
        f"N{i}": {**node, "properties": {**node["properties"], "v": {"type": "string", "enum": ["a"]}}}
        for i in range(6)
    }
    paths = {
        f"/n{i}": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/N{i}"}}},
                    }
                }
            }
        }
        for i in range(6)
    }
    base = spec(paths, components={"schemas": schemas})
    revision = json.loads(json.dumps(base))
    for schema in revision["components"]["schemas"].values():
        schema["properties"]["v"]["enum"].append("b")
    (tmp_path / "base.yaml").write_text(yaml.safe_dump(base))
    (tmp_path / "revision.yaml").write_text(yaml.safe_dump(revision))
    files = (str(tmp_path / "base.yaml"), str(tmp_path / "revision.yaml"), "--format", "json", "--no-surface")
    outputs = {
        subprocess.run(
            [sys.executable, "-m", "specfleet", "diff", *files],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1 and json.loads(outputs.pop())["changes"]


# --- normalisation: one notion, however it is spelled -----------------------------------------------


def _v31(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {**spec(paths, components={"schemas": schemas or {}}), "openapi": "3.1.0"}


#: ways to write "a string, or null": 3.0's keyword, 3.1's type list, a null member of
#: anyOf/oneOf, and 3.0's nullable $ref (allOf of one member beside nullable)
NULLABLE_STRING: dict[str, dict[str, Any]] = {
    "nullable": {"type": "string", "nullable": True},
    "type list": {"type": ["string", "null"]},
    "anyOf null": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "oneOf null": {"oneOf": [{"type": "null"}, {"type": "string"}]},
    "nullable $ref": {"allOf": [{"$ref": "#/components/schemas/Text"}], "nullable": True},
    "anyOf $ref null": {"anyOf": [{"$ref": "#/components/schemas/Text"}, {"type": "null"}]},
}
TEXT = {"Text": {"type": "string"}}


def _in_property(schema: dict[str, Any], request: bool) -> dict[str, Any]:
    holder = {"type": "object", "properties": {"note": schema}}
    return _v31(body(holder) if request else returns(holder), TEXT)


@pytest.mark.parametrize("before", sorted(NULLABLE_STRING))
@pytest.mark.parametrize("after", sorted(NULLABLE_STRING))
def test_every_spelling_of_nullable_is_the_same_schema(before: str, after: str) -> None:
    for request in (True, False):
        base = _in_property(NULLABLE_STRING[before], request)
        assert ids(base, _in_property(NULLABLE_STRING[after], request)) == []


@pytest.mark.parametrize("spelling", sorted(NULLABLE_STRING))
def test_becoming_nullable_is_nullability_in_any_spelling(spelling: str) -> None:
    plain, nullable = {"type": "string"}, NULLABLE_STRING[spelling]
    assert ids(_in_property(plain, True), _in_property(nullable, True)) == [
        "request-property-became-nullable"
    ]
    assert ids(_in_property(nullable, False), _in_property(plain, False)) == [
        "response-property-became-not-nullable"
    ]
    query = lambda schema: _v31(  # noqa: E731
        {"/things": {"get": {"parameters": [{"name": "q", "in": "query", "schema": schema}], **OK}}}, TEXT
    )
    assert ids(query(plain), query(nullable)) == ["request-parameter-became-nullable"]
    assert ids(_v31(body(plain), TEXT), _v31(body(nullable), TEXT)) == ["request-body-became-nullable"]


def test_a_change_inside_a_nullable_wrapper_is_the_member_s_change() -> None:
    base = _in_property({"type": "string", "maxLength": 5}, True)
    revision = _in_property({"anyOf": [{"type": "string", "maxLength": 3}, {"type": "null"}]}, True)
    assert ids(base, revision) == [
        "request-property-became-nullable",
        "request-property-max-length-decreased",
    ]


def test_an_untyped_schema_accepted_null_already() -> None:
    assert ids(_in_property({}, True), _in_property({"type": ["string", "null"]}, True)) == []


def _query(schema: dict[str, Any], **param: Any) -> dict[str, Any]:
    parameter = {"name": "q", "in": "query", "schema": schema, **param}
    return _v31({"/things": {"get": {"parameters": [parameter], **OK}}})


@pytest.mark.parametrize(
    ("scalar", "items", "param", "expected"),
    [
        ({"type": "string"}, {"type": "string"}, {}, "request-parameter-type-generalized"),
        ({"type": ["string", "integer"]}, {"type": "string"}, {}, "request-parameter-type-generalized"),
        (
            {"type": ["string", "null"]},
            {"type": ["string", "null"]},
            {},
            "request-parameter-type-generalized",
        ),
        ({"type": "integer"}, {"type": "number"}, {"in": "cookie"}, "request-parameter-type-generalized"),
        # the items reject a value the scalar took
        ({"type": ["string", "integer"]}, {"type": "integer"}, {}, "request-parameter-type-changed"),
        ({"type": "string"}, {"type": "string", "maxLength": 3}, {}, "request-parameter-type-changed"),
        # ?q=a,b is not ?q=a: without explode a single value is no array
        ({"type": "string"}, {"type": "string"}, {"explode": False}, "request-parameter-type-changed"),
        (
            {"type": "string"},
            {"type": "string"},
            {"style": "spaceDelimited"},
            "request-parameter-type-changed",
        ),
    ],
)
def test_a_scalar_query_parameter_becoming_an_exploded_array(
    scalar: dict[str, Any], items: dict[str, Any], param: dict[str, Any], expected: str
) -> None:
    array = {"type": ["array", "null"] if "null" in scalar.get("type", []) else "array", "items": items}
    found = ids(_query(scalar, **param), _query(array, **param))
    assert found == [expected]


def test_a_path_parameter_becoming_an_array_breaks() -> None:
    path = lambda schema: _v31(  # noqa: E731
        {
            "/things/{id}": {
                "get": {
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": schema}],
                    **OK,
                }
            }
        }
    )
    array = {"type": "array", "items": {"type": "string"}}
    assert ids(path({"type": "string"}), path(array)) == ["request-parameter-type-changed"]


@pytest.mark.parametrize(("before", "after", "expected"), [(10, 5, "decreased"), (5, 10, "increased")])
def test_max_items_on_a_parameter_s_items_is_the_parameter_s(before: int, after: int, expected: str) -> None:
    at = lambda n: _query({"type": "array", "items": {"type": "string", "maxItems": n}})  # noqa: E731
    assert ids(at(before), at(after)) == [f"request-parameter-max-items-{expected}"]


def test_an_absent_min_items_is_zero() -> None:
    sent = lambda **bound: spec(body({"type": "array", "items": {"type": "string"}, **bound}))  # noqa: E731
    returned = lambda **bound: spec(returns({"type": "array", "items": {"type": "string"}, **bound}))  # noqa: E731
    assert ids(sent(), sent(minItems=2)) == ["request-body-min-items-increased"]
    assert ids(returned(minItems=2), returned()) == ["response-body-min-items-decreased"]
    assert ids(sent(minItems=0), sent()) == ids(returned(), returned(minItems=0)) == []


@pytest.mark.parametrize(
    ("before", "after", "sent", "returned"),
    [
        ("application/json", "application/json; charset=utf-8", [], ["response-media-type-name-changed"]),
        (
            "application/json; charset=latin1",
            "application/json; charset=utf-8",
            [],
            ["response-media-type-name-changed"],
        ),
        ("application/json", "application/problem+json", [], ["response-media-type-name-specialized"]),
        ("application/problem+json", "application/json", [], ["response-media-type-name-generalized"]),
        (
            "application/json",
            "text/plain",
            ["request-body-media-type-added", "request-body-media-type-removed"],
            ["response-media-type-added", "response-media-type-removed"],
        ),
    ],
)
def test_a_media_type_is_its_type_and_parameters(
    before: str, after: str, sent: list[str], returned: list[str]
) -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    assert ids(spec(body(schema, before)), spec(body(schema, after))) == sent

    def answer(media: str) -> dict[str, Any]:
        content = {media: {"schema": schema}}
        return spec({"/things": {"get": {"responses": {"200": {"description": "ok", "content": content}}}}})

    assert ids(answer(before), answer(after)) == returned


def test_a_renamed_request_media_type_still_compares_its_schema() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string", "maxLength": 5}}}
    narrower = {"type": "object", "properties": {"a": {"type": "string", "maxLength": 3}}}
    base, revision = spec(body(schema)), spec(body(narrower, "application/json; charset=utf-8"))
    assert ids(base, revision) == ["request-property-max-length-decreased"]


def test_an_operation_made_draft_reports_only_its_stability() -> None:
    def operation(level: str, limit: int) -> dict[str, Any]:
        parameter = {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": limit}}
        return spec({"/things": {"get": {"x-stability-level": level, "parameters": [parameter], **OK}}})

    assert ids(operation("stable", 10), operation("draft", 5)) == ["api-stability-decreased"]
    # from draft the operation was not checked: becoming stable is not news, its changes are
    assert ids(operation("draft", 10), operation("stable", 5)) == ["request-parameter-max-length-decreased"]
    found = ids(operation("draft", 10), operation("stable", 5), DiffOptions(stability_level="draft"))
    assert found == ["api-stability-increased", "request-parameter-max-length-decreased"]


def test_a_nullable_union_that_gains_a_member_gained_a_member() -> None:
    schemas = {
        name: {"type": "object", "title": name, "properties": {name.lower(): {"type": "string"}}}
        for name in "AB"
    }
    ref = lambda name: {"$ref": f"#/components/schemas/{name}"}  # noqa: E731

    def returned(*members: dict[str, Any]) -> dict[str, Any]:
        return _v31(returns({"type": "object", "properties": {"x": {"oneOf": list(members)}}}), schemas)

    null = {"type": "null"}
    assert ids(returned(ref("A"), null), returned(ref("A"), ref("B"), null)) == [
        "response-property-one-of-added"
    ]
    assert ids(returned(ref("A"), ref("B"), null), returned(ref("A"), null)) == [
        "response-property-one-of-removed"
    ]
    assert ids(returned(ref("A"), ref("B")), returned(ref("A"), ref("B"), null)) == [
        "response-property-became-nullable"
    ]
