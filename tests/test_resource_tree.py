"""Resource names from paths: the rules on plain routes, then on opc's own parse of a spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from specfleet.config import derived_auth
from specfleet.generation.resource_tree import Route, Words, place, shared_prefix, snake

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
        route("GET /close", "close_all"),
        route("GET /things/{id}/close", "close_thing"),
    ]
    placements, notes = place(routes)
    assert placements[("/things/{id}", "patch")].dotted == "things.update"
    assert placements[("/things/{id}", "post")].dotted == "things.update_thing"
    assert placements[("/close", "get")].dotted == "close_api.retrieve"  # close is the client's
    assert placements[("/things/{id}/close", "get")].dotted == "things.close"  # a resource has none
    assert notes == [
        "POST /things/{id}: things.update is another operation's; named things.update_thing",
        "resource close is a name every client has; named close_api",
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

    from specfleet.generation.plan import build_resources, match_endpoints
    from specfleet.spec.operations import SpecModel

    from .test_plan import FIXTURE

    data = yaml.safe_load((FIXTURE / "openapi.yaml").read_text(encoding="utf-8"))
    root, notes, _ = build_resources(match_endpoints(SpecModel(data), parse(data, tmp_path)), {}, set())
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


#: How the SDKs name what a general rule can read from the path and method (openai, Stripe).
SDK_STYLE = [
    # a POST-only leaf led by a verb is an action of its parent, however plural its last word
    (["GET /v1/payment_intents/{i}", "POST /v1/payment_intents/{i}/verify_microdeposits"], "payment_intents.verify_microdeposits"),
    (["GET /threads/{t}/runs/{r}", "POST /threads/{t}/runs/{r}/submit_tool_outputs"], "threads.runs.submit_tool_outputs"),
    # a POST-only leaf under a namespace is a resource that creates
    (["POST /audio/transcriptions", "POST /audio/speech"], "audio.speech.create"),
    # a namespace of read-only queries: one resource with a method per query
    (["GET /org/costs", "GET /org/usage/embeddings", "GET /org/usage/completions"], "org.usage.completions"),
    # a part of an item: a method of the item's resource
    (["GET /files/{f}", "GET /files/{f}/content"], "files.content"),
    (["GET /customers/{c}", "GET /customers/{c}/discount", "DELETE /customers/{c}/discount"], "customers.delete_discount"),
    # a query over a collection
    (["GET /charges", "GET /charges/{c}", "GET /charges/search"], "charges.search"),
    # a POST on one thing (no collection) updates it when its operationId says so, else creates it
    (["GET /org/data_retention", "POST /org/data_retention=update-org-data-retention"], "org.data_retention.update"),
    (["GET /developer/api-access", "POST /developer/api-access=generateKey"], "developer.api_access.create"),
    (["GET /org/p/{p}/model_permissions=retrieve-model-permissions", "POST /org/p/{p}/model_permissions=update-model-permissions"], "org.p.model_permissions.update"),
    (["POST /org/p/{p}/model_permissions=update-model-permissions", "GET /org/p/{p}/model_permissions=retrieve-model-permissions"], "org.p.model_permissions.retrieve"),
    (["GET /threads/{t}/messages", "GET /threads/{t}/messages/{m}", "POST /threads/{t}/messages=updateMessages"], "threads.messages.create"),
    # two words run together, read by the words the other paths use
    (["GET /v1/invoices", "GET /v1/line_items", "GET /v1/invoiceitems"], "invoice_items.list"),
]  # fmt: skip


@pytest.mark.parametrize(("paths", "expected"), SDK_STYLE, ids=[expected for _, expected in SDK_STYLE])
def test_sdk_style_names_follow_from_path_and_method(paths: list[str], expected: str) -> None:
    routes = [route("GET /status")]  # a path beside them: no prefix is shared
    for spec in paths:
        spec, _, operation_id = spec.partition("=")
        gets_many = spec.startswith("GET") and not spec.endswith("}")
        routes.append(route(spec, operation_id=operation_id, lists=gets_many))
    placements, _ = place(routes)
    assert placements[routes[-1].key].dotted.removeprefix("v_1.") == expected


def test_a_word_the_paths_use_alone_is_never_split() -> None:
    words = Words(["/webhooks", "/web_pages", "/hook_events"])
    assert words.split("webhooks") == "webhooks"  # used alone
    assert Words(["/checkout", "/check_runs"]).split("checkout") == "checkout"  # "out" is no word there
