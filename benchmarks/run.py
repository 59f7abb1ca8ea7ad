"""`nox -s bench`: the figures the issues ask for, measured on this machine.

- generate, cold: a new process on a fresh copy of the project (imports included);
- generate, warm: the same run again in that process;
- load + validate a 4 MB spec (libyaml events, refs, openapi-spec-validator, lint);
- diff two 4 MB specs (one revised in every kind of way the rules know).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def copy_project(destination: Path) -> Path:
    for name in ("specs", "templates", "generated"):
        shutil.copytree(
            ROOT / name, destination / name, ignore=shutil.ignore_patterns("__pycache__", ".*_cache")
        )
    shutil.copy2(ROOT / "pyproject.toml", destination / "pyproject.toml")
    return destination


def timed(label: str, func: object, *args: object, **kwargs: object) -> float:
    started = time.perf_counter()
    func(*args, **kwargs)  # type: ignore[operator]
    elapsed = time.perf_counter() - started
    print(f"{label:<45} {elapsed:8.2f} s")
    return elapsed


def main() -> None:
    from specfleet.diff.synthetic import big_spec, revise, to_yaml

    with tempfile.TemporaryDirectory() as scratch:
        project = copy_project(Path(scratch) / "project")
        command = [sys.executable, "-m", "specfleet", "generate"]
        timed(
            "generate 4 clients, cold (new process)",
            subprocess.run,
            command,
            check=True,
            cwd=project,
            capture_output=True,
        )
        timed(
            "generate 4 clients, warm (new process)",
            subprocess.run,
            command,
            check=True,
            cwd=project,
            capture_output=True,
        )

        from specfleet.config import Project
        from specfleet.generate import generate

        timed("generate 4 clients, in process", generate, Project(project))
        timed("generate 4 clients, in process, again", generate, Project(project))

        big = Path(scratch) / "specs" / "big" / "openapi.yaml"
        big.parent.mkdir(parents=True)
        spec = big_spec(4_000_000)
        big.write_text(to_yaml(spec))
        revision = big.with_name("revision.yaml")
        revision.write_text(to_yaml(revise(spec)))
        print(f"synthetic spec: {big.stat().st_size / 1e6:.1f} MB")

        from specfleet.load import load_document
        from specfleet.validate import check_file

        timed("load 4 MB spec (libyaml events + marks)", load_document, big)
        timed("validate 4 MB spec (refs, schema, lint)", check_file, big, big.parent.parent)
        from specfleet.diff.engine import compare

        base_doc, revision_doc = load_document(big), load_document(revision)
        timed("diff two 4 MB specs (loaded)", compare, base_doc, revision_doc)


if __name__ == "__main__":
    main()
