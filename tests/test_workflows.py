"""The GitHub Actions workflows and pre-commit hooks: their shape, the commands they run, and
the pinned checkers (check-jsonschema, zizmor, pre-commit) run on them for real."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
import venv
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from specfleet.cli import COMMANDS
from specfleet.fleet.provider_list import Entry

from .conftest import ROOT, CliRunner, SharedDir

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
CHECKERS = ROOT / "tools" / "ci" / "checkers.txt"
SHA_PIN = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")
MATRIX_FROM_OUTPUT = re.compile(r"^\$\{\{ fromJSON\(needs\.([\w-]+)\.outputs\.matrix\) \}\}$")


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _steps() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(workflow file, job id, step) for every step of every workflow."""
    for path in WORKFLOWS:
        for job_id, job in _load(path)["jobs"].items():
            for step in job.get("steps", []):
                yield path.name, job_id, step


def _run_lines() -> list[str]:
    """Every shell line the workflows run."""
    return [line.strip() for _, _, step in _steps() for line in step.get("run", "").splitlines()]


def _diff_comment() -> ModuleType:
    spec = importlib.util.spec_from_file_location("diff_comment", ROOT / "tools" / "ci" / "diff_comment.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_both_workflows_exist_with_their_triggers() -> None:
    triggers = {path.stem: _load(path)[True] for path in WORKFLOWS}  # YAML 1.1 reads `on` as True
    assert triggers == {
        "pull-request": {"pull_request": {"branches": ["main"]}},
        "release": {"push": {"branches": ["main"]}},
    }


def test_every_action_is_pinned_to_a_commit_with_its_version() -> None:
    used = 0
    for path in WORKFLOWS:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            found = re.match(r"^\s*(?:- )?uses:\s*(\S+)(.*)$", line)
            if not found:
                continue
            used += 1
            reference, comment = found[1], found[2].strip()
            assert SHA_PIN.match(reference), f"{path.name}:{number}: {reference} is not pinned to a commit"
            assert re.fullmatch(r"# v\d+\.\d+\.\d+", comment), f"{path.name}:{number}: no '# vX.Y.Z'"
    assert used >= 10


def test_least_privilege_and_no_expression_in_scripts() -> None:
    for path in WORKFLOWS:
        workflow = _load(path)
        assert workflow["permissions"] == {}, f"{path.name}: the default token must start with nothing"
        assert "group" in workflow["concurrency"], path.name
        for job_id, job in workflow["jobs"].items():
            assert isinstance(job.get("permissions"), dict), f"{path.name}: {job_id} names no permissions"
            assert set(job["permissions"].values()) <= {"read", "write"}
    for workflow_name, job_id, step in _steps():
        where = f"{workflow_name}: {job_id}: {step.get('name') or step.get('uses') or step.get('run')}"
        if str(step.get("uses", "")).startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False, where
        # values reach a script through env: only, never pasted into its text
        assert "${{" not in step.get("run", ""), where
        assert "${{" not in step.get("with", {}).get("script", ""), where


def test_only_publishing_gets_an_id_token_and_only_the_report_writes() -> None:
    writes = {
        (path.name, job_id, scope)
        for path in WORKFLOWS
        for job_id, job in _load(path)["jobs"].items()
        for scope, level in job["permissions"].items()
        if level == "write"
    }
    assert writes == {
        ("pull-request.yml", "diff-report", "pull-requests"),
        ("release.yml", "publish", "id-token"),
        ("release.yml", "tag", "contents"),
    }
    publish = _load(ROOT / ".github" / "workflows" / "release.yml")["jobs"]["publish"]
    assert publish["environment"]["name"] == "pypi"
    assert [step["uses"].split("@")[0] for step in publish["steps"]] == [
        "actions/download-artifact",
        "pypa/gh-action-pypi-publish",
    ]
    upload = publish["steps"][1]
    assert "password" not in upload["with"], "trusted publishing needs no token"
    assert upload["with"]["attestations"] is True
    # attestations came with v1.11; an older pin silently publishes without them
    version = re.search(r"# v(\d+)\.(\d+)\.\d+", _uses_line("release.yml", upload["uses"]))
    assert version and (int(version[1]), int(version[2])) >= (1, 14), upload["uses"]


def _uses_line(workflow: str, reference: str) -> str:
    text = (ROOT / ".github" / "workflows" / workflow).read_text(encoding="utf-8")
    return next(line for line in text.splitlines() if reference in line)


def _runs(job: dict[str, Any]) -> list[str]:
    return [line.strip() for step in job["steps"] for line in step.get("run", "").splitlines()]


def test_the_release_verifies_before_it_builds_publishes_and_tags() -> None:
    jobs = _load(ROOT / ".github" / "workflows" / "release.yml")["jobs"]
    runs = _runs(jobs["build"])
    order = [
        "uv sync --locked --extra test",
        'python -m specfleet validate "$PROVIDER"',
        'python -m specfleet check "$PROVIDER"',
        'python -m pytest -p no:cacheprovider tests/test_contract.py -m contract --provider "$PROVIDER"',
        'python -m specfleet build "$PROVIDER"',
    ]
    assert [runs.index(line) for line in order] == sorted(runs.index(line) for line in order)
    assert "uv sync --locked --extra test" in _runs(jobs["changed"])
    unlocked = ("pip install", "python -m pip install", "uv pip install .", "uv pip install -r")
    assert not any(line.startswith(unlocked) for job in jobs.values() for line in _runs(job)), "only the lock"
    assert (ROOT / "uv.lock").is_file()
    assert jobs["publish"]["needs"] == ["changed", "build"] and jobs["tag"]["needs"] == ["changed", "publish"]
    [tag_step] = jobs["tag"]["steps"]
    assert tag_step["env"]["TAG"] == "${{ matrix.distribution }}-v${{ matrix.version }}"
    assert (
        'gh api "repos/${REPOSITORY}/git/refs" -f "ref=refs/tags/${TAG}" -f "sha=${COMMIT}"'
        in tag_step["run"]
    )


def test_pull_requests_cache_their_tools_and_releases_restore_no_cache() -> None:
    pull_request = _load(ROOT / ".github" / "workflows" / "pull-request.yml")["jobs"]
    for job_id, job in pull_request.items():
        runs = " ".join(_runs(job))
        uses = {step.get("uses", "").split("@")[0]: step for step in job["steps"]}
        if "nox -s" in runs:
            assert uses["astral-sh/setup-uv"]["with"]["enable-cache"] is True, job_id
            assert uses["actions/cache"]["with"]["path"] == ".nox", job_id
        if "npm ci" in runs:
            assert uses["actions/setup-node"]["with"]["cache"] == "npm", job_id
        if "pip install" in runs:
            assert uses["actions/setup-python"]["with"]["cache"] == "pip", job_id
    for job_id, job in _load(ROOT / ".github" / "workflows" / "release.yml")["jobs"].items():
        for step in job["steps"]:
            uses, options = step.get("uses", ""), step.get("with", {})
            assert not uses.startswith("actions/cache@") and "cache" not in options, (job_id, uses)
            if uses.startswith("astral-sh/setup-uv@"):
                assert options["enable-cache"] is False, job_id


def test_contract_tests_run_once_per_provider_and_nowhere_else() -> None:
    jobs = _load(ROOT / ".github" / "workflows" / "pull-request.yml")["jobs"]
    assert [line for line in _runs(jobs["tests"]) if "nox -s tests" in line] == [
        'nox -s tests -- -m "not contract"'
    ]
    assert [line for line in _runs(jobs["provider"]) if "nox -s tests" in line] == [
        'nox -s tests -- -m contract --provider "$PROVIDER"'
    ]


def test_every_matrix_comes_from_specfleet_list() -> None:
    matrices = 0
    for path in WORKFLOWS:
        jobs = _load(path)["jobs"]
        for job_id, job in jobs.items():
            if "strategy" not in job:
                continue
            matrices += 1
            found = MATRIX_FROM_OUTPUT.match(job["strategy"]["matrix"])
            assert found, f"{path.name}: {job_id}: the matrix must come from a job's output"
            source = jobs[found[1]]
            assert found[1] in job["needs"]
            step_id = re.fullmatch(
                r"\$\{\{ steps\.([\w-]+)\.outputs\.matrix \}\}", source["outputs"]["matrix"]
            )
            assert step_id, f"{path.name}: {found[1]} must output a step's matrix"
            step = next(step for step in source["steps"] if step.get("id") == step_id[1])
            assert re.search(r'matrix="\$\(python -m specfleet list --json[^)]*\)"', step["run"])
            assert 'echo "matrix=${matrix}" >> "$GITHUB_OUTPUT"' in step["run"]
    assert matrices == 4  # validate, drift gate, contract tests per provider; build, publish, tag per release
    provider_job = _load(ROOT / ".github" / "workflows" / "pull-request.yml")["jobs"]["provider"]
    assert [step["run"] for step in provider_job["steps"] if "nox -s" in step.get("run", "")] == [
        'nox -s validate -- "$PROVIDER"',
        'nox -s check -- "$PROVIDER"',
        'nox -s tests -- -m contract --provider "$PROVIDER"',
    ]
    # every matrix.<key> the workflows read is a key `specfleet list --json` writes
    keys = {key for path in WORKFLOWS for key in re.findall(r"matrix\.(\w+)", path.read_text())}
    assert keys <= set(Entry.__dataclass_fields__), keys - set(Entry.__dataclass_fields__)
    assert "provider" in keys


def _nox_sessions() -> set[str]:
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and any("session" in ast.unparse(decorator) for decorator in node.decorator_list)
    }


def test_the_commands_the_workflows_run_exist() -> None:
    lines = _run_lines()
    specfleet = {match[1] for line in lines for match in re.finditer(r"python -m specfleet (\w+)", line)}
    assert specfleet == {"list", "diff", "validate", "check", "build", "publish"}
    assert specfleet <= set(COMMANDS)
    sessions = {match[1] for line in lines for match in re.finditer(r"nox -s (\w+)", line)}
    assert sessions == {"validate", "check", "lint", "workflows", "tests"}
    assert sessions <= _nox_sessions()
    scripts = {match[1] for line in lines for match in re.finditer(r"python (tools/\S+\.py)", line)}
    assert scripts == {"tools/ci/diff_comment.py"}
    assert all((ROOT / script).is_file() for script in scripts)
    # the diff the report comment is made of, exactly as the workflow asks for it
    assert any(
        line.startswith('python -m specfleet diff --base "$BASE_SHA" --format markdown > diff-report.md')
        for line in lines
    )


def test_the_release_publishes_what_build_writes(run_cli: CliRunner) -> None:
    """The artifact the build job uploads is specfleet build's output folder for the provider."""
    jobs = _load(ROOT / ".github" / "workflows" / "release.yml")["jobs"]
    upload = next(step for step in jobs["build"]["steps"] if "upload-artifact" in step.get("uses", ""))
    assert upload["with"]["path"] == "dist/${{ matrix.provider }}/"
    runs = [step["run"] for step in jobs["build"]["steps"] if "run" in step]
    assert runs.index('python -m specfleet check "$PROVIDER"') < runs.index(
        'python -m specfleet build "$PROVIDER"'
    )
    help_text = run_cli("publish", "--help")
    assert help_text.returncode == 0 and "--dry-run" in help_text.stdout


def test_the_report_script_finds_the_comment_by_the_tools_marker() -> None:
    marker = _diff_comment().MARKER
    step = next(step for _, _, step in _steps() if "github-script" in step.get("uses", ""))
    assert f'const marker = "{marker}";' in step["with"]["script"]
    assert 'fs.readFileSync("diff-comment.md"' in step["with"]["script"]
    assert "updateComment" in step["with"]["script"] and "createComment" in step["with"]["script"]


def test_comment_body_carries_the_marker_and_fits_a_comment() -> None:
    tool = _diff_comment()
    body = tool.comment_body("## API diff\n\nno provider spec changed\n")
    assert body.splitlines()[0] == tool.MARKER
    assert body.endswith("no provider spec changed\n")
    # a report at the limit already still fits with the marker added, cut at a line end
    report = "".join(f"- change {index}\n" for index in range(10_000))[: tool.COMMENT_LIMIT]
    cut = tool.comment_body(report)
    assert len(cut) <= tool.COMMENT_LIMIT
    assert cut.startswith(tool.MARKER + "\n- change 0\n")
    assert cut.endswith(tool.CUT_NOTE)
    assert cut[: -len(tool.CUT_NOTE)].endswith(tuple(f"- change {index}" for index in range(10_000)))
    with pytest.raises(ValueError, match="empty"):
        tool.comment_body("\n")


def test_comment_tool_on_a_real_diff_report(tmp_path: Path, run_cli: CliRunner) -> None:
    report = run_cli("diff", "--base", "HEAD", "--format", "markdown")
    assert report.returncode == 0, report.stderr
    (tmp_path / "report.md").write_text(report.stdout, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "ci" / "diff_comment.py"), str(tmp_path / "report.md")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{_diff_comment().MARKER}\n{report.stdout}"
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    empty = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "ci" / "diff_comment.py"), str(tmp_path / "empty.md")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert empty.returncode == 1 and "report is empty" in empty.stderr and empty.stdout == ""


def _hooks(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        return [hook for repo in data["repos"] for hook in repo["hooks"]]
    assert isinstance(data, list)
    return data


def test_precommit_hooks_run_real_commands(run_cli: CliRunner) -> None:
    offered = {hook["id"]: hook for hook in _hooks(".pre-commit-hooks.yaml")}
    local = {hook["id"]: hook for hook in _hooks(".pre-commit-config.yaml")}
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert set(offered) == {"specfleet-validate", "specfleet-check"}
    assert set(offered) < set(local)
    for hook_id, hook in offered.items():
        assert hook["language"] == "python" and hook["pass_filenames"] is False
        command = shlex.split(hook["entry"])
        assert command[0] == "specfleet" and command[1] in COMMANDS
        assert local[hook_id]["entry"] == f"env PYTHONPATH=src python -m {hook['entry']}"
        # the hook's own environment has what specfleet needs, as pyproject.toml declares it
        assert local[hook_id]["language"] == "python"
        assert local[hook_id]["additional_dependencies"] == declared
        assert re.search(hook["files"], "specs/numind/openapi.yaml")
        assert not re.search(hook["files"], "src/specfleet/cli.py")
        done = run_cli(*command[1:])
        assert done.returncode == 0, f"{hook['entry']}: {done.stdout}{done.stderr}"
    assert re.search(offered["specfleet-check"]["files"], "templates/README.md.jinja")
    # ruff runs at the version the project pins
    pinned = re.search(r'"(ruff==[^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pinned and local["ruff"]["additional_dependencies"] == [pinned[1]]


def test_checkers_are_pinned_exactly() -> None:
    lines = [line for line in CHECKERS.read_text().splitlines() if line and not line.startswith("#")]
    assert sorted(line.split("==")[0] for line in lines) == ["check-jsonschema", "pre-commit", "zizmor"]
    assert all(re.fullmatch(r"[\w-]+==\d+(\.\d+)+", line) for line in lines)


def _install_checkers(home: Path) -> None:
    """With uv when it is on the path (the README installs it beside nox), else venv and pip."""
    uv = shutil.which("uv")
    if uv is None:
        venv.EnvBuilder(with_pip=True).create(home)
        install = [str(home / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    else:
        subprocess.run(
            [uv, "venv", "--quiet", "--python", sys.executable, str(home)], check=True, timeout=600
        )
        install = [uv, "pip", "install", "--quiet", "--python", str(home / "bin" / "python")]
    subprocess.run([*install, "-r", str(CHECKERS)], check=True, timeout=600)


@pytest.fixture(scope="session")
def checkers(shared_dir: SharedDir) -> Path:
    """A private venv with the pinned checkers (from PyPI), so the project's own stays as it is."""
    return shared_dir("checkers", _install_checkers) / "bin"


def _checker(bin_dir: Path, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bin_dir / args[0]), *args[1:]], cwd=cwd, capture_output=True, text=True, check=False, timeout=300
    )


@pytest.mark.slow
def test_workflows_pass_the_schema_and_zizmor(checkers: Path) -> None:
    files = [str(path) for path in WORKFLOWS]
    schema = _checker(checkers, "check-jsonschema", "--builtin-schema", "vendor.github-workflows", *files)
    assert schema.returncode == 0, schema.stdout + schema.stderr
    assert "ok -- validation done" in schema.stdout
    audit = _checker(checkers, "zizmor", "--offline", "--format", "json", ".github/")
    assert audit.returncode == 0, audit.stdout + audit.stderr
    assert json.loads(audit.stdout) == []


@pytest.mark.slow
def test_the_checkers_catch_what_they_are_here_for(checkers: Path, tmp_path: Path) -> None:
    """The same checkers on a bad workflow: so the clean runs above mean something."""
    bad = tmp_path / ".github" / "workflows" / "bad.yml"
    bad.parent.mkdir(parents=True)
    bad.write_text(
        "on: pull_request\n"
        "jobs:\n"
        "  greet:\n"
        "    runs-on: ubuntu-24.04\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        '      - run: echo "${{ github.event.pull_request.title }}"\n',
        encoding="utf-8",
    )
    audit = _checker(checkers, "zizmor", "--offline", "--format", "json", ".github/", cwd=tmp_path)
    assert audit.returncode != 0
    found = {finding["ident"] for finding in json.loads(audit.stdout)}
    assert {"template-injection", "unpinned-uses", "artipacked", "excessive-permissions"} <= found
    bad.write_text(bad.read_text().replace("runs-on", "run-on"), encoding="utf-8")
    schema = _checker(checkers, "check-jsonschema", "--builtin-schema", "vendor.github-workflows", str(bad))
    assert schema.returncode == 1, schema.stdout


@pytest.mark.slow
def test_precommit_files_are_valid_for_precommit(checkers: Path) -> None:
    config = _checker(checkers, "pre-commit", "validate-config", ".pre-commit-config.yaml")
    assert config.returncode == 0, config.stdout + config.stderr
    manifest = _checker(checkers, "pre-commit", "validate-manifest", ".pre-commit-hooks.yaml")
    assert manifest.returncode == 0, manifest.stdout + manifest.stderr


def _git_repository_with(destination: Path, provider_files: Path) -> Path:
    """A fresh git repository, as another team's, holding one provider's spec and settings."""
    destination.mkdir()
    shutil.copytree(provider_files, destination / "specs" / provider_files.name)
    (destination / "pyproject.toml").write_text('[project]\nname = "their-fleet"\nversion = "0"\n')
    for command in (["init", "-q", "-b", "main"], ["add", "-A"]):
        subprocess.run(["git", *command], cwd=destination, check=True, capture_output=True)
    return destination


@pytest.mark.slow
def test_the_offered_hook_passes_a_good_spec_and_fails_a_bad_one_elsewhere(
    checkers: Path, tmp_path: Path
) -> None:
    """``pre-commit try-repo`` installs specfleet from this checkout into the hook's own environment."""
    theirs = _git_repository_with(tmp_path / "theirs", ROOT / "specs" / "numind")
    # as another team's shell would be: none of this test run's environment on the path
    elsewhere = [entry for entry in os.environ["PATH"].split(os.pathsep) if not entry.startswith(sys.prefix)]
    env = {
        **{key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")},
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "PATH": os.pathsep.join([str(checkers), *elsewhere]),
    }

    def try_repo() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(checkers / "pre-commit"), "try-repo", str(ROOT), "specfleet-validate", "--all-files"],
            cwd=theirs, env=env, capture_output=True, text=True, check=False, timeout=900,
        )  # fmt: skip

    good = try_repo()
    assert good.returncode == 0, good.stdout + good.stderr
    assert re.search(r"specfleet validate\.+Passed", good.stdout), good.stdout

    spec = theirs / "specs" / "numind" / "openapi.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace(
            "$ref: '#/components/schemas/", "$ref: '#/components/schemas/Missing", 1
        )
    )
    subprocess.run(["git", "add", "-A"], cwd=theirs, check=True, capture_output=True)
    bad = try_repo()
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert re.search(r"specfleet validate\.+Failed", bad.stdout), bad.stdout
    assert re.search(r"specs/numind/openapi\.yaml:\d+:\d+: error ", bad.stdout), bad.stdout
    assert "No module named" not in bad.stdout + bad.stderr
    # the hook installed specfleet into its own environment, never into this one
    here = subprocess.run(
        [sys.executable, "-c", "import specfleet; print(specfleet.__file__)"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert Path(here.stdout.strip()).is_relative_to(ROOT / "src"), here.stdout
