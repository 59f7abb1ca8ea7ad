"""``specfleet build``: a reproducible sdist and wheel of each client into ``dist/<provider>/``.

The work is done by :mod:`specfleet.fleet.build`; this module reads the arguments and prints.
"""

from __future__ import annotations

import argparse
import sys

from specfleet.errors import SpecfleetError
from specfleet.fleet.build import build_all, default_jobs, describe, file_sha256, inputs, targets, uncommitted
from specfleet.layout import find_project


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("providers", nargs="*", metavar="PROVIDER", help="clients to build (default: all)")
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="clients to build at once (default: one per core; 1 builds one after another)",
    )


def main(args: argparse.Namespace) -> int:
    project = find_project()
    chosen = targets(project, args.providers or None)
    if args.jobs < 0:
        raise SpecfleetError(f"--jobs must be 1 or more, not {args.jobs}")
    for provider in project.providers(args.providers or None):
        changed = uncommitted(project.root, inputs(project, provider))
        if changed:
            shown = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
            print(
                f"warning: {provider.name}: uncommitted changes ({shown}); the artifacts carry the last "
                "commit's time, so no commit reproduces them: commit first to release",
                file=sys.stderr,
            )
    for result in build_all(chosen, args.jobs or default_jobs(len(chosen))):
        target = result.target
        print(f"{target.provider}: {describe(project, result.files)} (SOURCE_DATE_EPOCH={target.epoch})")
        for path in result.files:
            print(f"  sha256 {file_sha256(path)}  {path.name}")
    return 0
