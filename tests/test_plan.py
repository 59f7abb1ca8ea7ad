"""The client plan follows openapi-python-client's own endpoints, matched by path and method."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from specfleet.config import ClientSettings, LoginUrl, TokenLogin, load_settings
from specfleet.errors import SpecfleetError
from specfleet.generation.plan import build_plan
from specfleet.generation.render import check_output, render_client
from specfleet.opc.parse import FIELD_PREFIX
from specfleet.spec.document import Document
from specfleet.spec.load import load_document, load_text

from .conftest import DATA, ROOT

FIXTURE = DATA / "plan"


@pytest.fixture(scope="module")
def document() -> Document:
    return load_document(FIXTURE / "openapi.yaml")


@pytest.fixture(scope="module")
def settings() -> ClientSettings:
    return load_settings(FIXTURE / "client.toml")


def parse(data: dict[str, Any], tmp_path: Path) -> GeneratorData:
    """openapi-python-client's own reading of ``data``, with the prefix specfleet gives it."""
    file = ConfigFile(field_prefix=FIELD_PREFIX)
    config = Config.from_sources(
        file, MetaType.UV, tmp_path / "openapi.yaml", "utf-8", overwrite=True, output_path=tmp_path / "out"
    )
    parsed = GeneratorData.from_dict(data, config=config)
    assert isinstance(parsed, GeneratorData), parsed
    return parsed


def opc_endpoints(openapi: GeneratorData) -> dict[str, tuple[str, str]]:
    """opc's function name -> (module, METHOD)."""
    return {
        str(endpoint.name): (f"api.{tag}", endpoint.method.upper())
        for tag, collection in openapi.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }


def test_plan_names_are_opcs_own_endpoint_names(
    document: Document, settings: ClientSettings, tmp_path: Path
) -> None:
    openapi = parse(document.data, tmp_path)
    plan = build_plan(document, settings, openapi)
    generated = opc_endpoints(openapi)
    assert {e.function: (e.module, e.method) for e in plan.endpoints} == generated
    assert sorted(plan.security) == sorted(generated)
    # Keywords, an acronym, a dash, and no operationId at all, each as opc names them.
    assert {e.function: e.path.get_untrusted_value() for e in plan.endpoints} == {
        "class_": "/classes",
        "import_": "/imports/{importId}",
        "http_get_thing": "/things/{thingId}",
        "get_thing": "/things/{thingId}",
        "delete_things_thing_id_parts_part_no": "/things/{thingId}/parts/{part-no}",
        "none": "/auth/token",
    }


def test_security_is_keyed_by_opcs_names_and_keeps_anonymous_alternatives(
    document: Document, settings: ClientSettings, tmp_path: Path
) -> None:
    plan = build_plan(document, settings, parse(document.data, tmp_path))
    assert {name: code.as_unembedded_code() for name, code in plan.security.items()} == {
        "class_": "(('bearer',),)",  # inherited from the spec
        "import_": "()",  # security: []
        "http_get_thing": "((), ('apiKey',))",  # {} or apiKey
        "get_thing": "(('bearer',),)",
        "delete_things_thing_id_parts_part_no": "(('bearer',),)",
        "none": "()",
    }
    described = {e.function: e.security for e in plan.endpoints}
    assert described["http_get_thing"] == "anonymous or apiKey" and described["import_"] == "none"
    (login,) = plan.logins
    assert (login.endpoint.module, login.endpoint.function) == ("api.default", "none")


def test_generated_client_compiles_and_imports(
    document: Document, settings: ClientSettings, tmp_path: Path
) -> None:
    output = tmp_path / "awkward-client"
    render_client(ROOT / "templates", settings, document, output)
    check_output(output)
    script = """
import importlib, json, pkgutil, awkward_client
found = {}
for module in pkgutil.walk_packages(awkward_client.__path__, "awkward_client."):
    loaded = importlib.import_module(module.name)
    if hasattr(loaded, "_SECURITY"):
        found[module.name] = loaded._SECURITY
print(json.dumps({"security": found, "sign_in": callable(awkward_client.sign_in)}))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=output, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    imported = json.loads(result.stdout)
    assert imported["sign_in"] is True
    assert imported["security"] == {
        "awkward_client.api.class_.class_": [["bearer"]],
        "awkward_client.api.data.import_": [],
        "awkward_client.api.default.none": [],
        "awkward_client.api.things.delete_things_thing_id_parts_part_no": [["bearer"]],
        "awkward_client.api.things.get_thing": [["bearer"]],
        "awkward_client.api.things.http_get_thing": [[], ["apiKey"]],
    }


def test_renamed_operation_ids_still_match_by_path_and_method(
    document: Document, settings: ClientSettings, tmp_path: Path
) -> None:
    """A normaliser may rename operationIds before opc reads the spec; the plan follows opc."""
    renamed = copy.deepcopy(document.data)
    for index, item in enumerate(renamed["paths"].values()):
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                operation["operationId"] = f"renamed{index}{operation['operationId'].title()}"
    openapi = parse(renamed, tmp_path)
    plan = build_plan(document, settings, openapi)
    assert {e.function for e in plan.endpoints} == set(opc_endpoints(openapi))
    (token,) = [
        endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        if endpoint.path == "/auth/token"
    ]
    assert str(token.name).startswith("renamed")
    assert plan.logins[0].endpoint.function == token.name  # client.toml's "None", found by path


def test_an_operation_is_also_named_by_method_and_path(
    document: Document, settings: ClientSettings, tmp_path: Path
) -> None:
    login = settings.auth.logins[0].model_copy(update={"operation": "POST /auth/token"})
    changed = settings.model_copy(update={"auth": settings.auth.model_copy(update={"logins": [login]})})
    plan = build_plan(document, changed, parse(document.data, tmp_path))
    assert plan.logins[0].endpoint.function == "none"


@pytest.mark.parametrize(
    ("operation", "words"),
    [
        ("nope", r"client.toml: .*openapi.yaml: no operation with operationId 'nope'"),
        ("class_", r"no operation with operationId 'class_'"),  # opc's name is not an operationId
        ("GET /auth/token", r"no operation with operationId 'GET /auth/token'"),
    ],
)
def test_an_unknown_operation_in_client_toml_is_a_clear_error(
    document: Document, settings: ClientSettings, tmp_path: Path, operation: str, words: str
) -> None:
    login: TokenLogin = settings.auth.logins[0].model_copy(update={"operation": operation})
    changed = settings.model_copy(update={"auth": settings.auth.model_copy(update={"logins": [login]})})
    with pytest.raises(SpecfleetError, match=words):
        build_plan(document, changed, parse(document.data, tmp_path))


def test_an_operation_opc_did_not_generate_is_a_clear_error(
    document: Document, settings: ClientSettings, tmp_path: Path
) -> None:
    fewer = copy.deepcopy(document.data)
    del fewer["paths"]["/auth/token"]
    with pytest.raises(SpecfleetError, match=r"'None' \(POST /auth/token\) was not generated"):
        build_plan(document, settings, parse(fewer, tmp_path))


def test_one_function_name_with_two_securities_is_refused(settings: ClientSettings, tmp_path: Path) -> None:
    text = (FIXTURE / "openapi.yaml").read_text()
    text = text.replace("operationId: HTTPGetThing", "operationId: getThing", 1)  # opc: get_thing
    document = load_text(FIXTURE / "openapi.yaml", text)
    with pytest.raises(
        SpecfleetError, match=r"GET /things/\{thingId\} and PUT .* both generate .*'get_thing'"
    ):
        build_plan(document, settings, parse(document.data, tmp_path))


def test_login_url_arguments_take_opcs_keyword_names(
    document: Document, settings: ClientSettings, tmp_path: Path
) -> None:
    openapi = parse(document.data, tmp_path)
    url = LoginUrl(function="thing_url", operation="HTTPGetThing", arguments={"thing": "thingId"})
    changed = settings.model_copy(update={"auth": settings.auth.model_copy(update={"login_url": url})})
    plan = build_plan(document, changed, openapi)
    assert plan.login_url is not None and plan.login_url.arguments == (("thing", "thing_id"),)
    wrong = url.model_copy(update={"arguments": {"thing": "thing_id"}})  # opc's name, not the spec's
    changed = settings.model_copy(update={"auth": settings.auth.model_copy(update={"login_url": wrong})})
    with pytest.raises(SpecfleetError, match=r"client.toml: http_get_thing has no parameter 'thing_id'"):
        build_plan(document, changed, openapi)


def test_a_body_schema_opc_made_no_model_of_is_a_clear_error(
    document: Document, settings: ClientSettings, tmp_path: Path
) -> None:
    login = settings.auth.logins[0].model_copy(update={"body_schema": "token_request"})
    changed = settings.model_copy(update={"auth": settings.auth.model_copy(update={"logins": [login]})})
    with pytest.raises(SpecfleetError, match=r"body_schema 'token_request' is not a component schema"):
        build_plan(document, changed, parse(document.data, tmp_path))


_PETS = """\
openapi: 3.0.3
info: {title: Pets, version: "1"}
paths:
  /pets/{pet_id}:
    get:
      operationId: getPet
      parameters:
        - {name: pet_id, in: path, required: true, schema: {type: string}}
        - {name: fields, in: query, required: true, schema: {type: string}}
        - {name: page, in: query, schema: {type: integer}}
      responses: {"200": {description: ok}}
%s"""
_LIST = """\
  /pets:
    get:
      operationId: listPets
      responses: {"200": {description: ok}}
"""


def test_the_readme_calls_an_operation_that_needs_no_arguments_when_there_is_one(tmp_path: Path) -> None:
    settings = ClientSettings(
        distribution="pets-client", package="pets_client", version="1.0.0", description=""
    )
    document = load_text(Path("openapi.yaml"), _PETS % _LIST)
    plan = build_plan(document, settings, parse(document.data, tmp_path / "a"))
    assert plan.endpoints[0].function == "get_pet"  # first in the spec, but it needs arguments
    assert plan.example_endpoint is not None and plan.example_endpoint.function == "list_pets"

    alone = load_text(Path("openapi.yaml"), _PETS % "")
    plan = build_plan(alone, settings, parse(alone.data, tmp_path / "b"))
    assert plan.example_endpoint is not None and plan.example_endpoint.required == ("pet_id", "fields")
