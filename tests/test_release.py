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
    assert "**breaking**: client.api\\_keys.update (and its async twin) was removed" in review.stdout

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


def test_release_compares_the_client_with_the_surface_its_last_release_recorded(
    released_repo: Path, run_cli: CliRunner
) -> None:
    """The spec is unchanged, but the client an older specfleet made had a method this one does
    not make (as a template or naming upgrade may do): the release says so and bumps."""
    from specfleet.config import load_settings
    from specfleet.diff.surface import RECORDED_FILE, read_surface, recorded_surface
    from specfleet.spec.bundle import load_spec

    folder = released_repo / "specs" / "numind"
    surface = read_surface(
        load_settings(folder / "client.toml"), load_spec(folder / "openapi.yaml")
    ).as_json()
    surface["methods"]["client.api_keys.legacy"] = ["GET /api/auth/api-keys/legacy", [], {}, "None"]
    (folder / RECORDED_FILE).write_text(json.dumps(surface), encoding="utf-8")
    _git(released_repo, "add", ".")
    _git(released_repo, "commit", "-q", "-m", "the surface of the last release")

    result = run_cli("release", "--base", "HEAD", "--date", "2026-11-23", cwd=released_repo)
    assert result.returncode == 0, result.stderr
    assert "numind: major (0.1.0 -> 0.2.0; below 1.0 the minor moves)" in result.stdout
    changelog = (folder / "CHANGELOG.md").read_text()
    assert "client.api_keys.legacy (and its async twin) was removed" in changelog
    recorded = recorded_surface(folder)
    assert recorded is not None and "client.api_keys.legacy" not in recorded.methods
    assert "client.api_keys.list" in recorded.methods
