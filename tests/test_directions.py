"""Values typed by the way they travel (specfleet.generation.directions), on a client generated from a small spec.

Sent: enum parameters and fields take their plain string values, ids and dates the strings a
user has; they reach a real Prism mock that checks them against the spec, and a loopback server
sees them exactly as given.  Answered: a body with an enum value, union member or discriminator
the spec does not list, or without a field the spec calls required, parses and writes back as
it came.  mypy --strict accepts the strings and refuses what the spec does not list.
"""

from __future__ import annotations

import importlib
import json
import random
import string
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from specfleet.fleet.mock_server import PrismServer

from .conftest import RecordingServer
from .support.clients import generated_client
from .support.mypy import script_mypy, user_mypy
from .support.real_specs import Adopted

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "tests" / "data" / "scalars" / "openapi.yaml"
OWNER = "3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47"
KNOWN_PURPOSES = {"assistants", "batch"}
FILE = {
    "id": "file-1",
    "purpose": "batch",
    "status": "uploaded",
    "owner": OWNER,
    "created": "2024-05-02T09:15:00+00:00",
}


client_dir = generated_client(SPEC, "scalars", lenient=False)


@pytest.fixture(scope="module")
def package(client_dir: Path) -> Any:
    return importlib.import_module("scalars_client")


@pytest.fixture(scope="module")
def models(client_dir: Path) -> Any:
    return importlib.import_module("scalars_client.models")


# --- sent ------------------------------------------------------------------------------------


def test_strings_for_enums_ids_and_dates_reach_prism_as_the_spec_wants(package: Any) -> None:
    with PrismServer(SPEC, root=ROOT) as prism, package.Client(base_url=prism.base_url) as client:
        page = client.files.list(order="asc", owner=OWNER, since="2024-05-02T09:15:00Z", dates=["2023-09-05"])
        assert page.has_more in (True, False), prism.log_tail()
        created = client.files.create(
            purpose="batch", owner=OWNER, expires_on="2024-05-01", tags=["assistants"], mode="auto"
        )
        assert created.id, prism.log_tail()


def test_strings_are_sent_as_given(package: Any, recording_server: RecordingServer) -> None:
    recording_server.reply("GET /files", body={"data": [], "has_more": False})
    recording_server.reply("POST /files", body=FILE)
    with package.Client(base_url=recording_server.base_url) as client:
        client.files.list(order="asc", owner=OWNER, since="2024-05-02T09:15:00Z", dates=["2023-09-05"])
        client.files.create(
            purpose="batch",
            owner=OWNER,
            expires_on="2024-05-01",
            remind_at="2024-04-30T08:00:00Z",
            mode="fast",
            include=["batch"],
            remind_on=["2024-04-29"],
        )
    query = parse_qs(urlsplit(recording_server.requests[0].path).query)
    assert query == {
        "order": ["asc"],
        "owner": [OWNER],
        "since": ["2024-05-02T09:15:00Z"],
        "dates": ["2023-09-05"],
    }
    assert json.loads(recording_server.requests[1].body) == {
        "purpose": "batch",
        "owner": OWNER,
        "expires_on": "2024-05-01",
        "remind_at": "2024-04-30T08:00:00Z",
        "mode": "fast",  # an enum member of a union that is not its last
        "include": ["batch"],
        "remind_on": ["2024-04-29"],
    }


def test_typed_values_are_still_sent(package: Any, models: Any, recording_server: RecordingServer) -> None:
    import datetime
    import uuid

    recording_server.reply("GET /files", body={"data": [], "has_more": False})
    with package.Client(base_url=recording_server.base_url) as client:
        client.files.list(
            order=models.ListFilesOrder.DESC, owner=uuid.UUID(OWNER), dates=[datetime.date(2023, 9, 5)]
        )
    query = parse_qs(urlsplit(recording_server.requests[0].path).query)
    assert query == {"order": ["desc"], "owner": [OWNER], "dates": ["2023-09-05"]}


def test_a_string_the_spec_does_not_list_is_refused_before_sending(
    package: Any, recording_server: RecordingServer
) -> None:
    with (
        package.Client(base_url=recording_server.base_url) as client,
        pytest.raises(ValueError, match="sideways"),
    ):
        client.files.list(order="sideways")
    assert recording_server.requests == []


# --- answered --------------------------------------------------------------------------------


def test_an_answer_with_what_the_spec_does_not_list_parses(
    package: Any, recording_server: RecordingServer
) -> None:
    added = {
        "id": "file-2",
        "purpose": "fine-tune-vision",  # an enum value added since the spec
        "owner": OWNER,
        "created": "2024-05-02T09:15:00+00:00",
        "tags": ["batch", "evals"],
        "part": {"type": "audio", "seconds": 3},  # a discriminator value added since the spec
        "history": ["batch", "evals"],  # in a list inside a union
        "parts": [{"type": "text", "text": "hi"}, {"type": "audio"}],
        # "status" (deprecated, required) dropped
    }
    recording_server.reply("GET /files", body={"data": [added], "has_more": False})
    recording_server.reply("GET /parts", body={"kind": "video"})  # no member of the union
    with package.Client(base_url=recording_server.base_url) as client:
        files = client.files.list()
        part = client.parts.retrieve()
    parsed = files.data[0]
    assert parsed.purpose == "fine-tune-vision"
    assert parsed.tags[0].value == "batch" and parsed.tags[1] == "evals"
    assert parsed.part == {"type": "audio", "seconds": 3}
    assert parsed.history[0].value == "batch" and parsed.history[1] == "evals"
    assert parsed.parts[0].text == "hi" and parsed.parts[1] == {"type": "audio"}
    assert not parsed.status
    assert parsed.to_dict() == added
    assert part == {"kind": "video"}


def test_known_members_are_still_told_apart(models: Any) -> None:
    text = models.FileModel.from_dict({**FILE, "part": {"type": "text", "text": "hi"}})
    image = models.FileModel.from_dict({**FILE, "part": {"type": "image", "url": "u"}})
    wrong = models.FileModel.from_dict({**FILE, "part": {"type": "text", "url": "u"}})  # no required text
    assert isinstance(text.part, models.TextPart) and isinstance(image.part, models.ImagePart)
    assert wrong.part == {"type": "text", "url": "u"}
    assert text.created.year == 2024 and str(text.owner) == OWNER
    assert models.FileModel.from_dict({**FILE, "expires": "2024-05-01"}).expires.month == 5
    with pytest.raises(TypeError):  # a broken answer, not a newer one
        models.FileModel.from_dict({**FILE, "expires": "soon"})


def _values(seed: int, count: int) -> list[str]:
    """Enum values a server might add: the listed ones, near misses, and random text of any alphabet."""
    rng = random.Random(seed)
    alphabet = string.printable + "éß漢字🙂\u0000"
    made = [*sorted(KNOWN_PURPOSES), "Batch", "batch ", "", "0"]
    made += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(count)]
    return made


def test_any_enum_value_round_trips(models: Any) -> None:
    for index, purpose in enumerate(_values(seed=26, count=60)):
        data = {**FILE, "purpose": purpose}
        if index % 2:
            del data["status"]
        else:
            data["status"] = purpose
        parsed = models.FileModel.from_dict(data)
        assert isinstance(parsed.purpose, models.Purpose) == (purpose in KNOWN_PURPOSES), purpose
        assert parsed.to_dict() == data


# --- what mypy --strict sees -----------------------------------------------------------------

USER_OK = f"""
import datetime
import scalars_client
from scalars_client.models import Purpose

with scalars_client.Client(base_url="http://127.0.0.1:1") as client:
    client.files.list(order="asc", owner="{OWNER}", since="2024-05-02T09:15:00Z", dates=["2023-09-05"])
    client.files.list(order=scalars_client.models.ListFilesOrder.ASC, dates=[datetime.date(2023, 9, 5)])
    made = client.files.create(purpose="batch", owner="{OWNER}", expires_on="2024-05-01", tags=["assistants"], mode="slow")
    year: int = made.created.year
    if made.expires:
        day: int = made.expires.day  # a date or nothing: a date that does not parse is no newer answer
    if isinstance(made.purpose, Purpose):
        known: str = made.purpose.value
    else:
        added: str = made.purpose
"""

USER_BAD = """
import scalars_client

with scalars_client.Client(base_url="http://127.0.0.1:1") as client:
    client.files.list(order="sideways")
    client.files.create(purpose="batsh", owner="x", expires_on="2024-05-01")
    made = client.files.create(purpose="batch", owner="x", expires_on="2024-05-01")
    made.purpose.value
"""


def _report(result: subprocess.CompletedProcess[str]) -> str:
    """mypy's report ('' when it passes)."""
    return "" if result.returncode == 0 else result.stdout + result.stderr


def _user_mypy(client_dir: Path, tmp_path: Path, code: str) -> str:
    """mypy --strict on a user's script, reading the client as a user's mypy does (its stubs)."""
    return _report(script_mypy(client_dir, tmp_path, code))


def test_mypy_accepts_strings_and_makes_users_handle_added_values(client_dir: Path, tmp_path: Path) -> None:
    assert _user_mypy(client_dir, tmp_path, USER_OK) == ""


def test_mypy_refuses_what_the_spec_does_not_list(client_dir: Path, tmp_path: Path) -> None:
    report = _user_mypy(client_dir, tmp_path, USER_BAD)
    errors = [line for line in report.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["5", "6", "8"], report
    assert '"str" has no attribute "value"' in errors[-1]


# --- the client adopted from OpenAI's published spec -----------------------------------------

OPENAI = ROOT.parent / "shared" / "real-specs" / "openai" / "openapi-latest.yaml"


@pytest.mark.slow
def test_openai_files_answer_with_an_added_purpose_and_no_status_parses(
    adopted: Callable[[Path], Adopted],
    recording_server: RecordingServer,
) -> None:
    client = adopted(OPENAI)
    assert client.returncode == 0, client.stderr[-2000:]
    added = {
        "id": "file-abc123",
        "object": "file",
        "bytes": 120000,
        "created_at": 1677610602,
        "filename": "mydata.jsonl",
        "purpose": "fine-tune-vision-2",  # not in the spec's enum
        # "status" and "status_details": deprecated, the first a required field; not sent
    }
    recording_server.reply("GET /files", body={"object": "list", "data": [added], "has_more": False})
    sys.path.insert(0, str(client.client))
    try:
        package = importlib.import_module(client.package)
        with package.with_token("sk-test", base_url=recording_server.base_url) as openai:
            page = openai.files.list(order="asc", purpose="batch")
    finally:
        sys.path.remove(str(client.client))
        for name in [name for name in sys.modules if name.split(".")[0] == client.package]:
            del sys.modules[name]
    assert parse_qs(urlsplit(recording_server.requests[0].path).query)["order"] == ["asc"]
    (file,) = page.data
    assert file.purpose == "fine-tune-vision-2" and not file.status
    assert file.to_dict() == added


def test_the_generated_bodies_pass_mypy_strict(client_dir: Path, tmp_path: Path) -> None:
    """The parsers and writers themselves (a user's mypy reads only the stubs)."""
    sources = sorted(str(path.relative_to(client_dir)) for path in client_dir.rglob("*.py"))
    assert _report(user_mypy(client_dir, *sources)) == ""
