"""What ``generate --lenient`` promises, on specs drawn from a grammar of what published specs do.

Every valid OpenAPI 3.0 or 3.1 document (:mod:`tests.spec_grammar`; each drawn one is first
checked by openapi-spec-validator, which keeps the grammar honest) generates with exit 0, one
operation module per operation, code that compiles under ``-W error`` and imports.  CI draws a
fixed handful (a fixed seed, about a minute); ``nox -s fuzz -- --minutes N`` draws for N minutes
and keeps each spec that fails under ``tests/data/fuzz/``, where the replay test holds it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from openapi_spec_validator import validate

from specfleet import cli

from .conftest import DATA
from .spec_grammar import documents
from .support.real_specs import load_errors

FOUND = DATA / "fuzz"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: ``nox -s fuzz -- --minutes N`` sets these: how long to draw, and to keep what fails.
MINUTES = float(os.environ.get("SPECFLEET_FUZZ_MINUTES", "0"))
KEEP = os.environ.get("SPECFLEET_FUZZ_KEEP") == "1"


def _operations(document: dict[str, Any]) -> int:
    return sum(1 for item in document["paths"].values() for method in METHODS if method in item)


#: What ``--lenient`` says when it widens an operation because our templates rendered code that
#: does not compile: a template bug hidden, which a kept spec must never need again.
TEMPLATE_BUG = "the generated code would not compile"


def _generates_whole(document: dict[str, Any], scratch: Path, *, strict: bool = False) -> None:
    """Write ``document`` as YAML, generate it leniently, and check what was promised (``strict``:
    with no operation widened because its generated code would not compile)."""
    spec = scratch / "spec.yaml"
    spec.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(
            ["generate", "--from", str(spec), "--out", str(scratch), "--name", "fuzz", "--lenient"]
            + (["--explain"] if strict else [])
        )
    assert code == 0, err.getvalue()[-3000:]
    assert not (strict and TEMPLATE_BUG in err.getvalue()), err.getvalue()[-3000:]
    client = scratch / "fuzz-client"
    modules = [path for path in (client / "fuzz_client" / "api").rglob("*.py") if path.name != "__init__.py"]
    assert len(modules) == _operations(document), err.getvalue()[-3000:]
    assert load_errors(client, "fuzz_client") == ""


def _check(document: dict[str, Any]) -> None:
    validate(document)  # the grammar's own output is valid OpenAPI, or the grammar is wrong
    with tempfile.TemporaryDirectory(prefix="specfleet-fuzz-") as scratch:
        try:
            _generates_whole(document, Path(scratch))
        except AssertionError:
            if KEEP:
                text = json.dumps(document, sort_keys=True)
                FOUND.mkdir(exist_ok=True)
                name = hashlib.sha256(text.encode()).hexdigest()[:12]
                (FOUND / f"{name}.yaml").write_text(
                    yaml.safe_dump(document, allow_unicode=True), encoding="utf-8"
                )
            raise


_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
#: No shrinking: each spec takes seconds to generate, and the failing one is printed (and kept) whole.
_PHASES = [Phase.explicit, Phase.reuse, Phase.generate]


@pytest.mark.slow
def test_lenient_generates_every_drawn_spec_whole() -> None:
    """A fixed seed and a handful of specs in CI; for ``MINUTES`` minutes of fresh ones under ``nox -s fuzz``."""
    if not MINUTES:
        settings(
            max_examples=5, deadline=None, derandomize=True, database=None, suppress_health_check=_QUIET
        )(given(documents())(_check))()
        return
    end = time.monotonic() + MINUTES * 60
    run = settings(max_examples=5, deadline=None, phases=_PHASES, suppress_health_check=_QUIET)(
        given(documents())(_check)
    )
    while time.monotonic() < end:
        run()


@pytest.mark.slow
@pytest.mark.parametrize("spec", sorted(FOUND.glob("*.yaml")), ids=lambda path: path.stem)
def test_specs_the_generator_found_failing_generate_whole(spec: Path, tmp_path: Path) -> None:
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    validate(document)
    _generates_whole(document, tmp_path, strict=True)
