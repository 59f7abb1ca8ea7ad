"""`specfleet validate` end to end: exit codes, file:line:col, JSON output, and the fenced validator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from specfleet.load import load_text
from specfleet.schema import schema_problems
from specfleet.validate import check_file

from .conftest import DATA, ROOT, CliRunner

MINIMAL = """openapi: 3.1.0
info:
  title: Fixture
  version: 1.0.0
servers:
  - url: https://api.example.com
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      summary: List pets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: {ref}
components:
  schemas:
    Pet:
      type: object
"""


def test_all_provider_specs_are_valid(run_cli: CliRunner) -> None:
    result = run_cli("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 spec(s) checked: 0 error(s), 0 warning(s)" in result.stderr


def test_lint_error_exits_1_with_file_line_col(run_cli: CliRunner) -> None:
    fixture = DATA / "lint" / "operation-id-unique.yaml"
    result = run_cli("validate", str(fixture.relative_to(ROOT)))
    assert result.returncode == 1
    assert "tests/data/lint/operation-id-unique.yaml:18:7: error operation-id-unique:" in result.stdout


def test_warning_alone_exits_0(run_cli: CliRunner) -> None:
    result = run_cli("validate", "tests/data/lint/unused-component-schema.yaml")
    assert result.returncode == 0
    assert "warning unused-component-schema" in result.stdout


def test_json_format(run_cli: CliRunner) -> None:
    result = run_cli("validate", "--format", "json", "tests/data/lint/operation-tagged.yaml")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert report["problems"][0]["rule"] == "operation-tagged"
    assert report["problems"][0]["line"] == 9


def test_unknown_provider_is_a_clear_error(run_cli: CliRunner) -> None:
    result = run_cli("validate", "nosuch")
    assert result.returncode == 1
    assert "unknown provider(s): nosuch" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "ref",
    ["'../../../../../../etc/passwd'", "'file:///etc/passwd'", "'http://127.0.0.1:9/pet.yaml'"],
)
def test_external_refs_are_never_read_or_fetched(ref: str, tmp_path: Path) -> None:
    specs = tmp_path / "specs" / "x"
    specs.mkdir(parents=True)
    path = specs / "openapi.yaml"
    path.write_text(MINIMAL.format(ref=ref))
    report = check_file(path, tmp_path / "specs")
    assert [problem.rule for problem in report.problems] == ["ref-safe"]
    assert report.problems[0].line == 19
    assert "root:" not in str(report.problems[0])  # /etc/passwd's content never shows


def test_ref_to_missing_schema_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "specs" / "openapi.yaml"
    path.parent.mkdir()
    path.write_text(MINIMAL.format(ref="'#/components/schemas/Nope'"))
    report = check_file(path, tmp_path / "specs")
    assert len(report.problems) == 1
    assert report.problems[0].line == 19 and "points to nothing" in report.problems[0].message


def test_ref_loop_is_reported_not_a_crash(tmp_path: Path) -> None:
    text = MINIMAL.format(ref="'#/components/schemas/A'") + (
        "    A:\n      $ref: '#/components/schemas/B'\n    B:\n      $ref: '#/components/schemas/A'\n"
    )
    path = tmp_path / "specs" / "openapi.yaml"
    path.parent.mkdir()
    path.write_text(text)
    report = check_file(path, tmp_path / "specs")
    assert report.problems and all("loops back" in problem.message for problem in report.problems)


def test_ref_to_a_file_in_the_provider_folder_is_allowed(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    (specs / "x").mkdir(parents=True)
    (specs / "x" / "common.yaml").write_text("Pet:\n  type: object\n")
    path = specs / "x" / "openapi.yaml"
    path.write_text(MINIMAL.format(ref="'common.yaml#/Pet'"))
    report = check_file(path, specs)
    assert [p for p in report.problems if p.rule == "ref-safe"] == []


def test_schema_errors_map_to_lines(tmp_path: Path) -> None:
    text = MINIMAL.format(ref="'#/components/schemas/Pet'").replace(
        "        '200':", "        '200':\n          x-bad: 1\n          descriptio: ok"
    )
    document = load_text(tmp_path / "spec.yaml", text.replace("          description: ok\n", "", 1))
    problems = list(schema_problems(document))
    assert problems and problems[0].rule == "openapi-schema"
    assert problems[0].line == 14  # the response object that lacks `description`


def test_unsupported_openapi_version(tmp_path: Path) -> None:
    document = load_text(tmp_path / "spec.yaml", "openapi: 2.0\ninfo: {}\n")
    problems = list(schema_problems(document))
    assert problems[0].line == 1 and "not a version specfleet supports" in problems[0].message
