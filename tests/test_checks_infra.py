"""The checker's infrastructure: rule registry, config, changes, helpers, policies and the runner."""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from specfleet.diff import openapi3
from specfleet.diff.checks import checks, rules
from specfleet.diff.checks.api_change import ApiChange, new_api_change
from specfleet.diff.checks.changes import compare_changes, get_level_count, has_level_or_higher, sort_changes
from specfleet.diff.checks.checker import (
    check_backward_compatibility_until_level,
    clone_paths_diff_for_check,
    merge_webhook_operations_into_paths_diff,
)
from specfleet.diff.checks.checks_utils import (
    check_added_properties_diff,
    check_deleted_properties_diff,
    check_modified_properties_diff,
    interface_to_string,
    is_decreased,
    is_increased,
    property_full_name,
)
from specfleet.diff.checks.component_change import new_component_change
from specfleet.diff.checks.config import (
    Config,
    UnknownRuleError,
    new_config,
    with_attributes,
    with_deprecation,
    with_severity_levels,
    with_stability_level,
)
from specfleet.diff.checks.deprecation import SunsetDateError, get_sunset, get_sunset_date
from specfleet.diff.checks.info_change import InfoChange
from specfleet.diff.checks.level import ERR, INFO, WARN, Level, LevelError, get_severity_levels, new_level
from specfleet.diff.checks.list_of_types_core import join_types
from specfleet.diff.checks.media_type import combine_details, format_media_type_details
from specfleet.diff.checks.nullable_type_utils import Nullability, nullability_change, nullability_change_id
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.checks.stability_level import StabilityLevel, parse_stability_level
from specfleet.diff.checks.transition_claims import claimed_by_transition
from specfleet.diff.checks.type_format import get_base_type_format, get_revision_type_format
from specfleet.diff.checks.versioning_policy import (
    apply_versioning_policy,
    parse_semver,
    versioning_violation,
)
from specfleet.diff.delta import config as delta_config
from specfleet.diff.delta import diff
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.nullable_wrapping_diff import NullableWrappingDiff
from specfleet.diff.delta.schema_diff import SchemaDiff
from specfleet.diff.delta.string_list_diff import StringsDiff
from specfleet.diff.delta.value_diff import ValueDiff

ROOT = Path(__file__).resolve().parents[1]


def spec(paths: dict[str, Any], version: str = "1.0.0", **extra: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "t", "version": version}, "paths": paths, **extra}


def diff_of(base: dict[str, Any], revision: dict[str, Any]) -> Diff:
    report = diff.get(delta_config.new_config(), openapi3.load_openapi(base), openapi3.load_openapi(revision))
    assert report is not None
    return report


def body_op(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "post": {
            "operationId": "make",
            "x-team": "core",
            "requestBody": {"content": {"application/json": {"schema": schema}}},
            "responses": {"200": {"description": "ok"}},
        }
    }


def request_schema_diff(report: Diff) -> SchemaDiff:
    assert report.paths_diff is not None
    method_diff = report.paths_diff.modified["/things"].operations_diff.modified["POST"]  # type: ignore[union-attr]
    body = method_diff.request_body_diff
    assert body is not None and body.content_diff is not None
    schema_diff = body.content_diff.media_type_modified["application/json"].schema_diff
    assert schema_diff is not None
    return schema_diff


# --- registry -----------------------------------------------------------------------------------


def test_registry_has_every_rule_once_with_a_message_for_its_arguments() -> None:
    ids = rules.get_all_rule_ids()
    assert len(ids) == 509 == len(set(ids))
    assert set(rules.MESSAGES) == set(ids)
    for rule_id, template in rules.MESSAGES.items():
        used = sorted({int(n) for n in re.findall(r"\{(\d+)\}", template)})
        assert used == list(range(len(used))), rule_id


def test_registry_levels_and_kinds_match_oasdiff() -> None:
    assert rules.get_check_levels()["api-removed-without-deprecation"] is ERR
    assert rules.get_check_levels()["request-parameter-removed"] is WARN
    assert rules.get_check_levels()["endpoint-added"] is INFO
    assert rules.get_check_levels()["request-parameter-max-length-set"] is WARN
    rule = rules.get_rule("request-property-type-changed")
    assert rule is not None and rule.kind is rules.Kind.TYPE and rule.direction is rules.Direction.REQUEST
    assert rules.get_rule("no-such-rule") is None


def test_every_registry_handler_is_a_registered_check() -> None:
    names = rules.get_all_check_names()
    assert len(names) == 125
    assert [check.__name__ for check in checks.get_all_checks()] == names
    assert all(check.__module__.startswith("specfleet.diff.checks.check_") for check in checks.ALL_CHECKS)


def test_messages_fill_arguments_in_order() -> None:
    change = ApiChange(id="request-parameter-enum-value-added", args=["red", "query", "color"])
    assert change.get_text() == "`query` parameter `color`: new enum value `red`"
    detailed = change.with_details("(media type: application/xml)")
    assert detailed.get_text().endswith(" (media type: application/xml)")
    assert change.details == ""


# --- level, config, stability -------------------------------------------------------------------


def test_levels_parse_and_order() -> None:
    assert new_level("ERR") is ERR and new_level("warn") is WARN
    with pytest.raises(LevelError):
        new_level("Err")
    assert ERR > WARN > INFO and ERR.is_breaking() and not INFO.is_breaking()
    assert get_severity_levels(["endpoint-added ERR"]) == {"endpoint-added": ERR}
    with pytest.raises(LevelError, match="invalid rule id"):
        get_severity_levels(["not-a-rule ERR"])
    with pytest.raises(LevelError, match="invalid line"):
        get_severity_levels(["endpoint-added"])


def test_config_options_apply_in_order() -> None:
    config = new_config(
        [],
        with_severity_levels({"endpoint-added": ERR}),
        with_deprecation(30, 180),
        with_attributes(["x-team"]),
        with_stability_level("alpha"),
    )
    assert config.get_log_level("endpoint-added") is ERR
    assert (config.min_sunset_beta_days, config.min_sunset_stable_days) == (30, 180)
    assert config.stability_level is StabilityLevel.ALPHA
    assert new_config([]).get_log_level("endpoint-added") is INFO  # overrides do not leak
    with pytest.raises(UnknownRuleError):
        config.get_log_level("not-a-rule")
    with pytest.raises(UnknownRuleError):
        config.set_log_level("not-a-rule", ERR)


def test_stability_threshold() -> None:
    assert parse_stability_level("") is StabilityLevel.STABLE
    assert StabilityLevel.BETA.is_included("stable") and not StabilityLevel.BETA.is_included("alpha")
    assert StabilityLevel.DRAFT.is_included("draft")


# --- changes ------------------------------------------------------------------------------------


def test_api_change_takes_level_operation_id_and_attributes(tmp_path: Path) -> None:
    t = openapi3.load_openapi(spec({"/things": body_op({"type": "string"})}))
    operation = t.paths.find("/things").operations()["POST"]  # type: ignore[union-attr]
    config = new_config([], with_attributes(["x-team", "x-absent"]))
    change = new_api_change("endpoint-added", config, [], "", operation, "POST", "/things")
    assert (change.level, change.operation_id, change.attributes) == (INFO, "make", {"x-team": "core"})
    located = change.with_sources(("paths", "/things", "post"), None)
    assert located.get_base_source() == ("paths", "/things", "post") and change.get_base_source() is None
    component = new_component_change("api-schema-removed", config, ["Pet"], "", "schemas")
    assert (
        component.get_section() == "components" and component.get_text() == "component schema `Pet` deleted"
    )


def test_changes_sort_most_severe_first_then_by_path_method_id_args() -> None:
    def change(rule_id: str, level: Level, path: str, args: list[Any]) -> ApiChange:
        return ApiChange(id=rule_id, level=level, path=path, operation="GET", args=args)

    items: list[Any] = [
        change("endpoint-added", INFO, "/a", []),
        change("request-parameter-removed", ERR, "/b", ["query", "z"]),
        change("request-parameter-removed", ERR, "/b", ["query", "a"]),
        change("request-parameter-removed", ERR, "/a", ["query", "q"]),
        InfoChange(id="api-version-not-bumped", level=WARN, args=["1.0.0"]),
    ]
    sort_changes(items)
    assert [(c.get_level(), c.get_path(), c.get_args()) for c in items] == [
        (ERR, "/a", ["query", "q"]),
        (ERR, "/b", ["query", "a"]),
        (ERR, "/b", ["query", "z"]),
        (WARN, "", ["1.0.0"]),
        (INFO, "/a", []),
    ]
    assert compare_changes(items[0], items[0]) == 0
    assert has_level_or_higher(items, ERR) and get_level_count(items) == {ERR: 3, WARN: 1, INFO: 1}


# --- helpers ------------------------------------------------------------------------------------


def test_argument_rendering_and_names() -> None:
    assert [interface_to_string(v) for v in (None, "x", True, 3, 1.5, ["a", "b"])] == [
        "undefined",
        "x",
        "true",
        "3",
        "1.50",
        "a, b",
    ]
    assert property_full_name("", "a") == "a" and property_full_name("a/items", "b", "c") == "a/items/b/c"
    assert join_types(["string"]) == "string" and join_types(["a", "b", "c"]) == "a, b and c"
    assert format_media_type_details("application/xml", 1) == ""
    assert format_media_type_details("application/xml", 2) == "(media type: application/xml)"
    assert combine_details("", "a", "", "b") == "a b"
    assert (
        is_increased(1, 2.5) and is_decreased(3, 2) and not is_increased(True, 2) and not is_increased("1", 2)
    )


def test_sunset_dates() -> None:
    assert get_sunset({"x-sunset": "2025-01-02"}) == ("2025-01-02", True)
    assert get_sunset({}) == (None, False)
    assert get_sunset_date("2025-01-02") == datetime.date(2025, 1, 2)
    assert get_sunset_date("2025-01-02T10:00:00Z") == datetime.date(2025, 1, 2)
    for bad in ("tomorrow", "2025-01-02T10:00:00", 20250102):
        with pytest.raises(SunsetDateError):
            get_sunset_date(bad)


def test_versioning_policy() -> None:
    assert parse_semver("v1.2.3-rc.1+build") is not None and parse_semver("2024-01-01") is None
    assert parse_semver("v1") is None
    one, two = parse_semver("1.0.0"), parse_semver("1.1.0")
    assert one is not None and two is not None
    assert versioning_violation("1.0.0", "1.0.0", one, one)[0] == "api-version-not-bumped"
    assert versioning_violation("1.1.0", "1.0.0", two, one)[0] == "api-version-decreased"
    assert versioning_violation("1.0.0", "1.1.0", one, two)[0] == "api-major-version-not-bumped"
    zero, zero_minor = parse_semver("0.1.0"), parse_semver("0.2.0")
    assert zero is not None and zero_minor is not None
    assert versioning_violation("0.1.0", "0.2.0", zero, zero_minor) == ("", [])


def test_versioning_policy_speaks_only_about_breaking_changes() -> None:
    report = diff_of(spec({}, "1.0.0"), spec({}, "1.0.0", tags=[{"name": "x"}]))
    config = new_config([])
    breaking: list[Any] = [ApiChange(id="api-removed-without-deprecation", level=ERR)]
    assert apply_versioning_policy(config, report, []) == []
    added = apply_versioning_policy(config, report, breaking)
    assert [c.get_id() for c in added] == ["api-removed-without-deprecation", "api-version-not-bumped"]


# --- schema walks, claims, nullability, sources -------------------------------------------------


def nested(extra: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "a": {
                "type": "object",
                "properties": {"b": {"type": "string", **extra}, "old": {"type": "string"}},
            },
        },
    }


def test_property_walks_name_nested_properties() -> None:
    base = nested({})
    revision = nested({"maxLength": 3})
    del revision["properties"]["a"]["properties"]["old"]
    revision["properties"]["a"]["properties"]["new"] = {"type": "integer"}
    schema_diff = request_schema_diff(
        diff_of(spec({"/things": body_op(base)}), spec({"/things": body_op(revision)}))
    )
    modified: list[tuple[str, str]] = []
    check_modified_properties_diff(schema_diff, lambda path, name, d, parent: modified.append((path, name)))
    assert modified == [("", "a"), ("a", "b")]
    added: list[str] = []
    check_added_properties_diff(
        schema_diff, lambda path, name, s, parent: added.append(property_full_name(path, name))
    )
    deleted: list[str] = []
    check_deleted_properties_diff(
        schema_diff, lambda path, name, s, parent: deleted.append(property_full_name(path, name))
    )
    assert (added, deleted) == (["a/new"], ["a/old"])


def test_transition_claims_drop_echoes_but_keep_reporters() -> None:
    wrapped = SchemaDiff(nullable_wrapping_diff=NullableWrappingDiff(nullability_added=True))
    assert claimed_by_transition(wrapped, "request-property-type-changed")
    assert claimed_by_transition(wrapped, "request-property-enum-value-removed")
    assert not claimed_by_transition(wrapped, "request-property-became-nullable")
    assert not claimed_by_transition(wrapped, "request-property-deprecated")  # lifecycle is never claimed
    assert not claimed_by_transition(None, "request-property-type-changed")
    null_only = SchemaDiff(type_diff=StringsDiff(added=["null"]))
    assert claimed_by_transition(null_only, "response-property-type-changed")
    assert not claimed_by_transition(
        SchemaDiff(type_diff=StringsDiff(added=["null"]), format_diff=ValueDiff("", "uuid")),
        "response-property-type-changed",
    )
    change = ApiChange(id="request-property-type-changed").with_schema(wrapped)
    assert change.claimed


def test_nullability_in_each_spelling() -> None:
    def schema_diff(base: dict[str, Any], revision: dict[str, Any]) -> SchemaDiff:
        return request_schema_diff(
            diff_of(spec({"/things": body_op(base)}), spec({"/things": body_op(revision)}))
        )

    keyword = schema_diff({"type": "string"}, {"type": "string", "nullable": True})
    assert nullability_change(keyword) is Nullability.BECAME_NULLABLE
    assert nullability_change_id(keyword, "yes", "no") == "yes"
    assert nullability_change(schema_diff({"type": "string", "nullable": True}, {"type": "string"})) is (
        Nullability.BECAME_NOT_NULLABLE
    )
    assert nullability_change(schema_diff({"type": "string"}, {"type": "string", "maxLength": 2})) is (
        Nullability.UNCHANGED
    )


def test_type_format_reads_only_the_changed_dimension() -> None:
    def schema_diff(base: dict[str, Any], revision: dict[str, Any]) -> SchemaDiff:
        return request_schema_diff(
            diff_of(spec({"/things": body_op(base)}), spec({"/things": body_op(revision)}))
        )

    fmt = schema_diff({"type": "string", "format": "uuid"}, {"type": "string"})
    assert (get_base_type_format(fmt), get_revision_type_format(fmt)) == ("uuid", "none")
    typ = schema_diff({"type": "array", "items": {"type": "string"}}, {"type": "integer"})
    assert (get_base_type_format(typ), get_revision_type_format(typ)) == ("array<string>", "integer")


def test_sources_point_into_each_document() -> None:
    report = diff_of(
        spec({"/things": body_op({"type": "string"})}),
        spec({"/things": body_op({"type": "string", "maxLength": 4})}),
    )
    assert report.paths_diff is not None
    method_diff = report.paths_diff.modified["/things"].operations_diff.modified["POST"]  # type: ignore[union-attr]
    base, revision = schema_field_sources(method_diff, request_schema_diff(report), "maxLength")
    schema = ("paths", "/things", "post", "requestBody", "content", "application/json", "schema")
    assert (base, revision) == ((*schema, "maxLength"), (*schema, "maxLength"))


# --- the runner ---------------------------------------------------------------------------------


def test_runner_filters_by_level_drops_claimed_changes_and_does_not_touch_the_diff() -> None:
    report = diff_of(
        spec({"/things": body_op({"type": "string"}), "/gone": body_op({"type": "string"})}),
        spec({"/things": body_op({"type": "string", "maxLength": 4})}),
    )

    def fake_check(diff_report: Diff, config: Config) -> list[Any]:
        return [
            new_api_change("request-body-max-length-set", config, [4], "", None, "POST", "/things"),
            new_api_change("endpoint-added", config, [], "", None, "GET", "/things"),
            ApiChange(id="request-body-type-changed", level=ERR, claimed=True),
        ]

    config = new_config([fake_check])
    assert [c.get_id() for c in check_backward_compatibility_until_level(config, report, WARN)] == [
        "request-body-max-length-set"
    ]
    everything = check_backward_compatibility_until_level(config, report, INFO)
    assert [c.get_id() for c in everything] == ["request-body-max-length-set", "endpoint-added"]
    assert check_backward_compatibility_until_level(config, None, INFO) == []


def test_clone_isolates_the_parts_the_pipeline_edits_and_webhooks_join_paths() -> None:
    hook = {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "string"}}}}}}
    hook2 = {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "integer"}}}}}}
    base = {**spec({"/things": body_op({"type": "string"})}), "openapi": "3.1.0", "webhooks": {"ping": hook}}
    revision = {
        **spec({"/things": body_op({"type": "integer"})}),
        "openapi": "3.1.0",
        "webhooks": {"ping": hook2},
    }
    report = diff_of(base, revision)
    clone = clone_paths_diff_for_check(report)
    merge_webhook_operations_into_paths_diff(clone)
    assert report.paths_diff is not None and clone.paths_diff is not None
    assert set(clone.paths_diff.modified) == {"/things", "webhook:ping"}
    assert set(report.paths_diff.modified) == {"/things"}
    clone.paths_diff.modified["/things"].operations_diff.modified.clear()  # type: ignore[union-attr]
    assert report.paths_diff.modified["/things"].operations_diff.modified  # type: ignore[union-attr]


# --- the command --------------------------------------------------------------------------------


def run_command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "specfleet", "diff", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_command_reports_a_breaking_change_as_json(tmp_path: Path) -> None:
    params = [{"name": "limit", "in": "query", "schema": {"type": "integer"}}]
    base = spec({"/things": {"get": {"parameters": params, "responses": {"200": {"description": "ok"}}}}})
    revision = spec({"/things": {"get": {"responses": {"200": {"description": "ok"}}}}})
    (tmp_path / "base.yaml").write_text(yaml.safe_dump(base))
    (tmp_path / "revision.yaml").write_text(yaml.safe_dump(revision))
    result = run_command(str(tmp_path / "base.yaml"), str(tmp_path / "revision.yaml"), "--format", "json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["breaking"] is True
    removed = [c for c in report["changes"] if c["id"] == "request-parameter-removed"]
    assert removed and removed[0]["level"] == "WARN" and removed[0]["operation"] == "GET /things"
    assert removed[0]["file"] == str(tmp_path / "base.yaml") and removed[0]["line"]  # gone: base line
    assert "`limit`" in removed[0]["message"]


def test_command_exits_0_without_breaking_changes_and_1_on_a_bad_spec(tmp_path: Path) -> None:
    same = tmp_path / "same.yaml"
    same.write_text(yaml.safe_dump(spec({})))
    result = run_command(str(same), str(same), "--format", "json", "--no-surface")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["changes"] == []
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: [unclosed\n")
    result = run_command(str(broken), str(same))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{broken}:") and "Traceback" not in result.stderr


def test_command_options_reach_the_config(tmp_path: Path) -> None:
    operation = {"get": {"responses": {"200": {"description": "ok"}}}}
    deprecated = {"get": {**operation["get"], "deprecated": True}}
    (tmp_path / "base.yaml").write_text(yaml.safe_dump(spec({"/things": operation})))
    (tmp_path / "revision.yaml").write_text(yaml.safe_dump(spec({"/things": deprecated})))
    files = (str(tmp_path / "base.yaml"), str(tmp_path / "revision.yaml"), "--format", "json", "--no-surface")
    plain = json.loads(run_command(*files).stdout)
    assert [c["id"] for c in plain["changes"]] == ["endpoint-deprecated"]
    raised = run_command(*files, "--deprecation-days-stable", "10")
    assert raised.returncode == 1, raised.stderr
    assert {(c["id"], c["level"]) for c in json.loads(raised.stdout)["changes"]} >= {
        ("api-deprecated-sunset-missing", "ERR")
    }


def test_an_api_change_copy_keeps_every_field() -> None:
    import dataclasses

    from specfleet.diff.checks.level import Level

    change = ApiChange(
        id="rule",
        args=["a"],
        comment="c",
        details="d",
        level=Level.ERR,
        operation="GET",
        operation_id="op",
        path="/p",
        base_pointer=("paths",),
        revision_pointer=("components",),
        attributes={"x": 1},
        claimed=True,
    )
    assert all(getattr(change, f.name) != f.default for f in dataclasses.fields(ApiChange))
    copied = change.with_details("d")
    assert copied is not change and dataclasses.asdict(copied) == dataclasses.asdict(change)
