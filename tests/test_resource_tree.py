"""Resource names from paths: the rules on plain routes, then on opc's own parse of a spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from specfleet.config import derived_auth
from specfleet.resource_tree import Route, place, shared_prefix, snake

from .test_plan import parse


def names(routes: list[Route], overrides: dict[str, str] | None = None) -> dict[str, str]:
    placements, _ = place(routes, overrides)
    return {f"{method.upper()} {path}": found.dotted for (path, method), found in placements.items()}


def route(spec: str, fallback: str = "", *, lists: bool = False, operation_id: str = "") -> Route:
    method, path = spec.split(" ")
    return Route(path, method.lower(), fallback or snake(path) + "_" + method.lower(), operation_id, lists)


def test_the_shared_prefix_is_dropped_and_segments_nest() -> None:
    found = names(
        [
            route("GET /v1/chat/completions", lists=True),
            route("POST /v1/chat/completions"),
            route("GET /v1/chat/completions/{id}"),
            route("POST /v1/embeddings"),
        ]
    )
    assert found == {
        "GET /v1/chat/completions": "chat.completions.list",
        "POST /v1/chat/completions": "chat.completions.create",
        "GET /v1/chat/completions/{id}": "chat.completions.retrieve",
        "POST /v1/embeddings": "embeddings.create",
    }


def test_items_update_and_delete_and_actions_are_methods_of_their_parent() -> None:
    found = names(
        [
            route("GET /api/auth", "get_api_auth"),
            route("GET /api/auth/api-keys", lists=True),
            route("POST /api/auth/api-keys"),
            route("PUT /api/auth/api-keys/{apiKeyId}"),
            route("DELETE /api/auth/api-keys/{apiKeyId}"),
            route("GET /api/auth/me"),
            route("POST /api/auth/logout"),
            route("POST /api/auth/runs/{id}/cancel"),
            route("GET /api/auth/runs/{id}"),
            route("POST /api/auth/runs/{id}"),
        ]
    )
    assert found["GET /api/auth"] == "get_api_auth"  # no verb on the client itself
    assert found["PUT /api/auth/api-keys/{apiKeyId}"] == "api_keys.update"
    assert found["DELETE /api/auth/api-keys/{apiKeyId}"] == "api_keys.delete"
    assert found["GET /api/auth/me"] == "me.retrieve"
    assert found["POST /api/auth/logout"] == "logout"
    assert found["POST /api/auth/runs/{id}/cancel"] == "runs.cancel"
    assert found["POST /api/auth/runs/{id}"] == "runs.update"  # updates with POST


def test_a_singular_leaf_with_one_method_under_a_collection_or_item_is_a_method_of_it() -> None:
    found = names(
        [
            route("GET /v1/files", lists=True),
            route("GET /v1/files/{id}"),
            route("GET /v1/files/{id}/content"),
            route("GET /v1/files/search", lists=True),
        ]
    )
    assert found["GET /v1/files/{id}/content"] == "files.content"
    assert found["GET /v1/files/search"] == "files.search"


def test_collisions_resolve_in_path_order_and_are_reported() -> None:
    routes = [
        route("POST /things/{id}", "update_thing"),
        route("PATCH /things/{id}", "patch_thing"),
        route("GET /things/{id}/close", "close_thing"),
    ]
    placements, notes = place(routes)
    assert placements[("/things/{id}", "patch")].dotted == "things.update"
    assert placements[("/things/{id}", "post")].dotted == "things.update_thing"
    assert placements[("/things/{id}/close", "get")].dotted == "things.close_thing"  # close is the client's
    assert notes == [
        "POST /things/{id}: things.update is another operation's; named things.update_thing",
        "GET /things/{id}/close: things.close is a name every client has; named things.close_thing",
    ]
    assert place(list(reversed(routes))) == (placements, notes)  # the order given does not matter


def test_a_method_never_hides_a_sub_resource_and_resources_dodge_client_names() -> None:
    placements, notes = place(
        [
            route("POST /jobs/{id}/events", "post_events"),
            route("GET /credentials", "get_credentials"),
            route("GET /jobs/{id}/events/{e}"),
        ]
    )
    assert placements[("/credentials", "get")].dotted == "credentials_api.retrieve"
    assert placements[("/jobs/{id}/events", "post")].dotted == "jobs.events.create"
    assert "resource credentials is a name every client has; named credentials_api" in notes


def test_client_toml_overrides_any_name_by_operation_id() -> None:
    routes = [route("POST /images/generations", "create_image", operation_id="createImage")]
    assert names(routes, {"createImage": "images.generate"}) == {
        "POST /images/generations": "images.generate"
    }
    with pytest.raises(ValueError, match="not a dotted name"):
        place(routes, {"createImage": "images.class"})


def test_the_prefix_leaves_a_segment_when_every_path_is_the_same() -> None:
    assert shared_prefix(["/v1/embeddings", "/v1/embeddings"]) == 1
    assert shared_prefix(["/v1/a", "/v1/b"]) == 1
    assert shared_prefix(["/{tenant}/a", "/{tenant}/b"]) == 0


def test_auth_helpers_follow_the_kind_of_each_security_scheme() -> None:
    auth = derived_auth(
        {
            "ApiKeyAuth": {"type": "http", "scheme": "bearer"},
            "AdminKey": {"type": "http", "scheme": "bearer"},
            "header": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "basicAuth": {"type": "http", "scheme": "basic"},
            "tls": {"type": "mutualTLS"},
        }
    )
    assert auth.static == {
        "with_token": "AdminKey",
        "with_api_key_auth": "ApiKeyAuth",
        "basic": "basicAuth",
        "with_api_key": "header",
    }


def test_resource_names_come_from_opcs_parse_of_the_plan_fixture(tmp_path: Path) -> None:
    import yaml

    from specfleet.plan import build_resources, match_endpoints
    from specfleet.spec import SpecModel

    from .test_plan import FIXTURE

    data = yaml.safe_load((FIXTURE / "openapi.yaml").read_text(encoding="utf-8"))
    root, notes = build_resources(match_endpoints(SpecModel(data), parse(data, tmp_path)), {}, set())
    dotted = sorted(method.dotted for node in root.walk() for method in node.methods)
    assert dotted and all(name == name.lower() for name in dotted)
    assert len(dotted) == len(set(dotted))


@pytest.mark.parametrize(
    ("segment", "name"), [("0", "_0"), ("2fa", "_2_fa"), ("import", "import_"), ("match", "match_")]
)
def test_every_segment_becomes_an_identifier(segment: str, name: str) -> None:
    """A path segment that is a number (a root folder's id) or a keyword still names a resource."""
    assert snake(segment) == name
    found = names([route("GET /users/{id}/folders"), route(f"GET /users/{{id}}/folders/{segment}")])
    assert all(part.isidentifier() for dotted in found.values() for part in dotted.split("."))
    assert found[f"GET /users/{{id}}/folders/{segment}"].split(".")[2] == name
