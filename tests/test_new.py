"""``specfleet new NAME``: a fifth provider, made by the command, is validated, generated and
contract-tested by the same discovery as the others, with no test edited."""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from specfleet.errors import SpecfleetError
from specfleet.fleet.mock_server import PrismServer
from specfleet.fleet.new_provider import scaffold
from specfleet.layout import Project

from .conftest import PROVIDERS, ROOT, CliRunner, copy_project, tree_snapshot
from .support import contract
from .support.discovery import ProviderCase, discover

NAME = "acme"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "specfleet", *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def made(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Project, list[subprocess.CompletedProcess[str]]]]:
    """A scratch copy of the project after ``new acme``, ``validate acme`` and ``generate acme``."""
    project = copy_project(tmp_path_factory.mktemp("new") / "project")
    runs = [cli(*args, cwd=project.root) for args in (("new", NAME), ("validate", NAME), ("generate", NAME))]
    yield project, runs


def test_new_writes_the_two_files_and_says_so(
    made: tuple[Project, list[subprocess.CompletedProcess[str]]],
) -> None:
    project, (new, _, _) = made
    assert new.returncode == 0, new.stderr
    assert new.stdout.splitlines()[:2] == [
        f"created specs/{NAME}/openapi.yaml",
        f"created specs/{NAME}/client.toml",
    ]
    settings = project.providers([NAME])[0].settings
    assert (settings.distribution, settings.package, settings.version) == (
        f"{NAME}-client",
        f"{NAME}_client",
        "0.1.0",
    )
    assert settings.description and settings.homepage and settings.auth.static
    spec = (project.specs_dir / NAME / "openapi.yaml").read_text()
    assert "# inferred:" not in spec.replace("`# inferred: <why>`", "")
    assert sorted(path.name for path in (project.specs_dir / NAME).iterdir()) == [
        "client.toml",
        "openapi.yaml",
    ]
    assert not [path for path in project.specs_dir.iterdir() if path.name.startswith(".")]  # no staging left


def test_new_provider_validates_and_generates_cleanly(
    made: tuple[Project, list[subprocess.CompletedProcess[str]]],
) -> None:
    project, (_, validate, generate) = made
    assert validate.returncode == 0, validate.stderr
    assert validate.stderr.strip().endswith("1 spec(s) checked: 0 error(s), 0 warning(s)"), validate.stderr
    assert generate.returncode == 0, generate.stderr
    assert generate.stdout.strip() == f"generated generated/{NAME}-client"
    # progress lines only (the client's and the run's timing, the names it recorded), no warning
    assert all(
        re.fullmatch(
            rf"rendered {NAME}-client in [\d.]+ s|1 client\(s\) regenerated in [\d.]+s"
            rf"|recorded new resource names in client.toml of {NAME}",
            line,
        )
        for line in generate.stderr.strip().splitlines()
    ), generate.stderr
    package = project.generated_dir / f"{NAME}-client" / f"{NAME}_client"
    assert (package / "auth.py").is_file() and (package / "api").is_dir()


def test_discovery_picks_up_the_new_provider(
    made: tuple[Project, list[subprocess.CompletedProcess[str]]],
) -> None:
    project, _ = made
    fleet = discover(project.root)
    assert [provider.name for provider in fleet] == sorted([*PROVIDERS, NAME])
    [acme] = [provider for provider in fleet if provider.name == NAME]
    assert acme.package == f"{NAME}_client"
    assert acme.client_dir == project.generated_dir / f"{NAME}-client"
    [operation] = acme.operations
    assert (operation.method, operation.path, operation.security) == ("GET", "/items", (("bearerAuth",),))
    assert [(keyword, value.raw) for keyword, value in operation.arguments] == [("limit", 2)]
    assert (operation.module, operation.success.code, operation.success.shape.kind) == (
        f"{NAME}_client.api.items.list_items",
        200,
        "list",
    )
    assert [flow.function for flow in acme.static] == ["with_token"]
    assert contract.refusable(acme, operation)


@pytest.mark.slow
def test_new_provider_passes_the_contract_checks_against_prism(
    made: tuple[Project, list[subprocess.CompletedProcess[str]]],
) -> None:
    project, _ = made
    [acme] = [provider for provider in discover(project.root) if provider.name == NAME]
    with imported_client(acme), PrismServer(acme.spec_path, root=ROOT) as server:
        checks = contract.check_provider(acme, server.base_url)
        module = importlib.import_module(acme.operations[0].module)
        assert Path(module.__file__ or "").is_relative_to(acme.client_dir)  # the client just generated
    # success, the documented 401, refused without the token, caught before sending, with_token
    assert checks == 5


class imported_client:
    """The generated package importable for a while, then forgotten again."""

    def __init__(self, provider: ProviderCase) -> None:
        self.provider = provider

    def _forget(self) -> None:
        for name in [name for name in sys.modules if name.split(".")[0] == self.provider.package]:
            del sys.modules[name]

    def __enter__(self) -> None:
        sys.path.insert(0, str(self.provider.client_dir))
        self._forget()

    def __exit__(self, *exc: object) -> None:
        sys.path.remove(str(self.provider.client_dir))
        self._forget()


@pytest.fixture
def specs_only(tmp_path: Path) -> Project:
    """Just what ``specfleet new`` reads: the specs and the project marker."""
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return Project(tmp_path)


def test_existing_provider_is_refused(specs_only: Project, run_cli: CliRunner) -> None:
    before = tree_snapshot(specs_only.specs_dir)
    existing = PROVIDERS[0]
    result = run_cli("new", existing, cwd=specs_only.root)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and f"provider {existing!r} already exists" in result.stderr
    assert tree_snapshot(specs_only.specs_dir) == before


@pytest.mark.parametrize(
    "name", ["Acme", "acme_client", "1acme", "acme--x", "acme-", "../evil", "a/b", "x" * 41]
)
def test_invalid_name_is_refused_in_one_line(name: str, specs_only: Project, run_cli: CliRunner) -> None:
    before = tree_snapshot(specs_only.root)
    result = run_cli("new", name, cwd=specs_only.root)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "is not a provider name" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert tree_snapshot(specs_only.root) == before


def test_scaffold_refuses_a_folder_without_a_spec(tmp_path: Path) -> None:
    """A leftover folder of that name is not overwritten either."""
    (tmp_path / "specs" / NAME).mkdir(parents=True)
    (tmp_path / "specs" / NAME / "notes.txt").write_text("mine")
    with pytest.raises(SpecfleetError, match="already exists"):
        scaffold(Project(tmp_path), NAME)
    assert [path.name for path in (tmp_path / "specs" / NAME).iterdir()] == ["notes.txt"]
