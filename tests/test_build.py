"""``specfleet build``: reproducible, checked sdists and wheels in dist/<provider>/.

Builds run for real (PyPA build, the backend the package pins, twine check), on a toy client
with the shape of a generated one, in a scratch project.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from specfleet.cli import main as cli_main
from specfleet.errors import SpecfleetError
from specfleet.fleet import backend_env, build
from specfleet.layout import Project
from tests.conftest import DATA, ROOT, tree_snapshot

PUBLISH_DATA = DATA / "publish"
TOY_PROVIDER = "toy"


def make_toy_project(destination: Path) -> Project:
    """A scratch project whose one provider, ``toy``, has tests/data/publish/toy-client as its client."""
    (destination / "specs").mkdir(parents=True)
    shutil.copytree(PUBLISH_DATA / "toy-spec", destination / "specs" / TOY_PROVIDER)
    shutil.copytree(PUBLISH_DATA / "toy-client", destination / "generated" / f"{TOY_PROVIDER}-client")
    (destination / "pyproject.toml").write_text(
        '[project]\nname = "toy-project"\nversion = "0"\n', encoding="utf-8"
    )
    return Project(destination)


@pytest.fixture
def toy_project(tmp_path: Path) -> Project:
    return make_toy_project(tmp_path / "project")


def run_build(project: Project, monkeypatch: pytest.MonkeyPatch, *providers: str) -> int:
    monkeypatch.chdir(project.root)
    return cli_main(["build", *providers])


def test_two_builds_are_byte_identical(
    toy_project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = toy_project.root / "dist" / TOY_PROVIDER
    assert run_build(toy_project, monkeypatch, TOY_PROVIDER) == 0
    first = tree_snapshot(dist)

    # New mtimes on every source file must not leak into the artifacts.
    later = time.time() + 3600
    for path in (toy_project.generated_dir / "toy-client").rglob("*"):
        os.utime(path, (later, later))
    assert run_build(toy_project, monkeypatch, TOY_PROVIDER) == 0

    assert tree_snapshot(dist) == first
    assert sorted(first) == [
        ".specfleet-build.json",
        "specfleet_toy_client-0.1.0-py3-none-any.whl",
        "specfleet_toy_client-0.1.0.tar.gz",
    ]
    out = capsys.readouterr().out
    assert f"SOURCE_DATE_EPOCH={build.FALLBACK_EPOCH}" in out


def test_artifacts_carry_the_source_date_epoch(toy_project: Project) -> None:
    target = build.target_for(toy_project, toy_project.providers([TOY_PROVIDER])[0])
    target = dataclasses.replace(target, epoch=1700000000)
    sdist, wheel = sorted(build.build(target), key=lambda path: path.suffix)

    with zipfile.ZipFile(wheel) as archive:
        stamps = {info.date_time for info in archive.infolist()}
    assert stamps == {time.gmtime(1700000000)[:6]}
    with tarfile.open(sdist) as archive:
        assert {member.mtime for member in archive.getmembers()} == {1700000000}
        assert {(member.uname, member.gname) for member in archive.getmembers()} <= {
            ("", ""),
            ("root", "root"),
        }
    gzip_mtime = int.from_bytes(sdist.read_bytes()[4:8], "little")
    assert gzip_mtime in (0, 1700000000)


def git(root: Path, *args: str, when: int | None = None) -> None:
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    if when is not None:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"@{when} +0000"
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def test_epoch_is_the_last_commit_touching_the_provider(toy_project: Project) -> None:
    root = toy_project.root
    provider = toy_project.providers([TOY_PROVIDER])[0]
    assert build.target_for(toy_project, provider).epoch == build.FALLBACK_EPOCH  # not in git

    git(root, "init", "-q")
    assert build.target_for(toy_project, provider).epoch == build.FALLBACK_EPOCH  # no commit yet
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "toy", when=1700000000)
    assert build.target_for(toy_project, provider).epoch == 1700000000

    (root / "elsewhere.txt").write_text("not the provider\n", encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "elsewhere", when=1700000500)
    assert build.target_for(toy_project, provider).epoch == 1700000000

    (root / "specs" / TOY_PROVIDER / "client.toml").write_text(
        (root / "specs" / TOY_PROVIDER / "client.toml").read_text(encoding="utf-8") + "# touched\n",
        encoding="utf-8",
    )
    git(root, "commit", "-q", "-am", "spec", when=1700000900)
    assert build.target_for(toy_project, provider).epoch == 1700000900


def test_fresh_artifacts_are_reused_and_stale_ones_rebuilt(toy_project: Project) -> None:
    target = build.targets(toy_project, [TOY_PROVIDER])[0]
    files, built = build.ensure_built(target)
    assert built
    again, built = build.ensure_built(target)
    assert (again, built) == (files, False)

    module = target.source / "specfleet_toy_client" / "__init__.py"
    module.write_text(module.read_text(encoding="utf-8") + "\nEXTRA = 1\n", encoding="utf-8")
    assert build.fresh_artifacts(target) is None
    rebuilt, built = build.ensure_built(target)
    assert built

    rebuilt[0].write_bytes(rebuilt[0].read_bytes() + b"tampered")
    assert build.fresh_artifacts(target) is None


def test_readme_that_does_not_render_is_refused_and_dist_kept(toy_project: Project) -> None:
    target = build.targets(toy_project, [TOY_PROVIDER])[0]
    kept, _ = build.ensure_built(target)
    before = tree_snapshot(target.dist)
    pyproject = target.source / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8").replace("README.md", "README.rst"),
        encoding="utf-8",
    )
    (target.source / "README.rst").write_text(
        "Toy\n===\n\n.. bogus-directive::\n\n`broken\n", encoding="utf-8"
    )
    with pytest.raises(SpecfleetError, match="twine check failed"):
        build.build(target)
    assert tree_snapshot(target.dist) == before
    assert all(path.is_file() for path in kept)


def fake_wheel(path: Path, metadata: str, *, typed: bool = True) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("toy-0.1.0.dist-info/METADATA", metadata)
        if typed:
            archive.writestr("toy/py.typed", "")
    return path


COMPLETE_METADATA = """\
Metadata-Version: 2.4
Name: toy
Version: 0.1.0
Summary: A toy.
Project-URL: Homepage, https://example.invalid
License-Expression: MIT
Classifier: Typing :: Typed
Requires-Python: >=3.11
Requires-Dist: httpx<0.29,>=0.23
Description-Content-Type: text/markdown

# toy
"""


def test_complete_metadata_has_no_problems(tmp_path: Path) -> None:
    assert (
        build.metadata_problems(fake_wheel(tmp_path / "toy-0.1.0-py3-none-any.whl", COMPLETE_METADATA)) == []
    )


def test_incomplete_metadata_is_listed(tmp_path: Path) -> None:
    bare = "Metadata-Version: 2.4\nName: toy\nVersion: 0.1.0\nRequires-Dist: attrs\n"
    problems = build.metadata_problems(fake_wheel(tmp_path / "toy-0.1.0-py3-none-any.whl", bare, typed=False))
    text = "\n".join(problems)
    for expected in (
        "Summary",
        "long description",
        "Description-Content-Type",
        "Requires-Python",
        "Classifier",
        "License-Expression",
        "'attrs' has no lower bound",
        "py.typed",
    ):
        assert expected in text


def test_project_urls_are_optional_but_never_empty(tmp_path: Path) -> None:
    without = COMPLETE_METADATA.replace("Project-URL: Homepage, https://example.invalid\n", "")
    assert build.metadata_problems(fake_wheel(tmp_path / "toy-0.1.0-py3-none-any.whl", without)) == []
    empty = COMPLETE_METADATA.replace("https://example.invalid", "")
    problems = build.metadata_problems(fake_wheel(tmp_path / "toy-0.1.0-py3-none-any.whl", empty))
    assert problems == ["empty Project-URL 'Homepage' (project.urls)"]


@pytest.mark.slow
def test_parallel_builds_are_byte_identical_to_serial_ones(
    toy_project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(toy_project.specs_dir / TOY_PROVIDER, toy_project.specs_dir / "toy2")
    shutil.copytree(toy_project.generated_dir / "toy-client", toy_project.generated_dir / "toy2-client")
    dist = toy_project.root / "dist"
    assert run_build(toy_project, monkeypatch, "--jobs", "1") == 0
    serial = tree_snapshot(dist)
    serial_out = capsys.readouterr()
    assert sorted(serial) == [
        f"{provider}/{name}"
        for provider in (TOY_PROVIDER, "toy2")
        for name in (
            ".specfleet-build.json",
            "specfleet_toy_client-0.1.0-py3-none-any.whl",
            "specfleet_toy_client-0.1.0.tar.gz",
        )
    ]
    assert run_build(toy_project, monkeypatch, "--jobs", "2") == 0
    assert tree_snapshot(dist) == serial
    parallel_out = capsys.readouterr()
    assert parallel_out.out == serial_out.out  # results in provider order, whatever finished first
    progress_lines = parallel_out.err.splitlines()
    assert len(progress_lines) == 2, parallel_out.err
    assert all(
        re.fullmatch(r"built specfleet-toy-client 0\.1\.0 in \d+\.\d s", line) for line in progress_lines
    )
    assert "\r" not in parallel_out.err and "\x1b" not in parallel_out.err  # no live line off a terminal

    assert run_build(toy_project, monkeypatch, "--quiet", TOY_PROVIDER) == 0
    quiet = capsys.readouterr()
    assert quiet.err == "" and "sha256" in quiet.out


def test_a_client_without_homepage_has_no_project_urls_and_ships_its_changelog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Generated from our templates, built for real: the wheel carries the changelog too."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "specs" / "actinia", root / "specs" / "actinia")
    shutil.copytree(ROOT / "templates", root / "templates")
    (root / "pyproject.toml").write_text('[project]\nname = "fleet"\nversion = "0"\n', encoding="utf-8")
    settings = root / "specs" / "actinia" / "client.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(re.sub(r"(?m)^homepage = .*\n", "", text), encoding="utf-8")
    changelog = "# Changelog\n\n## 0.1.0 - 2026-01-02\n\n- First release.\n"
    (root / "specs" / "actinia" / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    monkeypatch.chdir(root)
    assert cli_main(["generate", "actinia"]) == 0
    assert "[project.urls]" not in (root / "generated" / "actinia-client" / "pyproject.toml").read_text()
    assert cli_main(["build", "actinia"]) == 0

    [wheel] = (root / "dist" / "actinia").glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        [metadata] = [name for name in names if name.endswith(".dist-info/METADATA")]
        assert "Project-URL" not in archive.read(metadata).decode()
        [shipped] = [name for name in names if name.endswith(".dist-info/extra_metadata/CHANGELOG.md")]
        assert archive.read(shipped).decode() == changelog
    [sdist] = (root / "dist" / "actinia").glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        [member] = [member for member in archive.getmembers() if member.name.endswith("/CHANGELOG.md")]
        extracted = archive.extractfile(member)
        assert extracted is not None and extracted.read().decode() == changelog


def test_wrong_version_in_the_package_is_refused(toy_project: Project) -> None:
    settings = toy_project.specs_dir / TOY_PROVIDER / "client.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace('version = "0.1.0"', 'version = "0.2.0"'),
        encoding="utf-8",
    )
    with pytest.raises(SpecfleetError, match=r"client\.toml says specfleet-toy-client 0\.2\.0"):
        build.build(build.targets(toy_project, [TOY_PROVIDER])[0])
    assert not (toy_project.root / "dist" / TOY_PROVIDER).exists()


def test_build_output_leaves_no_scratch_behind(toy_project: Project) -> None:
    build.build(build.targets(toy_project, [TOY_PROVIDER])[0])
    assert sorted(path.name for path in (toy_project.root / "dist").iterdir()) == [TOY_PROVIDER]


def test_missing_generated_client_is_a_clear_error(toy_project: Project) -> None:
    shutil.rmtree(toy_project.generated_dir / "toy-client")
    with pytest.raises(SpecfleetError, match="run `python -m specfleet generate` first"):
        build.targets(toy_project, [TOY_PROVIDER])


def test_building_uncommitted_sources_warns(
    toy_project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = toy_project.root
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "toy", when=1700000000)
    assert run_build(toy_project, monkeypatch, TOY_PROVIDER) == 0
    assert "uncommitted" not in capsys.readouterr().err

    readme = root / "generated" / "toy-client" / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "\nEdited by hand.\n", encoding="utf-8")
    (root / "specs" / TOY_PROVIDER / "notes.md").write_text("new, never added\n", encoding="utf-8")
    assert run_build(toy_project, monkeypatch, TOY_PROVIDER) == 0
    warning = capsys.readouterr().err
    assert f"warning: {TOY_PROVIDER}: uncommitted changes" in warning
    assert "generated/toy-client/README.md" in warning and f"specs/{TOY_PROVIDER}/notes.md" in warning


def test_the_backend_environment_is_made_once_and_remade_when_half_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPECFLEET_CACHE_DIR", str(tmp_path / "cache"))
    requires = backend_env.build_requires(PUBLISH_DATA / "toy-client")
    made = backend_env.environment_for(requires)
    assert made.is_relative_to(tmp_path / "cache")
    ready = made / backend_env.READY
    marker_time = ready.stat().st_mtime_ns
    assert backend_env.environment_for(requires) == made and ready.stat().st_mtime_ns == marker_time

    ready.unlink()  # as if a run was killed while installing
    assert backend_env.environment_for(requires) == made and ready.is_file()
    version = subprocess.run(
        [str(backend_env.python_in(made)), "-c", "import hatchling, sys; print(sys.prefix)"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert Path(version.stdout.strip()) == made


def test_a_package_without_a_pinned_backend_is_refused(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    with pytest.raises(SpecfleetError, match=r"\[build-system\] requires must list the backend"):
        backend_env.build_requires(tmp_path)
