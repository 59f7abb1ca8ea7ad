"""The loader keeps line numbers and refuses what PyYAML would silently accept."""

from __future__ import annotations

from pathlib import Path

import pytest

from specfleet.errors import SpecError
from specfleet.load import load_document, load_text

from .conftest import PROVIDERS, ROOT


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
