"""Incremental generation: stamps decide what is rendered; check trusts them and still catches drift."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from specfleet.errors import SpecfleetError
from specfleet.fleet.drift_check import drift_report
from specfleet.generation import stamps as stamp
from specfleet.generation.render import generate
from specfleet.generation.stamps import STAMP_FILE, Fleet, assess
from specfleet.layout import Project

from .conftest import DATA, PROVIDERS, ROOT, CliRunner, tree_snapshot

PETSTORE_SETTINGS = 'distribution = "petstore-client"\npackage = "petstore_client"\nversion = "0.1.0"\n'
PETSTORE_SETTINGS += 'description = "A client for the split petstore spec."\n'


def add_split_provider(project: Project) -> Path:
    """specs/petstore: a root spec whose schemas, parameters and paths live in their own files."""
    directory = project.specs_dir / "petstore"
    shutil.copytree(DATA / "multifile" / "petstore", directory)
    (directory / "client.toml").write_text(PETSTORE_SETTINGS)
    return directory


def mtimes(root: Path) -> dict[str, int]:
    return {path.relative_to(root).as_posix(): path.stat().st_mtime_ns for path in sorted(root.rglob("*"))}


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text() + text)


def _version_bump(monkeypatch: pytest.MonkeyPatch) -> None:
    real = stamp.installed_version
    monkeypatch.setattr(
        stamp,
        "installed_version",
        lambda name: "0.29.2" if name == "openapi-python-client" else real(name),
    )


#: change -> (what it does to a project with the split petstore provider, clients it must invalidate)
CHANGES: dict[str, tuple[Callable[[Project, pytest.MonkeyPatch], None], set[str]]] = {
    "spec file": (lambda p, _: append(p.specs_dir / "numind" / "openapi.yaml", "\n"), {"numind"}),
    "split $ref file": (
        lambda p, _: append(p.specs_dir / "petstore" / "components" / "schemas" / "Tag.yaml", "\n"),
        {"petstore"},
    ),
    "client.toml": (
        lambda p, _: append(p.specs_dir / "actinia" / "client.toml", 'homepage = "https://example.org"\n'),
        {"actinia"},
    ),
    "template": (
        lambda p, _: append(p.templates_dir / "property_templates" / "const_property.py.jinja", "\n"),
        {*PROVIDERS, "petstore"},
    ),
    "openapi-python-client version": (lambda _, m: _version_bump(m), {*PROVIDERS, "petstore"}),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_stamp_inputs_change_with_every_input(
    change: str, project_copy: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_split_provider(project_copy)
    providers = project_copy.providers()
    before = {p.name: Fleet.of(project_copy).inputs(p) for p in providers}
    assert before == {p.name: Fleet.of(project_copy).inputs(p) for p in providers}, "inputs are stable"
    apply, invalidated = CHANGES[change]
    apply(project_copy, monkeypatch)
    after = {p.name: Fleet.of(project_copy).inputs(p) for p in providers}
    assert {name for name in before if before[name] != after[name]} == invalidated


def test_committed_stamps_are_current_and_hold_no_local_detail(project: Project) -> None:
    states = assess(project, project.providers())
    assert [state.reasons for state in states] == [()] * len(PROVIDERS)
    text = (ROOT / "generated" / "numind-client" / STAMP_FILE).read_text()
    assert str(ROOT) not in text and "time" not in text
    recorded = json.loads(text)
    assert recorded["inputs"]["tools"]["openapi-python-client"] == "0.29.1"
    assert "numind_client/client.py" in recorded["files"]


def test_noop_generate_touches_nothing_and_says_so(project_copy: Project, run_cli: CliRunner) -> None:
    before = mtimes(project_copy.generated_dir)
    snapshot = tree_snapshot(project_copy.generated_dir)
    result = run_cli("generate", cwd=project_copy.root)
    assert result.returncode == 0, result.stderr
    for provider in PROVIDERS:
        assert f"{provider}-client up to date" in result.stderr
    assert "4 client(s) up to date" in result.stderr
    assert result.stdout == ""
    assert mtimes(project_copy.generated_dir) == before
    assert tree_snapshot(project_copy.generated_dir) == snapshot
    assert not list(project_copy.root.glob(".specfleet-*"))


def test_changed_spec_regenerates_only_its_client(project_copy: Project, run_cli: CliRunner) -> None:
    spec = project_copy.specs_dir / "timeular" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("Timeular public API v1", "Timeular public API, first version"))
    others = {p: mtimes(project_copy.generated_dir / f"{p}-client") for p in PROVIDERS if p != "timeular"}
    result = run_cli("generate", cwd=project_copy.root)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "generated generated/timeular-client\n"
    assert "rendered timeular-client in " in result.stderr
    assert {p: mtimes(project_copy.generated_dir / f"{p}-client") for p in others} == others
    assert "first version" in (project_copy.generated_dir / "timeular-client" / "README.md").read_text()
    assert drift_report(project_copy) == []


def test_split_ref_file_change_regenerates_its_client(project_copy: Project) -> None:
    directory = add_split_provider(project_copy)
    assert [p.name for p in generate(project_copy)[0]] == ["petstore"]
    assert generate(project_copy) == ([], [])
    schema = directory / "components" / "schemas" / "NewPet.yaml"
    schema.write_text(schema.read_text().replace("  tag:\n", "  nickname:\n    type: string\n  tag:\n"))
    assert [p.name for p in generate(project_copy)[0]] == ["petstore"]
    models = project_copy.generated_dir / "petstore-client" / "petstore_client" / "models"
    assert "nickname: str | Unset = UNSET" in (models / "new_pet.py").read_text()
    assert drift_report(project_copy) == []


def test_check_names_a_hand_edited_file_with_a_diff(project_copy: Project, run_cli: CliRunner) -> None:
    client = project_copy.generated_dir / "numind-client" / "numind_client" / "client.py"
    client.write_text(client.read_text().replace("class Client", "# a hand edit\nclass Client", 1))
    result = run_cli("check", cwd=project_copy.root)
    assert result.returncode == 1
    assert "numind-client: numind_client/client.py was edited" in result.stderr
    assert "  generated/numind-client/numind_client/client.py\n" in result.stderr
    assert "--- a/generated/numind-client/numind_client/client.py (committed)" in result.stderr
    assert "+++ b/generated/numind-client/numind_client/client.py (generated)" in result.stderr
    assert "    -# a hand edit\n" in result.stderr
    assert "actinia-client up to date" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_finds_a_spec_change_that_was_not_regenerated(project_copy: Project) -> None:
    spec = project_copy.specs_dir / "actinia" / "openapi.yaml"
    spec.write_text(
        spec.read_text().replace("summary: Create an authentication token.", "summary: Get a token.")
    )
    found = drift_report(project_copy)
    paths = [str(entry) for entry in found]
    assert "generated/actinia-client/.specfleet-stamp.json" in paths
    changed = [entry for entry in found if entry.path.endswith("token_get.py")]
    assert changed and any(line.startswith("+") and "Get a token." in line for line in changed[0].diff)
    assert all(path.startswith("generated/actinia-client/") for path in paths)


def test_check_caps_each_diff(project_copy: Project) -> None:
    readme = project_copy.generated_dir / "pollination-client" / "README.md"
    readme.write_text("".join(f"line {n}\n" for n in range(200)))
    [entry] = drift_report(project_copy, ["pollination"])
    assert entry.path == "generated/pollination-client/README.md"
    assert len(entry.diff) == 21 and entry.diff[-1].endswith("more diff line(s)")


def test_force_regenerates_every_client(project_copy: Project, run_cli: CliRunner) -> None:
    before = mtimes(project_copy.generated_dir)
    snapshot = tree_snapshot(project_copy.generated_dir)
    result = run_cli("generate", "--force", cwd=project_copy.root)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"generated generated/{p}-client" for p in PROVIDERS]
    assert tree_snapshot(project_copy.generated_dir) == snapshot
    readme = "numind-client/README.md"
    assert mtimes(project_copy.generated_dir)[readme] != before[readme], "rewritten, not skipped"


def test_parallel_generation_is_byte_identical_to_serial(project_copy: Project) -> None:
    generate(project_copy, force=True, jobs=1)
    serial = tree_snapshot(project_copy.generated_dir)
    generate(project_copy, force=True, jobs=3)
    assert tree_snapshot(project_copy.generated_dir) == serial
    assert serial == tree_snapshot(ROOT / "generated")


def test_a_failing_client_leaves_generated_untouched(
    project_copy: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three clients render fine in the workers, one fails there: nothing of the run lands."""
    import specfleet.generation.render as generation

    render = generation.render_client

    def render_or_fail(
        templates: Path, settings: object, document: object, output: Path, **options: object
    ) -> object:
        if output.name == "pollination-client":
            raise SpecfleetError("pollination could not be rendered")
        return render(templates, settings, document, output, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(generation, "render_client", render_or_fail)
    before = tree_snapshot(project_copy.generated_dir)
    times = mtimes(project_copy.generated_dir)
    with pytest.raises(SpecfleetError, match="pollination could not be rendered"):
        generate(project_copy, force=True, jobs=2)
    assert tree_snapshot(project_copy.generated_dir) == before
    assert mtimes(project_copy.generated_dir) == times
    assert sorted(path.name for path in project_copy.root.iterdir()) == [
        "generated",
        "pyproject.toml",
        "specs",
        "templates",
    ]


def test_spec_errors_of_every_stale_client_are_reported_together(
    project_copy: Project, run_cli: CliRunner
) -> None:
    for provider in ("numind", "timeular"):
        append(project_copy.specs_dir / provider / "openapi.yaml", "servers: [\n")
    before = tree_snapshot(project_copy.generated_dir)
    result = run_cli("generate", "--force", cwd=project_copy.root)
    assert result.returncode == 1
    assert "specs/numind/openapi.yaml:" in result.stderr and "specs/timeular/openapi.yaml:" in result.stderr
    assert "Traceback" not in result.stderr
    assert tree_snapshot(project_copy.generated_dir) == before


def test_jobs_must_be_positive(project_copy: Project, run_cli: CliRunner) -> None:
    result = run_cli("generate", "--jobs", "0", cwd=project_copy.root)
    assert result.returncode == 1
    assert "specfleet generate: error: --jobs 0: give at least 1" in result.stderr
