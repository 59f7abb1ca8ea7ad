"""``client.get/post/put/patch/delete`` belong to the client: no operation or top-level resource
of a spec may take one of those names (a subclass's method would hide the raw call, and mypy
refuses the override), while deeper resources keep them (``files.delete`` stays)."""

from __future__ import annotations

from specfleet.generation.resource_tree import Route, place


def route(spec: str, fallback: str) -> Route:
    method, path = spec.split(" ")
    return Route(path, method.lower(), fallback, "", False)


def test_the_clients_own_verbs_are_not_given_to_operations_or_top_level_resources() -> None:
    routes = [
        route("POST /delete", "delete_everything"),  # an action on the client: would be client.delete
        route("GET /post/{id}", "get_post"),  # a top-level resource: would be client.post
        route("DELETE /files/{id}", "delete_file"),
    ]
    placements, notes = place(routes)
    assert placements[("/delete", "post")].dotted == "delete_everything"
    assert placements[("/post/{id}", "get")].dotted == "post_api.retrieve"
    assert placements[("/files/{id}", "delete")].dotted == "files.delete"  # deeper: the SDKs' name stays
    assert "resource post is a name every client has; named post_api" in notes
