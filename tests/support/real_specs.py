"""Adopt every published spec in ../shared/real-specs whole, and say how typed each client is.

Run as a script (``python -m tests.support.real_specs [NAME...]``) it prints one row per spec:
operations generated/in spec, models typed exactly/in spec, parts loosened, seconds, and
whether the package compiles (``-W error``), imports module by module and passes ``mypy
--strict``.  ``tests/test_real_specs.py`` asserts the same on clients generated once per session.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from specfleet.generation.stubs import implementation_files

ROOT = Path(__file__).resolve().parents[2]
REAL_SPECS = ROOT.parent / "shared" / "real-specs"
SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def real_specs() -> list[Path]:
    """Each folder's root specs: the spec files directly in it (split specs keep their parts below)."""
    if not REAL_SPECS.is_dir():
        return []
    return sorted(path for path in REAL_SPECS.glob("*/*") if path.suffix in SPEC_SUFFIXES)


def client_name(spec: Path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", f"{spec.parent.name}-{spec.stem}".lower()).strip("-")


@dataclass
class Adopted:
    """One spec's lenient generation: the run's result and the client it wrote."""

    spec: Path
    client: Path
    package: str
    returncode: int
    stderr: str
    seconds: float
    figures: dict[str, Any] = field(default_factory=dict)


def adopt(spec: Path, out: Path) -> Adopted:
    """``specfleet generate --from SPEC --lenient --format json`` into ``out``."""
    name = client_name(spec)
    command = [sys.executable, "-m", "specfleet", "generate", "--from", str(spec), "--out", str(out)]
    started = time.perf_counter()
    result = subprocess.run(
        [*command, "--name", name, "--lenient", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=out,
    )
    seconds = time.perf_counter() - started
    figures = json.loads(result.stdout) if result.returncode == 0 else {}
    package = name.replace("-", "_") + "_client"
    return Adopted(spec, out / f"{name}-client", package, result.returncode, result.stderr, seconds, figures)


def _failure(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """What ``command`` printed when it failed ('' when it succeeded)."""
    ran = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, env=env)
    return "" if ran.returncode == 0 else (ran.stdout + ran.stderr)[-5000:]


#: Imports every module named on its command line, with the warnings Python gives while
#: compiling (an invalid escape sequence, ``is`` with a literal, ...) raised as errors, as
#: ``python -W error -m compileall`` would; other warnings (a library's deprecations at import)
#: stay warnings.
_IMPORT_EACH = """\
import importlib, sys, warnings
warnings.filterwarnings("error", category=SyntaxWarning)
warnings.filterwarnings("error", category=DeprecationWarning, message=r"invalid .*escape sequence")
for name in sys.argv[1:]:
    importlib.import_module(name)
"""


def load_errors(client: Path, package: str) -> str:
    """Compile (warnings as errors) and import every module of the package in a fresh
    interpreter ('' when all do); one pass, since importing a module compiles it."""
    modules = sorted(
        ".".join(path.relative_to(client).with_suffix("").parts).removesuffix(".__init__")
        for path in (client / package).rglob("*.py")
    )
    return _failure([sys.executable, "-B", "-c", _IMPORT_EACH, *modules], client)


#: The two ways ``mypy --strict`` reads a generated package: ``bodies``, every ``.py`` named
#: (the code that runs); ``stubs``, the package as a user's mypy sees it (through the ``.pyi``
#: beside each model and operation module, whose bodies they leave out).
MYPY_VIEWS = ("bodies", "stubs")


def mypy_errors(client: Path, views: tuple[str, ...] = MYPY_VIEWS) -> str:
    """``mypy --strict`` on the generated package, in each of ``views`` ('' when it passes)."""
    mypy = [sys.executable, "-m", "mypy", "--strict"]
    for view in views:
        if view == "bodies":
            sources = [str(path.relative_to(client)) for path in implementation_files(client)]
            failure = _failure([*mypy, *sources], client)
        else:
            failure = _failure([*mypy, "."], client)
        if failure:
            return f"{view}: {failure}"
    return ""


def operation_modules(adopted: Adopted) -> int:
    api = adopted.client / adopted.package / "api"
    return sum(1 for path in api.rglob("*.py") if path.name != "__init__.py")


def main(names: list[str]) -> int:
    import tempfile

    failed = 0
    total_exact = total_models = 0
    with tempfile.TemporaryDirectory() as scratch:
        for spec in real_specs():
            if names and not any(name in str(spec) for name in names):
                continue
            adopted = adopt(spec, Path(scratch))
            if adopted.returncode != 0:
                failed += 1
                print(f"{spec.relative_to(REAL_SPECS)}: exit {adopted.returncode}\n{adopted.stderr[-2000:]}")
                continue
            figures = adopted.figures
            checks = {
                "compile and import": load_errors(adopted.client, adopted.package),
                "mypy": mypy_errors(adopted.client),
            }
            operations, models = figures["operations"], figures["models"]
            total_exact += models["exact"]
            total_models += models["in_spec"]
            whole = operations["generated"] == operations["in_spec"] == operation_modules(adopted)
            loosened = sum(figures["loosened"].values())
            verdict = "ok" if whole and not any(checks.values()) else "FAILED"
            failed += verdict != "ok"
            print(
                f"{str(spec.relative_to(REAL_SPECS)):40} {operations['generated']}/{operations['in_spec']} ops  "
                f"{models['exact']}/{models['in_spec']} models  {loosened} loosened {figures['loosened']}  "
                f"{adopted.seconds:.1f}s  {verdict}"
            )
            for check, output in checks.items():
                if output:
                    print(f"  {check}: {output.strip().splitlines()[-1]}")
    if total_models:
        print(
            f"component schemas typed exactly: {total_exact}/{total_models} ({total_exact / total_models:.1%})"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
