"""``specfleet generate``: regenerate the clients whose stamp says they are out of date.

The command first reads the stamps (:mod:`specfleet.stamp`); only when a client needs work
does it load the renderer (:mod:`specfleet.generate`, with openapi-python-client and Jinja:
about a second), so a run that finds every client up to date costs little more than
hashing the specs and templates.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from specfleet.errors import SpecfleetError
from specfleet.layout import find_project
from specfleet.stamp import assess, progress


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


def main(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    if args.spec is not None or args.out is not None or args.name is not None or args.config is not None:
        named = args.name is not None or args.config is not None
        if args.spec is None or args.out is None or not named or args.providers:
            raise SpecfleetError(
                "--from SPEC needs --out DIR and --name NAME (or --config client.toml), and no provider names"
            )
        from specfleet.generate import generate_from

        target, warnings = generate_from(
            args.spec, args.out, args.name, lenient=args.lenient, config=args.config
        )
        for warning in warnings:
            print(warning, file=sys.stderr)
        print(f"generated {target}")
        print(f"1 client in {time.perf_counter() - started:.1f}s", file=sys.stderr)
        return 0
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
    from specfleet.generate import generate

    providers, warnings = generate(project, names, lenient=args.lenient, force=args.force, jobs=args.jobs)
    for warning in warnings:
        print(warning, file=sys.stderr)
    for provider in providers:
        print(f"generated {project.output_dir(provider).relative_to(project.root)}")
    print(f"{len(providers)} client(s) regenerated in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return 0
