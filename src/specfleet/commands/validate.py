"""``specfleet validate``: YAML, then references, then the OpenAPI schema, then our lint rules.

The work is done by :mod:`specfleet.checks.validate`; this module reads the arguments and prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from specfleet._process import progress
from specfleet.checks import validation_cache
from specfleet.errors import SpecfleetError
from specfleet.layout import Project, find_project

if TYPE_CHECKING:  # the stages themselves load only when a spec is validated, not on a cached result
    pass
from specfleet.checks.validate import (
    BASELINE_FILE,
    Report,
    _apply_baseline,
    _relative,
    check_file,
    check_project,
    check_provider,
    check_provider_cached,
    repairable,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "targets", nargs="*", metavar="PROVIDER|FILE", help="providers or spec files (default: all)"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="adopt a published spec: apply the unambiguous schema repairs, and report style rules as warnings",
    )
    parser.add_argument(
        "--no-cache",
        dest="cache",
        action="store_false",
        help=f"validate every provider again, even when nothing changed since its last result ({validation_cache.CACHE_DIR}/)",
    )
    parser.add_argument(
        "--write-baseline",
        action="store_true",
        help=f"accept the providers' current style findings: write specs/<provider>/{BASELINE_FILE}",
    )


def _write_baselines(project: Project, names: list[str] | None, lenient: bool) -> list[Report]:
    """Check each provider without its baseline, write the style findings as accepted, apply it."""
    from specfleet.checks.lint_baseline import write_baseline

    reports = []
    for provider in project.providers(names):
        report = check_provider(provider, project.specs_dir, lenient=lenient, use_baseline=False)
        path = _relative(provider.directory / BASELINE_FILE)
        if report.linted:
            written = write_baseline(path, report.findings)
            progress.info(f"{path}: {written} finding(s) accepted")
            _apply_baseline(report, path)
        else:
            print(f"{path}: not written; fix the errors before lint can run", file=sys.stderr)
        reports.append(report)
    return reports


def main(args: argparse.Namespace) -> int:
    files = [Path(target) for target in args.targets if target.endswith((".yaml", ".yml", ".json"))]
    names = [target for target in args.targets if not target.endswith((".yaml", ".yml", ".json"))]
    # Spec files are checked anywhere (a published spec need not live in a fleet); providers need one.
    project = find_project() if names or not files or args.write_baseline else None
    if args.write_baseline:
        if files:
            raise SpecfleetError("--write-baseline takes providers, not spec files")
        assert project is not None
        reports = _write_baselines(project, names or None, args.lenient)
    else:
        reports = [check_file(_relative(path), path.resolve().parent, lenient=args.lenient) for path in files]
        if project is not None and args.cache:
            reports += [
                check_provider_cached(project, provider, lenient=args.lenient)
                for provider in project.providers(names or None)
            ]
        elif project is not None:
            reports += check_project(project, names or None, lenient=args.lenient)
    progress.done()
    problems = [problem for report in reports for problem in report.problems]
    failed = any(report.errors for report in reports)
    baselined = sum(report.baselined for report in reports)
    if args.format == "json":
        json.dump(
            {
                "ok": not failed,
                "files": [str(report.path) for report in reports],
                "problems": [p.as_json() for p in problems],
                "baselined": baselined,
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
        accepted = f", {baselined} accepted in baselines" if baselined else ""
        progress.info(f"{len(reports)} spec(s) checked: {errors} error(s), {warnings} warning(s){accepted}")
        if errors and not args.lenient:
            count = sum(1 for problem in problems if problem.level == "error" and repairable(problem))
            progress.info(
                f"--lenient would repair {count} of these {errors} error(s) (as warnings, or parts typed loosely)"
            )
    return 1 if failed else 0
