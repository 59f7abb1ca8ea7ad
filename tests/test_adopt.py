"""Clients adopted from a published spec tell the truth: names, license, authors and source from
``--config client.toml`` or the spec itself, auth helpers from its security schemes."""

from __future__ import annotations

import importlib
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from specfleet.generation.render import generate_from

SPEC = Path(__file__).parent / "data" / "clients" / "adopted" / "openapi.yaml"
CONFIG = SPEC.parent / "client.toml"


@pytest.fixture
def imported() -> Iterator[list[Path]]:
    """Directories put on sys.path by a test, and the packages imported from them, undone after."""
    paths: list[Path] = []
    yield paths
    for path in paths:
        sys.path.remove(str(path))
    for name in [name for name in sys.modules if name.split(".")[0] in ("acme_widgets", "widgets_client")]:
        del sys.modules[name]


def test_config_names_licenses_and_renames(tmp_path: Path, imported: list[Path]) -> None:
    config = tmp_path / "client.toml"  # generate records the names it chose in it
    config.write_text(CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
    target, _ = generate_from(SPEC, tmp_path, None, lenient=True, config=config)
    assert target.name == "acme-widgets"
    project = tomllib.loads((target / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "acme-widgets"
    assert project["license"] == "MIT"
    assert project["authors"] == [{"name": "Acme Platform Team", "email": "platform@acme.example"}]
    readme = (target / "README.md").read_text(encoding="utf-8")
    assert "the spec https://widgets.example/openapi.yaml (version 2.1.0)" in readme
    assert "pip install ./acme-widgets" in readme
    sys.path.insert(0, str(target))
    imported.append(target)
    package = importlib.import_module("acme_widgets")
    with package.with_token("t") as client:
        assert callable(client.widgets.twirl) and callable(client.widgets.list)


def test_without_config_the_spec_says_license_authors_and_helpers(
    tmp_path: Path, imported: list[Path]
) -> None:
    target, _ = generate_from(SPEC, tmp_path, "widgets", lenient=True)
    project = tomllib.loads((target / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0"
    assert project["authors"] == [{"name": "Widgets Inc.", "email": "api@widgets.example"}]
    readme = (target / "README.md").read_text(encoding="utf-8")
    assert "the spec `openapi.yaml`, adopted as published (version 2.1.0)" in readme
    assert 'client = widgets_client.with_token("<token>")' in readme
    assert 'client = widgets_client.with_api_key("<token>")' in readme
    sys.path.insert(0, str(target))
    imported.append(target)
    package = importlib.import_module("widgets_client")
    with package.with_api_key("k") as client:
        assert "KeyHeader" in client.credentials
        assert callable(client.widgets.spin)


def test_a_license_that_is_no_spdx_expression_is_refused(tmp_path: Path) -> None:
    from specfleet.errors import SpecError

    config = tmp_path / "client.toml"
    config.write_text(
        CONFIG.read_text(encoding="utf-8").replace('"MIT"', '"MIT\\" evil = \\"1"'), encoding="utf-8"
    )
    with pytest.raises(SpecError, match="license"):
        generate_from(SPEC, tmp_path / "out", None, lenient=True, config=config)


CLASHING = """openapi: 3.1.0
info: {title: Things, version: 1.0.0}
paths:
  /things/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    post:
      operationId: replaceThing
      responses: {'204': {description: done}}
    patch:
      operationId: patchThing
      responses: {'204': {description: done}}
"""


def test_a_name_the_rules_had_to_change_is_a_warning_at_its_operation(tmp_path: Path) -> None:
    spec = tmp_path / "things.yaml"
    spec.write_text(CLASHING, encoding="utf-8")
    _, warnings = generate_from(spec, tmp_path / "out", "things", lenient=True)
    named = [str(problem) for problem in warnings if problem.rule == "resource-name"]
    assert named == [
        f"{spec}:6:5: warning resource-name: POST /things/{{id}}: things.update is another "
        "operation's; named things.replace_thing"
    ]
