"""``specfleet generate``: validated specs -> rendered packages -> ruff -> swapped into generated/.

Everything is rendered into a scratch directory next to ``generated/`` and only
moved into place once every client rendered, formatted and compiled; a failed
run leaves ``generated/`` exactly as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from openapi_python_client import Project as UpstreamProject
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.schema.untrusted_string import UntrustedString

from specfleet.config import ClientSettings, Project, Provider, find_project
from specfleet.errors import SpecfleetError
from specfleet.load import Document
from specfleet.plan import FIELD_PREFIX, ClientPlan, build_plan
from specfleet.validate import load_valid

CHANGELOG = "CHANGELOG.md"
#: Text that only appears when a template printed an object instead of escaped text.
LEAK_MARKERS = ("UntrustedString object at", "PythonCode object at")


def markdown_text(value: UntrustedString | str) -> str:
    """Spec text made safe for one Markdown table cell or line."""
    text = value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)
    text = " ".join(text.split())
    for char in "\\|<>`*_[]":
        text = text.replace(char, "\\" + char)
    return text


class ClientProject(UpstreamProject):
    """openapi-python-client's project, plus our plan and the files it does not write."""

    def __init__(self, *, openapi: GeneratorData, config: Config, templates: Path, plan: ClientPlan) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=templates)
        self.plan = plan
        self.changelog: str | None = None
        self.env.filters["markdown_text"] = markdown_text
        self.env.globals.update(plan=plan, operation_security=plan.security)

    def _build_metadata(self) -> None:
        super()._build_metadata()
        if self.changelog is not None:
            (self.project_dir / "CHANGELOG.md").write_text(self.changelog, encoding=self.config.file_encoding)

    def _build_api(self) -> None:
        super()._build_api()
        modules = ["auth", "_retry", "_secrets"] + (["unions"] if self.plan.unions else [])
        for name in modules:
            text = self.env.get_template(f"{name}.py.jinja").render()
            (self.package_dir / f"{name}.py").write_text(text, encoding=self.config.file_encoding)


def _config(settings: ClientSettings, spec_path: Path, output: Path) -> Config:
    file = ConfigFile(
        project_name_override=settings.distribution,
        package_name_override=settings.package,
        package_version_override=settings.version,
        post_hooks=[],  # ruff runs once over every client, see format_tree
        field_prefix=FIELD_PREFIX,
    )
    return Config.from_sources(file, MetaType.UV, spec_path, "utf-8", overwrite=True, output_path=output)


def _describe(error: GeneratorError) -> str:
    header = error.header or "generator error"
    detail = error.detail or ""
    return f"{header}: {detail}".strip(": ")


def render_client(templates: Path, settings: ClientSettings, document: Document, output: Path) -> None:
    """Render one client package into ``output`` (no formatting yet)."""
    config = _config(settings, document.path, output)
    openapi = GeneratorData.from_dict(document.data, config=config)
    if isinstance(openapi, GeneratorError):
        raise SpecfleetError(f"{document.path}: openapi-python-client cannot read it: {_describe(openapi)}")
    plan = build_plan(document, settings, openapi)
    client = ClientProject(openapi=openapi, config=config, templates=templates, plan=plan)
    changelog = document.path.parent / CHANGELOG
    if changelog.is_file():  # written by `specfleet release`, shipped in the package
        client.changelog = changelog.read_text(encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating ..."; our CLI speaks for itself
        errors = client.build()
    problems = [error for error in errors if error.level in (ErrorLevel.ERROR, ErrorLevel.WARNING)]
    if problems:
        lines = "\n  ".join(_describe(error) for error in problems)
        raise SpecfleetError(f"{document.path}: openapi-python-client reported:\n  {lines}")


def _ruff(*args: str, cwd: Path) -> None:
    command = [sys.executable, "-m", "ruff", *args]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SpecfleetError(
            f"ruff {' '.join(args)} failed in the generated code:\n{result.stdout}{result.stderr}"
        )


def format_tree(root: Path) -> None:
    """ruff fixes imports and formats, with each client's own ``[tool.ruff]`` settings."""
    _ruff("check", "--fix-only", "--no-cache", ".", cwd=root)
    _ruff("format", "--no-cache", ".", cwd=root)


def check_output(root: Path) -> None:
    """Refuse output that leaked an object repr or does not compile."""
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        for marker in LEAK_MARKERS:
            if marker in text:
                line = text[: text.index(marker)].count("\n") + 1
                raise SpecfleetError(
                    f"{path.relative_to(root)}:{line}: a template printed a value without its escaping filter "
                    f"({marker!r}); use safe_for_docstring, in_double_quote_literal or as_unembedded_code"
                )
        if path.suffix == ".py":
            try:
                compile(text, str(path), "exec")
            except SyntaxError as exc:
                raise SpecfleetError(
                    f"{path.relative_to(root)}:{exc.lineno}: generated code does not compile: {exc.msg}"
                ) from None


def render_all(project: Project, names: list[str] | None, scratch: Path) -> list[Provider]:
    """Validate, render, format and check the named clients into ``scratch/<provider>-client``."""
    documents = load_valid(project, names)
    providers = project.providers(names)
    for provider in providers:
        output = scratch / project.output_dir(provider).name
        render_client(project.templates_dir, provider.settings, documents[provider.name], output)
    format_tree(scratch)
    check_output(scratch)
    return providers


def swap_in(project: Project, providers: list[Provider], scratch: Path) -> None:
    """Move every rendered client into generated/, restoring the old ones if a move fails."""
    project.generated_dir.mkdir(exist_ok=True)
    backups: list[tuple[Path, Path | None]] = []
    trash = Path(tempfile.mkdtemp(prefix=".old-", dir=project.generated_dir))
    try:
        for provider in providers:
            target = project.output_dir(provider)
            backup = None
            if target.exists():
                backup = trash / target.name
                os.replace(target, backup)
            backups.append((target, backup))
            os.replace(scratch / target.name, target)
    except OSError as exc:
        for target, backup in reversed(backups):
            if target.exists() and backup is not None:
                shutil.rmtree(target, ignore_errors=True)
            if backup is not None:
                os.replace(backup, target)
        raise SpecfleetError(f"could not move the new clients into {project.generated_dir}: {exc}") from None
    finally:
        shutil.rmtree(trash, ignore_errors=True)


@contextmanager
def scratch_dir(project: Project) -> Iterator[Path]:
    """A temporary directory on the same filesystem as generated/, so the swap is a rename."""
    path = Path(tempfile.mkdtemp(prefix=".specfleet-", dir=project.root))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def generate(project: Project, names: list[str] | None = None) -> list[Provider]:
    with scratch_dir(project) as scratch:
        providers = render_all(project, names, scratch)
        swap_in(project, providers, scratch)
    return providers


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "providers", nargs="*", metavar="PROVIDER", help="providers to generate (default: all)"
    )


def main(args: argparse.Namespace) -> int:
    project = find_project()
    started = time.perf_counter()
    providers = generate(project, args.providers or None)
    elapsed = time.perf_counter() - started
    for provider in providers:
        print(f"generated {project.output_dir(provider).relative_to(project.root)}")
    print(f"{len(providers)} client(s) in {elapsed:.1f}s", file=sys.stderr)
    return 0
