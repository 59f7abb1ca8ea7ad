"""`specfleet validate` end to end: exit codes, file:line:col, JSON output, and the fenced validator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from specfleet.checks.lint import Located
from specfleet.checks.lint_baseline import apply_baseline, load_baseline, write_baseline
from specfleet.checks.openapi_schema import schema_problems
from specfleet.checks.validate import check_file, check_project, load_valid
from specfleet.config import load_settings
from specfleet.errors import SpecError
from specfleet.generation.render import generate_from
from specfleet.layout import Project
from specfleet.normalise import REPAIRS, Change, Repair, RepairContext
from specfleet.spec.load import load_text

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


def test_openapi_version_written_as_a_number_says_to_quote_it(tmp_path: Path) -> None:
    document = load_text(tmp_path / "spec.yaml", "info: {}\nopenapi: 3.1\n")
    [problem] = schema_problems(document)
    assert problem.line == 2
    assert "read by YAML as the number 3.1" in problem.message
    assert 'quote it: `openapi: "3.1.0"`' in problem.message


def test_swagger_2_document_says_how_to_convert(tmp_path: Path) -> None:
    document = load_text(tmp_path / "spec.yaml", "info: {}\nswagger: '2.0'\npaths: {}\n")
    [problem] = schema_problems(document)
    assert problem.line == 2
    assert "this is a Swagger 2.0 document" in problem.message
    assert "swagger2openapi" in problem.message and "Swagger Editor" in problem.message


def expected_line(path: Path, marker: str) -> int:
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if f"# expect: {marker}" in line:
            return number
    raise AssertionError(f"{path} has no '# expect: {marker}' line")


def test_openapi_31_schema_errors_are_at_their_line() -> None:
    """3.1 schemas are checked one by one with paths relative to each: placed in the document."""
    path = DATA / "validate" / "oas31-schema-errors.yaml"
    problems = check_file(path, ROOT / "specs").problems
    placed = {(problem.line, problem.message) for problem in problems}
    assert placed == {
        (
            expected_line(path, "has non-unique elements"),
            "`uniqueItems` rejects the array ['name', 'name']: ['name', 'name'] has non-unique elements",
        ),
        (
            expected_line(path, "True is not of type 'number'"),
            "`type` rejects the boolean True: True is not of type 'number'",
        ),
        (
            expected_line(path, "None is not of type 'object'"),
            "`type` rejects the null None: None is not of type 'object'",
        ),
    }


@pytest.mark.parametrize(
    ("fixture", "rule", "words"),
    [
        ("operation-id-unique", "operation-id-unique", "already used by GET /pets (line 10)"),
        ("path-parameter-declared", "path-parameter-declared", "path parameter {petId} is not declared"),
        ("response-described", "response-described", "response 200 of GET /pets has no `description`"),
    ],
)
@pytest.mark.parametrize("version", ["3.1.0", "3.0.3"])
def test_lint_says_it_better_than_the_validator(
    fixture: str, rule: str, words: str, version: str, tmp_path: Path
) -> None:
    """The validator's own (placeless) complaint is left to the lint rule that names the thing."""
    source = DATA / "lint" / f"{fixture}.yaml"
    path = tmp_path / source.name
    path.write_text(source.read_text().replace("openapi: 3.1.0", f"openapi: {version}"))
    [problem] = check_file(path, ROOT / "specs").problems
    assert (problem.rule, problem.level) == (rule, "error")
    assert problem.line == expected_line(source, rule)
    assert words in problem.message


# --- adopting a published spec: [lint] levels, --lenient, schema repairs, baselines ---------------

SETTINGS = """distribution = "acme-client"
package = "acme_client"
version = "1.0.0"
description = "Acme"
"""

UNTAGGED = (DATA / "lint" / "operation-tagged.yaml").read_text().replace("  # expect: operation-tagged", "")


def make_project(root: Path, spec: str = UNTAGGED, settings: str = "") -> Path:
    """A project with one provider, ``acme``; returns its spec directory."""
    (root / "pyproject.toml").write_text("[project]\nname = 'fleet'\n")
    directory = root / "specs" / "acme"
    directory.mkdir(parents=True)
    (directory / "openapi.yaml").write_text(spec)
    (directory / "client.toml").write_text(SETTINGS + settings)
    return directory


def test_lint_table_sets_a_style_rule_level(tmp_path: Path) -> None:
    make_project(tmp_path, settings='\n[lint]\noperation-tagged = "warning"\n')
    [report] = check_project(Project(tmp_path))
    assert [(problem.rule, problem.level) for problem in report.problems] == [("operation-tagged", "warning")]


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('path-parameter-declared = "off"', "'path-parameter-declared' is a correctness rule"),
        ('no-such-rule = "off"', "unknown lint rule 'no-such-rule'; style rules: example-valid"),
        ('operation-tagged = "loud"', "Input should be 'error', 'warning' or 'off'"),
        ('repair-schema = "maybe"', "Input should be a valid boolean"),
    ],
)
def test_lint_table_mistakes_are_settings_errors_at_their_line(
    tmp_path: Path, setting: str, message: str
) -> None:
    directory = make_project(tmp_path, settings=f'\n[lint]\noperation-described = "off"\n{setting}\n')
    [report] = check_project(Project(tmp_path))
    [problem] = report.problems
    assert problem.file.endswith("client.toml") and problem.rule == "settings"
    assert problem.line == (directory / "client.toml").read_text().splitlines().index(setting) + 1
    assert message in problem.message


def test_a_config_given_to_generate_from_sets_style_rules_only(tmp_path: Path) -> None:
    directory = make_project(tmp_path, settings='\n[lint]\nno-such-rule = "off"\n')
    with pytest.raises(SpecError) as caught:
        generate_from(directory / "openapi.yaml", tmp_path / "out", None, config=directory / "client.toml")
    [problem] = caught.value.problems
    assert problem.file.endswith("client.toml") and problem.rule == "settings"
    assert (
        problem.line == (directory / "client.toml").read_text().splitlines().index('no-such-rule = "off"') + 1
    )
    assert "unknown lint rule 'no-such-rule'" in problem.message
    assert not (tmp_path / "out").exists()


def test_settings_errors_name_their_line(tmp_path: Path) -> None:
    directory = make_project(tmp_path)
    (directory / "client.toml").write_text(SETTINGS.replace('"1.0.0"', '"1.0"'))
    with pytest.raises(SpecError) as caught:
        load_settings(directory / "client.toml")
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (3, 1) and problem.message.startswith("version:")
    (directory / "client.toml").write_text(SETTINGS + "[lint\n")
    with pytest.raises(SpecError) as caught:
        load_settings(directory / "client.toml")
    assert caught.value.problems[0].line == 5


@pytest.mark.parametrize(
    ("package", "words"),
    [
        ("class", "'class' is a Python keyword"),
        ("json", "'json' is a standard-library module"),
        ("httpx", "a module the client itself imports"),
        ("Acme", "should match pattern"),
    ],
)
def test_validate_reports_an_unusable_package_name_at_its_line(
    tmp_path: Path, run_cli: CliRunner, package: str, words: str
) -> None:
    directory = make_project(tmp_path, spec=MINIMAL.format(ref="'#/components/schemas/Pet'"))
    (directory / "client.toml").write_text(
        SETTINGS.replace('package = "acme_client"', f'  package = "{package}"')
    )
    result = run_cli("validate", cwd=tmp_path)
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert line.startswith("specs/acme/client.toml:2:3: error settings: package: "), line
    assert words in line and "Value error" not in line


@pytest.mark.parametrize(
    ("text", "position", "reason"),
    [
        (
            'distribution = "acme-client"\npackage = "acme_client"\nversion = 1.0.0\n',
            (3, 14),
            "Expected newline",
        ),
        ('distribution = "acme-client"\ndescription = "Acme\n', (2, 20), "Illegal character"),
        ('distribution = "acme-client"\ndescription = ', (2, 15), "Invalid value"),
    ],
)
def test_toml_errors_are_reported_where_they_are_relative_to_the_cwd(
    tmp_path: Path, run_cli: CliRunner, text: str, position: tuple[int, int], reason: str
) -> None:
    directory = make_project(tmp_path)
    (directory / "client.toml").write_text(text)
    result = run_cli("validate", "acme", cwd=tmp_path)
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert line.startswith(
        f"specs/acme/client.toml:{position[0]}:{position[1]}: error settings: invalid TOML: "
    )
    assert reason in line and str(tmp_path) not in line
    nested = run_cli("validate", "acme", cwd=tmp_path / "specs")
    assert nested.stdout.startswith(f"acme/client.toml:{position[0]}:{position[1]}: ")


def test_a_settings_key_error_points_at_the_key(tmp_path: Path) -> None:
    directory = make_project(tmp_path, settings='\n[auth]\n  static = { "with-key" = "apiKey" }\n')
    with pytest.raises(SpecError) as caught:
        load_settings(directory / "client.toml")
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (7, 3), problem
    assert problem.message.startswith("auth.static.with-key: String should match pattern")


def test_an_unchanged_provider_reuses_its_last_result(tmp_path: Path, run_cli: CliRunner) -> None:
    directory = make_project(tmp_path)
    first = run_cli("validate", cwd=tmp_path)
    assert first.returncode == 1 and "error operation-tagged" in first.stdout
    entry = tmp_path / ".specfleet-validate" / "acme.json"
    stored = json.loads(entry.read_text())
    # A result changed behind specfleet's back shows that the stored one is what is reported.
    stored["problems"][0]["message"] = "stored result"
    entry.write_text(json.dumps(stored))
    again = run_cli("validate", cwd=tmp_path)
    assert again.returncode == 1 and "error operation-tagged: stored result" in again.stdout
    assert "stored result" not in run_cli("validate", "--no-cache", cwd=tmp_path).stdout
    lenient = run_cli("validate", "--lenient", cwd=tmp_path)  # another flag: validated again
    assert lenient.returncode == 0 and "warning operation-tagged" in lenient.stdout
    # Any file of the provider changing is validated again (here: the rule turned off).
    (directory / "client.toml").write_text(SETTINGS + '\n[lint]\noperation-tagged = "off"\n')
    changed = run_cli("validate", cwd=tmp_path)
    assert changed.returncode == 0 and "stored result" not in changed.stdout
    (directory / "client.toml").write_text(SETTINGS)
    assert "error operation-tagged: " in run_cli("validate", cwd=tmp_path).stdout


def test_lenient_run_reports_style_rules_as_warnings(tmp_path: Path, run_cli: CliRunner) -> None:
    make_project(tmp_path)
    strict = run_cli("validate", cwd=tmp_path)
    assert strict.returncode == 1 and "error operation-tagged" in strict.stdout
    lenient = run_cli("validate", "--lenient", cwd=tmp_path)
    assert lenient.returncode == 0, lenient.stdout + lenient.stderr
    assert "specs/acme/openapi.yaml:9:5: warning operation-tagged" in lenient.stdout


DUPLICATE_REQUIRED = MINIMAL.format(ref="'#/components/schemas/Pet'") + (
    "      required:\n        - name\n        - name\n      properties:\n        name:\n          type: string\n"
)


def _dedupe_required(ctx: RepairContext) -> Iterator[Change]:
    """A schema repair as the normaliser registers them: drop repeated ``required`` entries."""
    for name, schema in ctx.data["components"]["schemas"].items():
        required = schema.get("required")
        if isinstance(required, list) and len(set(required)) < len(required):
            schema["required"] = list(dict.fromkeys(required))
            yield Change(("components", "schemas", name, "required"), "removed repeated `required` entries")


@pytest.fixture
def dedupe_repair(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        REPAIRS, "test-dedupe-required", Repair("test-dedupe-required", "schema", "test", _dedupe_required)
    )


@pytest.mark.usefixtures("dedupe_repair")
def test_schema_repairs_run_only_when_lenient_or_allowed(tmp_path: Path) -> None:
    directory = make_project(tmp_path, spec=DUPLICATE_REQUIRED)
    path = directory / "openapi.yaml"
    strict = check_file(path, tmp_path / "specs")
    assert [(problem.rule, problem.line) for problem in strict.errors] == [("openapi-schema", 24)]
    lenient = check_file(path, tmp_path / "specs", lenient=True)
    assert lenient.errors == []
    assert any(problem.level == "warning" and problem.line == 24 for problem in lenient.problems)
    assert lenient.document is not None
    assert lenient.document.data["components"]["schemas"]["Pet"]["required"] == ["name"]
    (directory / "client.toml").write_text(SETTINGS + "[lint]\nrepair-schema = true\n")
    [allowed] = check_project(Project(tmp_path))
    assert allowed.errors == [] and allowed.document is not None
    assert allowed.document.data["components"]["schemas"]["Pet"]["required"] == ["name"]
    documents = load_valid(Project(tmp_path))
    assert documents["acme"].data["components"]["schemas"]["Pet"]["required"] == ["name"]


def test_baseline_accepts_todays_findings_and_fails_on_new_ones(tmp_path: Path, run_cli: CliRunner) -> None:
    directory = make_project(tmp_path)
    spec = directory / "openapi.yaml"
    written = run_cli("validate", "--write-baseline", "acme", cwd=tmp_path)
    assert written.returncode == 0, written.stdout + written.stderr
    baseline = (directory / "lint-baseline.toml").read_text()
    assert 'rule = "operation-tagged"\npointer = "/paths/~1pets/get"\n' in baseline
    assert "line" not in baseline.split("[[accepted]]", 1)[1]  # keyed by place, not by line

    accepted = run_cli("validate", cwd=tmp_path)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "0 error(s), 0 warning(s), 1 accepted in baselines" in accepted.stderr

    # Lines added elsewhere move the finding; the baseline still matches it.
    spec.write_text(spec.read_text().replace("info:\n", "info:\n  description: |\n    Acme.\n    More.\n"))
    assert run_cli("validate", cwd=tmp_path).returncode == 0

    # A new untagged operation fails, and only it.
    spec.write_text(
        spec.read_text()
        + "  /toys:\n    get:\n      operationId: listToys\n      summary: List toys\n"
        + "      responses:\n        '200':\n          description: ok\n"
    )
    new = run_cli("validate", cwd=tmp_path)
    assert new.returncode == 1
    line = spec.read_text().splitlines().index("  /toys:") + 2
    assert new.stdout.splitlines() == [
        f"specs/acme/openapi.yaml:{line}:5: error operation-tagged: GET /toys has no tag; add `tags: [<group>]`"
    ]


def test_baseline_entry_that_matches_nothing_is_reported(tmp_path: Path, run_cli: CliRunner) -> None:
    directory = make_project(tmp_path)
    assert run_cli("validate", "--write-baseline", cwd=tmp_path).returncode == 0
    spec = directory / "openapi.yaml"
    spec.write_text(
        spec.read_text().replace(
            "      summary: List pets\n", "      summary: List pets\n      tags: [pets]\n"
        )
    )
    result = run_cli("validate", cwd=tmp_path)
    assert result.returncode == 0
    line = (directory / "lint-baseline.toml").read_text().splitlines().index("[[accepted]]") + 1
    assert result.stdout.startswith(
        f"specs/acme/lint-baseline.toml:{line}:1: warning baseline: accepted operation-tagged finding at "
        "/paths/~1pets/get no longer occurs"
    )


def test_baseline_never_accepts_correctness_findings(tmp_path: Path, run_cli: CliRunner) -> None:
    directory = make_project(tmp_path, spec=(DATA / "lint" / "path-parameter-declared.yaml").read_text())
    result = run_cli("validate", "--write-baseline", "acme", cwd=tmp_path)
    assert result.returncode == 1
    assert "error path-parameter-declared" in result.stdout
    assert "[[accepted]]" not in (directory / "lint-baseline.toml").read_text()


def test_baseline_file_round_trips_awkward_messages(tmp_path: Path) -> None:
    document = load_text(tmp_path / "spec.yaml", "openapi: 3.1.0\n")
    found = [
        Located(
            ("paths", "/a/{b}", "get"),
            document.problem((), "operation-tagged", 'quote " back\\ tab\t é \x7f'),
        ),
        Located(("components", "schemas", "A~B"), document.problem((), "unused-component-schema", "second")),
    ]
    path = tmp_path / "lint-baseline.toml"
    assert write_baseline(path, reversed(found)) == 2
    baseline = load_baseline(path)
    assert baseline is not None
    # sorted by rule, then pointer: the file diffs cleanly whatever order lint found them in
    assert [entry.pointer for entry in baseline.entries] == [
        "/paths/~1a~1{b}/get",
        "/components/schemas/A~0B",
    ]
    filtered = apply_baseline(baseline, found)
    assert (filtered.kept, filtered.baselined, filtered.stale) == ([], 2, [])


#: Published specs, beside the checkout (as CI has them); see tests/test_generate_from.py.
REAL_SPECS = ROOT.parent / "shared" / "real-specs"
OPENAI = sorted(REAL_SPECS.glob("openai/openapi-*.yaml")) if REAL_SPECS.is_dir() else []


@pytest.mark.slow
@pytest.mark.parametrize("spec", OPENAI, ids=[spec.stem for spec in OPENAI])
def test_openai_schema_errors_are_each_at_their_line(spec: Path) -> None:
    """OpenAI's 3.1 spec: every error the validator finds is placed, none at 1:1."""
    problems = check_file(spec, spec.parent).problems
    lines = spec.read_text().splitlines()
    assert problems and {problem.rule for problem in problems} == {"openapi-schema"}
    assert all(problem.line > 1 for problem in problems)
    for problem in problems:
        if "has non-unique elements" in problem.message:
            assert lines[problem.line - 1].strip() == "required:"
        if problem.message.endswith("True is not of type 'number'"):
            assert lines[problem.line - 1].strip().startswith(("exclusiveMinimum:", "exclusiveMaximum:"))


def test_malformed_baseline_entry_is_an_error_at_its_line(tmp_path: Path) -> None:
    directory = make_project(tmp_path)
    (directory / "lint-baseline.toml").write_text(
        '[[accepted]]\nrule = "operation-tagged"\npointer = "/paths/~1pets/get"\nmessage = "m"\n\n'
        '[[accepted]]\nrule = "operation-tagged"\npointer = "/x"\n'
    )
    [report] = check_project(Project(tmp_path))
    # A baseline that cannot be read accepts nothing: the finding stays an error too.
    assert [(Path(problem.file).name, problem.rule, problem.line) for problem in report.errors] == [
        ("lint-baseline.toml", "baseline", 6),
        ("openapi.yaml", "operation-tagged", 9),
    ]
    assert "an entry has exactly `rule`, `pointer` and `message`" in str(report.problems)


def test_a_spec_file_is_checked_outside_any_project(run_cli: CliRunner, tmp_path: Path) -> None:
    """A published spec need not live in a fleet to be validated."""
    spec = tmp_path / "published.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n"
        "      responses: {'204': {description: done}}\n"
    )
    result = run_cli("validate", str(spec), "--lenient", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1 spec(s) checked: 0 error(s)" in result.stderr


def test_validate_names_the_baseline_file_the_baseline_module_reads() -> None:
    from specfleet.checks import lint_baseline as baseline
    from specfleet.checks import validate

    assert validate.BASELINE_FILE == baseline.BASELINE_FILE
