"""A big, realistic spec and a revision of it, for benchmarks and the performance test.

``big_spec(4_000_000)`` is about 4 MB of YAML: a thousand resources, each with shared and
inline schemas, ``allOf``, a ``oneOf`` union, nullable fields, path-level parameters and
references between components: to itself (a cycle) and to a hub shared by 25 resources.  ``revise`` makes a few changes of
every kind and re-orders everything, so a diff has real work to do.  The lead's benchmark
script can reuse both::

    from specfleet.diff.synthetic import big_spec, revise, to_yaml
"""

from __future__ import annotations

import copy
from typing import Any

import yaml  # type: ignore[import-untyped, unused-ignore]  # (no stubs in the venv)

try:
    from yaml import CSafeDumper as _Dumper
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment, unused-ignore]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _schemas(i: int) -> dict[str, Any]:
    fields = {
        "name": {"type": "string", "maxLength": 200, "description": f"Name of thing {i}."},
        "status": {"type": "string", "enum": ["active", "paused", "archived", "deleted"]},
        "score": {"type": "number", "minimum": 0, "maximum": 100},
        "tags": {"type": "array", "items": {"type": "string", "maxLength": 40}},
        "note": {"type": ["string", "null"], "description": "Free-form note, may be null."},
        "metadata": {
            "type": "object",
            "properties": {key: {"type": "string"} for key in ("source", "region", "owner", "team", "cost")},
        },
    }
    return {
        f"ThingFields{i}": {"type": "object", "properties": fields},
        f"Thing{i}": {
            "description": f"Thing number {i}, as the API returns it.",
            "allOf": [
                _ref(f"ThingFields{i}"),
                {
                    "type": "object",
                    "required": ["id", "name", "status"],
                    "properties": {
                        "id": {"type": "integer", "format": "int64", "readOnly": True},
                        "created": {"type": "string", "format": "date-time"},
                        "parent": {"anyOf": [_ref(f"Thing{i}"), {"type": "null"}]},  # a cycle
                        # a hub every 25 resources, as real APIs link many objects to a few
                        "related": {"type": "array", "items": _ref(f"Thing{i - i % 25}")},
                        "event": _ref(f"Event{i}"),
                    },
                },
            ],
        },
        f"NewThing{i}": {"allOf": [_ref(f"ThingFields{i}"), {"required": ["name"]}]},
        f"Event{i}": {
            "oneOf": [
                {
                    "title": "Created",
                    "type": "object",
                    "properties": {"at": {"type": "string"}, "by": {"type": "string"}},
                },
                {
                    "title": "Deleted",
                    "type": "object",
                    "properties": {"at": {"type": "string"}, "why": {"type": "string"}},
                },
            ]
        },
        f"ThingPage{i}": {
            "type": "object",
            "required": ["items"],
            "properties": {
                "items": {"type": "array", "items": _ref(f"Thing{i}")},
                "next": {"type": ["string", "null"]},
            },
        },
    }


def _paths(i: int) -> dict[str, Any]:
    def ok(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
        return {"description": description, "content": {"application/json": {"schema": schema}}}

    query = [
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
        {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
        {
            "name": "status",
            "in": "query",
            "schema": {"type": "string", "enum": ["active", "paused", "archived"]},
        },
        {
            "name": "q",
            "in": "query",
            "description": "Search text.",
            "schema": {"type": "string", "maxLength": 100},
        },
    ]
    return {
        f"/things{i}": {
            "get": {
                "operationId": f"listThings{i}",
                "summary": f"List things of kind {i}",
                "tags": [f"things{i}"],
                "parameters": query,
                "responses": {"200": ok(_ref(f"ThingPage{i}")), "400": {"description": "Bad request"}},
            },
            "post": {
                "operationId": f"createThing{i}",
                "summary": f"Create a thing of kind {i}",
                "tags": [f"things{i}"],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref(f"NewThing{i}")}},
                },
                "responses": {"201": ok(_ref(f"Thing{i}"), "Created")},
            },
        },
        f"/things{i}/{{thingId}}": {
            "parameters": [
                {"name": "thingId", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            "get": {
                "operationId": f"getThing{i}",
                "summary": f"Get a thing of kind {i}",
                "tags": [f"things{i}"],
                "responses": {"200": ok(_ref(f"Thing{i}")), "404": {"description": "Not found"}},
            },
            "patch": {
                "operationId": f"updateThing{i}",
                "summary": f"Update a thing of kind {i}",
                "tags": [f"things{i}"],
                "requestBody": {"content": {"application/json": {"schema": _ref(f"ThingFields{i}")}}},
                "responses": {"200": ok(_ref(f"Thing{i}"))},
            },
            "delete": {
                "operationId": f"deleteThing{i}",
                "summary": f"Delete a thing of kind {i}",
                "tags": [f"things{i}"],
                "responses": {"204": {"description": "Deleted"}},
            },
        },
    }


def big_spec(target_bytes: int = 4_000_000) -> dict[str, Any]:
    """An OpenAPI 3.1 spec whose YAML is about ``target_bytes`` long."""
    sample = len(to_yaml({"paths": _paths(0), "schemas": _schemas(0)}))
    count = max(1, round(target_bytes / sample))
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Synthetic things API", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {},
        "components": {"schemas": {}},
    }
    for i in range(count):
        spec["paths"].update(_paths(i))
        spec["components"]["schemas"].update(_schemas(i))
    return spec


def revise(spec: dict[str, Any], every: int = 50) -> dict[str, Any]:
    """A copy of ``spec`` with breaking, additive and documentation changes on every ``every``-th
    resource, path parameters renamed, and every mapping in reverse order."""
    revision = copy.deepcopy(spec)
    paths, schemas = revision["paths"], revision["components"]["schemas"]
    count = sum(1 for name in schemas if name.startswith("ThingFields"))
    for i in range(0, count, every):
        listing, item = paths[f"/things{i}"], paths.pop(f"/things{i}/{{thingId}}")
        item["parameters"][0]["name"] = "id"  # a rename: no change
        paths[f"/things{i}/{{id}}"] = item
        listing["get"]["parameters"][0]["required"] = True  # request-parameter-became-required
        listing["get"]["parameters"][3]["schema"]["maxLength"] = 50  # ...-max-length-decreased
        listing["get"]["summary"] += " (paged)"  # api-summary-changed
        del item["delete"]  # api-removed-without-deprecation
        fields = schemas[f"ThingFields{i}"]["properties"]
        fields["status"]["enum"].append("frozen")  # request and response enum value added
        fields["nickname"] = {"type": "string"}  # optional property added
        schemas[f"Event{i}"]["oneOf"].append({"title": "Moved", "type": "object"})  # one-of added
        paths[f"/things{i}/count"] = {  # endpoint-added
            "get": {
                "operationId": f"countThings{i}",
                "summary": "Count",
                "responses": {"200": {"description": "OK"}},
            }
        }
    reordered: dict[str, Any] = _reversed(revision)
    return reordered


def _reversed(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _reversed(node[key]) for key in reversed(list(node))}
    if isinstance(node, list):
        return [_reversed(item) for item in node]
    return node


def to_yaml(spec: dict[str, Any]) -> str:
    return str(yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120))
