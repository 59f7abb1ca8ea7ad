"""``specfleet list``: the providers of the fleet, for people and for CI matrices.

``--json`` prints one line, ``{"include": [{"provider": ..., ...}, ...]}``: the form a
GitHub Actions job puts in an output and another job reads with
``strategy: {matrix: ${{ fromJSON(needs.<job>.outputs.matrix) }}}``, one job per provider
with ``matrix.provider``, ``matrix.distribution`` and the rest. ``--changed-since REF``
keeps the providers whose ``client.toml`` version differs from the one at REF (or that did
not exist there): the clients a push to main has a new release of.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import asdict, dataclass

from specfleet.diff.gitsource import read_at, resolve_commit
from specfleet.layout import Project, Provider


@dataclass(frozen=True)
class Entry:
    """One provider as a matrix row: what a CI job needs to name, build and find it."""

    provider: str
    distribution: str
    package: str
    version: str
    spec: str
    client: str


def entry(project: Project, provider: Provider) -> Entry:
    settings = provider.settings
    return Entry(
        provider=provider.name,
        distribution=settings.distribution,
        package=settings.package,
        version=settings.version,
        spec=provider.spec_path.relative_to(project.root).as_posix(),
        client=project.output_dir(provider).relative_to(project.root).as_posix(),
    )


def version_at(project: Project, commit: str, provider: Provider) -> str | None:
    """The client version ``client.toml`` recorded at ``commit``; None when it was absent or unreadable."""
    text = read_at(project.root, commit, provider.settings_path.relative_to(project.root))
    if text is None:
        return None
    try:
        version = tomllib.loads(text).get("version")
    except tomllib.TOMLDecodeError:
        return None  # a broken file at REF: the current, valid version is a change from it
    return version if isinstance(version, str) else None


def entries(
    project: Project, names: list[str] | None = None, changed_since: str | None = None
) -> list[Entry]:
    providers = project.providers(names)
    if changed_since is not None:
        commit = resolve_commit(project.root, changed_since)
        providers = [
            provider
            for provider in providers
            if version_at(project, commit, provider) != provider.settings.version
        ]
    return [entry(project, provider) for provider in providers]


def matrix_json(rows: list[Entry]) -> str:
    """One line (a ``$GITHUB_OUTPUT`` value must be), keys in a fixed order."""
    return json.dumps({"include": [asdict(row) for row in rows]}, separators=(",", ":"))


def table(rows: list[Entry]) -> str:
    header = Entry("provider", "distribution", "package", "version", "spec", "client")
    lines = [header, *rows]
    widths = [max(len(getattr(row, name)) for row in lines) for name in Entry.__dataclass_fields__]
    return "".join(
        "  ".join(
            value.ljust(width) for value, width in zip(asdict(row).values(), widths, strict=True)
        ).rstrip()
        + "\n"
        for row in lines
    )
