"""``specfleet validate``: YAML, then references, then the OpenAPI schema, then our lint rules.

Each stage only runs on what the previous one let through: the validator never
sees a document with an unchecked ``$ref``, and lint rules never see a document
the validator rejected (their findings would only repeat its errors).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from specfleet.bundle import load_spec
from specfleet.config import Project, find_project
from specfleet.errors import Problem, SpecError
from specfleet.lint import lint
from specfleet.load import Document
from specfleet.schema import schema_problems


@dataclass
class Report:
    """The problems found in one spec file, and the document when it loaded."""

    path: Path
    document: Document | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.level == "error"]


def check_file(path: Path, specs_root: Path) -> Report:
    """Validate one spec file; never raises for a bad spec, reports it."""
    report = Report(path)
    try:
        report.document = load_spec(path)  # refs checked, files bundled, all inside path's folder
    except SpecError as exc:
        report.problems = exc.problems
        return report
    report.problems = list(schema_problems(report.document))
    if report.problems:
        return report
    # ref-safe already ran above, as the gate in front of the validator
    report.problems = lint(report.document, specs_root, skip=frozenset({"ref-safe"}))
    return report


def check_project(project: Project, names: list[str] | None = None) -> list[Report]:
    return [
        check_file(_relative(provider.spec_path), project.specs_dir) for provider in project.providers(names)
    ]


def load_valid(project: Project, names: list[str] | None = None) -> dict[str, Document]:
    """Documents of the named providers; raise SpecError with every error when any spec is bad."""
    reports = check_project(project, names)
    errors = [problem for report in reports for problem in report.errors]
    if errors:
        raise SpecError(errors)
    documents = {}
    for provider, report in zip(project.providers(names), reports, strict=True):
        assert report.document is not None
        documents[provider.name] = report.document
    return documents


def _relative(path: Path) -> Path:
    """Paths in messages are relative to where the user stands, when they can be."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "targets", nargs="*", metavar="PROVIDER|FILE", help="providers or spec files (default: all)"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def main(args: argparse.Namespace) -> int:
    project = find_project()
    files = [Path(target) for target in args.targets if target.endswith((".yaml", ".yml", ".json"))]
    names = [target for target in args.targets if not target.endswith((".yaml", ".yml", ".json"))]
    reports = [check_file(_relative(path), project.specs_dir) for path in files]
    if names or not files:
        reports += check_project(project, names or None)
    problems = [problem for report in reports for problem in report.problems]
    failed = any(report.errors for report in reports)
    if args.format == "json":
        json.dump(
            {
                "ok": not failed,
                "files": [str(report.path) for report in reports],
                "problems": [p.as_json() for p in problems],
            },
            sys.stdout,
            indent=2,
        )
        print()
    else:
        for problem in problems:
            print(problem)
        errors = sum(1 for problem in problems if problem.level == "error")
        warnings = len(problems) - errors
        print(
            f"{len(reports)} spec(s) checked: {errors} error(s), {warnings} warning(s)",
            file=sys.stderr,
        )
    return 1 if failed else 0
