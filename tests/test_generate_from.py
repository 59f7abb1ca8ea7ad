"""``specfleet generate --from SPEC --out DIR --name NAME``: any spec, outside the fleet layout.

The real published specs (../shared/real-specs) are the measure: each must generate whole,
one operation module per operation, and compile and import like any package.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from specfleet import cli
from specfleet.spec.bundle import load_spec

from .conftest import DATA, ROOT, CliRunner, RecordingServer, tree_snapshot
from .support.real_specs import load_errors, mypy_errors

REAL_SPECS = ROOT.parent / "shared" / "real-specs"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

TINY = """\
openapi: 3.1.0
info: {title: Tiny, version: 2.3.4}
servers: [{url: 'https://tiny.example'}]
paths:
  /things/{id}:
    get:
      operationId: getThing
      tags: [things]
      summary: One thing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: the thing
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
"""


def operation_count(spec: Path) -> int:
    paths = load_spec(spec, lenient=True).data.get("paths") or {}
    return sum(1 for item in paths.values() for method in HTTP_METHODS if method in item)


def operation_modules(client: Path, package: str) -> list[Path]:
    return [path for path in (client / package / "api").rglob("*.py") if path.name != "__init__.py"]


def assert_compiles_and_imports(client: Path, package: str) -> None:
    assert load_errors(client, package) == ""


def test_tiny_spec_generates_a_named_package(run_cli: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(TINY)
    result = run_cli("generate", "--from", str(spec), "--out", str(tmp_path / "out"), "--name", "tiny-api")
    assert result.returncode == 0, result.stderr
    client = tmp_path / "out" / "tiny-api-client"
    assert (client / "tiny_api_client" / "api" / "things" / "get_thing.py").is_file()
    assert 'version = "2.3.4"' in (client / "pyproject.toml").read_text()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["tiny-api-client"], "scratch left behind"
    assert_compiles_and_imports(client, "tiny_api_client")


def test_failure_leaves_no_half_written_client(run_cli: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(TINY)
    out = tmp_path / "out"
    assert run_cli("generate", "--from", str(spec), "--out", str(out), "--name", "tiny").returncode == 0
    before = tree_snapshot(out)
    spec.write_text(TINY.replace("{type: string}}\n      responses", "{type: strin}}\n      responses"))
    result = run_cli("generate", "--from", str(spec), "--out", str(out), "--name", "tiny")
    assert result.returncode == 1
    assert re.search(r"tiny\.yaml:\d+:\d+: error openapi-schema: ", result.stderr), result.stderr
    assert "Traceback" not in result.stderr
    assert tree_snapshot(out) == before, "a failed run changed the existing client"
    assert sorted(p.name for p in out.iterdir()) == ["tiny-client"]


def test_failure_on_a_new_client_leaves_the_directory_empty(run_cli: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(TINY.replace("'200'", "'2000'"))
    out = tmp_path / "out"
    result = run_cli("generate", "--from", str(spec), "--out", str(out), "--name", "tiny")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() or list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--name", "Bad_Name"], "--name 'Bad_Name': use lower-case letters"),
        (
            ["--name", "x", "timeular"],
            "--from SPEC needs --out DIR and --name NAME (or --config client.toml), and no provider names",
        ),
    ],
)
def test_bad_arguments_are_one_line(
    run_cli: CliRunner, tmp_path: Path, args: list[str], expected: str
) -> None:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(TINY)
    result = run_cli("generate", "--from", str(spec), "--out", str(tmp_path / "out"), *args)
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_internal_error_is_exit_2_and_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import specfleet.generation.render

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(specfleet.generation.render, "generate_from", broken)
    code = cli.main(["generate", "--from", "x.yaml", "--out", "out", "--name", "x"])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "internal error: KeyError: 'surprise'" in err and "please report it" in err


#: Specs of shapes our own never have: unusual names, every security scheme, JSON, split over
#: files, and the adversarial specs the normaliser's tests read.
UNUSUAL = [
    *sorted((DATA / "generate").glob("*.yaml")),
    DATA / "json" / "openapi.json",
    DATA / "multifile" / "petstore" / "openapi.yaml",
    *sorted((DATA / "adversarial").glob("*.yaml")),
]


@pytest.mark.slow
@pytest.mark.parametrize("spec", UNUSUAL, ids=lambda spec: f"{spec.parent.name}/{spec.name}")
def test_unusual_specs_generate_typed_clients(spec: Path, run_cli: CliRunner, tmp_path: Path) -> None:
    """Valid specs with shapes our own never have: the client compiles, imports and passes mypy."""
    result = run_cli("generate", "--from", str(spec), "--out", str(tmp_path), "--name", "odd", "--lenient")
    assert result.returncode == 0, result.stderr[-3000:]
    client = tmp_path / "odd-client"
    assert len(operation_modules(client, "odd_client")) == operation_count(spec)
    assert_compiles_and_imports(client, "odd_client")
    assert mypy_errors(client) == ""


def test_every_kind_of_security_scheme_sends_its_credential(
    run_cli: CliRunner, tmp_path: Path, recording_server: RecordingServer
) -> None:
    """Schemes our templates don't name are mapped onto ones they do, and still send the right thing."""
    spec = DATA / "generate" / "security-schemes.yaml"
    result = run_cli("generate", "--from", str(spec), "--out", str(tmp_path), "--name", "sec")
    assert result.returncode == 0, result.stderr
    for path in ("/digest", "/mtls", "/machine", "/open"):
        recording_server.reply(f"GET {path}", 204)
    script = f"""
from sec_client import Client
from sec_client.auth import api_key, api_key_scheme, digest, json_scheme, machine, mtls, oidc
from sec_client.api.secure import as_machine, inherited, with_certificate, with_digest
base = {recording_server.base_url!r}
with_digest.sync_detailed(client=Client(base_url=base, credentials={{"digest": digest("d1")}}))
with_certificate.sync_detailed(client=Client(base_url=base, credentials={{"mtls": mtls()}}))
keys = {{"api-key": api_key("k1"), "api_key": api_key_scheme("k2")}}
as_machine.sync_detailed(client=Client(base_url=base, credentials=keys))
inherited.sync_detailed(client=Client(base_url=base, credentials={{"json": json_scheme("s1")}}))
inherited.sync_detailed(client=Client(base_url=base, credentials={{"oidc": oidc("t1")}}))
as_machine.sync_detailed(client=Client(base_url=base, credentials={{"machine": machine("m1")}}))
"""
    ran = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path / "sec-client",
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    sent = [
        (r.path, r.headers.get("Authorization"), r.headers.get("X-Key"), r.headers.get("Cookie"))
        for r in recording_server.requests
    ]
    assert sent == [
        ("/digest", "Digest d1", None, None),
        ("/mtls", None, None, None),
        ("/machine?key=k2", None, "k1", None),
        ("/open", None, None, "session=s1"),
        ("/open", "Bearer t1", None, None),
        ("/machine", "Bearer m1", None, None),
    ]


def test_models_rendered_in_two_processes_are_the_same_files(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Big specs render their models in a forked child too; the output must not depend on it."""
    import specfleet.generation.render as generate

    spec = REAL_SPECS / "twilio" / "twilio_conversations_v1.yaml"
    trees = []
    for threshold in (10**9, 1):
        monkeypatch.setattr(generate, "PARALLEL_MODELS", threshold)
        out = tmp_path / str(threshold)
        generate.generate_from(spec, out, "conv", lenient=True)
        trees.append(tree_snapshot(out))
    assert trees[0] == trees[1]
    assert sum(name.startswith("conv-client/conv_client/models/") for name in trees[0]) > 100


LOOSE = DATA / "generate" / "loosely-typed.yaml"


def test_lenient_run_types_refused_parts_loosely_and_says_how_typed(
    run_cli: CliRunner, tmp_path: Path
) -> None:
    """A schema opc refuses and a path parameter never declared: whole client, one summary line."""
    out = str(tmp_path / "out")
    result = run_cli("generate", "--from", str(LOOSE), "--out", out, "--name", "loose", "--lenient")
    assert result.returncode == 0, result.stderr
    summary = "2/2 operations generated, 2/3 models typed exactly, 2 part(s) typed loosely (model-any 1, path-parameter 1)"
    assert summary in result.stderr.splitlines()[-2]
    assert "typed loosely as" not in result.stderr  # each part is listed only with --explain
    client = tmp_path / "out" / "loose-client"
    assert len(operation_modules(client, "loose_client")) == operation_count(LOOSE) == 2

    explained = run_cli(
        "generate", "--from", str(LOOSE), "--out", out, "--name", "loose", "--lenient", "--explain"
    )
    lines = [line for line in explained.stderr.splitlines() if "typed loosely as" in line]
    pet = line_of(LOOSE, "    Pet:")
    assert [line.split(": warning ")[0] for line in lines] == [f"{LOOSE}:19:5", f"{LOOSE}:{pet}:5"]

    as_json = run_cli(
        "generate", "--from", str(LOOSE), "--out", out, "--name", "loose", "--lenient", "--format", "json"
    )
    figures = json.loads(as_json.stdout)
    assert (figures["operations"], figures["models"], figures["loosened"]) == (
        {"generated": 2, "in_spec": 2},
        {"exact": 2, "in_spec": 3},
        {"model-any": 1, "path-parameter": 1},
    )


def test_strict_run_ends_with_what_lenient_would_repair(run_cli: CliRunner, tmp_path: Path) -> None:
    result = run_cli("generate", "--from", str(LOOSE), "--out", str(tmp_path), "--name", "loose")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert re.search(r"loosely-typed\.yaml:19:5: error path-parameter-declared: ", lines[0]), lines
    assert lines[-1] == "--lenient would repair 1 of these 1 error(s) (as warnings, or parts typed loosely)"
    assert not (tmp_path / "loose-client").exists()


def line_of(path: Path, needle: str) -> int:
    return next(
        number for number, line in enumerate(path.read_text().splitlines(), 1) if line.startswith(needle)
    )


SHADOWING = DATA / "generate" / "shadowing-parameters.yaml"
MESSAGES = DATA / "generate" / "lenient-messages.yaml"


def test_parameters_named_like_a_methods_own_options_are_renamed_and_the_check_runs_from_a_relative_out(
    run_cli: CliRunner, tmp_path: Path
) -> None:
    """``timeout``, ``extra_headers``... as parameters would repeat the resource method's own
    arguments; with ``--out`` relative to the working directory the compile check still runs."""
    result = run_cli(
        "generate", "--from", str(SHADOWING), "--out", "out", "--name", "shadow", "--lenient", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    for name in ("extra_headers", "extra_query", "extra_body"):
        assert re.search(
            rf"parameter '{name}' would shadow the generated function's own '{name}'", result.stderr
        )
    assert "'userId' makes the same Python name as another parameter ('user_id')" in result.stderr
    assert_compiles_and_imports(tmp_path / "out" / "shadow-client", "shadow_client")


def test_lenient_messages_name_the_version_the_loop_and_the_default(
    run_cli: CliRunner, tmp_path: Path
) -> None:
    result = run_cli(
        "generate", "--from", str(MESSAGES), "--out", str(tmp_path), "--name", "messages", "--lenient"
    )
    assert result.returncode == 0, result.stderr
    err = result.stderr
    assert (
        f'{MESSAGES}:4:3: warning version-number: info.version: 1.10 was read as the number 1.1; quote it ("1.10")'
        in err
    )
    assert "loops back on itself without reaching a schema: Alpha -> Beta -> Alpha" in err
    assert "unused-component-schema: component schema 'Alpha'" not in err
    assert f"{MESSAGES}:{line_of(MESSAGES, '        at:')}:" in err and "default dropped" in err
    assert "never-fetched" not in err  # an example's $ref is data: not followed, not refused
    client = tmp_path / "messages-client"
    stamp = (client / "messages_client" / "models" / "stamp.py").read_text()
    assert "at: datetime.datetime | Unset = UNSET" in stamp  # the model stays exact, only the default went
    assert len(operation_modules(client, "messages_client")) == 2
    assert_compiles_and_imports(client, "messages_client")


def test_a_module_that_fails_is_mapped_to_the_spec_part_that_made_it() -> None:
    from specfleet.normalise.loosening import part_of_output

    data = load_spec(MESSAGES, lenient=True).data
    model = part_of_output(
        data, "messages-client/messages_client/models/stamp.py:3: generated code fails to import: X"
    )
    endpoint = part_of_output(
        data,
        "messages-client/messages_client/api/a/get_a.py:9: generated code does not compile: invalid syntax",
    )
    assert model is not None and (model.pointer, model.rule) == (
        ("components", "schemas", "Stamp"),
        "model-any",
    )
    assert endpoint is not None and (endpoint.pointer, endpoint.rule) == (
        ("paths", "/a/{id}", "get"),
        "operation-any",
    )
    assert (
        part_of_output(data, "messages-client/messages_client/client.py:1: generated code fails to import: X")
        is None
    )


MALFORMED = DATA / "generate" / "malformed-keywords.yaml"


def test_malformed_keywords_are_the_specs_errors_never_an_internal_one(
    run_cli: CliRunner, tmp_path: Path
) -> None:
    """``pattern: 5`` crashed the JSON Schema checks inside the default and example rules."""
    strict = run_cli("generate", "--from", str(MALFORMED), "--out", str(tmp_path), "--name", "malformed")
    assert strict.returncode == 1 and "internal error" not in strict.stderr, strict.stderr
    lenient = run_cli(
        "generate", "--from", str(MALFORMED), "--out", str(tmp_path), "--name", "malformed", "--lenient"
    )
    assert lenient.returncode == 0, lenient.stderr
    assert (
        f"{MALFORMED}:{line_of(MALFORMED, '        mood:')}:" in lenient.stderr
    )  # the enum's default, dropped
    assert_compiles_and_imports(tmp_path / "malformed-client", "malformed_client")


def test_a_module_that_does_not_parse_is_left_to_the_import_check(tmp_path: Path) -> None:
    """Cutting stubs must not end the run with a traceback: the import check names the file and line."""
    from specfleet.generation.render import stubs_beside

    good, bad = tmp_path / "good.py", tmp_path / "bad.py"
    good.write_text("def f(a: int) -> int:\n    return a\n")
    bad.write_text("def f(a: int, a: int) -> int:\n    return (\n")
    stubs_beside([bad, good])
    assert (tmp_path / "good.pyi").is_file() and not (tmp_path / "bad.pyi").exists()


def test_a_failing_line_of_a_resource_module_is_the_operation_its_method_calls(tmp_path: Path) -> None:
    from specfleet.normalise.loosening import part_of_output

    data = load_spec(MESSAGES, lenient=True).data
    module = tmp_path / "m-client" / "m_client" / "resources" / "a.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "class A:\n    def get(\n        self,\n    ) -> None:\n"
        "        from ..api.a.get_a import _get_kwargs\n        return _cast('broken', result)\n"
    )
    for line in (3, 6):  # the signature and the body
        found = part_of_output(
            data, f"m-client/m_client/resources/a.py:{line}:5: generated code does not compile: x", tmp_path
        )
        assert found is not None and found.pointer == ("paths", "/a/{id}", "get")
    module.write_text(  # as the resource template writes it
        "class A:\n    def get(\n        self,\n    ) -> None:\n"
        "        from ..api.a import get_a as _operation\n        result: 'broken = 1\n"
    )
    found = part_of_output(
        data, "m-client/m_client/resources/a.py:6:9: generated code does not compile: x", tmp_path
    )
    assert found is not None and found.pointer == ("paths", "/a/{id}", "get")


def test_a_path_that_names_one_parameter_twice_sends_it_in_both_places(
    run_cli: CliRunner, tmp_path: Path, recording_server: RecordingServer
) -> None:
    """``/orgs/{id}/members/{id}`` has one parameter written twice: the method takes it once;
    ``/boxes/{box_id}/items/{boxId}`` has two whose names meet once snake_cased: each keeps its place."""
    spec = DATA / "generate" / "repeated-path-parameter.yaml"
    result = run_cli("generate", "--from", str(spec), "--out", str(tmp_path), "--name", "rp", "--lenient")
    assert result.returncode == 0, result.stderr
    recording_server.reply("GET /orgs/o1/members/o1", 200, {"name": "n"})
    recording_server.reply("GET /things/t1/parts/7", 200, {})
    recording_server.reply("GET /boxes/b1/items/b2", 200, {})
    script = f"""
from rp_client import Client
with Client(base_url={recording_server.base_url!r}) as client:
    print(client.orgs.members.retrieve("o1").name)
    client.things.parts.retrieve("t1", 7)
    client.boxes.items.retrieve("b1", "b2")
"""
    ran = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path / "rp-client",
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "n"
    assert [r.path for r in recording_server.requests] == [
        "/orgs/o1/members/o1",
        "/things/t1/parts/7",
        "/boxes/b1/items/b2",
    ]
