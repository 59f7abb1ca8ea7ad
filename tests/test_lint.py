"""Each lint rule fires on its own fixture, at the marked line, and is silent on our four specs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from specfleet.lint import RULES, lint
from specfleet.load import load_document

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
