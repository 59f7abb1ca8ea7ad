"""Each lint rule fires on its own fixture, at the marked line, and is silent on our four specs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from specfleet.checks.lint import RULES, effective_level, lint, names_a_secret
from specfleet.spec.load import load_document, load_text

from .conftest import DATA, PROVIDERS, ROOT

FIXTURES = DATA / "lint"


def expected_line(path: Path, rule_id: str) -> int:
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if re.search(rf"# expect: {re.escape(rule_id)}\b", line):
            return number
    raise AssertionError(f"{path} has no '# expect: {rule_id}' line")


def test_every_rule_has_a_fixture() -> None:
    assert sorted(path.stem for path in FIXTURES.glob("*.yaml")) == sorted(RULES)


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_fires_on_its_fixture(rule_id: str) -> None:
    path = FIXTURES / f"{rule_id}.yaml"
    problems = lint(load_document(path), ROOT / "specs")
    fired = [problem for problem in problems if problem.rule == rule_id]
    assert fired, f"{rule_id} did not fire on {path.name}"
    assert fired[0].line == expected_line(path, rule_id)
    assert fired[0].level == RULES[rule_id].level
    # The fixture is broken in exactly one way.
    assert {problem.rule for problem in problems} == {rule_id}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_rules_are_silent_on_provider_specs(provider: str) -> None:
    path = ROOT / "specs" / provider / "openapi.yaml"
    assert lint(load_document(path), ROOT / "specs") == []


def test_rule_levels_are_error_or_warning() -> None:
    assert {rule.level for rule in RULES.values()} <= {"error", "warning"}
    assert RULES["unused-component-schema"].level == "warning"
    assert RULES["secret-field-protected"].level == "warning"


#: Each rule's kind, decided once: correctness means the spec is wrong or its client broken.
KINDS = {
    "ref-safe": "correctness",  # a $ref we will not follow leaves the spec incomplete (and unsafe)
    "operation-id-unique": "correctness",  # OpenAPI requires unique ids; one name, two functions
    "path-parameter-declared": "correctness",  # the client could not fill in the URL
    "security-scheme-defined": "correctness",  # a requirement that can never be satisfied
    "response-described": "correctness",  # OpenAPI requires it; opc refuses a response without it
    "operation-success-response": "style",  # a redirect-only (3xx) endpoint is valid and generates
    "operation-id-present": "style",  # opc derives a name from method and path
    "operation-tagged": "style",
    "operation-described": "style",
    "servers-present": "style",
    "unused-component-schema": "style",
    "secret-field-protected": "style",
    "response-media-types-read": "style",  # the client works; one form of a response is left out
    "example-valid": "style",  # examples do not change the generated code
}


def test_every_rule_has_a_decided_kind() -> None:
    assert {rule_id: RULES[rule_id].kind for rule_id in RULES} == KINDS
    assert all(rule.level == "error" for rule in RULES.values() if rule.kind == "correctness")


def test_levels_set_style_rules_and_never_correctness_rules() -> None:
    document = load_document(FIXTURES / "operation-tagged.yaml")
    assert lint(document, ROOT / "specs", levels={"operation-tagged": "off"}) == []
    [problem] = lint(document, ROOT / "specs", levels={"operation-tagged": "warning"})
    assert problem.level == "warning"
    document = load_document(FIXTURES / "path-parameter-declared.yaml")
    [problem] = lint(document, ROOT / "specs", levels={"path-parameter-declared": "off"})
    assert problem.level == "error"


def test_lenient_makes_style_rules_warnings_and_keeps_correctness_errors() -> None:
    [problem] = lint(load_document(FIXTURES / "operation-tagged.yaml"), ROOT / "specs", lenient=True)
    assert (problem.rule, problem.level) == ("operation-tagged", "warning")
    [problem] = lint(load_document(FIXTURES / "path-parameter-declared.yaml"), ROOT / "specs", lenient=True)
    assert (problem.rule, problem.level) == ("path-parameter-declared", "error")
    assert effective_level(RULES["operation-tagged"], "off", lenient=True) == "off"


def test_duplicate_operation_id_names_the_first_line() -> None:
    path = FIXTURES / "operation-id-unique.yaml"
    [problem] = lint(load_document(path), ROOT / "specs")
    assert problem.line == expected_line(path, "operation-id-unique")
    assert "'listPets' of GET /animals is already used by GET /pets (line 10)" in problem.message


def test_ids_that_only_collide_as_python_names_are_not_duplicates(tmp_path: Path) -> None:
    text = (FIXTURES / "operation-id-unique.yaml").read_text()
    text = text.replace("operationId: listPets  # expect: operation-id-unique", "operationId: list_pets")
    assert lint(load_text(tmp_path / "spec.yaml", text), ROOT / "specs") == []


def test_undeclared_path_parameter_is_named_at_the_operation() -> None:
    path = FIXTURES / "path-parameter-declared.yaml"
    [problem] = lint(load_document(path), ROOT / "specs")
    assert problem.line == expected_line(path, "path-parameter-declared")
    assert "path parameter {petId} is not declared" in problem.message


def test_response_without_description_says_which() -> None:
    path = FIXTURES / "response-described.yaml"
    [problem] = lint(load_document(path), ROOT / "specs")
    assert problem.line == expected_line(path, "response-described")
    assert problem.message.startswith("response 200 of GET /pets has no `description`")


def test_openapi_30_examples_use_30_semantics() -> None:
    """``nullable: true`` allows null, boolean ``exclusiveMinimum`` is 3.0's; only the real mistake is found."""
    path = DATA / "validate" / "oas30-nullable-examples.yaml"
    problems = lint(load_document(path), ROOT / "specs")
    assert [(problem.rule, problem.line) for problem in problems] == [
        ("example-valid", expected_line(path, "example-valid"))
    ]
    assert problems[0].message.endswith("null is not allowed: the schema is not `nullable: true`")


def test_openapi_31_examples_stay_on_json_schema_2020_12(tmp_path: Path) -> None:
    """In 3.1 ``nullable`` means nothing: ``type: [string, 'null']`` is how to allow null."""
    text = (
        (DATA / "validate" / "oas30-nullable-examples.yaml")
        .read_text()
        .replace("openapi: 3.0.3", "openapi: 3.1.0")
    )
    text = text.replace("          exclusiveMinimum: true\n", "")
    problems = lint(load_text(tmp_path / "spec.yaml", text), ROOT / "specs")
    assert {problem.rule for problem in problems} == {"example-valid"}
    assert any("None is not of type 'string'" in problem.message for problem in problems)


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("access_token", True),
        ("refreshToken", True),
        ("client_secret", True),
        ("password", True),
        ("x-auth-token", True),
        ("max_tokens", False),
        ("maxCompletionTokens", False),
        ("token_count", False),
        ("token_type", False),
        ("prompt_tokens", False),
    ],
)
def test_secret_names_are_credentials_not_token_counts(name: str, secret: bool) -> None:
    assert names_a_secret(name) is secret
