"""`specfleet release` on a real git repository: version, changelog, regeneration, idempotence."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from specfleet.diff.model import Bump
from specfleet.diff.report import describe_bump
from specfleet.diff.semver import next_version

from .conftest import CliRunner, copy_project
from .test_diff import _git


@pytest.fixture
def released_repo(tmp_path: Path) -> Path:
    """The real project (specs, templates, generated) committed on main, then a feature branch."""
    repo = copy_project(tmp_path / "project").root
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "clients")
    _git(repo, "switch", "-q", "-c", "feature")
    return repo


def _remove_operation(spec: Path) -> None:
    """Drop PUT /api/auth/api-keys/{apiKeyId}: a breaking change (a function disappears)."""
    data = yaml.safe_load(spec.read_text())
    del data["paths"]["/api/auth/api-keys/{apiKeyId}"]["put"]
    spec.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def test_release_bumps_writes_changelog_and_regenerates(released_repo: Path, run_cli: CliRunner) -> None:
    spec = released_repo / "specs" / "numind" / "openapi.yaml"
    _remove_operation(spec)
    _git(released_repo, "commit", "-q", "-am", "drop the update of API keys")

    review = run_cli("diff", "--format", "markdown", cwd=released_repo)
    assert review.returncode == 1, review.stdout + review.stderr
    assert "`api-removed-without-deprecation` PUT /api/auth/api-keys/{apiKeyId}" in review.stdout
    # below 1.0 a breaking change moves the minor, and the report says so (the bump stays major, as in JSON)
    assert "Bump: **major** (0.1.0 → 0.2.0; below 1.0 the minor moves) — fails" in review.stdout
    assert "#### Python API of the generated package" in review.stdout
    assert (
        "**breaking**: function numind\\_client.api.authentication.put\\_api\\_auth\\_api\\_keys\\_apikeyid was removed"
        in review.stdout
    )

    result = run_cli("release", "--date", "2026-11-23", cwd=released_repo)
    assert result.returncode == 0, result.stderr
    assert "numind: major (0.1.0 -> 0.2.0; below 1.0 the minor moves)" in result.stdout
    assert re.search(r"^regenerated numind in \d+\.\d s$", result.stderr, re.MULTILINE), result.stderr
    assert 'version = "0.2.0"' in (spec.parent / "client.toml").read_text()
    changelog = (spec.parent / "CHANGELOG.md").read_text()
    assert "## 0.2.0 - 2026-11-23" in changelog and "### Breaking changes" in changelog
    assert "PUT /api/auth/api-keys/{apiKeyId}" in changelog
    client = released_repo / "generated" / "numind-client"
    assert (client / "CHANGELOG.md").read_text() == changelog
    assert 'version = "0.2.0"' in (client / "pyproject.toml").read_text()
    assert not (
        client / "numind_client" / "api" / "authentication" / "put_api_auth_api_keys_apikeyid.py"
    ).exists()
    # untouched providers keep their version
    assert 'version = "0.1.0"' in (released_repo / "specs" / "timeular" / "client.toml").read_text()

    assert run_cli("check", cwd=released_repo).returncode == 0
    after = run_cli("diff", "--format", "json", "--no-surface", cwd=released_repo)
    assert after.returncode == 0, after.stdout
    assert json.loads(after.stdout)["providers"]["numind"]["bump_recorded"] is True

    # Releasing again is idempotent: same version, one entry.
    again = run_cli("release", "--date", "2026-11-23", cwd=released_repo)
    assert again.returncode == 0
    assert (spec.parent / "CHANGELOG.md").read_text() == changelog


@pytest.mark.parametrize(
    ("bump", "base", "after", "expected"),
    [
        ("major", "0.1.0", "0.2.0", ("major", " (0.1.0 -> 0.2.0; below 1.0 the minor moves)")),
        ("minor", "0.3.4", "0.3.5", ("minor", " (0.3.4 -> 0.3.5; below 1.0 the patch moves)")),
        ("patch", "0.3.4", "0.3.5", ("patch", " (0.3.4 -> 0.3.5)")),
        ("major", "1.2.0", "2.0.0", ("major", " (1.2.0 -> 2.0.0)")),
        ("minor", "1.2.0", "1.3.0", ("minor", " (1.2.0 -> 1.3.0)")),
        ("none", "0.1.0", "0.1.0", ("none", " (stays 0.1.0)")),
        ("major", None, None, ("major", "")),
    ],
)
def test_the_bump_keeps_its_name_and_says_which_part_moves(
    bump: Bump, base: str | None, after: str | None, expected: tuple[str, str]
) -> None:
    assert describe_bump(bump, base, after) == expected
    if base is not None:
        assert next_version(base, bump) == after  # the same convention as the version it computes


def test_release_with_nothing_changed_changes_nothing(released_repo: Path, run_cli: CliRunner) -> None:
    before = (released_repo / "specs" / "numind" / "client.toml").read_text()
    result = run_cli("release", "numind", cwd=released_repo)
    assert result.returncode == 0 and "nothing to release" in result.stdout
    assert (released_repo / "specs" / "numind" / "client.toml").read_text() == before
    assert not (released_repo / "specs" / "numind" / "CHANGELOG.md").exists()
    shutil.rmtree(released_repo / ".git")
