"""Resource-style calls (``client.<tag>.<operation>()``) of every client against Prism and loopback
servers: typed models back, and each way a call can fail raises its own exception."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import actinia_client
import numind_client
import pollination_client
import pytest
import timeular_client
from actinia_client.models import TokenResponseModel
from numind_client.models import User
from pollination_client.models import NewToken
from timeular_client.models import DeveloperApiAccessResponse

from .conftest import PrismFor, RecordingServer

# every client a test makes is closed: a leaked socket fails the test that leaked it
pytestmark = [
    pytest.mark.filterwarnings("error::ResourceWarning"),
    pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning"),
]


@dataclass(frozen=True)
class Case:
    """One secured operation of a provider, reached through its resource."""

    provider: str
    package: Any
    make_client: Callable[..., Any]
    make_async_client: Callable[..., Any]
    call: Callable[[Any], Any]
    model: type
    route: str  # "METHOD /path", for the loopback server
    snippet: str  # user code that reads a field of the returned model


CASES = [
    Case(
        "numind",
        numind_client,
        lambda **kw: numind_client.with_token("t", **kw),
        lambda **kw: numind_client.async_with_token("t", **kw),
        lambda client: client.me.retrieve(),
        User,
        "GET /api/auth/me",
        "import numind_client\n"
        "with numind_client.with_token('t') as client:\n"
        "    me = client.me.retrieve()\n"
        "    email: str = me.email\n",
    ),
    Case(
        "timeular",
        timeular_client,
        lambda **kw: timeular_client.with_token("t", **kw),
        lambda **kw: timeular_client.async_with_token("t", **kw),
        lambda client: client.api_access.retrieve(),
        DeveloperApiAccessResponse,
        "GET /developer/api-access",
        "import timeular_client\n"
        "from timeular_client.types import Unset\n"
        "with timeular_client.with_token('t') as client:\n"
        "    access = client.api_access.retrieve()\n"
        "    key: str | None | Unset = access.api_key\n",
    ),
    Case(
        "actinia",
        actinia_client,
        lambda **kw: actinia_client.basic("user", "password", **kw),
        lambda **kw: actinia_client.async_basic("user", "password", **kw),
        lambda client: client.api_key.retrieve(),
        TokenResponseModel,
        "GET /api_key",
        "import actinia_client\n"
        "with actinia_client.basic('u', 'p') as client:\n"
        "    answer = client.api_key.retrieve()\n"
        "    status: str = answer.status\n",
    ),
    Case(
        "pollination",
        pollination_client,
        lambda **kw: pollination_client.with_token("t", **kw),
        lambda **kw: pollination_client.async_with_token("t", **kw),
        lambda client: client.api_token.retrieve(),
        NewToken,
        "GET /auth/api-token",
        "import pollination_client\n"
        "with pollination_client.with_token('t') as client:\n"
        "    token = client.api_token.retrieve()\n"
        "    token_id: str = token.id\n",
    ),
]
IDS = [case.provider for case in CASES]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_resource_call_returns_the_typed_model(case: Case, prism: PrismFor) -> None:
    with case.make_client(base_url=prism(case.provider).base_url) as client:
        assert type(case.call(client)) is case.model


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_async_resource_call_returns_the_typed_model(case: Case, prism: PrismFor) -> None:
    async def main() -> object:
        async with case.make_async_client(base_url=prism(case.provider).base_url) as client:
            assert isinstance(client, case.package.AsyncClient)
            return await case.call(client)

    assert type(asyncio.run(main())) is case.model


EXPECTED = {
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    422: "UnprocessableEntityError",
    500: "InternalServerError",
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_error_status_from_prism_raises_its_exception(case: Case, code: int, prism: PrismFor) -> None:
    server = prism(case.provider)
    with (
        case.make_client(base_url=server.base_url, headers={"Prefer": f"code={code}"}) as client,
        pytest.raises(case.package.APIStatusError) as raised,
    ):
        case.call(client)
    error = raised.value
    # Prism answers with the code asked for when the operation documents it (or a default);
    # otherwise with an error of its own: either way the class follows the status.
    expected = case.package.errors.status_error_class(error.status_code)
    assert type(error) is expected and isinstance(error, case.package.APIError)
    if error.status_code == code:
        assert type(error).__name__ == EXPECTED[code]
    assert str(error.status_code) in str(error) and "GET" in str(error)
    assert "Bearer t" not in str(error) and "password" not in str(error)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_documented_error_statuses_come_with_their_class(case: Case, prism: PrismFor) -> None:
    """At least one of the five statuses is one the operation documents: Prism then sends it."""
    seen = set()
    for code in EXPECTED:
        with case.make_client(
            base_url=prism(case.provider).base_url, headers={"Prefer": f"code={code}"}
        ) as client:
            try:
                case.call(client)
            except case.package.APIStatusError as error:
                seen.add((error.status_code, type(error).__name__))
    assert any(EXPECTED.get(status) == name for status, name in seen), seen


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_any_status_code_raises_a_status_error(case: Case, recording_server: RecordingServer) -> None:
    recording_server.reply(case.route, status=499, body={"message": "client closed"})
    with (
        case.make_client(base_url=recording_server.base_url, retry=case.package.Retry(total=0)) as client,
        pytest.raises(case.package.APIStatusError) as raised,
    ):
        case.call(client)
    assert type(raised.value) is case.package.APIStatusError and raised.value.status_code == 499
    assert raised.value.body == {"message": "client closed"}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_html_body_raises_a_validation_error(case: Case, recording_server: RecordingServer) -> None:
    recording_server.reply(
        case.route, body=b"<html><body>maintenance</body></html>", headers={"Content-Type": "text/html"}
    )
    with (
        case.make_client(base_url=recording_server.base_url) as client,
        pytest.raises(case.package.APIResponseValidationError) as raised,
    ):
        case.call(client)
    message = str(raised.value)
    assert case.route.split()[1] in message and "200" in message and "maintenance" in message


@pytest.mark.parametrize(
    "case", [case for case in CASES if case.provider != "timeular"], ids=IDS[:1] + IDS[2:]
)
def test_body_missing_a_required_field_parses_with_it_unset(
    case: Case, recording_server: RecordingServer
) -> None:
    """A server drops a field the spec still calls required: the answer parses (docs/responses.md)."""
    body = {"unexpected": True, "api_token": "s3cret-value"}
    recording_server.reply(case.route, body=body)
    with case.make_client(base_url=recording_server.base_url) as client:
        parsed = case.call(client)
    assert type(parsed) is case.model and parsed.to_dict() == body


@pytest.fixture
def refused_url() -> Iterator[str]:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield f"http://127.0.0.1:{port}"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_refused_connection_raises_a_connection_error(case: Case, refused_url: str) -> None:
    with (
        case.make_client(base_url=refused_url, retry=case.package.Retry(total=0)) as client,
        pytest.raises(case.package.APIConnectionError) as raised,
    ):
        case.call(client)
    assert not isinstance(raised.value, case.package.APITimeoutError)
    assert refused_url in str(raised.value)


def test_timeout_raises_a_timeout_error(recording_server: RecordingServer) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()  # accepts, never answers
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        with (
            timeular_client.with_token(
                "t", base_url=url, timeout=0.2, retry=timeular_client.Retry(total=0)
            ) as client,
            pytest.raises(timeular_client.APITimeoutError),
        ):
            client.api_access.retrieve()
    finally:
        listener.close()


def test_exceptions_keep_the_old_names_in_the_new_hierarchy() -> None:
    for package in (numind_client, timeular_client, actinia_client, pollination_client):
        assert issubclass(package.MissingCredentials, package.APIError)
        assert issubclass(package.AuthenticationFailed, package.APIError)
        assert issubclass(package.UnexpectedStatus, package.APIError)
        assert issubclass(package.APITimeoutError, package.APIConnectionError)
        assert issubclass(package.InternalServerError, package.APIStatusError)


def test_client_is_usable_again_after_its_with_block(recording_server: RecordingServer) -> None:
    recording_server.reply("GET /developer/api-access", body={"apiKey": "k"})
    client = timeular_client.with_token("t", base_url=recording_server.base_url)
    with client:
        assert client.api_access.retrieve().api_key == "k"
    with client:
        assert client.api_access.retrieve().api_key == "k"
    assert len(recording_server.requests) == 2


def test_reprs_show_settings_not_internals_or_secrets() -> None:
    with numind_client.with_token("very-secret-token", base_url="http://127.0.0.1:9") as client:
        shown = repr(client)
    assert shown.startswith("Client(base_url='http://127.0.0.1:9'")
    assert "_base_url" not in shown and "very-secret-token" not in shown and "***" in shown
    user = User.from_dict({"email": "a@b.c", "isAdmin": False})
    assert repr(user) == "User(email='a@b.c', is_admin=False, additional_properties={})"


def test_sign_in_helpers_leave_no_socket_open(recording_server: RecordingServer) -> None:
    recording_server.reply("POST /developer/sign-in", body={"token": "tok"})
    recording_server.reply("POST /auth/login", status=202, body={"access_token": "tok"})
    recording_server.reply(
        "POST /api/auth/token", body={"token": "tok", "refreshToken": "r", "expiresIn": 60}
    )
    url = recording_server.base_url
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        clients = [
            timeular_client.sign_in("k", "s", base_url=url),
            numind_client.exchange_code("c", "https://app/cb", base_url=url),
        ]
        import gc

        gc.collect()
    assert all(client.credentials for client in clients)


MYPY_BAD = "import timeular_client\nclient = timeular_client.with_token('x', timout=5)\n"


def _mypy(tmp_path: Path, code: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "user_code.py").write_text(code, encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "user_code.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )


def test_user_code_reading_a_returned_model_passes_mypy_strict(tmp_path: Path) -> None:
    code = "".join(
        f"def use_{case.provider}() -> None:\n"
        + "".join("    " + line + "\n" for line in case.snippet.splitlines())
        for case in CASES
    )
    result = _mypy(tmp_path, code)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_misspelt_helper_option_fails_mypy(tmp_path: Path) -> None:
    result = _mypy(tmp_path, MYPY_BAD)
    assert result.returncode == 1 and 'Unexpected keyword argument "timout"' in result.stdout


def test_status_error_carries_the_specs_error_model(prism: PrismFor) -> None:
    from numind_client.models import Error

    with (
        numind_client.with_token(
            "t", base_url=prism("numind").base_url, headers={"Prefer": "code=404"}
        ) as client,
        pytest.raises(numind_client.NotFoundError) as raised,
    ):
        client.me.retrieve()
    assert isinstance(raised.value.parsed, Error) and isinstance(raised.value.body, dict)
    assert raised.value.headers["content-type"].startswith("application/json")


def test_module_functions_accept_a_status_http_does_not_name(recording_server: RecordingServer) -> None:
    from timeular_client.api.authentication import get_api_key

    recording_server.reply("GET /developer/api-access", status=499, body={})
    with timeular_client.with_token("t", base_url=recording_server.base_url) as client:
        response = get_api_key.sync_detailed(client=client)
    assert response.status_code == 499 and response.parsed is None


def test_resource_call_without_credentials_sends_nothing(recording_server: RecordingServer) -> None:
    with (
        timeular_client.Client(base_url=recording_server.base_url) as client,
        pytest.raises(timeular_client.MissingCredentials),
    ):
        client.api_access.retrieve()
    assert recording_server.requests == []


USER_SCRIPT = Path(__file__).parent / "data" / "clients" / "numind_user_script.py"


def test_an_sdk_style_user_script_runs_against_prism_without_leaks(prism: PrismFor) -> None:
    """Resources from paths, keyword bodies, per-call options, with_options and raw responses,
    as a developer who knows the official SDKs would write them, against the live mock."""
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "dev",
            "-W",
            "error::ResourceWarning",
            str(USER_SCRIPT),
            prism("numind").base_url,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ResourceWarning" not in result.stderr
    count, same_user, missing, raw_status, parsed_count, _ = result.stdout.split()
    assert (same_user, missing, raw_status) == ("True", "404", "200")
    assert int(count) == int(parsed_count)


def test_the_sdk_style_user_script_passes_mypy_strict(tmp_path: Path) -> None:
    result = _mypy(tmp_path, USER_SCRIPT.read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_keyword_body_needs_its_required_properties(tmp_path: Path) -> None:
    code = "import numind_client\nwith numind_client.with_token('t') as client:\n    client.api_keys.create(nam='x')\n"
    result = _mypy(tmp_path, code)
    assert result.returncode == 1 and "create" in result.stdout
