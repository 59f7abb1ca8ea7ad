"""A client's method names are decided once and kept: no endpoint added later moves one.

The rules are checked on every route set the fleet's specs give, and on one that has every
shape the naming rules read, against additions generated from each set's own paths: a new
method on a path, a new path below one (a part, an item, an action, a sub-collection), and
a new path outside the prefix every path shared.  Then ``generate`` itself: the record it
writes to ``client.toml`` keeps NuMind's names when ``GET /health`` joins its spec.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from specfleet.config import load_settings
from specfleet.generation.resource_tree import Route, derived_prefix, place, record_key, snake
from specfleet.layout import Project

from .conftest import ROOT, CliRunner, copy_project

METHODS = ("get", "post", "put", "patch", "delete")

#: A tree with every shape the rules read: collections, items, parts, actions, namespaces, reports.
SHAPES = [
    "GET /v1/files", "POST /v1/files", "GET /v1/files/{id}", "DELETE /v1/files/{id}",
    "GET /v1/files/{id}/content", "GET /v1/files/search", "POST /v1/runs/{id}/cancel",
    "GET /v1/runs/{id}", "POST /v1/runs/{id}", "POST /v1/audio/speech", "POST /v1/audio/transcriptions",
    "GET /v1/org/usage/completions", "GET /v1/org/usage/images", "GET /v1/org/data_retention",
    "POST /v1/org/data_retention", "GET /v1/customers/{id}/discount", "DELETE /v1/customers/{id}/discount",
    "POST /v1/intents/{id}/verify_microdeposits", "GET /v1/invoiceitems", "GET /v1/line_items",
    "GET /v1/me", "PUT /v1/me", "POST /v1/logout",
]  # fmt: skip


def _route(method: str, path: str, operation_id: str = "") -> Route:
    fallback = snake(operation_id) if operation_id else snake(f"{method} {path}")
    return Route(path, method, fallback, operation_id, method == "get" and not path.endswith("}"))


def fleet_routes() -> dict[str, list[Route]]:
    found = {"shapes": [_route(*spec.lower().split(" ", 1)[:1], spec.split(" ", 1)[1]) for spec in SHAPES]}
    for spec in sorted((ROOT / "specs").glob("*/openapi.yaml")):
        data = yaml.safe_load(spec.read_text(encoding="utf-8"))
        found[spec.parent.name] = [
            _route(method, path, str(operation.get("operationId", "")))
            for path, item in data["paths"].items()
            for method, operation in item.items()
            if method in METHODS
        ]
    return found


def additions(routes: list[Route]) -> Iterator[tuple[str, Route]]:
    """Endpoints a spec may gain, made from its own paths: the three kinds a spec grows by."""
    paths = sorted({route.path for route in routes})
    taken = {route.key for route in routes}
    for path in paths:
        for method in METHODS:
            if (path, method) not in taken:
                yield "a method on a path", _route(method, path)
        base = path.rstrip("/")
        for method, below in (
            ("get", "/extra"),
            ("get", "/{extra_id}"),
            ("post", "/cancel"),
            ("get", "/events"),
            ("post", "/events"),
        ):
            if (base + below, method) not in taken:
                yield "a path below a path", _route(method, base + below)
    first = re.sub(r"[{}]", "", paths[0].strip("/").split("/")[0] or "root")
    for outside in ("/health", f"/{first}x/status", "/{tenant}/things", "/v9/files/{id}"):
        yield "a path outside the prefix", _route("get", outside)


ROUTE_SETS = fleet_routes()


@pytest.mark.parametrize("name", sorted(ROUTE_SETS))
def test_no_addition_moves_a_recorded_name(name: str) -> None:
    routes = ROUTE_SETS[name]
    first, _ = place(routes)
    prefix = derived_prefix(route.path for route in routes)
    record = {record_key(route): first[route.key].dotted for route in routes}
    kinds = set()
    for kind, added in additions(routes):
        kinds.add(kind)
        placements, _ = place([*routes, added], record, prefix)
        moved = {
            f"{route.method.upper()} {route.path}": placements[route.key].dotted
            for route in routes
            if placements[route.key].dotted != first[route.key].dotted
        }
        assert not moved, f"{kind} ({added.method.upper()} {added.path}) moved {moved}"
        new = placements[added.key].dotted
        assert new not in {found.dotted for found in first.values()}
    assert len(kinds) == 3


@pytest.mark.parametrize("name", sorted(ROUTE_SETS))
@pytest.mark.parametrize("outside", ["/health", "/status/{check_id}", "/{tenant}/things", "/"])
def test_without_a_record_a_path_outside_the_mount_moves_no_name(name: str, outside: str) -> None:
    """No ``[resources]`` (a spec adopted without a config, the two-file diff): the prefix comes
    from the mounted paths only (``/v1/...``, ``/api/...``), so a path outside the mount is a
    resource of its own and every other name stays."""
    routes = ROUTE_SETS[name]
    if any(route.path == outside for route in routes):
        pytest.skip(f"{name} has {outside} already")
    before, _ = place(routes)
    after, _ = place([*routes, _route("get", outside)])
    moved = {
        key: placement.dotted for key, placement in before.items() if after[key].dotted != placement.dotted
    }
    assert not moved
    assert derived_prefix([*(route.path for route in routes), outside]) == derived_prefix(
        route.path for route in routes
    )


def test_without_a_record_numind_keeps_its_prefix() -> None:
    before, _ = place(ROUTE_SETS["numind"])
    assert before[("/api/auth/api-keys", "get")].dotted == "api_keys.list"


def test_an_adopted_spec_without_config_keeps_its_names_when_it_grows(tmp_path: Path) -> None:
    """``generate --from`` with no config, twice: NuMind's spec gains ``GET /health`` outside
    ``/api/auth``; every method keeps its name and the new one is ``client.health.retrieve``."""
    spec = tmp_path / "openapi.yaml"
    text = (ROOT / "specs" / "numind" / "openapi.yaml").read_text(encoding="utf-8")
    spec.write_text(text, encoding="utf-8")
    from specfleet.generation.render import generate_from

    target, _ = generate_from(spec, tmp_path / "out", "adopted", lenient=True)
    before = _methods(target)
    health = (
        "  /health:\n    get:\n      operationId: getHealth\n      security: []\n"
        "      responses:\n        '204':\n          description: The service is up\n"
    )
    spec.write_text(text.replace("paths:\n", "paths:\n" + health, 1), encoding="utf-8")
    target, _ = generate_from(spec, tmp_path / "out", "adopted", lenient=True)
    after = _methods(target)
    assert "api_keys.list" in before and before <= after and after - before == {"health.retrieve"}


def _methods(client: Path) -> set[str]:
    """``client.<resource>.<method>`` as the README's table of methods lists them."""
    return set(
        re.findall(r"^`client\.([a-z0-9_.]+)`", (client / "README.md").read_text(encoding="utf-8"), re.M)
    )


def test_generate_records_the_names_and_a_new_endpoint_keeps_them(project_copy: Project) -> None:
    """``GET /health`` joins NuMind's spec (whose paths all start ``/api/auth``): every method keeps
    its name, the new one gets a resource of its own, and client.toml records it."""
    from specfleet.generation.render import generate

    provider = project_copy.providers(["numind"])[0]
    before = _methods(project_copy.output_dir(provider))
    recorded = load_settings(provider.settings_path).resources
    assert recorded["prefix"] == "/api/auth" and recorded["getApiAuthApiKeys"] == "api_keys.list"
    spec = provider.spec_path.read_text(encoding="utf-8")
    health = (
        "  /health:\n    get:\n      operationId: getHealth\n      summary: Whether the service is up\n"
        "      tags: [health]\n      security: []\n"
        "      responses:\n        '204':\n          description: The service is up\n"
    )
    provider.spec_path.write_text(spec.replace("paths:\n", "paths:\n" + health, 1), encoding="utf-8")
    generate(project_copy, ["numind"])
    after = _methods(project_copy.output_dir(provider))
    assert before <= after and after - before == {"health.retrieve"}
    assert load_settings(provider.settings_path).resources["getHealth"] == "health.retrieve"


def test_an_adopted_spec_keeps_its_names_in_the_config_it_was_generated_with(tmp_path: Path) -> None:
    """``generate --from --config``: the names go to the config, and the next generation keeps them
    when the published spec grows a path outside the prefix its paths shared (``/v2``)."""
    from specfleet.generation.render import generate_from

    adopted = ROOT / "tests" / "data" / "clients" / "adopted"
    config, spec = tmp_path / "client.toml", tmp_path / "openapi.yaml"
    config.write_text((adopted / "client.toml").read_text(encoding="utf-8"), encoding="utf-8")
    text = (adopted / "openapi.yaml").read_text(encoding="utf-8")
    spec.write_text(text, encoding="utf-8")
    target, _ = generate_from(spec, tmp_path / "out", None, lenient=True, config=config)
    before = _methods(target)
    recorded = load_settings(config).resources
    assert recorded["spinWidget"] == "widgets.twirl" and recorded["prefix"] == "/v2"  # the rename stays
    status = "  /status:\n    get:\n      operationId: getStatus\n      responses:\n        '204': {description: up}\n"
    spec.write_text(text.replace("paths:\n", "paths:\n" + status, 1), encoding="utf-8")
    target, _ = generate_from(spec, tmp_path / "out", None, lenient=True, config=config)
    after = _methods(target)
    assert before <= after and after - before == {"status.retrieve"}


def test_a_rename_in_the_record_fails_the_review(tmp_path: Path, run_cli: CliRunner) -> None:
    """The spec is untouched; a maintainer renames one method in ``[resources]``: the review says
    which method moved where, asks for a major bump and fails until it is recorded."""
    from .test_diff import _git

    repo = copy_project(tmp_path / "project").root
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "clients")
    settings = repo / "specs" / "numind" / "client.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace('= "api_keys.list"', '= "api_keys.all"'), encoding="utf-8")
    result = run_cli("diff", "--format", "json", cwd=repo)
    assert result.returncode == 1, result.stdout + result.stderr
    review = json.loads(result.stdout)["providers"]["numind"]
    assert review["bump"] == "major"
    moved = [change for change in review["python_api"] if change["breaking"]]
    assert [change["message"] for change in moved] == [
        "client.api_keys.list moved to client.api_keys.all (GET /api/auth/api-keys)"
    ]
