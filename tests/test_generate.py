"""Generation: deterministic, atomic, typed, and spec text never becomes code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openapi_python_client import Project as UpstreamProject

from specfleet._process import lifeline
from specfleet.errors import SpecfleetError
from specfleet.fleet.drift_check import drift
from specfleet.generation.render import PARALLEL_MODELS, finish, generate, generate_from
from specfleet.layout import Project

from .conftest import PROVIDERS, ROOT, CliRunner, tree_snapshot
from .support.real_specs import mypy_errors


def test_generation_is_deterministic(project_copy: Project) -> None:
    generate(project_copy, force=True)
    first = tree_snapshot(project_copy.generated_dir)
    generate(project_copy, force=True)
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


@pytest.mark.slow
def test_generated_clients_pass_mypy_strict() -> None:
    for provider in PROVIDERS:
        assert mypy_errors(ROOT / "generated" / f"{provider}-client") == "", provider


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
    assert "Method | Function | HTTP request | Description | Auth" in readme
    assert "\n`client." in readme  # each operation by its resource method first
    assert f"import {settings.package}" in readme


def _package(root: Path, modules: dict[str, str]) -> Path:
    """A rendered client directory ``root/x-client`` with package ``x`` made of ``modules``."""
    client = root / "x-client"
    for name, text in {"__init__.py": "", "models/__init__.py": "from .a import A\n", **modules}.items():
        (client / "x" / name).parent.mkdir(parents=True, exist_ok=True)
        (client / "x" / name).write_text(text)
    (client / "pyproject.toml").write_text(
        '[tool.ruff]\nline-length = 120\n[tool.ruff.lint]\nselect = ["F", "I"]\n'
    )
    return client


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        (
            "from typing import Any\n\n\nclass A:\n    limit: float = inf\n",
            "a.py:5: generated code fails to import: NameError",
        ),
        ("class A:\n    same = 1 is 1\n", "a.py:2: generated code does not compile: "),
        (
            "from .missing import B\n\n\nclass A(B): ...\n",
            "a.py:1: generated code fails to import: ModuleNotFoundError",
        ),
        ("from ..api import A\n", "a.py:1: generated code fails to import: ImportError"),
    ],
    ids=["undefined-name", "syntax-warning", "missing-module", "missing-name"],
)
def test_generated_module_that_fails_to_import_fails_the_run(
    tmp_path: Path, module: str, expected: str
) -> None:
    """The import check reads the rendered modules before ruff rewrites them, and answers for them."""
    _package(tmp_path, {"models/a.py": module, "api/__init__.py": "X = 1\n"})
    with pytest.raises(SpecfleetError) as raised:
        finish(tmp_path, {"x-client": "x"})
    assert str(raised.value).startswith("x-client/x/models/" + expected), raised.value


def test_import_check_passes_and_ruff_formats(tmp_path: Path) -> None:
    client = _package(
        tmp_path,
        {"models/a.py": "import os\nfrom typing import Any\nclass A:\n  x: Any = ( 1 )\n", "api/b.py": ""},
    )
    finish(tmp_path, {"x-client": "x"})
    assert (
        client / "x" / "models" / "a.py"
    ).read_text() == "from typing import Any\n\n\nclass A:\n    x: Any = 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x-client"], "nothing left beside the client"


def _many_models_spec(path: Path, count: int) -> Path:
    """A valid spec with ``count`` object schemas, enough for the models to render in two processes."""
    schemas = {
        f"Thing{i}": {"type": "object", "properties": {"id": {"type": "string"}}} for i in range(count)
    }
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Many", "version": "1.0.0"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Thing0"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": schemas},
    }
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def test_a_failure_while_the_second_process_renders_models_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The endpoints render while a forked child renders part of the models; when they fail, the
    child is stopped and its side directory removed."""
    spec = _many_models_spec(tmp_path / "many.json", PARALLEL_MODELS + 10)

    def broken(self: object) -> None:
        raise RuntimeError("rendering the endpoints failed")

    monkeypatch.setattr(UpstreamProject, "_build_api", broken)
    out = tmp_path / "out"
    with pytest.raises(RuntimeError, match="rendering the endpoints failed"):
        generate_from(spec, out, "many", lenient=True)
    assert lifeline._forked == set()  # the child was waited for
    assert sorted(path.name for path in tmp_path.rglob(".models-*")) == []


def test_models_rendered_in_two_processes_come_whole(tmp_path: Path) -> None:
    spec = _many_models_spec(tmp_path / "many.json", PARALLEL_MODELS + 10)
    target, _ = generate_from(spec, tmp_path / "out", "many", lenient=True)
    models = target / "many_client" / "models"
    modules = {path.stem for path in models.glob("thing*.py")}
    assert len(modules) == PARALLEL_MODELS + 10
    assert {path.stem for path in models.glob("thing*.pyi")} == modules
    init = (models / "__init__.py").read_text(encoding="utf-8")
    assert all(f"Thing{i}" in init for i in range(PARALLEL_MODELS + 10))
    assert sorted(path.name for path in tmp_path.rglob(".models-*")) == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_rendered_file_says_it_is_generated(provider: str) -> None:
    """Each file rendered from templates starts with one line saying so (the runtime modules,
    copied as they are, the changelog and ``py.typed`` excepted)."""
    from specfleet.generation.render import GENERATED_LINE
    from specfleet.generation.stamps import RUNTIME_DIR

    client = ROOT / "generated" / f"{provider}-client"
    copied = {path.name for path in RUNTIME_DIR.glob("*.py")}
    rendered = [
        path
        for path in client.rglob("*")
        if path.is_file()
        and path.suffix in {".py", ".pyi", ".toml", ".md", ""}
        and not (path.parent.name.endswith("_client") and path.name in copied)
        and path.name not in {"CHANGELOG.md", "py.typed", ".specfleet-stamp.json"}
        and "__pycache__" not in path.parts
        and ".mypy_cache" not in path.parts
    ]
    assert len(rendered) > 10
    unmarked = [
        str(path.relative_to(client))
        for path in rendered
        if "Generated by specfleet" not in path.read_text(encoding="utf-8").partition("\n")[0]
    ]
    assert unmarked == []
    assert GENERATED_LINE in (client / "README.md").read_text(encoding="utf-8").partition("\n")[0]


def test_every_keyword_body_argument_is_in_args() -> None:
    """A body property without a description is still listed, as the JSON name it is sent as."""
    resource = ROOT / "generated" / "numind-client" / "numind_client" / "resources" / "api_keys.py"
    text = resource.read_text(encoding="utf-8")
    create = text.split("    def create(", 3)[3].split("\n    def ", 1)[0]  # the implementation
    assert "name: sent as the body's ``name``." in create
    assert "maybe_orga: sent as the body's ``maybeOrga``." in create
