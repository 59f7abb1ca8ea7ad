"""oasdiff's rule registry, one fixture pair per rule, and oasdiff's own checker tests as data.

Each ``tests/data/diff/rules/<rule-id>/`` holds a base and a revision on which that rule fires;
``also.txt`` lists the rules the same change inherently fires as well (a new enum also adds
its values), ``options.json`` the checker options the rule needs (a deprecation period).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from specfleet.diff import rules
from specfleet.diff.engine import DiffOptions, compare
from specfleet.diff.rules import POLICY, REGISTRY, RULES, natural_level
from specfleet.spec.bundle import load_spec
from specfleet.spec.load import load_document

from .conftest import DATA

RULES_DIR = DATA / "diff" / "rules"
FIXTURES = sorted(path.name for path in RULES_DIR.iterdir() if path.is_dir())

#: oasdiff's checker tests (a sample; another half is held back), beside the clone in CI
OASDIFF_CASES = Path(__file__).parents[1].parent / "shared" / "oasdiff-cases"


def _oasdiff() -> dict[str, str]:
    """oasdiff's registry as published with its checker cases: the levels we must keep."""
    cases = json.loads((OASDIFF_CASES / "cases.json").read_text())
    return {rule_id: rule["level"] for rule_id, rule in cases["rules"].items()}


def test_the_registry_is_oasdiffs_whole_registry() -> None:
    assert dict(RULES) == _oasdiff()


def test_every_rule_has_a_fixture_pair() -> None:
    unreachable = {rule.id for rule in REGISTRY.values() if rule.unreachable}
    assert unreachable and all(
        rule.id.startswith(("request-", "response-")) for rule in REGISTRY.values() if rule.unreachable
    )
    assert set(FIXTURES) == set(REGISTRY) - unreachable


def test_levels_follow_from_the_effect_and_rows_say_where_oasdiff_differs() -> None:
    """A row without ``oasdiff=`` is at the level its effect earns; one with it really differs."""
    oasdiff = _oasdiff()
    for line in rules._ROWS.strip().splitlines():
        rule_id, where, _what, _how, effect, *notes = line.split()
        natural = natural_level(effect, rules.direction(where))  # type: ignore[arg-type]
        said = any(note.startswith("oasdiff=") for note in notes)
        level = oasdiff.get(rule_id, "INFO")
        assert (natural != level) == said, (rule_id, effect, natural, level)


#: what a change does to the values a schema allows, independent of where it is
EFFECTS = {
    ("max", "decreased"): "narrows",
    ("max", "increased"): "widens",
    ("min", "increased"): "narrows",
    ("min", "decreased"): "widens",
    ("max-length", "decreased"): "narrows",
    ("min-length", "increased"): "narrows",
    ("max-items", "increased"): "widens",
    ("min-items", "decreased"): "widens",
    ("enum-value", "added"): "widens",
    ("enum-value", "removed"): "narrows",
    ("enum", "added"): "narrows",
    ("nullable", "added"): "widens",
    ("nullable", "removed"): "narrows",
    ("list-of-types", "widened"): "widens",
    ("list-of-types", "narrowed"): "narrows",
    ("type", "generalized"): "widens",
    ("type", "specialized"): "narrows",
    ("pattern", "added"): "narrows",
    ("pattern", "removed"): "widens",
    ("one-of", "added"): "widens",
    ("any-of", "removed"): "narrows",
    ("all-of", "added"): "narrows",
}


def test_effects_are_what_the_change_does_to_the_values() -> None:
    checked = 0
    for rule in REGISTRY.values():
        expected = EFFECTS.get((rule.what, rule.how))
        if expected is not None:
            assert rule.effect == expected, rule.id
            checked += 1
    assert checked > 80


def test_ids_are_found_from_where_what_and_how() -> None:
    for rule in REGISTRY.values():
        assert rules.name(rule.where, rule.what, rule.how) == rule.id


def _options(folder: Path) -> DiffOptions:
    path = folder / "options.json"
    return DiffOptions(**json.loads(path.read_text())) if path.is_file() else DiffOptions()


@pytest.mark.parametrize("rule_id", FIXTURES)
def test_rule_fires_on_its_fixture_pair_and_nothing_else_does(rule_id: str) -> None:
    folder = RULES_DIR / rule_id
    result = compare(
        load_document(folder / "base.yaml"), load_document(folder / "revision.yaml"), _options(folder)
    )
    fired = [change for change in result.changes if change.id == rule_id]
    assert fired, f"{rule_id} did not fire; got {[change.id for change in result.changes]}"
    also = set((folder / "also.txt").read_text().split()) if (folder / "also.txt").is_file() else set()
    assert {change.id for change in result.changes} - {rule_id} <= also
    change = fired[0]
    assert change.level == _oasdiff().get(rule_id, "INFO")  # oasdiff's level...
    assert change.judged == REGISTRY[rule_id].policy  # ...and ours beside it
    assert change.line is not None and change.location.startswith("/")
    assert change.message


def test_every_stricter_level_says_why() -> None:
    assert set(rules.POLICY_REASONS) == set(POLICY)


def test_policy_only_raises_levels() -> None:
    order = ["INFO", "WARN", "ERR"]
    assert POLICY
    for rule_id, level in POLICY.items():
        assert order.index(level) > order.index(_oasdiff()[rule_id]), rule_id


# --- oasdiff's own checker tests ------------------------------------------------------------------


def _judge() -> ModuleType:
    spec = importlib.util.spec_from_file_location("oasdiff_score", OASDIFF_CASES / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: the checker options a case may set that the diff has (``DiffOptions``' fields)
OPTIONS = ("deprecation_days_beta", "deprecation_days_stable", "stability_level")


def _run(case: dict[str, Any]) -> dict[str, Any]:
    """What score.py gets from ``specfleet diff BASE REV --format json``, computed in-process,
    with the checker options the case's test set."""
    options = DiffOptions(
        **{key: value for option in case["options"] for key, value in option.items() if key in OPTIONS}
    )
    result = compare(
        load_spec(OASDIFF_CASES / case["base"]), load_spec(OASDIFF_CASES / case["revision"]), options
    )
    report = {"ok": not result.breaking, "changes": [change.as_json() for change in result.changes]}
    return {"rc": 0 if report["ok"] else 1, "wall": 0.0, "stderr_tail": "", "error": None, "report": report}


@pytest.mark.slow
def test_oasdiffs_checker_cases_pass() -> None:
    """At least 98% of oasdiff's own tests, judged by its judge, each with its checker options."""
    judge = _judge()
    data = json.loads((OASDIFF_CASES / "cases.json").read_text())
    registry, versioning = data["rules"], set(data.get("versioning_rule_ids", []))
    results = [judge.judge(case, _run(case), registry, versioning) for case in data["cases"]]
    failed = [result["test"] for result in results if result["status"] != "PASS"]
    assert len(failed) <= len(results) * 2 // 100, failed


@pytest.mark.slow
def test_the_judge_runs_the_command_line(tmp_path: Path) -> None:
    """score.py itself, on a few cases, through ``python -m specfleet diff`` with the Python API part."""
    import subprocess
    import sys

    out = tmp_path / "results.json"
    subprocess.run(
        [
            sys.executable,
            str(OASDIFF_CASES / "score.py"),
            "--cases",
            str(OASDIFF_CASES / "cases.json"),
            "--fixtures",
            str(OASDIFF_CASES),
            "--project",
            str(Path(__file__).parents[1]),
            "--python",
            sys.executable,
            "--surface",
            "--only",
            "TestBreaking_Attributes",
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    summary = json.loads(out.read_text())["summary"]["all"]
    assert summary["n"] >= 1 and summary["passed"] == summary["n"] and summary["errors"] == 0
