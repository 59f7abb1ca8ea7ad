"""``specfleet build``: a reproducible sdist and wheel of each client into ``dist/<provider>/``.

The PyPA ``build`` frontend builds the sdist, then the wheel from that sdist, with the
backend the client's pyproject pins, in an environment kept for that pin (``backend_env``). ``SOURCE_DATE_EPOCH``
comes from the last commit that touched the provider, so the same commit always gives the
same bytes. Every build is checked (``twine check --strict`` and our metadata rules) before
it replaces ``dist/<provider>/``, so what ``publish`` finds there was checked.

Clients build side by side (``--jobs``, default one per core): each build is its own
processes in its own scratch directory, with the same inputs and environment whatever runs
beside it, so the bytes do not depend on the order or the parallelism.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from packaging.metadata import parse_email
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    canonicalize_version,
    parse_sdist_filename,
    parse_wheel_filename,
)

from specfleet._process import lifeline, progress
from specfleet._process.scratch import make_dir
from specfleet.errors import SpecfleetError
from specfleet.fleet import backend_env
from specfleet.layout import Project, Provider

#: Used when the provider has no commit (or there is no git): hatchling's own default, so a
#: build outside specfleet without SOURCE_DATE_EPOCH gives the same bytes as ours.
FALLBACK_EPOCH = 1580601600

#: Written beside the artifacts: what they were built from, to tell fresh from stale.
STAMP = ".specfleet-build.json"
STAMP_FORMAT = 1

#: Never part of a package's source: caches and build output that tools leave behind.
IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}

#: Lower-bound operators; a dependency without one can resolve to any ancient release.
LOWER_BOUND_OPERATORS = {">=", ">", "==", "~=", "==="}


#: Terminal escapes: rich styles twine's output even into a pipe.
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


@dataclass(frozen=True)
class Target:
    """One client package to build, and where its distributions go."""

    provider: str
    distribution: str
    version: str
    source: Path
    dist: Path
    epoch: int


def _git(root: Path, *args: str) -> str | None:
    """What ``git ARGS`` prints in ``root``, or None outside git (no git, no repository)."""
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return result.stdout if result.returncode == 0 else None


def source_date_epoch(root: Path, paths: list[str]) -> int:
    """Commit time of the last commit touching ``paths``, so a rebuild of that commit is identical."""
    output = (_git(root, "log", "-1", "--format=%ct", "--", *paths) or "").strip()
    return int(output) if output.isdigit() else FALLBACK_EPOCH


def uncommitted(root: Path, paths: list[str]) -> list[str]:
    """Files under ``paths`` that differ from the last commit (changed, staged or new), per git.

    A build stamps its artifacts with the last commit's time, so building uncommitted sources
    gives bytes no commit can reproduce; outside git there is nothing to compare with.
    """
    status = _git(root, "status", "--porcelain", "--untracked-files=all", "--", *paths) or ""
    return [line[3:] for line in status.splitlines() if line[3:]]


def dist_root(project: Project) -> Path:
    return project.root / "dist"


def target_for(project: Project, provider: Provider) -> Target:
    source = project.output_dir(provider)
    if not (source / "pyproject.toml").is_file():
        raise SpecfleetError(
            f"{source.relative_to(project.root)} has no pyproject.toml: run `python -m specfleet generate` first"
        )
    settings = provider.settings
    return Target(
        provider=provider.name,
        distribution=settings.distribution,
        version=settings.version,
        source=source,
        dist=dist_root(project) / provider.name,
        epoch=source_date_epoch(project.root, inputs(project, provider)),
    )


def inputs(project: Project, provider: Provider) -> list[str]:
    """What a client's bytes come from, relative to the project: its spec folder and its package."""
    return [
        project.specs_dir.relative_to(project.root).joinpath(provider.name).as_posix(),
        project.output_dir(provider).relative_to(project.root).as_posix(),
    ]


def targets(project: Project, names: list[str] | None = None) -> list[Target]:
    return [target_for(project, provider) for provider in project.providers(names)]


def _source_files(source: Path) -> list[Path]:
    files = []
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if not path.is_file() or IGNORED_PARTS.intersection(relative.parts):
            continue
        if any(part.endswith(".egg-info") for part in relative.parts):
            continue
        files.append(path)
    return files


def source_digest(source: Path) -> str:
    """One hash over every source file's path and bytes: it changes whenever the build input does."""
    digest = hashlib.sha256()
    for path in _source_files(source):
        digest.update(path.relative_to(source).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _clean_environment(epoch: int) -> dict[str, str]:
    """The build's environment: ours less any upload credentials, plus the timestamp to use."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("TWINE_")}
    env["SOURCE_DATE_EPOCH"] = str(epoch)
    env["NO_COLOR"] = "1"
    env["PYTHONHASHSEED"] = "0"
    return env


def plain(text: str) -> str:
    """Tool output as plain lines: no terminal escapes, no padding."""
    return "\n".join(line.rstrip() for line in ANSI_ESCAPE.sub("", text).splitlines())


def _tail(text: str, lines: int = 30) -> str:
    return "\n".join(plain(text).strip().splitlines()[-lines:])


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    # Under a shepherd: a build killed midway leaves no pip or backend process behind.
    result = lifeline.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SpecfleetError(f"{what} failed:\n{_tail(result.stdout + result.stderr)}")


def _build_distributions(target: Target, scratch: Path, out: Path, env: dict[str, str]) -> None:
    """The sdist into ``out``, then the wheel built from that sdist, as ``python -m build`` does.

    The backend runs in the kept environment of the client's pinned ``build-system.requires``
    (:mod:`specfleet.fleet.backend_env`), in a process of its own with ``env``.
    """
    from build import BuildBackendException, BuildException, ProjectBuilder

    python = backend_env.python_in(backend_env.environment_for(backend_env.build_requires(target.source)))
    said: list[str] = []

    def runner(
        cmd: Sequence[str], cwd: str | None = None, extra_environ: Mapping[str, str] | None = None
    ) -> None:
        # under a shepherd: a build killed midway leaves no backend process behind
        done = lifeline.run(
            list(cmd), cwd=cwd, env={**env, **(extra_environ or {})}, capture_output=True, text=True
        )
        said.append(done.stdout + done.stderr)
        if done.returncode != 0:
            raise subprocess.CalledProcessError(done.returncode, cmd)

    try:
        sdist = Path(ProjectBuilder(target.source, str(python), runner).build("sdist", out))
        unpacked = scratch / "sdist"
        with tarfile.open(sdist) as archive:
            archive.extractall(unpacked, filter="data")
        [tree] = unpacked.iterdir()
        ProjectBuilder(tree, str(python), runner).build("wheel", out)
    except (BuildException, BuildBackendException, ValueError) as exc:
        raise SpecfleetError(f"{target.provider}: building failed: {exc}\n{_tail(''.join(said))}") from None


def _expected_artifacts(target: Target, files: list[Path]) -> tuple[Path, list[Path]]:
    """The sdist and wheels in ``files``, after checking they are the name and version we build."""
    sdists = [path for path in files if path.name.endswith(".tar.gz")]
    wheels = [path for path in files if path.suffix == ".whl"]
    if len(sdists) != 1 or not wheels or len(sdists) + len(wheels) != len(files):
        raise SpecfleetError(
            f"{target.provider}: expected one sdist and a wheel, got {[p.name for p in files]}"
        )
    try:
        names = [parse_sdist_filename(sdists[0].name)[:2]] + [
            parse_wheel_filename(w.name)[:2] for w in wheels
        ]
    except (InvalidSdistFilename, InvalidWheelFilename) as exc:
        raise SpecfleetError(f"{target.provider}: {exc}") from None
    expected = (canonicalize_name(target.distribution), canonicalize_version(target.version))
    for name, version in names:
        if (name, canonicalize_version(version)) != expected:
            raise SpecfleetError(
                f"{target.provider}: built {name} {version}, but client.toml says "
                f"{target.distribution} {target.version}: run `python -m specfleet generate`"
            )
    return sdists[0], wheels


def metadata_problems(wheel: Path) -> list[str]:
    """What an index page and an installer need but the wheel's metadata lacks."""
    with zipfile.ZipFile(wheel) as archive:
        metadata_names = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
        typed = any(name.endswith("/py.typed") for name in archive.namelist())
        if len(metadata_names) != 1:
            return ["the wheel has no single .dist-info/METADATA"]
        raw, unparsed = parse_email(archive.read(metadata_names[0]))
    problems = [f"unrecognised metadata field {key!r}" for key in unparsed]
    required = {
        "summary": "Summary (project.description)",
        "description": "a long description (project.readme)",
        "description_content_type": "Description-Content-Type (a README.md or README.rst readme)",
        "requires_python": "Requires-Python (project.requires-python)",
        "classifiers": "Classifier (project.classifiers)",
    }
    problems += [f"missing {label}" for key, label in required.items() if not raw.get(key)]
    # Project-URL is optional (a provider may have no homepage), but an empty one is a broken link
    problems += [
        f"empty Project-URL {label!r} (project.urls)"
        for label, url in raw.get("project_urls", {}).items()
        if not url.strip()
    ]
    if not raw.get("license_expression") and not raw.get("license"):
        problems.append("missing License-Expression (project.license)")
    for text in raw.get("requires_dist", []):
        try:
            requirement = Requirement(text)
        except InvalidRequirement as exc:
            problems.append(f"invalid dependency {text!r}: {exc}")
            continue
        if not any(spec.operator in LOWER_BOUND_OPERATORS for spec in requirement.specifier):
            problems.append(f"dependency {requirement.name!r} has no lower bound")
    if not typed:
        problems.append("no py.typed in the wheel: type checkers would ignore the client's annotations")
    return problems


def _check(target: Target, sdist: Path, wheels: list[Path], env: dict[str, str]) -> None:
    files = [str(sdist), *map(str, wheels)]
    _run([sys.executable, "-m", "twine", "check", "--strict", *files], env, f"{target.provider}: twine check")
    problems = [problem for wheel in wheels for problem in metadata_problems(wheel)]
    if problems:
        listed = "\n".join(f"  {problem}" for problem in problems)
        raise SpecfleetError(f"{target.provider}: incomplete package metadata:\n{listed}")


def _in_upload_order(files: list[Path]) -> list[Path]:
    """The sdist first, then the wheels: the order they are listed and uploaded in."""
    return sorted(files, key=lambda path: (not path.name.endswith(".tar.gz"), path.name))


def _stamp(target: Target, files: list[Path]) -> dict[str, object]:
    return {
        "format": STAMP_FORMAT,
        "epoch": target.epoch,
        "source": source_digest(target.source),
        "artifacts": {path.name: file_sha256(path) for path in sorted(files)},
    }


def fresh_artifacts(target: Target) -> list[Path] | None:
    """The artifacts in ``target.dist`` if they were built from the current source, else None."""
    try:
        stamp = json.loads((target.dist / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stamp, dict) or not isinstance(stamp.get("artifacts"), dict):
        return None
    files = _in_upload_order([target.dist / name for name in stamp["artifacts"]])
    if not files or not all(path.is_file() for path in files):
        return None
    on_disk = {path.name for path in target.dist.iterdir() if path.name != STAMP}
    if on_disk != {path.name for path in files} or stamp != _stamp(target, files):
        return None
    return files


def build(target: Target) -> list[Path]:
    """Build, check, then swap the result into ``target.dist``; a failed build leaves it untouched."""
    env = _clean_environment(target.epoch)
    target.dist.parent.mkdir(parents=True, exist_ok=True)
    with lifeline.signals_deferred():  # a signal cannot fall between making it and owning it
        # named after this run: see specfleet._process.scratch
        scratch = make_dir(target.dist.parent, ".build")
    try:
        out = scratch / "out"
        # The backend's and the tools' temporary files go in the scratch too: a build stopped
        # midway cannot remove them itself.
        (scratch / "tmp").mkdir()
        env["TMPDIR"] = str(scratch / "tmp")
        _build_distributions(target, scratch, out, env)
        sdist, wheels = _expected_artifacts(target, sorted(out.iterdir()))
        _check(target, sdist, wheels, env)
        files = [sdist, *wheels]
        (out / STAMP).write_text(json.dumps(_stamp(target, files), indent=2) + "\n", encoding="utf-8")
        previous = scratch / "previous"
        with lifeline.signals_deferred():  # the old artifacts or the new ones, never neither
            if target.dist.exists():
                target.dist.rename(previous)
            out.rename(target.dist)
    finally:
        with lifeline.signals_deferred():
            shutil.rmtree(scratch, ignore_errors=True)
    return [target.dist / path.name for path in files]


def ensure_built(target: Target) -> tuple[list[Path], bool]:
    """The target's artifacts, built first when missing or stale; the flag says whether it built."""
    files = fresh_artifacts(target)
    if files is not None:
        return files, False
    return build(target), True


def describe(project: Project, files: list[Path]) -> str:
    return ", ".join(path.relative_to(project.root).as_posix() for path in files)


@dataclass(frozen=True)
class Built:
    target: Target
    files: list[Path]
    seconds: float


def _timed_build(target: Target) -> Built:
    started = time.perf_counter()
    files = build(target)
    return Built(target, files, time.perf_counter() - started)


def build_all(chosen: list[Target], jobs: int) -> list[Built]:
    """Build every target, ``jobs`` at a time, in the order given; the first failure stops the rest.

    A line per finished client (``built numind-client 0.1.0 in 6.1 s``) and, on a terminal,
    a live line of what is still building.
    """
    started = time.perf_counter()
    built: dict[str, Built] = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(jobs, 1)) as pool:
        running = {pool.submit(_timed_build, target): target for target in chosen}
        try:
            while running:
                busy = sorted(target.provider for future, target in running.items() if future.running())
                waiting = f"{len(running) - len(busy)} waiting, " if len(running) > len(busy) else ""
                progress.live(
                    f"building {', '.join(busy) or '...'} ({waiting}{len(built)} of {len(chosen)} done, "
                    f"{time.perf_counter() - started:.0f} s)"
                )
                finished, _ = concurrent.futures.wait(
                    running, timeout=0.5, return_when=concurrent.futures.FIRST_COMPLETED
                )
                for future in finished:
                    target = running.pop(future)
                    result = future.result()  # a failed build raises here; the rest are cancelled
                    built[target.provider] = result
                    progress.step(f"built {target.distribution} {target.version}", result.seconds)
        except BaseException:
            for future in running:
                future.cancel()
            raise
        finally:
            progress.done()
    return [built[target.provider] for target in chosen]


def default_jobs(count: int) -> int:
    """One build per core: a build is mostly one busy process (the backend, then twine)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(count, cores))
