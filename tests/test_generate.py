"""Generation: deterministic, atomic, typed, and spec text never becomes code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from specfleet.check import drift
from specfleet.config import Project
from specfleet.generate import generate

from .conftest import PROVIDERS, ROOT, CliRunner, tree_snapshot


def test_generation_is_deterministic(project_copy: Project) -> None:
    generate(project_copy)
    first = tree_snapshot(project_copy.generated_dir)
    generate(project_copy)
    assert tree_snapshot(project_copy.generated_dir) == first
    # ... and what is committed is exactly that.
    assert first == tree_snapshot(ROOT / "generated")


def test_committed_clients_have_no_drift(project: Project) -> None:
    assert drift(project) == []


def test_drift_lists_an_edited_file(project_copy: Project) -> None:
    readme = project_copy.generated_dir / "actinia-client" / "README.md"
    readme.write_text(readme.read_text() + "hand edit\n")
    (project_copy.generated_dir / "numind-client" / "stray.py").write_text("")
    assert drift(project_copy) == [
        "generated/actinia-client/README.md",
        "generated/numind-client/stray.py (not generated: remove it)",
    ]


BREAKAGES = {
    "duplicate key": (
        "  title: Timeular public API v1\n",
        "  title: Timeular public API v1\n  title: again\n",
        "specs/timeular/openapi.yaml:12:3: error yaml: duplicate key 'title'",
    ),
    "bad $ref": (
        "$ref: '#/components/schemas/DeveloperSignInRequest'",
        "$ref: '../../../etc/passwd'",
        "specs/timeular/openapi.yaml:48:15: error ref-safe:",
    ),
    "YAML syntax error": (
        "openapi: 3.1.0\n",
        "openapi: 3.1.0\nservers: [\n",
        "specs/timeular/openapi.yaml:",
    ),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_broken_spec_fails_and_leaves_generated_untouched(
    breakage: str, project_copy: Project, run_cli: CliRunner
) -> None:
    old, new, expected = BREAKAGES[breakage]
    spec = project_copy.specs_dir / "timeular" / "openapi.yaml"
    text = spec.read_text()
    assert old in text
    spec.write_text(text.replace(old, new, 1))
    before = tree_snapshot(project_copy.generated_dir)
    result = run_cli("generate", cwd=project_copy.root)
    assert result.returncode == 1
    assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert tree_snapshot(project_copy.generated_dir) == before
    assert not list(project_copy.root.glob(".specfleet-*")), "scratch directory left behind"


def test_template_that_leaks_an_untrusted_string_fails(project_copy: Project, run_cli: CliRunner) -> None:
    readme = project_copy.templates_dir / "README.md.jinja"
    readme.write_text(readme.read_text() + "\n{{ plan.title }}\n")
    before = tree_snapshot(project_copy.generated_dir)
    result = run_cli("generate", cwd=project_copy.root)
    assert result.returncode == 1
    assert "UntrustedString object at" in result.stderr and "escaping filter" in result.stderr
    assert tree_snapshot(project_copy.generated_dir) == before


HOSTILE = '''"""; import os; os.system("touch PWNED") #'''


def test_hostile_spec_text_stays_text(project_copy: Project, tmp_path: Path) -> None:
    spec = project_copy.specs_dir / "actinia" / "openapi.yaml"
    text = spec.read_text()
    text = text.replace("summary: Create an authentication token.", f"summary: '{HOSTILE}'")
    text = text.replace(
        "description: The status of", f"description: '{HOSTILE} \\\\N{{x}}' # The status of", 1
    )
    spec.write_text(text)
    generate(project_copy, ["actinia"])
    client = project_copy.generated_dir / "actinia-client"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import actinia_client.api.authentication_management.token_get, actinia_client.models",
        ],
        cwd=client,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not (client / "PWNED").exists()
    assert (
        'os.system("touch PWNED")'
        in (client / "actinia_client/api/authentication_management/token_get.py").read_text()
    )


def test_generated_clients_pass_mypy_strict() -> None:
    for provider in PROVIDERS:
        client = ROOT / "generated" / f"{provider}-client"
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "."],
            cwd=client,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, f"{provider}: {result.stdout}"


def test_generated_clients_compile_with_warnings_as_errors(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-W", "error", "-m", "compileall", "-q", "-d", "generated", str(ROOT / "generated")],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPYCACHEPREFIX": str(tmp_path)},
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_client_is_a_full_package(provider: str, project: Project) -> None:
    settings = project.providers([provider])[0].settings
    client = ROOT / "generated" / f"{provider}-client"
    pyproject = (client / "pyproject.toml").read_text()
    assert f'name = "{settings.distribution}"' in pyproject
    assert f'version = "{settings.version}"' in pyproject
    assert (client / settings.package / "py.typed").is_file()
    readme = (client / "README.md").read_text()
    assert "Method | HTTP request | Description" in readme
    assert f"import {settings.package}" in readme
