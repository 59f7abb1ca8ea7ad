"""``specfleet check``: the drift gate.

The work is done by :mod:`specfleet.fleet.drift_check`; this module reads the arguments and prints.
"""

from __future__ import annotations

import argparse
import sys
import time

from specfleet.fleet.drift_check import drift_report
from specfleet.layout import find_project


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("providers", nargs="*", metavar="PROVIDER", help="providers to check (default: all)")
    parser.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="render drifted clients in N worker processes (default: one per CPU)",
    )


def main(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    project = find_project()
    found = drift_report(project, args.providers or None, jobs=args.jobs)
    if found:
        print("generated/ is not what specs/ and templates/ produce; differing files:", file=sys.stderr)
        for entry in found:
            print(f"  {entry}", file=sys.stderr)
            for line in entry.diff:
                print(f"    {line}", file=sys.stderr)
        print(
            "run `python -m specfleet generate` (or `nox -s generate`) and commit the result", file=sys.stderr
        )
        return 1
    print(f"generated/ is up to date ({time.perf_counter() - started:.1f}s)")
    return 0
