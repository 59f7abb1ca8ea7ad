"""The Python API diff reads only what changed, and finds what reading both specs whole finds.

Two checks against the whole read (opc's model of each whole spec): the method names read
from the spec itself are the names the whole client gets, on the fleet's and the published
specs; and the scoped diff equals the whole diff on the real OpenAI pair and on changes made
to a fleet spec, one of each kind the scope reasons about (a property of a model a call
sends, of one it only returns, an enum value, a new operation, a new component), each made
and undone.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from specfleet.config import ClientSettings
from specfleet.diff.surface import compare_surfaces, read_surface, scoped_changes
from specfleet.diff.surface_routes import method_names
from specfleet.spec.bundle import load_spec
from specfleet.spec.document import Document

from .conftest import ROOT
from .support.real_specs import REAL_SPECS

SETTINGS = ClientSettings(distribution="api-client", package="api_client", version="0.0.0", description="")
FLEET = sorted((ROOT / "specs").glob("*/openapi.yaml"))
PUBLISHED = [REAL_SPECS / "openai" / "openapi-previous.yaml", REAL_SPECS / "together" / "openapi.yaml"]


@pytest.mark.parametrize("spec", [*FLEET, *(path for path in PUBLISHED if path.is_file())], ids=str)
def test_names_read_from_the_spec_are_the_names_the_client_gets(spec: Path) -> None:
    document = load_spec(spec, lenient=True)
    named = {dotted for _, dotted in method_names(SETTINGS, document.data).values()}
    assert {path.removeprefix("client.") for path in read_surface(SETTINGS, document).methods} == named


def _whole(base: Document, revision: Document) -> list[Any]:
    return compare_surfaces(SETTINGS.package, read_surface(SETTINGS, base), read_surface(SETTINGS, revision))


def test_the_openai_pair_reads_alike_scoped_and_whole() -> None:
    base_path, revision_path = (
        REAL_SPECS / "openai" / f"openapi-{side}.yaml" for side in ("previous", "latest")
    )
    if not base_path.is_file() or not revision_path.is_file():
        pytest.skip("no OpenAI pair in ../shared/real-specs")
    base, revision = load_spec(base_path, lenient=True), load_spec(revision_path, lenient=True)
    scoped = scoped_changes(SETTINGS, SETTINGS, base, revision)
    assert scoped is not None and scoped == _whole(base, revision)


def _schemas(data: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = data["components"]["schemas"]
    return found


def _required_in_sent(data: dict[str, Any]) -> None:
    schema = _schemas(data)["CreateApiKey"]
    schema["properties"]["note"] = {"type": "string"}
    schema.setdefault("required", []).append("note")


def _retyped_in_returned(data: dict[str, Any]) -> None:
    schema = next(s for name, s in _schemas(data).items() if "properties" in s and name != "CreateApiKey")
    name = next(iter(schema["properties"]))
    schema["properties"][name] = {"type": "integer"}


def _new_operation(data: dict[str, Any]) -> None:
    data["paths"]["/api/auth/sessions"] = {
        "get": {"operationId": "listSessions", "responses": {"200": {"description": "ok"}}}
    }


def _new_component(data: dict[str, Any]) -> None:
    _schemas(data)["Note"] = {"type": "object", "properties": {"text": {"type": "string"}}}


def _enum_value(data: dict[str, Any]) -> None:
    data["components"]["schemas"]["Scope"] = {"type": "string", "enum": ["read", "write"]}
    schema = _schemas(data)["CreateApiKey"]
    schema["properties"]["scope"] = {"$ref": "#/components/schemas/Scope"}


CHANGES: dict[str, Callable[[dict[str, Any]], None]] = {
    "a required field of a model a call sends": _required_in_sent,
    "a field of a model a call returns": _retyped_in_returned,
    "a new operation": _new_operation,
    "a new component": _new_component,
    "an enum a sent model refers to": _enum_value,
}


@pytest.mark.parametrize("undone", [False, True], ids=["made", "undone"])
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_to_a_fleet_spec_reads_alike_scoped_and_whole(change: str, undone: bool) -> None:
    """Each change made, and undone (the changed spec as the base: a field removed, an operation gone)."""
    base = load_spec(ROOT / "specs" / "numind" / "openapi.yaml")
    if "CreateApiKey" not in _schemas(base.data):
        pytest.skip("the NuMind spec has no CreateApiKey")
    data = copy.deepcopy(base.data)
    CHANGES[change](data)
    revision = Document(path=base.path, data=data, marks=base.marks)
    if undone:
        base, revision = revision, base
    scoped = scoped_changes(SETTINGS, SETTINGS, base, revision)
    whole = _whole(base, revision)
    assert whole, f"{change} changes no Python API"
    assert scoped == whole
