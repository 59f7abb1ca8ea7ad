"""The normaliser: each repair fires on its fixture, changes only what it reports, and opc
then reads the fixture whole; adversarial specs generate clients that import and send the
spec's own names; real published specs parse with no error at all."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client import Project as UpstreamProject
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from specfleet.checks.openapi_schema import schema_problems
from specfleet.normalise import REPAIRS, Normalised, normalise_for_opc, repair_schema, run_phase
from specfleet.opc.parse import FIELD_PREFIX, parse
from specfleet.spec.document import Document, Pointer
from specfleet.spec.load import load_document

from .conftest import DATA, PROVIDERS, ROOT

FIXTURES = DATA / "normalise"
ADVERSARIAL = DATA / "adversarial"
REAL = Path("/work/shared/real-specs")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _repair_ids() -> list[str]:
    run_phase(load_document(FIXTURES / "duplicate-enum" / "input.yaml"), "schema")  # imports every repair
    return sorted(REPAIRS)


def _config(path: Path, output: Path, package: str = "client_pkg") -> Config:
    file = ConfigFile(
        field_prefix=FIELD_PREFIX, post_hooks=[], package_name_override=package, project_name_override=package
    )
    return Config.from_sources(file, MetaType.NONE, path, "utf-8", overwrite=True, output_path=output)


def _opc_errors(openapi: GeneratorData) -> list[str]:
    """Every error opc reports: schemas it dropped, endpoints it dropped, responses or bodies it left out."""
    found = [f"{error.header}: {error.detail}" for error in openapi.errors]
    for collection in openapi.endpoint_collections_by_tag.values():
        found += [f"{error.header}: {error.detail}" for error in collection.parse_errors]
        for endpoint in collection.endpoints:
            found += [f"{error.header}: {error.detail}" for error in endpoint.errors]
    return found


def _operations(data: dict[str, Any]) -> int:
    return sum(1 for item in data.get("paths", {}).values() for method in METHODS if method in item)


def _endpoints(openapi: GeneratorData) -> int:
    return sum(len(collection.endpoints) for collection in openapi.endpoint_collections_by_tag.values())


def _parsed(normalised: Normalised, tmp_path: Path) -> GeneratorData:
    openapi = parse(normalised.document.data, _config(normalised.document.path, tmp_path / "out"))
    assert isinstance(openapi, GeneratorData), openapi
    normalised.apply(openapi)
    return openapi


def _changed(before: Any, after: Any, here: Pointer = ()) -> list[Pointer]:
    """The pointers where two plain-data trees differ (a whole node when its keys or type differ)."""
    if isinstance(before, dict) and isinstance(after, dict) and before.keys() == after.keys():
        return [p for key in before for p in _changed(before[key], after[key], (*here, key))]
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return [
            p for i, (b, a) in enumerate(zip(before, after, strict=True)) for p in _changed(b, a, (*here, i))
        ]
    return [] if before == after else [here]


def _related(one: Pointer, two: Pointer) -> bool:
    shorter = min(len(one), len(two))
    return tuple(one[:shorter]) == tuple(two[:shorter])


def test_every_repair_has_a_fixture_and_a_reason() -> None:
    ids = _repair_ids()
    assert ids == sorted(path.name for path in FIXTURES.iterdir() if path.is_dir())
    for repair_id in ids:
        assert REPAIRS[repair_id].why and REPAIRS[repair_id].phase in ("schema", "generate")


@pytest.mark.parametrize("repair_id", _repair_ids())
def test_repair_fires_on_its_fixture_and_changes_only_what_it_reports(repair_id: str) -> None:
    document = load_document(FIXTURES / repair_id / "input.yaml")
    original = copy.deepcopy(document.data)
    normalised = run_phase(document, REPAIRS[repair_id].phase, frozenset({repair_id}))

    lines = [f"{p.line}:{p.column} {p.rule}: {p.message}" for p in normalised.problems]
    assert lines == (FIXTURES / repair_id / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert {p.level for p in normalised.problems} == {"warning"}
    assert document.data == original  # the caller's document is never changed

    reported = [tuple(_pointer_of(document, p.line, p.column)) for p in normalised.problems]
    changed = _changed(original, normalised.document.data)
    assert changed or normalised.fixups, "the repair reported changes but made none"
    for pointer in changed:
        assert any(_related(pointer, where) for where in reported), f"unreported change at {pointer}"


def _pointer_of(document: Document, line: int, column: int) -> Pointer:
    """The deepest pointer that starts at line:column (where a warning was placed)."""
    at = [pointer for pointer, mark in document.marks.items() if (mark.line, mark.column) == (line, column)]
    return max(at, key=len) if at else ()


@pytest.mark.parametrize("repair_id", [rid for rid in _repair_ids() if REPAIRS[rid].phase == "generate"])
def test_opc_reads_the_fixture_whole_after_normalising(repair_id: str, tmp_path: Path) -> None:
    normalised = normalise_for_opc(load_document(FIXTURES / repair_id / "input.yaml"))
    openapi = _parsed(normalised, tmp_path)
    assert _opc_errors(openapi) == []
    assert _endpoints(openapi) == _operations(normalised.document.data)


#: Repairs that change nothing in the data, only leave a fix-up for opc's model; they fire every time.
FIXUP_ONLY = {"string-default-literals"}


@pytest.mark.parametrize(
    "path",
    [FIXTURES / rid / "input.yaml" for rid in _repair_ids() if REPAIRS[rid].phase == "generate"]
    + sorted(ADVERSARIAL.glob("*.yaml")),
    ids=lambda path: f"{path.parent.name}/{path.name}",
)
def test_normalising_twice_changes_nothing_more(path: Path) -> None:
    once = normalise_for_opc(load_document(path))
    twice = normalise_for_opc(once.document)
    assert {p.rule for p in twice.problems} <= FIXUP_ONLY
    assert twice.document.data == once.document.data


@pytest.mark.parametrize("repair_id", [rid for rid in _repair_ids() if REPAIRS[rid].phase == "schema"])
def test_schema_repairs_clear_the_schema_check(repair_id: str) -> None:
    document = load_document(FIXTURES / repair_id / "input.yaml")
    assert list(schema_problems(document))
    repaired = repair_schema(document)
    assert [p.rule for p in repaired.problems] and list(schema_problems(repaired.document)) == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_fleets_own_specs_need_no_repair(provider: str) -> None:
    document = load_document(ROOT / "specs" / provider / "openapi.yaml")
    for normalised in (normalise_for_opc(document), repair_schema(document)):
        assert normalised.problems == [] and normalised.fixups == []
        assert normalised.document is document


def _generate(normalised: Normalised, tmp_path: Path, package: str) -> Path:
    """Render with opc (its own templates) after the fix-ups; return the package directory."""
    root = tmp_path / "gen"
    config = _config(normalised.document.path, root / package, package)
    openapi = _parsed(normalised, tmp_path)
    with contextlib.redirect_stdout(io.StringIO()):
        errors = UpstreamProject(openapi=openapi, config=config).build()
    assert errors == []
    return root / package


def _run(root: Path, code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_renamed_parameters_are_sent_under_the_spec_names(tmp_path: Path) -> None:
    normalised = normalise_for_opc(load_document(FIXTURES / "parameter-names" / "input.yaml"))
    package = _generate(normalised, tmp_path, "params_client")
    out = _run(
        package.parent,
        "import json, datetime\n"
        "from params_client.api.default import list_calls\n"
        "kw = list_calls._get_kwargs(start_time=datetime.date(2024, 1, 1), start_time_lt=datetime.date(2024, 2, 1),"
        " start_time_gt=datetime.date(2023, 1, 1), body_query='b', client_header='c')\n"
        "print(json.dumps({'params': kw['params'], 'headers': kw['headers']}, sort_keys=True))",
    )
    assert json.loads(out) == {
        "params": {
            "StartTime": "2024-01-01",
            "StartTime<": "2024-02-01",
            "StartTime>": "2023-01-01",
            "body": "b",
        },
        "headers": {"client": "c"},
    }


def test_renamed_properties_keep_their_json_keys(tmp_path: Path) -> None:
    normalised = normalise_for_opc(load_document(FIXTURES / "property-names" / "input.yaml"))
    package = _generate(normalised, tmp_path, "props_client")
    wire = {"DateCreated": "a", "DateCreated<": "b", "to_dict": "c", "additional_properties": 4, "extra": 5}
    out = _run(
        package.parent,
        "import json\nfrom props_client.models import Record\n"
        f"record = Record.from_dict({wire!r})\n"
        "print(json.dumps([record.date_created_field, record.to_dict_field, record.to_dict()], sort_keys=True))",
    )
    assert json.loads(out) == ["b", "c", wire]


def test_a_body_opc_cannot_send_is_sent_with_the_spec_content_type(tmp_path: Path) -> None:
    normalised = normalise_for_opc(load_document(FIXTURES / "unreadable-media-types" / "input.yaml"))
    package = _generate(normalised, tmp_path, "media_client")
    out = _run(
        package.parent,
        "from media_client.api.default import create_call\nfrom media_client.types import File\n"
        "kw = create_call._get_kwargs(body=File(payload=b'v=0'))\nprint(kw['headers']['Content-Type'], kw['content'])",
    )
    assert out.split() == ["application/sdp", "b'v=0'"]


ADVERSARIAL_CHECKS = {
    # spec values must survive as data, byte for byte, however they are spelled
    "enum_values": (
        "from adv.models import Mood\nprint(repr(sorted(m.value for m in Mood)))",
        repr(
            sorted(
                [
                    'say "hi"',
                    "back\\slash",
                    "{name}",
                    "{{x}}",
                    "it's",
                    "tab\tin",
                    "\u00e9t\u00e9",
                    "e\u0301te\u0301",
                ]
            )
        ),
    ),
    "literals": (
        "import inspect\nfrom adv.api.default import get_note\n"
        "sig = inspect.signature(get_note.sync)\nprint(repr([sig.parameters['q'].default, sig.parameters['tpl'].default]))",
        repr(['say "hi" \\ {name} }}', "{{x}} ''' \"\"\" \\n"]),
    ),
    "literals_model": (
        "from adv.models import GetNoteResponse200\nprint(repr(GetNoteResponse200().text))",
        repr('"""; import os; """'),
    ),
}


@pytest.mark.parametrize("spec", sorted(path.stem for path in ADVERSARIAL.glob("*.yaml")))
def test_adversarial_specs_generate_clients_that_import(spec: str, tmp_path: Path) -> None:
    document = load_document(ADVERSARIAL / f"{spec}.yaml")
    assert list(schema_problems(document)) == []  # valid specs: only opc has trouble with them
    normalised = normalise_for_opc(document)
    assert _opc_errors(_parsed(normalised, tmp_path / "check")) == []
    package = _generate(normalised, tmp_path, "adv")
    out = _run(
        package.parent,
        "import importlib, pkgutil, adv\n"
        "names = [m.name for m in pkgutil.walk_packages(adv.__path__, 'adv.')]\n"
        "[importlib.import_module(name) for name in names]\nprint(len(names))",
    )
    assert int(out) > 3
    for name, (code, expected) in ADVERSARIAL_CHECKS.items():
        if name.split("_model")[0] == spec:
            assert _run(package.parent, code).strip() == expected


REAL_SPECS = [
    "twilio/twilio_api_v2010.yaml",
    "twilio/twilio_conversations_v1.yaml",
    "openai/openapi-latest.yaml",
    "stripe/spec3-2023-08-10.yaml",
]


@pytest.mark.parametrize("spec", REAL_SPECS)
def test_real_specs_parse_whole_after_normalising(spec: str, tmp_path: Path) -> None:
    normalised = normalise_for_opc(load_document(REAL / spec))
    openapi = _parsed(normalised, tmp_path)
    assert _opc_errors(openapi) == []
    assert _endpoints(openapi) == _operations(normalised.document.data)
