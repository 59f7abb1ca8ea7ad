"""Every operation and auth flow of every client, against a Prism mock of its own spec.

Nothing here names a provider, an operation or an argument: :mod:`tests.support.discovery` reads them
from ``specs/`` (each spec and its ``client.toml``) through the pipeline's own model, and
:mod:`tests.support.contract` holds the checks. A provider added under ``specs/`` is tested here as
soon as its client is generated.
"""

from __future__ import annotations

import importlib

import pytest

from specfleet.checks.validate import load_checked
from specfleet.layout import Project
from specfleet.spec.operations import spec_model

from .conftest import ROOT, PrismFor
from .support import contract
from .support.discovery import (
    LoginFlow,
    OperationCase,
    ProviderCase,
    ResponseCase,
    StaticFlow,
    Value,
    discover,
    with_data,
)

#: CI runs these once per provider (`-m contract --provider NAME`) and the rest of the suite apart
pytestmark = pytest.mark.contract

FLEET = discover(ROOT)

OPERATIONS = [
    pytest.param(provider, operation, id=operation.id)
    for provider in FLEET
    for operation in provider.operations
]
ERRORS = [
    pytest.param(provider, operation, expected, id=f"{operation.id}-{expected.status}")
    for provider in FLEET
    for operation in provider.operations
    for expected in operation.errors
]
SECURED = [
    pytest.param(provider, operation, id=operation.id)
    for provider in FLEET
    for operation in provider.operations
    if contract.refusable(provider, operation)
]
STATIC = [pytest.param(p, flow, id=f"{p.name}-{flow.function}") for p in FLEET for flow in p.static]
LOGINS = [pytest.param(p, flow, id=f"{p.name}-{flow.function}") for p in FLEET for flow in p.logins]
REFRESHABLE = [
    pytest.param(p, flow, id=f"{p.name}-{flow.function}")
    for p in FLEET
    for flow in p.logins
    if flow.refreshable
]
LOGIN_URLS = [pytest.param(p, id=p.name) for p in FLEET if p.login_url is not None]


def test_every_provider_and_operation_is_discovered() -> None:
    """Discovery finds each provider folder and every operation of its spec, each with a generated function."""
    project = Project(ROOT)
    assert [provider.name for provider in FLEET] == [provider.name for provider in project.providers()]
    for case, provider in zip(FLEET, project.providers(), strict=True):
        document = load_checked(provider.spec_path, project.specs_dir).document
        assert document is not None
        written = sorted((op.method.upper(), op.path) for op in spec_model(document).operations)
        assert sorted((op.method, op.path) for op in case.operations) == written
        assert written, f"{provider.name} has no operations"
        for operation in case.operations:
            module = importlib.import_module(operation.module)
            assert callable(module.sync_detailed) and callable(module.asyncio_detailed)
            assert any(response.success for response in operation.responses), operation.id


@pytest.mark.parametrize(("provider", "operation"), OPERATIONS)
def test_operation_succeeds_sync(provider: ProviderCase, operation: OperationCase, prism: PrismFor) -> None:
    server = prism(provider.name)
    try:
        contract.check_success(provider, operation, server.base_url)
    except AssertionError as failed:
        raise AssertionError(f"{failed}\n{server.log_tail()}") from None


@pytest.mark.parametrize(("provider", "operation"), OPERATIONS)
async def test_operation_succeeds_async(
    provider: ProviderCase, operation: OperationCase, prism: PrismFor
) -> None:
    await contract.check_success_async(provider, operation, prism(provider.name).base_url)


@pytest.mark.parametrize(("provider", "operation", "expected"), ERRORS)
def test_documented_error_is_surfaced(
    provider: ProviderCase, operation: OperationCase, expected: ResponseCase, prism: PrismFor
) -> None:
    contract.check_error(provider, operation, expected, prism(provider.name).base_url)


@pytest.mark.parametrize(("provider", "operation"), SECURED)
def test_prism_refuses_the_call_without_its_credential(
    provider: ProviderCase, operation: OperationCase, prism: PrismFor
) -> None:
    contract.check_refused_without_credential(provider, operation, prism(provider.name).base_url)


@pytest.mark.parametrize(("provider", "operation"), SECURED)
def test_missing_credential_is_caught_before_sending(
    provider: ProviderCase, operation: OperationCase
) -> None:
    contract.check_missing_credential_is_caught_before_sending(provider, operation)


@pytest.mark.parametrize(("provider", "flow"), STATIC)
def test_static_helper_opens_secured_calls(provider: ProviderCase, flow: StaticFlow, prism: PrismFor) -> None:
    contract.check_static(provider, flow, prism(provider.name).base_url)


@pytest.mark.parametrize(("provider", "flow"), LOGINS)
def test_login_then_secured_call(provider: ProviderCase, flow: LoginFlow, prism: PrismFor) -> None:
    contract.check_login(provider, flow, prism(provider.name).base_url).close()


@pytest.mark.parametrize(("provider", "flow"), LOGINS)
async def test_login_then_secured_call_async(
    provider: ProviderCase, flow: LoginFlow, prism: PrismFor
) -> None:
    await contract.check_login_async(provider, flow, prism(provider.name).base_url)


@pytest.mark.parametrize(("provider", "flow"), REFRESHABLE)
def test_refresh_after_login(provider: ProviderCase, flow: LoginFlow, prism: PrismFor) -> None:
    contract.check_refresh(provider, flow, prism(provider.name).base_url)


@pytest.mark.parametrize("provider", LOGIN_URLS)
def test_login_url_comes_from_the_api(provider: ProviderCase, prism: PrismFor) -> None:
    assert provider.login_url is not None
    contract.check_login_url(provider, provider.login_url, prism(provider.name).base_url)


def test_a_union_body_becomes_the_member_its_data_fits() -> None:
    """A ``oneOf`` body is built as the member whose required keys and const values the example has."""
    code = Value("model", class_name="CodeRequest", required=("code", "type"), consts=(("type", "code"),))
    refresh = Value(
        "model", class_name="RefreshRequest", required=("token", "type"), consts=(("type", "refresh"),)
    )
    union = Value("union", members=(code, refresh))
    assert with_data(union, {"type": "refresh", "token": "t"}).class_name == "RefreshRequest"
    assert with_data(union, {"type": "code", "code": "c"}).class_name == "CodeRequest"
    assert (
        with_data(union, {"type": "code", "token": "t"}).class_name == "CodeRequest"
    )  # none fits: the first
    listed = with_data(Value("list", items=union), [{"type": "refresh", "token": "t"}])
    assert [item.class_name for item in listed.raw] == ["RefreshRequest"]
