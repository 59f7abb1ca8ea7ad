"""``specfleet release``: turn a reviewed spec change into a version, a changelog entry and a regeneration.

The base is the same as ``specfleet diff``'s (the merge base with ``main``): the
next version is computed from the version recorded there, so running release
twice on a branch gives the same version and replaces, not repeats, its entry.

Each release records the client's Python API beside its spec (``python-api.json``); the next
release compares the client with that, not only the spec with its old text, so an upgrade of
the templates or of specfleet that changes what users call is released with the bump it needs.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import re
import tempfile
import time
from pathlib import Path

from specfleet._process import progress
from specfleet.commands.diff import review_providers
from specfleet.diff.gitsource import default_base, resolve_commit
from specfleet.diff.report import changelog_entry, describe_bump
from specfleet.diff.review import Review
from specfleet.diff.surface import current_surface, record_surface
from specfleet.errors import SpecfleetError
from specfleet.generation.render import CHANGELOG, generate
from specfleet.layout import Project, Provider, find_project

_VERSION_LINE = re.compile(r'^(version\s*=\s*)"[^"]*"', re.MULTILINE)
_HEADER = "# Changelog\n\nAll notable changes to this client, written by `specfleet release`.\n\n"


def _write_atomically(path: Path, text: str) -> None:
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
    ) as tmp:
        tmp.write(text)
    os.replace(tmp.name, path)


def set_version(provider: Provider, version: str) -> None:
    """Rewrite the ``version`` line of client.toml, keeping its comments and layout."""
    text = provider.settings_path.read_text(encoding="utf-8")
    updated, count = _VERSION_LINE.subn(lambda m: f'{m.group(1)}"{version}"', text, count=1)
    if count != 1:
        raise SpecfleetError(f'{provider.settings_path}: no `version = "..."` line to update')
    _write_atomically(provider.settings_path, updated)


def prepend_changelog(provider: Provider, entry: str, version: str) -> None:
    """Put ``entry`` at the top of specs/<provider>/CHANGELOG.md, replacing an older entry for ``version``."""
    path = provider.directory / CHANGELOG
    body = path.read_text(encoding="utf-8").removeprefix(_HEADER) if path.is_file() else ""
    entries = re.split(r"(?m)^(?=## )", body)
    kept = [chunk for chunk in entries if chunk.strip() and not chunk.startswith(f"## {version} ")]
    _write_atomically(path, _HEADER + entry.rstrip("\n") + "\n\n" + "".join(kept).lstrip("\n"))


def release(project: Project, review: Review, provider: Provider, today: datetime.date) -> str | None:
    """Apply one provider's bump; return its new version, or None when nothing changed."""
    version = review.next_version
    if review.result.bump == "none" or version is None:
        return None
    # read before the version changes: the surface the review read is kept under these settings
    with contextlib.suppress(SpecfleetError):  # opc cannot read it: the review said so already
        record_surface(provider.directory, current_surface(provider.settings, provider.spec_path))
    set_version(provider, version)
    prepend_changelog(provider, changelog_entry(review.result, version, today), version)
    return version


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "providers", nargs="*", metavar="PROVIDER", help="providers to release (default: all changed)"
    )
    parser.add_argument(
        "--base", metavar="REF", help="git ref to compare with (default: merge base with main, else HEAD)"
    )
    parser.add_argument(
        "--date", type=datetime.date.fromisoformat, help="date of the changelog entry (default: today)"
    )


def main(args: argparse.Namespace) -> int:
    project = find_project()
    ref, name = (args.base, args.base) if args.base else default_base(project.root)
    commit = resolve_commit(project.root, ref)
    # the Python API is read too, so a change only the generated client shows (a renamed model field)
    # reaches the bump and the changelog
    reviews = review_providers(
        project, name, commit, list(args.providers), "never", surface=True, recorded=True
    )
    today = args.date or datetime.date.today()
    released: list[str] = []
    for review in reviews:
        [provider] = project.providers([review.name])
        version = release(project, review, provider, today)
        if version is None:
            print(f"{review.name}: {review.note or 'no API change'}; nothing to release")
            continue
        released.append(review.name)
        name, move = describe_bump(review.result.bump, review.base_version, version)
        print(f"{review.name}: {name}{move}")
    if released:
        started = time.perf_counter()
        generate(project, released)
        progress.step(f"regenerated {', '.join(released)}", time.perf_counter() - started)
    return 0
