"""``specfleet list``: the providers of the fleet, for people and for CI matrices.

The work is done by :mod:`specfleet.fleet.provider_list`; this module reads the arguments and prints.
"""

from __future__ import annotations

import argparse
import sys

from specfleet.fleet.provider_list import entries, matrix_json, table
from specfleet.layout import find_project


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("providers", nargs="*", metavar="PROVIDER", help="providers to list (default: all)")
    parser.add_argument(
        "--json",
        action="store_true",
        help='one line of JSON, {"include": [{"provider": ...}, ...]}: a GitHub Actions strategy.matrix',
    )
    parser.add_argument(
        "--changed-since",
        metavar="REF",
        help="only providers whose client.toml version differs from the one at git REF (or new since)",
    )


def main(args: argparse.Namespace) -> int:
    project = find_project()
    rows = entries(project, args.providers or None, args.changed_since)
    if args.json:
        sys.stdout.write(matrix_json(rows) + "\n")
    elif rows:
        sys.stdout.write(table(rows))
    elif args.changed_since is not None:
        print(f"no provider's version changed since {args.changed_since}", file=sys.stderr)
    else:
        print("no providers: add specs/<provider>/openapi.yaml and client.toml", file=sys.stderr)
    return 0
