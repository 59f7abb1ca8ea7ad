"""Every operation of every client, sync and async, against a Prism mock of its own spec.

The cases are read from the specs themselves: each operation's success status and
example, and every documented error status, which Prism is asked for with
``Prefer: code=NNN``. Only the arguments each operation needs are written here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from specfleet.lint import HTTP_METHODS
from specfleet.load import load_document
from specfleet.refs import lookup, parse_fragment

from .conftest import PROVIDERS, ROOT, PrismFor

PACKAGES = {provider: f"{provider}_client" for provider in PROVIDERS}
#: how a test authenticates each provider's client (a token Prism accepts: it checks form, not value)
CLIENTS: dict[str, Callable[[Any, str], Any]] = {
    "timeular": lambda pkg, url: pkg.with_token("tok-1", base_url=url),
    "actinia": lambda pkg, url: pkg.basic("alice", "pw", base_url=url),
    "pollination": lambda pkg, url: pkg.with_token("jwt-1", base_url=url),
    "numind": lambda pkg, url: pkg.with_api_key("key-1", base_url=url),
}
#: the arguments each operation needs, built from the client's own models
ARGUMENTS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "developerSignIn": lambda m: {"body": m.DeveloperSignInRequest(api_key="key", api_secret="secret")},
    "getApiKey": lambda m: {},
    "getApiKey_0": lambda m: {},
    "apiKeyGet": lambda m: {},
    "tokenGet": lambda m: {"expiration_time": 3600},
    "createApiToken": lambda m: {},
    "deleteApiToken": lambda m: {},
    "getApiToken": lambda m: {},
    "login": lambda m: {"body": m.Token(id="token-id", secret="secret")},
    "rotateApiTokenSecret": lambda m: {},
    "deleteApiAuthApiKeysApikeyid": lambda m: {"api_key_id": "3f2c9a"},
    "getApiAuth": lambda m: {"redirect_uri": "http://localhost:5173"},
    "getApiAuthApiKeys": lambda m: {},
    "getApiAuthMe": lambda m: {},
    "postApiAuthApiKeys": lambda m: {"body": m.CreateApiKey(name="ci")},
    "postApiAuthLogout": lambda m: {"body": "refresh-token"},
    "postApiAuthToken": lambda m: {
        "body": m.TokenCodeRequest(
            code="c", redirect_uri="http://x", type_="ai.numind.extract.shared.TokenCodeRequest"
        )
    },
    "putApiAuthApiKeysApikeyid": lambda m: {"api_key_id": "3f2c9a", "body": m.UpdateApiKey(name="renamed")},
}


def _operations() -> list[tuple[str, dict[str, Any], str, str, dict[str, Any]]]:
    found = []
    for provider in PROVIDERS:
        spec = load_document(ROOT / "specs" / provider / "openapi.yaml").data
        for path, item in spec["paths"].items():
            for method in HTTP_METHODS:
                if method in item:
                    found.append((provider, spec, path, method, item[method]))
    return found


OPERATIONS = _operations()


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = lookup(spec, parse_fragment(node["$ref"][1:]))
    return node


def _expected(spec: dict[str, Any], response: dict[str, Any]) -> tuple[str, Any]:
    """(kind, value): what the parsed result must be for a documented response."""
    response = _resolve(spec, response)
    content = response.get("content") or {}
    if not content:
        return "none", None
    media, body = next(iter(content.items()))
    schema = body.get("schema") or {}
    if "example" in body:
        example = body["example"]
    elif "examples" in body:
        example = _resolve(spec, next(iter(body["examples"].values())))["value"]
    else:
        example = _resolve(spec, schema).get("example")
    if media.startswith("text/"):
        return "text", example
    if "$ref" in schema:
        return "model:" + schema["$ref"].rsplit("/", 1)[-1], example
    if schema.get("type") == "array" and "$ref" in schema.get("items", {}):
        return "list:" + schema["items"]["$ref"].rsplit("/", 1)[-1], example
    return "json", example


def _function(provider: str, operation: dict[str, Any]) -> Any:
    tag = PythonIdentifier(snake_case(operation["tags"][0]), "field_")
    name = PythonIdentifier(snake_case(operation["operationId"]), "field_")
    return importlib.import_module(f"{PACKAGES[provider]}.api.{tag}.{name}")


def _check_parsed(provider: str, kind: str, expected: Any, parsed: Any) -> None:
    models = importlib.import_module(f"{PACKAGES[provider]}.models")
    if kind == "none":
        assert parsed is None
    elif kind == "text":
        assert parsed == expected
    elif kind.startswith("model:"):
        model = getattr(models, str(ClassName(kind[6:], "field_")))
        assert isinstance(parsed, model), f"{type(parsed).__name__} is not {model.__name__}"
        if expected is not None:
            assert parsed.to_dict() == expected
    elif kind.startswith("list:"):
        model = getattr(models, str(ClassName(kind[5:], "field_")))
        assert isinstance(parsed, list) and all(isinstance(item, model) for item in parsed)
        assert [item.to_dict() for item in parsed] == expected
    else:
        assert parsed is not None


SUCCESS_CASES = [
    pytest.param(provider, spec, path, method, op, id=f"{provider}-{op['operationId']}")
    for provider, spec, path, method, op in OPERATIONS
]


def test_all_eighteen_operations_are_covered() -> None:
    assert len(OPERATIONS) == 18
    assert sorted(op["operationId"] for *_, op in OPERATIONS) == sorted(ARGUMENTS)


def _client(provider: str, prism: PrismFor, headers: dict[str, str] | None = None) -> Any:
    package = importlib.import_module(PACKAGES[provider])
    client = CLIENTS[provider](package, prism(provider).base_url)
    client = client.with_retry(package.Retry(total=0))
    return client.with_headers(headers) if headers else client


@pytest.mark.parametrize(("provider", "spec", "path", "method", "operation"), SUCCESS_CASES)
def test_operation_succeeds_sync(
    provider: str, spec: dict[str, Any], path: str, method: str, operation: dict[str, Any], prism: PrismFor
) -> None:
    code, response = next((c, r) for c, r in operation["responses"].items() if c.startswith("2"))
    kind, expected = _expected(spec, response)
    module = _function(provider, operation)
    models = importlib.import_module(f"{PACKAGES[provider]}.models")
    result = module.sync_detailed(
        client=_client(provider, prism), **ARGUMENTS[operation["operationId"]](models)
    )
    assert result.status_code == int(code), prism(provider).log_tail()
    assert "sl-violations" not in result.headers
    _check_parsed(provider, kind, expected, result.parsed)


@pytest.mark.parametrize(("provider", "spec", "path", "method", "operation"), SUCCESS_CASES)
async def test_operation_succeeds_async(
    provider: str, spec: dict[str, Any], path: str, method: str, operation: dict[str, Any], prism: PrismFor
) -> None:
    code, response = next((c, r) for c, r in operation["responses"].items() if c.startswith("2"))
    kind, expected = _expected(spec, response)
    module = _function(provider, operation)
    models = importlib.import_module(f"{PACKAGES[provider]}.models")
    result = await module.asyncio_detailed(
        client=_client(provider, prism), **ARGUMENTS[operation["operationId"]](models)
    )
    assert result.status_code == int(code), prism(provider).log_tail()
    _check_parsed(provider, kind, expected, result.parsed)


ERROR_CASES = [
    pytest.param(provider, spec, op, code, id=f"{provider}-{op['operationId']}-{code}")
    for provider, spec, path, method, op in OPERATIONS
    for code in op["responses"]
    if not code.startswith("2")
]


@pytest.mark.parametrize(("provider", "spec", "operation", "code"), ERROR_CASES)
def test_documented_error_is_surfaced(
    provider: str, spec: dict[str, Any], operation: dict[str, Any], code: str, prism: PrismFor
) -> None:
    status = 500 if code == "default" else int(code)
    kind, expected = _expected(spec, operation["responses"][code])
    module = _function(provider, operation)
    models = importlib.import_module(f"{PACKAGES[provider]}.models")
    client = _client(provider, prism, {"Prefer": f"code={status}"})
    result = module.sync_detailed(client=client, **ARGUMENTS[operation["operationId"]](models))
    assert result.status_code == status, prism(provider).log_tail()
    assert bool(result.content) == (kind != "none")  # the raw body is there exactly when documented
    _check_parsed(provider, kind, expected, result.parsed)


@pytest.mark.parametrize(
    ("provider", "path"),
    [
        ("timeular", "/developer/api-access"),
        ("actinia", "/token"),
        ("pollination", "/auth/api-token"),
        ("numind", "/api/auth/me"),
    ],
)
def test_prism_refuses_a_call_without_the_credential(provider: str, path: str, prism: PrismFor) -> None:
    base_url = prism(provider).base_url
    assert httpx.get(base_url + path).status_code == 401
    # the same request with the header our client sends passes, so that header is what counts
    client = _client(provider, prism)
    request = client.get_httpx_client().build_request("GET", path)
    auth = client.auth_for(((next(iter(client.credentials)),),))
    authed = next(auth.sync_auth_flow(request))
    assert (
        httpx.get(base_url + path, headers={"Authorization": authed.headers["Authorization"]}).status_code
        == 200
    )
