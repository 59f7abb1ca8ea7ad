"""Every request a generated client makes goes through one keyword-only call of its runtime.

Read from the committed clients of the fleet: a resource method calls ``_request`` (or hands
the same keywords to ``_paginate``) with keywords only, imports nothing private from opc's
``api/`` modules, and the templates leave no residue (``pass`` under ``TYPE_CHECKING``,
attributes attached with ``setattr`` after a class)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from specfleet.generation.runtime._base_client import BaseClient

from .conftest import ROOT

CLIENTS = sorted(path for path in (ROOT / "generated").iterdir() if (path / "pyproject.toml").exists())
#: The runtime's request calls, and the keywords a resource method gives them.
CALLS = {"_request", "_request_async", "_paginate", "_paginate_async"}
KEYWORDS = {"method", "path", "path_params", "parts", "security", "cast_to", "options"}


def _modules(client: Path, folder: str) -> list[Path]:
    return sorted((client / client.name.replace("-", "_")).glob(f"{folder}/*.py"))


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


@pytest.mark.parametrize("client", CLIENTS, ids=lambda path: path.name)
def test_resource_methods_make_one_keyword_request_call(client: Path) -> None:
    methods = 0
    for module in _modules(client, "resources"):
        for function in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            calls = [
                node for node in ast.walk(function) if isinstance(node, ast.Call) and _called(node) in CALLS
            ]
            imports = [node for node in ast.walk(function) if isinstance(node, ast.ImportFrom)]
            for found in imports:
                assert not any(alias.name.startswith("_") for alias in found.names), ast.unparse(found)
            if not calls:
                continue
            methods += 1
            for call in calls:
                given = {keyword.arg for keyword in call.keywords}
                assert given <= KEYWORDS and {"method", "path", "security", "cast_to", "options"} <= given
                assert len(call.args) == (1 if _called(call).startswith("_paginate") else 0), ast.unparse(
                    call
                )
    assert methods > 0


@pytest.mark.parametrize("client", CLIENTS, ids=lambda path: path.name)
def test_no_template_residue(client: Path) -> None:
    package = client / client.name.replace("-", "_")
    for module in package.rglob("*.py"):  # an empty TYPE_CHECKING block kept alive by `pass`
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
                assert not any(isinstance(statement, ast.Pass) for statement in node.body), module
            # a class is written whole: nothing is attached to it after (``setattr(Model, ...)``)
            assert not (isinstance(node, ast.Call) and _called(node) == "setattr"), module
    for module in [package / "client.py", *_modules(client, "resources")]:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                assert _called(node) not in {"setattr", "_cast"} or module.name != "client.py", module
        properties = [
            item
            for cls in tree.body
            if isinstance(cls, ast.ClassDef)
            for item in cls.body
            if isinstance(item, ast.FunctionDef)
            and any(ast.unparse(d) == "property" for d in item.decorator_list)
        ]
        # a sub-resource is made once per client (cached_property), not looked up in a dict
        assert all(item.name.startswith("with_") for item in properties), module


def test_the_request_call_takes_keywords_only() -> None:
    for method in (BaseClient._request, BaseClient._request_async):
        parameters = list(inspect.signature(method).parameters.values())[1:]
        assert {parameter.name for parameter in parameters} == KEYWORDS
        assert all(parameter.kind is inspect.Parameter.KEYWORD_ONLY for parameter in parameters)
