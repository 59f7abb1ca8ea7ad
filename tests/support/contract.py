"""The contract checks, one function each, for any discovered provider against its Prism mock.

``test_contract.py`` runs them on every provider of the fleet; ``test_new.py`` runs them on a
provider ``specfleet new`` just made, so a new provider is checked by the same code.
Each takes the :mod:`tests.support.discovery` case and Prism's base URL, and asserts.
"""

from __future__ import annotations

import datetime
import importlib
from typing import Any

import httpx

from .discovery import LoginFlow, LoginUrlFlow, OperationCase, ProviderCase, ResponseCase, StaticFlow, Value


def package_of(provider: ProviderCase) -> Any:
    return importlib.import_module(provider.package)


def function_of(operation: OperationCase) -> Any:
    return importlib.import_module(operation.module)


def client_for(provider: ProviderCase, base_url: str, headers: dict[str, str] | None = None) -> Any:
    """A client holding a credential for every security scheme, made by the package's own ``auth`` functions."""
    package = package_of(provider)
    auth = importlib.import_module(f"{provider.package}.auth")
    credentials = {
        scheme.name: getattr(auth, scheme.function)(*scheme.credential_args())
        for scheme in provider.schemes.values()
    }
    return package.Client(
        base_url=base_url, credentials=credentials, retry=package.Retry(total=0), headers=headers or {}
    )


def without_credentials(provider: ProviderCase, base_url: str) -> Any:
    """A client whose credentials add nothing to a request, so the request reaches Prism without one."""
    package = package_of(provider)
    nothing = {name: httpx.Auth() for name in provider.schemes}
    return package.Client(base_url=base_url, credentials=nothing, retry=package.Retry(total=0))


def same_json(left: Any, right: Any) -> bool:
    """JSON equality where two date-time strings that name the same instant are equal."""
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same_json(left[key], right[key]) for key in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(same_json(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, str) and isinstance(right, str) and left != right:
        try:
            return datetime.datetime.fromisoformat(left) == datetime.datetime.fromisoformat(right)
        except ValueError:
            return False
    return bool(left == right) and isinstance(left, bool) == isinstance(right, bool)


def conforms(package: str, shape: Value, parsed: Any) -> bool:
    """Whether ``parsed`` is of the type openapi-python-client promised for this shape."""
    if shape.kind in ("model", "enum"):
        cls = getattr(importlib.import_module(f"{package}.models"), shape.class_name)
        return isinstance(parsed, cls)
    if shape.kind == "list":
        assert shape.items is not None
        return isinstance(parsed, list) and all(conforms(package, shape.items, item) for item in parsed)
    if shape.kind == "union":
        return any(conforms(package, member, parsed) for member in shape.members)
    if shape.kind == "datetime":
        return isinstance(parsed, datetime.datetime)
    if shape.kind == "date":
        return isinstance(parsed, datetime.date)
    if shape.kind == "none":
        return parsed is None
    return parsed is not None


def as_json(parsed: Any) -> Any:
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list):
        return [as_json(item) for item in parsed]
    if isinstance(parsed, datetime.datetime | datetime.date):
        return parsed.isoformat()
    if hasattr(parsed, "value"):  # an enum member
        return parsed.value
    return parsed


def check_parsed(operation: OperationCase, expected: ResponseCase, result: Any) -> None:
    """The raw body is there exactly when documented, and it parsed into the promised type (and example)."""
    assert bool(result.content) == expected.has_body, result.content[:200]
    if not expected.has_body:
        assert result.parsed is None
        return
    assert conforms(operation.package, expected.shape, result.parsed), (
        f"{type(result.parsed).__name__} is not the {expected.shape.kind} {expected.shape.class_name} "
        f"documented for {expected.status}"
    )
    if expected.has_example:
        assert same_json(as_json(result.parsed), expected.example), (as_json(result.parsed), expected.example)


def check_success(provider: ProviderCase, operation: OperationCase, base_url: str) -> None:
    """``sync_detailed`` gets the documented success and its parsed body; ``sync``, that same typed value."""
    with client_for(provider, base_url) as client:
        result = function_of(operation).sync_detailed(client=client, **operation.kwargs())
        assert result.status_code == operation.success.code, result.content[:500]
        assert "sl-violations" not in result.headers, result.headers["sl-violations"]
        check_parsed(operation, operation.success, result)
        if not hasattr(function_of(operation), "sync"):  # opc makes none for a body-less answer
            assert not operation.success.has_body
            return
        parsed = function_of(operation).sync(client=client, **operation.kwargs())
    if not operation.success.has_body:
        assert parsed is None
        return
    assert conforms(operation.package, operation.success.shape, parsed)
    assert same_json(as_json(parsed), as_json(result.parsed))


async def check_success_async(provider: ProviderCase, operation: OperationCase, base_url: str) -> None:
    async with client_for(provider, base_url) as client:
        result = await function_of(operation).asyncio_detailed(client=client, **operation.kwargs())
    assert result.status_code == operation.success.code, result.content[:500]
    check_parsed(operation, operation.success, result)


def check_error(
    provider: ProviderCase, operation: OperationCase, expected: ResponseCase, base_url: str
) -> None:
    """Prism answers the documented error (``Prefer: code=N``) and the client surfaces it, parsed."""
    with client_for(provider, base_url, {"Prefer": f"code={expected.code}"}) as client:
        result = function_of(operation).sync_detailed(client=client, **operation.kwargs())
    assert result.status_code == expected.code, result.content[:500]
    check_parsed(operation, expected, result)


def check_refused_without_credential(provider: ProviderCase, operation: OperationCase, base_url: str) -> None:
    """The same call without its credential is refused by Prism: the credential is what lets it through."""
    with without_credentials(provider, base_url) as client:
        result = function_of(operation).sync_detailed(client=client, **operation.kwargs())
    assert result.status_code == 401, result.content[:500]


def check_missing_credential_is_caught_before_sending(
    provider: ProviderCase, operation: OperationCase
) -> None:
    """Without any credential the client raises before a request goes out (the URL is unroutable)."""
    package = package_of(provider)
    try:
        with package.Client(base_url="http://127.0.0.1:9", retry=package.Retry(total=0)) as client:
            function_of(operation).sync_detailed(client=client, **operation.kwargs())
    except package.MissingCredentials as raised:
        assert any(name in str(raised) for name in provider.schemes)
    else:
        raise AssertionError(f"{operation.id} was sent without credentials")


def probe(provider: ProviderCase, client: Any, scheme: str) -> None:
    """Call an operation secured by ``scheme`` with ``client``: it must succeed with its typed result."""
    operation = provider.probe_for(scheme)
    assert operation is not None, f"no operation needs {scheme} alone"
    result = function_of(operation).sync_detailed(client=client, **operation.kwargs())
    assert result.status_code == operation.success.code, result.content[:500]
    check_parsed(operation, operation.success, result)


async def probe_async(provider: ProviderCase, client: Any, scheme: str) -> None:
    operation = provider.probe_for(scheme)
    assert operation is not None, f"no operation needs {scheme} alone"
    result = await function_of(operation).asyncio_detailed(client=client, **operation.kwargs())
    assert result.status_code == operation.success.code, result.content[:500]
    check_parsed(operation, operation.success, result)


# --- the auth flows client.toml declares ---------------------------------------------------------------


def check_static(provider: ProviderCase, flow: StaticFlow, base_url: str) -> None:
    """``package.<helper>(credential)``: a client whose secured calls pass, and whose repr hides the secret."""
    package = package_of(provider)
    values = flow.scheme.credential_args()
    with getattr(package, flow.function)(*values, base_url=base_url, retry=package.Retry(total=0)) as client:
        assert set(client.credentials) == {flow.scheme.name}
        assert not any(value in repr(client) for value in values)
        probe(provider, client, flow.scheme.name)


def check_login(provider: ProviderCase, flow: LoginFlow, base_url: str) -> Any:
    """``package.<login>(...)`` signs in through its operation on Prism; the token it got opens secured calls.

    Returns the signed-in client: the caller closes it."""
    package = package_of(provider)
    client = getattr(package, flow.function)(*flow.arguments, base_url=base_url, retry=package.Retry(total=0))
    assert flow.scheme.name in client.credentials
    answer = flow.operation.success.example
    if flow.operation.success.has_example and isinstance(answer, dict):
        assert str(answer[flow.token_field]) not in repr(client)
    probe(provider, client, flow.scheme.name)
    return client


async def check_login_async(provider: ProviderCase, flow: LoginFlow, base_url: str) -> None:
    package = package_of(provider)
    login = getattr(package, f"async_{flow.function}")
    async with await login(*flow.arguments, base_url=base_url, retry=package.Retry(total=0)) as client:
        assert flow.scheme.name in client.credentials
        await probe_async(provider, client, flow.scheme.name)


def check_refresh(provider: ProviderCase, flow: LoginFlow, base_url: str) -> None:
    """After a login that returned a refresh token, ``package.refresh(client)`` gets a new credential that works."""
    package = package_of(provider)
    with check_login(provider, flow, base_url) as client, package.refresh(client) as refreshed:
        assert refreshed.credentials[flow.scheme.name] is not client.credentials[flow.scheme.name]
        probe(provider, refreshed, flow.scheme.name)


def check_login_url(provider: ProviderCase, flow: LoginUrlFlow, base_url: str) -> None:
    """``package.<login_url>(...)`` returns the URL the API answers with."""
    package = package_of(provider)
    url = getattr(package, flow.function)(*flow.arguments, base_url=base_url, retry=package.Retry(total=0))
    assert isinstance(url, str) and url
    if flow.has_example:
        assert url == flow.expected


def check_provider(provider: ProviderCase, base_url: str) -> int:
    """Every check above on one provider (for a provider made in a test); the number of checks run."""
    checks = 0
    for operation in provider.operations:
        check_success(provider, operation, base_url)
        checks += 1
        for expected in operation.errors:
            check_error(provider, operation, expected, base_url)
            checks += 1
        if refusable(provider, operation):
            check_refused_without_credential(provider, operation, base_url)
            check_missing_credential_is_caught_before_sending(provider, operation)
            checks += 2
    for flow in provider.static:
        check_static(provider, flow, base_url)
        checks += 1
    for login in provider.logins:
        check_login(provider, login, base_url).close()
        checks += 1
        if login.refreshable:
            check_refresh(provider, login, base_url)
            checks += 1
    if provider.login_url is not None:
        check_login_url(provider, provider.login_url, base_url)
        checks += 1
    return checks


def refusable(provider: ProviderCase, operation: OperationCase) -> bool:
    """A secured operation whose every alternative Prism enforces: without a credential it must be a 401."""
    return not operation.anonymous and all(
        provider.schemes[name].enforced for alternative in operation.security for name in alternative
    )
