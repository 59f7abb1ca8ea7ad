"""``specfleet generate``: regenerate the clients whose stamp says they are out of date.

The command first reads the stamps (:mod:`specfleet.generation.stamps`); only when a client needs work
does it load the renderer (:mod:`specfleet.generation.render`, with openapi-python-client and Jinja:
about a second), so a run that finds every client up to date costs little more than
hashing the specs and templates.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from specfleet.errors import Problem, SpecError, SpecfleetError
from specfleet.generation.stamps import assess, progress
from specfleet.layout import find_project


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "providers", nargs="*", metavar="PROVIDER", help="providers to generate (default: all)"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="regenerate every client named, even those whose stamp is current",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help=f"render in N worker processes (default: one per CPU, here {os.cpu_count() or 1})",
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="adopt a published spec as it is: style rules only warn, unambiguous schema repairs apply",
    )
    parser.add_argument(
        "--from", dest="spec", type=Path, metavar="SPEC", help="generate one client from any spec file"
    )
    parser.add_argument("--out", type=Path, metavar="DIR", help="with --from: where <name>-client/ goes")
    parser.add_argument(
        "--name", metavar="NAME", help="with --from: the client's name (package <name>_client)"
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="TOML",
        help="with --from: a client.toml (distribution, package, license, authors, auth, resources)",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="with --lenient: list each part typed loosely, and each list left unpaged, at its line",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="with --from: json prints the warnings and the summary's figures on stdout",
    )


def _generate_one(args: argparse.Namespace, started: float) -> int:
    """``--from SPEC``: one client; a lenient run ends with how typed it came out."""
    from specfleet.generation.render import generate_from
    from specfleet.normalise.loosening import Summary, is_loosening

    summaries: list[Summary] = []
    try:
        target, warnings = generate_from(
            args.spec, args.out, args.name, lenient=args.lenient, config=args.config, summary=summaries
        )
    except SpecError as exc:
        return report_errors(exc, args.lenient)
    seconds = time.perf_counter() - started
    if args.format == "json":
        figures = summaries[0].as_json() if summaries else {}
        result = {"client": str(target), "seconds": round(seconds, 1), **figures}
        json.dump({**result, "warnings": [w.as_json() for w in warnings]}, sys.stdout, indent=2)
        print()
        return 0
    for warning in warnings:
        if args.explain or not (is_loosening(warning) or warning.rule == "pagination"):
            print(warning, file=sys.stderr)
    print(f"generated {target}")
    if args.lenient and summaries:
        hint = "" if args.explain else "; --explain lists each"
        print(f"{summaries[0].line()}{hint}", file=sys.stderr)
    print(f"1 client in {seconds:.1f}s", file=sys.stderr)
    return 0


def report_errors(exc: SpecError, lenient: bool) -> int:
    """Print a run's spec errors; a strict run's end with what ``--lenient`` would repair. Exit 1."""
    for problem in exc.problems:
        print(problem, file=sys.stderr)
    if not lenient:
        print(lenient_hint(exc.problems), file=sys.stderr)
    return 1


def lenient_hint(problems: list[Problem]) -> str:
    """The last line of a strict run's errors: how many of them ``--lenient`` would not stop at."""
    from specfleet.checks.validate import repairable

    errors = [problem for problem in problems if problem.level == "error"]
    count = sum(1 for problem in errors if repairable(problem))
    return f"--lenient would repair {count} of these {len(errors)} error(s) (as warnings, or parts typed loosely)"


def main(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    if args.spec is not None or args.out is not None or args.name is not None or args.config is not None:
        named = args.name is not None or args.config is not None
        if args.spec is None or args.out is None or not named or args.providers:
            raise SpecfleetError(
                "--from SPEC needs --out DIR and --name NAME (or --config client.toml), and no provider names"
            )
        return _generate_one(args, started)
    if args.jobs is not None and args.jobs < 1:
        raise SpecfleetError(f"--jobs {args.jobs}: give at least 1")
    project = find_project()
    names = args.providers or None
    if not args.force:
        states = assess(project, project.providers(names), lenient=args.lenient)
        if all(state.up_to_date for state in states):
            for state in states:
                progress(f"{state.client_dir.name} up to date")
            print(
                f"{len(states)} client(s) up to date in {time.perf_counter() - started:.1f}s", file=sys.stderr
            )
            return 0
    from specfleet.generation.render import generate

    try:
        providers, warnings = generate(project, names, lenient=args.lenient, force=args.force, jobs=args.jobs)
    except SpecError as exc:
        return report_errors(exc, args.lenient)
    for warning in warnings:
        print(warning, file=sys.stderr)
    for provider in providers:
        print(f"generated {project.output_dir(provider).relative_to(project.root)}")
    print(f"{len(providers)} client(s) regenerated in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return 0
