"""Read the base side of a diff straight from git (``git show REF:path``), never checking out.

The working tree is the revision; the base is a commit: by default the merge base with
``main`` (what a pull request will be merged into), or ``HEAD`` when there is no ``main``.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from specfleet.errors import SpecfleetError

#: Branches whose merge base with HEAD is the default base, tried in order.
DEFAULT_BRANCHES = ("main", "origin/main")


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, check=False)
    except FileNotFoundError:
        raise SpecfleetError(
            "git is not installed; compare two files instead: diff BASE_FILE REVISION_FILE"
        ) from None


def default_base(root: Path) -> tuple[str, str]:
    """The merge base of HEAD with ``main`` (or ``origin/main``), else ``HEAD``; and how to name it."""
    for branch in DEFAULT_BRANCHES:
        found = _git(root, "merge-base", "HEAD", branch)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.decode().strip(), f"merge base with {branch}"
    return "HEAD", "HEAD"


def resolve_commit(root: Path, ref: str) -> str:
    """The commit ``ref`` names; a SpecfleetError saying so when it names none."""
    if ref.startswith("-"):
        raise SpecfleetError(f"{ref!r} is not a git ref")
    inside = _git(root, "rev-parse", "--is-inside-work-tree")
    if inside.returncode != 0:
        raise SpecfleetError(
            f"{root} is not in a git repository; compare two files instead: diff BASE REVISION"
        )
    found = _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    if found.returncode != 0:
        raise SpecfleetError(f"git ref {ref!r} names no commit here")
    return found.stdout.decode().strip()


def read_at(root: Path, commit: str, path: Path) -> str | None:
    """The text of ``path`` (relative to ``root``) at ``commit``; None when it did not exist there."""
    spec = f"{commit}:./{path.as_posix()}"
    if _git(root, "cat-file", "-e", spec).returncode != 0:
        return None
    shown = _git(root, "show", "--no-textconv", spec)
    if shown.returncode != 0:
        raise SpecfleetError(f"git show {spec} failed: {shown.stderr.decode(errors='replace').strip()}")
    try:
        return shown.stdout.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SpecfleetError(f"{path} at {commit[:12]} is not UTF-8") from None


def export_at(root: Path, commit: str, folder: Path, into: Path) -> bool:
    """Write ``folder`` (relative to ``root``) as it was at ``commit`` under ``into``; False if absent.

    A provider's spec may span several files in its folder, so the whole folder is taken,
    through ``git archive`` (nothing is checked out) and extracted with tarfile's ``data``
    filter: no absolute paths, links out of the folder or special files.
    """
    listed = _git(root, "ls-tree", "-d", "--name-only", commit, "--", f"./{folder.as_posix()}")
    if listed.returncode != 0 or not listed.stdout.strip():
        return False
    archived = _git(root, "archive", "--format=tar", commit, "--", f"./{folder.as_posix()}")
    if archived.returncode != 0:
        message = archived.stderr.decode(errors="replace").strip()
        raise SpecfleetError(f"git archive {commit[:12]} {folder} failed: {message}")
    with tarfile.open(fileobj=io.BytesIO(archived.stdout)) as archive:
        archive.extractall(into, filter="data")
    return True
