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

from specfleet.bundle import load_spec
from specfleet.diff.engine import DiffOptions, compare
from specfleet.diff.policy import POLICY
from specfleet.diff.table import DOCUMENTATION_RULES, RULES
from specfleet.load import load_document

from .conftest import DATA

RULES_DIR = DATA / "diff" / "rules"
#: oasdiff registers these but cannot report them: kin-openapi reads a missing ``minItems``
#: as 0, so adding or removing one is reported as an increase or a decrease instead.
UNREACHABLE = {
    "request-body-min-items-set",
    "request-parameter-min-items-set",
    "request-property-min-items-set",
    "response-body-min-items-unset",
    "response-property-min-items-unset",
}
FIXTURES = sorted(path.name for path in RULES_DIR.iterdir() if path.is_dir())

#: oasdiff's checker tests (a sample; another half is held back), beside the clone in CI
OASDIFF_CASES = Path(__file__).parents[1].parent / "shared" / "oasdiff-cases"


def _level(rule_id: str) -> str:
    return RULES.get(rule_id, "INFO")


def test_the_registry_is_oasdiffs_whole_registry() -> None:
    cases = json.loads((OASDIFF_CASES / "cases.json").read_text())
    assert dict(RULES) == {rule_id: rule["level"] for rule_id, rule in cases["rules"].items()}


def test_every_rule_has_a_fixture_pair() -> None:
    assert set(RULES) >= UNREACHABLE
    assert set(FIXTURES) == (set(RULES) | set(DOCUMENTATION_RULES)) - UNREACHABLE


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
    assert change.level == _level(rule_id)  # oasdiff's level...
    assert change.judged == POLICY.get(rule_id, change.level)  # ...and ours beside it
    assert change.line is not None and change.location.startswith("/")
    assert change.message


def test_policy_only_raises_levels() -> None:
    order = ["INFO", "WARN", "ERR"]
    for rule_id, level in POLICY.items():
        assert order.index(level) > order.index(_level(rule_id)), rule_id


# --- oasdiff's own checker tests ------------------------------------------------------------------


def _judge() -> ModuleType:
    spec = importlib.util.spec_from_file_location("oasdiff_score", OASDIFF_CASES / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(case: dict[str, Any]) -> dict[str, Any]:
    """What score.py gets from ``specfleet diff BASE REV --format json``, computed in-process."""
    result = compare(load_spec(OASDIFF_CASES / case["base"]), load_spec(OASDIFF_CASES / case["revision"]))
    report = {"ok": not result.breaking, "changes": [change.as_json() for change in result.changes]}
    return {"rc": 0 if report["ok"] else 1, "wall": 0.0, "stderr_tail": "", "error": None, "report": report}


@pytest.mark.slow
def test_oasdiffs_checker_cases_pass() -> None:
    """At least 90% of oasdiff's own tests, judged by its judge; options it cannot pass excepted."""
    judge = _judge()
    data = json.loads((OASDIFF_CASES / "cases.json").read_text())
    registry, versioning = data["rules"], set(data.get("versioning_rule_ids", []))
    results = [judge.judge(case, _run(case), registry, versioning) for case in data["cases"]]
    failed = [result["test"] for result in results if result["status"] != "PASS"]
    assert len(failed) <= len(results) // 10, failed
    # What fails needs checker options the judge's default command line does not pass.
    by_test = {case["test"]: case for case in data["cases"]}
    assert all(not by_test[test]["default_config"] for test in failed), failed


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
