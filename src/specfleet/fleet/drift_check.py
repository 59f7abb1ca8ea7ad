"""``specfleet check``: the drift gate.

A client whose stamp matches its current inputs (spec files, ``client.toml``, templates, tool
versions) and whose every file still has its stamped hash is what generation would produce:
it passes without rendering anything.  Every other client is rendered into a scratch
directory and compared with ``generated/`` byte for byte, so a hand edit of generated code,
or a spec or template change that was not regenerated, fails CI with the files that differ
and a short diff of each.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from specfleet.generation.stamps import STAMP_FILE, assess, client_files, progress
from specfleet.layout import Project

#: Lines of unified diff shown per drifted file; the rest is summarised.
DIFF_LINES = 20


@dataclass(frozen=True)
class Drift:
    """One generated file that is not what generation produces, and how it differs."""

    path: str  # relative to the project, POSIX
    problem: str = ""  # "missing", "not generated: remove it", or "" for different bytes
    diff: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.path} ({self.problem})" if self.problem else self.path


def unified_diff(committed: Path, regenerated: Path, shown_as: str, limit: int = DIFF_LINES) -> list[str]:
    """A short unified diff from the committed file to what generation writes (``-`` committed, ``+`` generated)."""
    try:
        old = committed.read_text(encoding="utf-8").splitlines(keepends=True)
        new = regenerated.read_text(encoding="utf-8").splitlines(keepends=True)
    except UnicodeDecodeError:
        return ["binary files differ"]
    lines = [
        line.rstrip("\n")
        for line in difflib.unified_diff(
            old, new, f"a/{shown_as} (committed)", f"b/{shown_as} (generated)", n=1
        )
    ]
    if len(lines) > limit:
        lines = [*lines[:limit], f"... {len(lines) - limit} more diff line(s)"]
    return lines


def compare(expected_root: Path, actual_root: Path, prefix: str) -> list[Drift]:
    """Every file that differs between a freshly rendered client and the committed one (the stamp too)."""
    expected = {*client_files(expected_root), STAMP_FILE}
    actual = set(client_files(actual_root)) | (
        {STAMP_FILE} if (actual_root / STAMP_FILE).is_file() else set()
    )
    found = []
    for name in sorted(expected | actual):
        shown = f"{prefix}/{name}"
        if name not in actual:
            found.append(Drift(shown, "missing"))
        elif name not in expected:
            found.append(Drift(shown, "not generated: remove it"))
        elif (expected_root / name).read_bytes() != (actual_root / name).read_bytes():
            found.append(Drift(shown, diff=unified_diff(actual_root / name, expected_root / name, shown)))
    return found


def drift_report(project: Project, names: list[str] | None = None, *, jobs: int | None = None) -> list[Drift]:
    """The generated files that differ from what would be generated; renders only clients whose stamp fails."""
    states = assess(project, project.providers(names))
    for state in states:
        if state.up_to_date:
            progress(f"{state.client_dir.name} up to date")
        else:
            progress(f"{state.client_dir.name}: {'; '.join(state.reasons)}")
    suspects = [state.provider.name for state in states if not state.up_to_date]
    if not suspects:
        return []
    # The renderer (openapi-python-client, Jinja, the validator) loads only when something must be rendered.
    from specfleet.generation.render import render_all, scratch_dir

    found: list[Drift] = []
    with scratch_dir(project) as scratch:
        providers, _ = render_all(project, suspects, scratch, jobs=jobs)
        for provider in providers:
            actual_root = project.output_dir(provider)
            prefix = actual_root.relative_to(project.root).as_posix()
            found += compare(scratch / actual_root.name, actual_root, prefix)
    return found


def drift(project: Project, names: list[str] | None = None) -> list[str]:
    """Paths (relative to the project) where generated/ differs from what would be generated."""
    return [str(entry) for entry in drift_report(project, names)]
