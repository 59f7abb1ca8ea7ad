"""The review's Python API part: the methods users call, and models judged by who builds them.

Read from the fleet's NuMind spec and small specs written here, through the same opc parse and
resource tree ``generate`` uses; judged beside the wire diff as the CLI judges them.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from specfleet.config import ClientSettings, load_settings
from specfleet.diff.engine import compare, with_python_api
from specfleet.diff.surface import SurfaceChange, compare_surfaces, read_surface
from specfleet.spec.bundle import load_spec
from specfleet.spec.document import Document

from .conftest import ROOT

NUMIND = ROOT / "specs" / "numind"
SETTINGS = load_settings(NUMIND / "client.toml")
ANONYMOUS = ClientSettings(distribution="api-client", package="api_client", version="0.0.0", description="")


def _document(tmp_path: Path, name: str, data: dict[str, Any]) -> Document:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return load_spec(path)


def _numind(tmp_path: Path, name: str, change: Any = None) -> Document:
    data = yaml.safe_load((NUMIND / "openapi.yaml").read_text(encoding="utf-8"))
    if change is not None:
        change(data)
    return _document(tmp_path, name, data)


def _verdict(base: Document, revision: Document, changes: list[SurfaceChange]) -> Any:
    return with_python_api(compare(base, revision), changes)


def test_the_surface_is_the_methods_users_call() -> None:
    surface = read_surface(SETTINGS, load_spec(NUMIND / "openapi.yaml"))
    listed = surface.methods["client.api_keys.list"]
    assert listed.operation == "GET /api/auth/api-keys" and listed.returns == "list[ApiKeyResponse]"
    update = surface.methods["client.api_keys.update"]
    assert update.positional == (("api_key_id", "str"),)
    assert update.keywords["name"].required  # the keyword body's field
    assert not any(path.startswith("api.") for path in surface.methods)  # opc's functions are no API
    assert "models.CreateApiKey" in surface.sent and "models.ApiKeyResponse" not in surface.sent


def test_an_endpoint_added_outside_the_prefix_is_one_new_method(tmp_path: Path) -> None:
    def health(data: dict[str, Any]) -> None:
        data["paths"]["/health"] = {
            "get": {"operationId": "getHealth", "responses": {"204": {"description": "up"}}}
        }

    base, revision = _numind(tmp_path, "base.yaml"), _numind(tmp_path, "revision.yaml", health)
    changes = compare_surfaces(
        "numind_client", read_surface(SETTINGS, base), read_surface(SETTINGS, revision)
    )
    assert [(change.path, change.kind, change.breaking) for change in changes] == [
        ("client.health.retrieve", "method-added", False)
    ]
    assert _verdict(base, revision, changes).bump == "minor"


def test_a_rename_in_the_record_is_a_breaking_move(tmp_path: Path) -> None:
    document = _numind(tmp_path, "openapi.yaml")
    renamed = SETTINGS.model_copy(
        update={"resources": {**SETTINGS.resources, "getApiAuthApiKeys": "api_keys.all"}}
    )
    changes = compare_surfaces(
        "numind_client", read_surface(SETTINGS, document), read_surface(renamed, document)
    )
    removed = [change for change in changes if change.breaking]
    assert [(change.kind, change.message) for change in removed] == [
        ("method-removed", "client.api_keys.list moved to client.api_keys.all (GET /api/auth/api-keys)")
    ]
    result = _verdict(document, document, changes)
    assert result.bump == "major"
    assert {change.id for change in result.changes if change.breaking} == {"python-api-method-removed"}


def _pets(
    *, extra_response: bool = False, extra_request: bool = False, wider: bool = False
) -> dict[str, Any]:
    pet: dict[str, Any] = {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string", "description": "The pet's id"},
            "tag": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            "kind": {"type": "string", "enum": ["cat", "dog"]},
        },
    }
    new_pet: dict[str, Any] = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}},
    }
    if extra_response:  # a new required field, a wider union, a new enum value: all read by users
        pet["required"].append("age")
        pet["properties"]["age"] = {"type": "integer"}
        pet["properties"]["tag"]["anyOf"].append({"type": "boolean"})
        pet["properties"]["kind"]["enum"].append("bird")
        pet["properties"]["id"]["description"] = "Which pet this is"
    if extra_request:
        new_pet["required"].append("owner")
        new_pet["properties"]["owner"] = {"type": "string"}
    if wider:
        new_pet["properties"]["name"] = {"anyOf": [{"type": "string"}, {"type": "integer"}]}
    ok = {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1.0.0"},
        "paths": {
            "/pets": {
                "post": {
                    "operationId": "createPet",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}},
                    },
                    "responses": {"200": ok},
                }
            },
            "/pets/{id}": {
                "get": {
                    "operationId": "getPet",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {"200": copy.deepcopy(ok)},
                }
            },
        },
        "components": {"schemas": {"Pet": pet, "NewPet": new_pet}},
    }


def _review(
    tmp_path: Path, base: dict[str, Any], revision: dict[str, Any]
) -> tuple[list[SurfaceChange], Any, Any]:
    """The Python API changes, the wire verdict alone, and the verdict with the Python API."""
    old, new = _document(tmp_path, "base.yaml", base), _document(tmp_path, "revision.yaml", revision)
    changes = compare_surfaces("api_client", read_surface(ANONYMOUS, old), read_surface(ANONYMOUS, new))
    return changes, compare(old, new), _verdict(old, new, changes)


def test_additions_to_a_response_model_break_no_call_and_take_no_docs_change_along(tmp_path: Path) -> None:
    changes, wire, result = _review(tmp_path, _pets(), _pets(extra_response=True))
    kinds = {(change.kind, change.path): change.breaking for change in changes}
    assert kinds[("field-added", "api_client.models.Pet.age")] is False
    assert kinds[("field-type-changed", "api_client.models.Pet.tag")] is False
    assert kinds[("enum-value-added", "api_client.models.PetKind.bird")] is False
    assert not any(change.breaking for change in changes)
    # the Python API raised nothing: every wire change keeps the verdict the wire gave it
    assert [change.judged for change in result.changes if not change.id.startswith("python-api-")] == [
        change.judged for change in wire.changes
    ]
    docs = [change for change in result.changes if change.kind == "docs"]
    assert docs and not any(change.breaking for change in docs)


def test_a_docs_change_never_takes_the_verdict_of_a_python_change_at_its_place(tmp_path: Path) -> None:
    revision = _pets()
    revision["components"]["schemas"]["Pet"]["properties"]["id"] = {
        "type": "integer",
        "description": "Which pet",
    }
    changes, _, result = _review(tmp_path, _pets(), revision)
    assert ("field-type-changed", "api_client.models.Pet.id", True) in {
        (change.kind, change.path, change.breaking) for change in changes
    }
    docs = [change for change in result.changes if change.kind == "docs"]
    assert docs and not any(change.breaking for change in docs)
    assert any(change.breaking and "id" in change.message for change in result.changes)


def test_a_new_required_field_of_a_sent_model_breaks_the_call(tmp_path: Path) -> None:
    changes, _, result = _review(tmp_path, _pets(), _pets(extra_request=True))
    breaking = {(change.kind, change.path) for change in changes if change.breaking}
    assert ("field-added", "api_client.models.NewPet.owner") in breaking
    assert ("argument-added", "client.pets.create(owner)") in breaking  # the keyword body's field
    assert result.bump == "major"
    widened, _, _ = _review(tmp_path, _pets(), _pets(wider=True))
    assert not any(change.breaking for change in widened)  # what was passed still is
