"""Every published spec in ../shared/real-specs is adopted whole by a lenient run.

Each client is generated once per session (the expensive part) and shared by the checks:
one operation module per spec operation, ``python -W error -m compileall``, every module
imported, ``mypy --strict``, and across them all nearly every component schema an exact model.
``python -m tests.support.real_specs`` prints the same as a table.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from specfleet.spec.bundle import load_spec

from .support.real_specs import (
    MYPY_VIEWS,
    REAL_SPECS,
    Adopted,
    load_errors,
    mypy_errors,
    real_specs,
)

#: Earlier versions of APIs whose newer spec is adopted here: the same shapes, at twice the cost
#: (they are the two largest). The diff tests read them, test_normalise parses every real spec
#: whole, and ``python -m tests.support.real_specs`` adopts and checks every one.
EARLIER_VERSIONS = {"openai/openapi-previous.yaml", "stripe/spec3-2023-08-10.yaml"}
#: Largest first: the slowest clients to adopt and check start while the others fill the gaps.
SPECS = sorted(
    (spec for spec in real_specs() if str(spec.relative_to(REAL_SPECS)) not in EARLIER_VERSIONS),
    key=lambda spec: -spec.stat().st_size,
)
IDS = [str(spec.relative_to(REAL_SPECS)) for spec in SPECS]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: The share of component schemas, over all the real specs, that must become exact models.
EXACT_MODELS = 0.97

pytestmark = pytest.mark.slow


def test_the_real_specs_are_there() -> None:
    """CI runs with ../shared beside the checkout; without it the tests here would test nothing."""
    assert len(SPECS) >= 11 - len(EARLIER_VERSIONS), f"expected the real specs under {REAL_SPECS}"
    assert all((REAL_SPECS / earlier).is_file() for earlier in EARLIER_VERSIONS)


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_every_operation_is_generated(spec: Path, adopted: Callable[[Path], Adopted]) -> None:
    result = adopted(spec)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    paths = load_spec(spec, lenient=True).data.get("paths") or {}
    in_spec = sum(1 for item in paths.values() for method in METHODS if method in item)
    api = result.client / result.package / "api"
    modules = [path for path in api.rglob("*.py") if path.name != "__init__.py"]
    assert len(modules) == in_spec == result.figures["operations"]["generated"]


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_client_compiles_and_imports(spec: Path, adopted: Callable[[Path], Adopted]) -> None:
    result = adopted(spec)
    assert result.returncode == 0, result.stderr[-3000:]
    assert load_errors(result.client, result.package) == ""


@pytest.mark.parametrize("view", MYPY_VIEWS)
@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_client_passes_mypy_strict(spec: Path, view: str, adopted: Callable[[Path], Adopted]) -> None:
    """The code that runs, and the package as a user's mypy reads it (two tests, so two workers
    can share the biggest clients' checks)."""
    result = adopted(spec)
    assert result.returncode == 0, result.stderr[-3000:]
    assert mypy_errors(result.client, (view,)) == ""


def test_nearly_every_component_schema_is_an_exact_model(adopted: Callable[[Path], Adopted]) -> None:
    results = [adopted(spec) for spec in SPECS]
    assert all(result.returncode == 0 for result in results)
    exact = sum(result.figures["models"]["exact"] for result in results)
    total = sum(result.figures["models"]["in_spec"] for result in results)
    assert total and exact / total >= EXACT_MODELS, f"{exact}/{total} component schemas are exact models"
