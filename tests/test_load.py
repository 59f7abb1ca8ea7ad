"""The loader keeps line numbers and refuses what PyYAML would silently accept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from specfleet.checks.validate import check_project
from specfleet.errors import SpecError
from specfleet.layout import Project
from specfleet.spec.bundle import load_spec
from specfleet.spec.document import Mark
from specfleet.spec.load import load_document, load_text

from .conftest import DATA, PROVIDERS, ROOT


def load_error(text: str | bytes, tmp_path: Path) -> str:
    path = tmp_path / "spec.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(SpecError) as caught:
        load_document(path)
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


def test_duplicate_key_reports_the_second_line(tmp_path: Path) -> None:
    message = load_error("openapi: 3.1.0\ninfo:\n  title: a\n  version: '1'\n  title: b\n", tmp_path)
    assert message.startswith(
        f"{tmp_path / 'spec.yaml'}:5:3: error yaml: duplicate key 'title' (first at line 3)"
    )


def test_syntax_error_reports_its_line(tmp_path: Path) -> None:
    message = load_error("openapi: 3.1.0\npaths:\n  /a: [1, 2\n  /b: {}\n", tmp_path)
    assert ":4:" in message and "YAML syntax error" in message


def test_tags_are_refused(tmp_path: Path) -> None:
    message = load_error("openapi: 3.1.0\ninfo: !!python/object/apply:os.system ['true']\n", tmp_path)
    assert ":2:7:" in message and "tag" in message


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["openapi: 3.1.0", 'a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for index, name in enumerate("bcdefgh"):
        previous = "abcdefgh"[index]
        lines.append(f"{name}: &{name} [{', '.join(['*' + previous] * 10)}]")
    message = load_error("\n".join(lines) + "\n", tmp_path)
    assert "alias bomb" in message


def test_several_documents_are_refused(tmp_path: Path) -> None:
    assert ":2:1:" in load_error("openapi: 3.1.0\n---\nopenapi: 3.1.0\n", tmp_path)


def test_non_mapping_is_refused(tmp_path: Path) -> None:
    assert "not a mapping" in load_error("- openapi\n", tmp_path)


def test_non_utf8_reports_the_byte(tmp_path: Path) -> None:
    message = load_error(b"openapi: 3.1.0\ninfo:\n  title: caf\xe9\n", tmp_path)
    assert ":3:13: error encoding" in message


def test_empty_file_is_refused(tmp_path: Path) -> None:
    assert "empty" in load_error("", tmp_path)


def test_scalars_follow_yaml_1_2_and_keys_stay_text(tmp_path: Path) -> None:
    document = load_text(tmp_path / "x.yaml", "a: on\nb: 2024-01-01\n200: x\nc: 0x1F\nd: 1.5\ne: ~\nf: '7'\n")
    assert document.data == {"a": "on", "b": "2024-01-01", "200": "x", "c": 31, "d": 1.5, "e": None, "f": "7"}


def test_marks_point_at_keys(tmp_path: Path) -> None:
    document = load_text(tmp_path / "x.yaml", "paths:\n  /pets:\n    get:\n      summary: x\n")
    mark = document.mark(("paths", "/pets", "get", "summary"))
    assert (mark.line, mark.column) == (4, 7)
    # A pointer that does not exist falls back to its nearest ancestor.
    assert document.mark(("paths", "/pets", "get", "nope")).line == 3


@pytest.mark.parametrize("provider", PROVIDERS)
def test_provider_specs_load(provider: str) -> None:
    document = load_document(ROOT / "specs" / provider / "openapi.yaml")
    assert document.data["openapi"] == "3.1.0"
    # load_spec hands a one-file spec back exactly as loaded: nothing bundled, nothing copied
    spec = load_spec(ROOT / "specs" / provider / "openapi.yaml")
    assert spec.data == document.data and spec.marks == document.marks and not spec.origins


# --- YAML mistakes, said in terms of the fix ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "where", "says"),
    [
        (
            "openapi: 3.1.0\ninfo:\n\ttitle: x\n",
            ":3:1:",
            "a tab is indenting line 3; YAML indents with spaces",
        ),
        ("openapi: 3.1.0\ninfo:\n  title: x\n  \tversion: '1'\n", ":4:3:", "a tab is indenting line 4"),
        (
            "info:\n  title: Note: this\n",
            ":2:14:",
            "a second ': ' on line 2; a value that contains ': ' must be quoted",
        ),
        ("info:\n  title x\n  version: '1'\n", ":3:10:", "is the line above missing its ':'?"),
        (
            "info:\n  title: x\n version: '1'\n",
            ":3:2:",
            "line 3 does not line up with the keys of the mapping",
        ),
        ("tags:\n  - name: a\n  name: b\n", ":3:3:", "line 3 is a 'key: value' among the items of the list"),
        ('info:\n  title: "x\n', ":3:1:", "the quoted string opened at line 2, column 10 is never closed"),
        ("info:\n  title: @x\n", ":2:10:", "cannot start with '@'"),
        ("info:\n  title: `x`\n", ":2:10:", "cannot start with '`'"),
        ('info:\n  title: "a\\d"\n', ":2:12:", "unknown backslash escape"),
        ('info:\n  title: "x" y\n', ":2:14:", "text after the closing quote on line 2"),
        ("info:\n  title: 'it's'\n", ":2:14:", "write a ' twice: 'it''s'"),
        ("  openapi: 3.1.0\ninfo: {}\n", ":2:1:", "line 2 is indented less than the first key"),
        ("tags: - name: a\n", ":1:7:", "a '- ' list item on line 1 cannot follow its key on the same line"),
        ("info:\n  title: a\n  multi\n  line: x\n", ":4:3:", "line 3 has no ':'"),
        (
            "paths:\n  /a: [1, 2\n  /b: {}\n",
            ":3:5:",
            "the '[' opened at line 2, column 7 is not closed before line 3",
        ),
    ],
)
def test_yaml_mistakes_say_what_to_fix(text: str, where: str, says: str, tmp_path: Path) -> None:
    message = load_error(text, tmp_path)
    assert where in message and "YAML syntax error: " in message
    assert says in message


# --- JSON specs ----------------------------------------------------------------------------------

JSON_SPEC = DATA / "json" / "openapi.json"


def json_error(text: str | bytes, tmp_path: Path) -> str:
    path = tmp_path / "openapi.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(SpecError) as caught:
        load_document(path)
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


def test_json_spec_loads_like_its_yaml_twin() -> None:
    """The JSON file is the bundled multi-file petstore, tab-indented, with ``\\/`` escapes."""
    document = load_document(JSON_SPEC)
    assert "\t" in document.text and "\\/" in document.text
    assert document.data == load_spec(DATA / "multifile" / "petstore" / "openapi.yaml").data
    assert document.data["servers"][0]["url"] == "https://pets.example.com/v1"


def test_json_marks_point_at_keys_with_tab_columns() -> None:
    document = load_document(JSON_SPEC)
    lines = document.text.splitlines()
    for pointer in [
        ("openapi",),
        ("paths", "/pets", "get", "operationId"),
        ("servers", 0, "url"),
        ("tags", 0),
    ]:
        mark = document.mark(pointer)
        line = lines[mark.line - 1]
        assert line[: mark.column - 1].strip("\t") == ""  # only the indenting tabs come before it
        key = pointer[-1]
        expected = "{" if isinstance(key, int) else '"' + str(key).replace("/", "\\/") + '"'
        assert line[mark.column - 1 :].startswith(expected), (pointer, line)


def _pointers(node: Any, pointer: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    yield pointer
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        yield from _pointers(value, (*pointer, key))


@pytest.mark.parametrize("path", [JSON_SPEC, ROOT / "specs" / "timeular" / "openapi.yaml"])
def test_every_node_has_a_mark(path: Path) -> None:
    document = load_document(path)
    assert sorted(map(str, _pointers(document.data))) == sorted(map(str, document.marks))


def test_json_marks_on_one_long_line(tmp_path: Path) -> None:
    text = '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}'
    document = load_text(tmp_path / "x.json", text)
    assert document.mark(("info", "version")) == Mark(1, text.index('"version"') + 1)
    assert document.mark(("paths",)) == Mark(1, text.index('"paths"') + 1)


def test_json_duplicate_key_names_both_lines(tmp_path: Path) -> None:
    text = '{\n  "openapi": "3.1.0",\n  "info": {\n    "title": "a",\n    "version": "1",\n    "title": "b"\n  }\n}\n'
    message = json_error(text, tmp_path)
    assert message.startswith(
        f"{tmp_path / 'openapi.json'}:6:5: error json: duplicate key 'title' (first at line 4)"
    )


def test_json_duplicate_key_on_one_line_names_the_column(tmp_path: Path) -> None:
    message = json_error('{"openapi": "3.1.0", "openapi": "3.0.3"}', tmp_path)
    assert ":1:22: error json: duplicate key 'openapi' (first at column 2)" in message


@pytest.mark.parametrize(
    ("text", "where", "says"),
    [
        ('{\n  "a": 1,\n}\n', ":3:1:", "no trailing comma"),
        ('{\n  "a": [1, 2,]\n}\n', ":2:14:", "no trailing comma"),
        ('{\n  "a": 1\n  "b": 2\n}\n', ":3:3:", "a ',' is missing after the value of 'a'"),
        ("{\n  'a': 1\n}\n", ":2:3:", "double quotes"),
        ('{\n  // note\n  "a": 1\n}\n', ":2:3:", "comments are not allowed in JSON"),
        ('{\n  "a": "one\ntwo"\n}\n', ":2:12:", "JSON strings cannot span lines"),
        ('{\n  "a": {\n    "b": 1\n', ":4:1:", "the file ends before the '{' at line 2 is closed"),
        ('{\n  "a" 1\n}\n', ":2:7:", "expected ':' after the key 'a'"),
        ('{\n  "a": NaN\n}\n', ":2:8:", "NaN and Infinity are not JSON numbers"),
        ('{\n  "a": tru\n}\n', ":2:8:", "expected a value"),
        ('{"a": "\\q"}', ":1:8:", "invalid \\escape"),
        ('{"a": 1} {"b": 2}', ":1:10:", "more text after the end of the JSON document"),
        ("", ":1:1:", "the file is empty"),
        ('{"a": ' + "1" * 5000 + "}", ":1:7:", "an integer too long to read"),
        ("[1, 2]", ":1:1:", "not an object"),
        ('{"a": ' + "[" * 300 + "]" * 300 + "}", ":1:206:", "nesting deeper than 200 levels"),
    ],
)
def test_json_syntax_errors_name_the_line(text: str, where: str, says: str, tmp_path: Path) -> None:
    message = json_error(text, tmp_path)
    assert where in message and " error json: " in message, message
    assert says in message, message


def test_json_non_utf8_is_refused(tmp_path: Path) -> None:
    message = json_error(b'{\n  "openapi": "3.1.0",\n  "info": {"title": "caf\xe9"}\n}\n', tmp_path)
    assert ":3:25: error encoding: the file is not UTF-8" in message


# --- where a provider's root spec lives ----------------------------------------------------------


@pytest.mark.parametrize("name", ["openapi.yaml", "openapi.yml", "openapi.json"])
def test_provider_spec_may_be_yaml_yml_or_json(name: str, tmp_path: Path) -> None:
    folder = tmp_path / "specs" / "pets"
    folder.mkdir(parents=True)
    (folder / name).write_bytes(JSON_SPEC.read_bytes())
    [provider] = Project(tmp_path).providers()
    assert provider.name == "pets" and provider.spec_path == folder / name


def test_provider_with_two_root_specs_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "specs" / "pets"
    folder.mkdir(parents=True)
    (folder / "openapi.yaml").write_text("openapi: 3.1.0\n")
    (folder / "openapi.json").write_text('{"openapi": "3.1.0"}\n')
    with pytest.raises(SpecError) as caught:
        check_project(Project(tmp_path))
    assert str(caught.value) == (
        f"{folder / 'openapi.json'}:1:1: error spec-file: openapi.yaml is here too; "
        "keep one root spec per provider (delete one of them)"
    )


def test_json_provider_validates_in_the_fleet(tmp_path: Path) -> None:
    folder = tmp_path / "specs" / "pets"
    folder.mkdir(parents=True)
    (folder / "openapi.json").write_bytes(JSON_SPEC.read_bytes())
    (folder / "client.toml").write_text(
        'distribution = "pets-client"\npackage = "pets_client"\nversion = "1.0.0"\ndescription = "Pets"\n'
    )
    [report] = check_project(Project(tmp_path))
    assert report.path.name == "openapi.json" and report.problems == []
    assert report.document is not None and report.document.data["info"]["title"] == "Split petstore"


def test_json_key_longer_than_libyaml_allows(tmp_path: Path) -> None:
    key = "x-" + "k" * 1100
    document = load_text(tmp_path / "x.json", '{"openapi": "3.1.0",\n "' + key + '": 1}')
    assert document.data[key] == 1 and document.mark((key,)) == Mark(2, 2)


DATA_REFS = """\
openapi: 3.1.0
info:
  title: data refs
  version: "1"
  description: {$ref: "https://example.com/intro.md"}
paths: {}
components:
  schemas:
    Pet:
      type: object
      examples: [{$ref: "https://example.com/a.json"}]
      default: {$ref: "https://example.com/b.json"}
      properties:
        example: {type: string, example: {$ref: "https://example.com/c.json"}}
  examples:
    One: {value: {$ref: "https://example.com/d.json"}}
"""


def test_a_ref_inside_data_is_data_and_a_url_description_is_text(tmp_path: Path) -> None:
    """A ``$ref`` in an example, default or Example value is what the value looks like: never
    followed or refused; a URL given as a description is refused strictly, kept as text leniently."""
    spec = tmp_path / "openapi.yaml"
    spec.write_text(DATA_REFS)
    with pytest.raises(SpecError) as raised:
        load_spec(spec)
    assert [(p.line, p.rule) for p in raised.value.problems] == [(5, "ref-safe")]
    assert "as a description names a page outside the spec" in raised.value.problems[0].message
    warnings: list[Any] = []
    document = load_spec(spec, lenient=True, warnings=warnings)
    assert [(w.line, w.rule) for w in warnings] == [(5, "ref-unresolved")]
    assert document.data["info"]["description"] == "https://example.com/intro.md"
    pet = document.data["components"]["schemas"]["Pet"]
    assert pet["examples"] == [{"$ref": "https://example.com/a.json"}]
    assert pet["default"] == {"$ref": "https://example.com/b.json"}
    assert pet["properties"]["example"]["example"] == {"$ref": "https://example.com/c.json"}
    assert document.data["components"]["examples"]["One"]["value"] == {"$ref": "https://example.com/d.json"}
