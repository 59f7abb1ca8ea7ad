"""`specfleet list`: the fleet as a table and as a GitHub Actions matrix, on a real git repository."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

import pytest

from .conftest import PROVIDERS, ROOT, CliRunner
from .test_diff import _git


def _settings(root: Path, provider: str) -> dict[str, object]:
    return tomllib.loads((root / "specs" / provider / "client.toml").read_text(encoding="utf-8"))


def test_json_is_one_matrix_line_with_every_provider(run_cli: CliRunner) -> None:
    done = run_cli("list", "--json")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1, "a $GITHUB_OUTPUT value must be one line"
    matrix = json.loads(lines[0])
    assert list(matrix) == ["include"]
    assert [row["provider"] for row in matrix["include"]] == list(PROVIDERS)
    for row in matrix["include"]:
        settings = _settings(ROOT, row["provider"])
        assert row["distribution"] == settings["distribution"]
        assert row["package"] == settings["package"]
        assert row["version"] == settings["version"]
        assert (ROOT / row["spec"]).is_file()
        assert (ROOT / row["client"] / "pyproject.toml").is_file()


def test_table_names_each_provider_once(run_cli: CliRunner) -> None:
    done = run_cli("list", "numind", "timeular")
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split() == ["provider", "distribution", "package", "version", "spec", "client"]
    assert [row.split()[:3] for row in rows] == [
        ["numind", "numind-client", "numind_client"],
        ["timeular", "timeular-client", "timeular_client"],
    ]


def test_unknown_provider_is_an_error_not_a_traceback(run_cli: CliRunner) -> None:
    done = run_cli("list", "--json", "nosuch")
    assert done.returncode == 1
    assert "unknown provider(s): nosuch" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


@pytest.fixture
def fleet_repo(tmp_path: Path) -> Path:
    """Just the specs (what ``list`` reads) and pyproject.toml, committed on main."""
    repo = tmp_path / "fleet"
    shutil.copytree(ROOT / "specs", repo / "specs")
    shutil.copy2(ROOT / "pyproject.toml", repo / "pyproject.toml")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "fleet")
    return repo


def _bump(repo: Path, provider: str, version: str) -> None:
    path = repo / "specs" / provider / "client.toml"
    text = path.read_text(encoding="utf-8")
    old = _settings(repo, provider)["version"]
    path.write_text(text.replace(f'version = "{old}"', f'version = "{version}"', 1), encoding="utf-8")


def test_changed_since_keeps_bumped_and_new_providers(fleet_repo: Path, run_cli: CliRunner) -> None:
    unchanged = run_cli("list", "--json", "--changed-since", "HEAD", cwd=fleet_repo)
    assert unchanged.returncode == 0, unchanged.stderr
    assert json.loads(unchanged.stdout) == {"include": []}

    _bump(fleet_repo, "timeular", "0.2.0")
    # a spec edit without a version bump is not a release
    spec = fleet_repo / "specs" / "numind" / "openapi.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    shutil.copytree(fleet_repo / "specs" / "actinia", fleet_repo / "specs" / "newcomer")
    _git(fleet_repo, "add", ".")
    _git(fleet_repo, "commit", "-q", "-m", "release timeular, add newcomer")

    done = run_cli("list", "--json", "--changed-since", "HEAD~1", cwd=fleet_repo)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["include"]
    assert [(row["provider"], row["version"]) for row in rows] == [
        ("newcomer", _settings(fleet_repo, "actinia")["version"]),
        ("timeular", "0.2.0"),
    ]
    table = run_cli("list", "--changed-since", "HEAD", cwd=fleet_repo)
    assert table.returncode == 0
    assert table.stdout == ""
    assert "no provider's version changed since HEAD" in table.stderr


def test_changed_since_an_unknown_ref_fails_cleanly(fleet_repo: Path, run_cli: CliRunner) -> None:
    done = run_cli("list", "--json", "--changed-since", "0" * 40, cwd=fleet_repo)
    assert done.returncode == 1
    assert "names no commit here" in done.stderr
    assert "Traceback" not in done.stderr
