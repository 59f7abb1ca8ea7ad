"""``specfleet new NAME``: a new provider folder that validates and generates from the start.

The work is done by :mod:`specfleet.fleet.new_provider`; this module reads the arguments and prints.
"""

from __future__ import annotations

import argparse

from specfleet.fleet.new_provider import scaffold
from specfleet.layout import find_project


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "name", metavar="NAME", help="the provider's name: lower-case letters, digits, hyphens"
    )


def main(args: argparse.Namespace) -> int:
    project = find_project()
    for path in scaffold(project, args.name):
        print(f"created {path.relative_to(project.root)}")
    print(
        f"next: edit specs/{args.name}/, then `specfleet validate {args.name}` and "
        f"`specfleet generate {args.name}`"
    )
    return 0
