"""Our template layer over openapi-python-client's: what it depends on upstream, and the plain
Python runtime modules every client gets a copy of."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import openapi_python_client
import pytest

from specfleet.generation.render import RUNTIME_DIR

ROOT = Path(__file__).resolve().parents[1]
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"
UPSTREAM_VERSION = "0.29.1"
#: Upstream templates ours import, include or copy (see templates/UPSTREAM.md), as of UPSTREAM_VERSION.
UPSTREAM_SHA256 = {
    "endpoint_macros.py.jinja": "58edb8b4913db6ed4863c633fb39365364494398c8156c77151c6676f1b28fee",
    "model.py.jinja": "fd1c79680d51c06cfbb89809ad123750ba9add98b688036c04cabbf1f8ba40a0",
    "endpoint_module.py.jinja": "c1b2628053eb4875ba59566baa5ae907666f9cbfafa308d93f970a4404b7cd52",
    "property_templates/const_property.py.jinja": "d296884c11f3aafad6772d8cb71de0a3d08ad36c9ad197c0e727082f86f32659",
    "property_templates/list_property.py.jinja": "4390b5f673fdb10d1ae7f47fd2720a88dce53a4c64a6137549559566f9107a2c",
    "types.py.jinja": "93df9d75883a4eafac77dd21bc6907f3ef612e3f7841e08656618dcf6c4ce494",
    "property_templates/enum_property.py.jinja": "28f1074bdd5f0d7e66618c7e3e5b6e3b75467adf25a971922905df0bf3dcf126",
    "property_templates/date_property.py.jinja": "927595c05d7caa8004dc3f0ec9d8f12d79dc6afb9d0ab2ad52bf1f8a84a45e17",
    "property_templates/datetime_property.py.jinja": "c789d11d8ea26cb5ab637470b1c11049652bf6438434e36325212e40304d7ff9",
    "property_templates/uuid_property.py.jinja": "e56511359f8d3c68858c7f80718299ccc4bc9663b5ccb802b5fd472cc883d9a2",
    "property_templates/union_property.py.jinja": "03790f2710deaeb219c18e518ae183ad4a41eda1f78cf625d139edff7546cd26",
}
PACKAGES = {
    "numind-client": "numind_client",
    "timeular-client": "timeular_client",
    "actinia-client": "actinia_client",
    "pollination-client": "pollination_client",
}


def test_upstream_version_is_the_one_our_templates_were_checked_against() -> None:
    assert version("openapi-python-client") == UPSTREAM_VERSION, (
        "openapi-python-client changed: re-check every template in templates/UPSTREAM.md against the new "
        "release's, then update UPSTREAM_VERSION and UPSTREAM_SHA256 here"
    )


@pytest.mark.parametrize("name", sorted(UPSTREAM_SHA256))
def test_upstream_templates_we_depend_on_are_unchanged(name: str) -> None:
    digest = hashlib.sha256((UPSTREAM / name).read_bytes()).hexdigest()
    assert digest == UPSTREAM_SHA256[name], (
        f"upstream {name} changed: re-check templates/{name} (see templates/UPSTREAM.md: the macros we "
        "re-export or override, the lines we copied) against it, then record the new sha256"
    )


def test_every_upstream_template_we_name_is_recorded() -> None:
    """A template of ours that reaches upstream's must be listed, so a change to it is noticed."""
    named = set()
    for path in (ROOT / "templates").rglob("*.jinja"):
        text = path.read_text(encoding="utf-8")
        for part in text.split('"upstream/')[1:]:
            named.add(part.split('"')[0])
    assert named <= set(UPSTREAM_SHA256), named - set(UPSTREAM_SHA256)
    assert named >= {"endpoint_macros.py.jinja", "types.py.jinja"}


@pytest.mark.parametrize("directory", sorted(PACKAGES))
def test_runtime_modules_are_copied_verbatim(directory: str) -> None:
    package = ROOT / "generated" / directory / PACKAGES[directory]
    for module in sorted(RUNTIME_DIR.glob("*.py")):
        if module.name == "__init__.py":
            continue
        assert (package / module.name).read_bytes() == module.read_bytes(), module.name


def test_runtime_modules_pass_mypy_strict_on_their_own(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            str(RUNTIME_DIR),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
