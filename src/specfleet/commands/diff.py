"""``specfleet diff``: review an API change -- rules broken, semver bump, report, exit code.

Two forms:

* ``diff BASE_FILE REVISION_FILE`` compares two spec files; versions come from ``info.version``.
* ``diff [--base REF] [PROVIDER ...]`` compares each provider's spec in the working tree with
  its version at REF (default: the merge base with ``main``, else ``HEAD``), read from git;
  versions come from ``client.toml`` at REF and in the working tree.

Exit 0 when nothing fails (see :mod:`specfleet.diff.review`), 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from specfleet._process.gc_pause import collector_paused
from specfleet._process.scratch import temporary_dir
from specfleet.config import ClientSettings
from specfleet.diff.gitsource import default_base, export_at, read_at, resolve_commit
from specfleet.diff.model import FAIL_LEVELS, FailOn
from specfleet.diff.surface import RECORDED_FILE, SurfaceChange, SurfaceReader, recorded_surface
from specfleet.errors import SpecfleetError
from specfleet.layout import IGNORE_FILE, Project, Provider, find_project
from specfleet.spec.document import Document

if TYPE_CHECKING:
    from specfleet.diff.engine import DiffOptions, DiffResult
    from specfleet.diff.review import Review

# The rule engine (a second of imports) is imported where it is used: in the two-file form
# the Python API readers, which need none of it, are started first.

FORMATS = ("text", "markdown", "json")
_SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "targets",
        nargs="*",
        metavar="PROVIDER|FILE",
        help="providers to compare with git (default: every provider whose spec changed), "
        "or exactly two spec files: BASE REVISION",
    )
    parser.add_argument(
        "--base", metavar="REF", help="git ref to compare with (default: merge base with main, else HEAD)"
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="report format (default: text)")
    parser.add_argument(
        "--fail-on",
        choices=tuple(FAIL_LEVELS),
        default="warn",
        help="lowest level that fails the run: err, warn (default: anything breaking) or never",
    )
    parser.add_argument(
        "--ignore", type=Path, metavar="FILE", help=f"{IGNORE_FILE} to apply in the two-file form"
    )
    parser.add_argument(
        "--deprecation-days-beta",
        type=int,
        default=0,
        metavar="DAYS",
        help="notice (x-sunset after deprecation) a beta API must give before removal (default 0)",
    )
    parser.add_argument(
        "--deprecation-days-stable",
        type=int,
        default=0,
        metavar="DAYS",
        help="notice (x-sunset after deprecation) a stable API must give before removal (default 0)",
    )
    parser.add_argument(
        "--stability-level",
        choices=("draft", "alpha", "beta", "stable"),
        default="",
        help="the least stable x-stability-level still checked (default: oasdiff's)",
    )
    parser.add_argument(
        "--no-surface",
        dest="surface",
        action="store_false",
        help="skip the generated package's public Python API diff",
    )


def _is_file_form(targets: list[str]) -> bool:
    return any(Path(t).suffix in _SPEC_SUFFIXES or "/" in t or Path(t).is_file() for t in targets)


def main(args: argparse.Namespace) -> int:
    # The whole review keeps what it builds (two specs, their diff, every change) until it
    # reports; the collector would walk all of it at each pile-up of the report's objects.
    with collector_paused():
        return _main(args)


def _main(args: argparse.Namespace) -> int:
    targets: list[str] = list(args.targets)
    fail_on: FailOn = args.fail_on
    if _is_file_form(targets):
        if len(targets) != 2:
            raise SpecfleetError("the file form takes exactly two specs: diff BASE_FILE REVISION_FILE")
        if args.base:
            raise SpecfleetError(
                "--base applies to the git form only; the file form compares the two files given"
            )
        if args.ignore and not args.ignore.is_file():
            raise SpecfleetError(f"no such ignore file: {args.ignore}")
        base_path, revision_path = Path(targets[0]), Path(targets[1])
        reviews = [
            _review_files(base_path, revision_path, args.ignore, fail_on, args.surface, _options(args))
        ]
        base = targets[0]
        per_provider = False
    else:
        if args.ignore:
            raise SpecfleetError(
                f"--ignore applies to the file form; providers use specs/<provider>/{IGNORE_FILE}"
            )
        project = find_project()
        ref, name = (args.base, args.base) if args.base else default_base(project.root)
        commit = resolve_commit(project.root, ref)
        reviews = review_providers(
            project, name, commit, targets, fail_on, surface=args.surface, options=_options(args)
        )
        base = f"{name} ({commit[:12]})"
        per_provider = True
    from specfleet.diff.report import render_json, render_markdown, render_text

    if args.format == "json":
        output = render_json(reviews, base=base, per_provider=per_provider)
    elif args.format == "markdown":
        output = render_markdown(reviews, base=base)
    else:
        output = render_text(reviews) if reviews else f"no provider spec changed since {base}\n"
    sys.stdout.write(output)
    return 0 if all(review.ok for review in reviews) else 1


#: Settings for rendering a spec that belongs to no provider (the two-file form).
_ANONYMOUS = ClientSettings(distribution="api-client", package="api_client", version="0.0.0", description="")


def _options(args: argparse.Namespace) -> DiffOptions:
    from specfleet.diff.engine import DiffOptions

    return DiffOptions(args.deprecation_days_beta, args.deprecation_days_stable, args.stability_level)


def _compared(
    base: Document, revision: Document, reader: SurfaceReader | None, options: DiffOptions
) -> tuple[DiffResult, tuple[SurfaceChange, ...], str | None]:
    """The rule diff, and (``reader``: read beside it in two forked processes) the Python API diff.

    The Python API part never fails the diff: a side openapi-python-client cannot read
    becomes a note naming that side.
    """
    from specfleet.diff.engine import compare

    if reader is None or (base.data == revision.data and reader.spec_decides):
        if reader is not None:
            reader.cancel()
        return compare(base, revision, options), (), None
    try:
        result = compare(base, revision, options)
    except BaseException:
        reader.cancel()
        raise
    if not result.changes and reader.spec_decides:
        reader.cancel()
        return result, (), None
    from specfleet.diff.engine import with_python_api

    try:
        python_api = tuple(reader.changes())
    except SpecfleetError as exc:
        return result, (), f"Python API not compared: {str(exc).splitlines()[0]}"
    return with_python_api(result, python_api), python_api, None


def _review_files(
    base_path: Path,
    revision_path: Path,
    ignore: Path | None,
    fail_on: FailOn,
    surface: bool,
    options: DiffOptions,
) -> Review:
    from specfleet.diff.ignore import apply_ignores, load_ignores, unused_ignores
    from specfleet.diff.review import Review
    from specfleet.spec.bundle import load_spec

    entries = load_ignores(ignore) if ignore else []
    base_document, revision_document = load_spec(base_path), load_spec(revision_path)
    reader = SurfaceReader(_ANONYMOUS, base_document, revision_document) if surface else None
    result, python_api, note = _compared(base_document, revision_document, reader, options)
    return Review(
        name=str(revision_path),
        file=str(revision_path),
        result=apply_ignores(result, entries),
        base_version=result.base_version,
        recorded_version=result.revision_version,
        fail_on=fail_on,
        unused=tuple(unused_ignores(result, entries)),
        documents=(base_document, revision_document),
        surface=python_api,
        surface_note=note,
    )


#: Files in a provider folder that are not part of its spec.
NOT_SPEC = {"client.toml", "CHANGELOG.md", IGNORE_FILE, "lint-baseline.toml", RECORDED_FILE}


def _spec_files(folder: Path) -> dict[str, bytes]:
    """Every file of a provider's spec (all files in its folder but its settings and notes)."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name not in NOT_SPEC
    }


def review_providers(
    project: Project,
    ref: str,
    commit: str,
    names: list[str],
    fail_on: FailOn,
    *,
    surface: bool = False,
    options: DiffOptions | None = None,
    recorded: bool = False,
) -> list[Review]:
    """Each named provider (or each whose spec changed), compared with ``commit`` (named ``ref``).

    The old spec is the provider's whole folder at ``commit`` (a spec may span files), read
    from git into a temporary directory; nothing in the working tree is checked out.
    ``recorded``: the Python API is compared with the surface the provider's last release
    recorded there, when it has one, so a client that changed without its spec is reviewed too.
    """
    from specfleet.diff.engine import DEFAULT_OPTIONS
    from specfleet.diff.ignore import apply_ignores, load_ignores, unused_ignores
    from specfleet.diff.review import Review
    from specfleet.spec.bundle import load_spec

    reviews = []
    for provider in project.providers(names or None):
        spec = provider.spec_path.relative_to(project.root)
        folder = provider.directory.relative_to(project.root)
        with temporary_dir("specfleet-base") as scratch:
            old_spec = Path(scratch) / spec
            if not export_at(project.root, commit, folder, Path(scratch)) or not old_spec.is_file():
                reviews.append(
                    _nothing(provider, spec, f"new provider: no {spec.as_posix()} at {ref}", fail_on)
                )
                continue
            base_settings = _base_settings(old_spec.parent / "client.toml", provider.settings)
            released = recorded_surface(old_spec.parent) if surface and recorded else None
            same_names = base_settings.resources == provider.settings.resources
            unchanged = _spec_files(old_spec.parent) == _spec_files(provider.directory) and same_names
            if unchanged and released is None and not names:
                continue
            base_document = load_spec(old_spec, shown_as=Path(f"{ref}:{spec.as_posix()}"))
        revision_document = load_spec(provider.spec_path)
        reader = (
            SurfaceReader(provider.settings, base_document, revision_document, base_settings, released)
            if surface
            else None
        )
        result, python_api, note = _compared(
            base_document, revision_document, reader, options or DEFAULT_OPTIONS
        )
        entries = load_ignores(provider.directory / IGNORE_FILE)
        settings = provider.settings_path.relative_to(project.root)
        reviews.append(
            Review(
                name=provider.name,
                file=spec.as_posix(),
                result=apply_ignores(result, entries),
                base_version=_settings_version(read_at(project.root, commit, settings)),
                recorded_version=provider.settings.version,
                fail_on=fail_on,
                unused=tuple(unused_ignores(result, entries)),
                documents=(base_document, revision_document),
                settings=provider.settings,
                surface=python_api,
                surface_note=note,
            )
        )
    return reviews


def _base_settings(path: Path, current: ClientSettings) -> ClientSettings:
    """client.toml at the base, which named the base's methods; the current one when unreadable."""
    from specfleet.config import load_settings

    try:
        return load_settings(path)
    except SpecfleetError:
        return current


def _nothing(provider: Provider, spec: Path, note: str, fail_on: FailOn) -> Review:
    from specfleet.diff.engine import DiffResult
    from specfleet.diff.review import Review

    return Review(provider.name, spec.as_posix(), DiffResult(()), None, None, fail_on, note=note)


def _settings_version(text: str | None) -> str | None:
    """``version`` from a client.toml read from git; None when missing or unreadable."""
    if text is None:
        return None
    try:
        raw: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None
    version = raw.get("version")
    return version if isinstance(version, str) else None
