"""``specfleet check``: the drift gate.

Regenerates into a scratch directory and compares it with ``generated/`` byte
for byte, so a hand edit of generated code, or a spec or template change that
was not regenerated, fails CI with the list of files that differ.
"""

from __future__ import annotations

import argparse
import filecmp
import sys
from pathlib import Path

from specfleet.config import Project, find_project
from specfleet.generate import render_all, scratch_dir

#: Caches that tools leave beside generated code; they are git-ignored and never compared.
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}


def _files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    found = set()
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if (
            path.is_file()
            and not IGNORED.intersection(relative.parts)
            and not relative.parts[0].endswith(".egg-info")
        ):
            found.add(relative.as_posix())
    return found


def drift(project: Project, names: list[str] | None = None) -> list[str]:
    """Paths (relative to the project) where generated/ differs from what would be generated."""
    differing: list[str] = []
    with scratch_dir(project) as scratch:
        providers, _ = render_all(project, names, scratch)
        for provider in providers:
            expected_root = scratch / project.output_dir(provider).name
            actual_root = project.output_dir(provider)
            expected, actual = _files(expected_root), _files(actual_root)
            prefix = actual_root.relative_to(project.root).as_posix()
            for name in sorted(expected | actual):
                if name not in actual:
                    differing.append(f"{prefix}/{name} (missing)")
                elif name not in expected:
                    differing.append(f"{prefix}/{name} (not generated: remove it)")
                elif not filecmp.cmp(expected_root / name, actual_root / name, shallow=False):
                    differing.append(f"{prefix}/{name}")
    return differing


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("providers", nargs="*", metavar="PROVIDER", help="providers to check (default: all)")


def main(args: argparse.Namespace) -> int:
    project = find_project()
    differing = drift(project, args.providers or None)
    if differing:
        print("generated/ is not what specs/ and templates/ produce; differing files:", file=sys.stderr)
        for name in differing:
            print(f"  {name}", file=sys.stderr)
        print(
            "run `python -m specfleet generate` (or `nox -s generate`) and commit the result", file=sys.stderr
        )
        return 1
    print("generated/ is up to date")
    return 0
