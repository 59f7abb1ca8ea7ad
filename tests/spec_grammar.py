"""A grammar of what published OpenAPI 3.0 and 3.1 specs do, as Hypothesis strategies.

Each drawn document is valid OpenAPI (the test checks it with openapi-spec-validator) and
mixes what makes generators stumble: one parameter name in two locations, a path naming one
parameter twice, path parameters declared on the path item, ``style``/``explode`` and
``content`` parameters, 3.1 type arrays and ``anyOf``/``oneOf`` with ``null`` (3.0:
``nullable``), discriminators with and without ``mapping``, ``allOf`` chains, recursive and
mutually recursive schemas, ``const``, ``prefixItems``, enums of mixed types, webhooks and
callbacks, several media types per body, names that collide once snake_cased or shadow Python
and runtime names, and string defaults holding quotes, backslashes and newlines.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

#: Property and parameter names: collisions after snake_case, keywords, builtins, runtime names.
NAMES = (
    "id", "ID", "Id", "user_id", "userId", "UserId", "user-id", "a_b", "aB", "A_B", "class", "self",
    "from", "import", "type", "json", "list", "dict", "str", "none", "None", "True", "client",
    "body", "timeout", "extra_headers", "extra_query", "url", "headers", "response",
    "additional_properties", "to_dict", "from_dict", "_private", "2fa", "name", "名前", "x.y", "a b",
    "DateCreated", "DateCreated<", "DateCreated>", "$filter",
)  # fmt: skip
#: Operation ids, some of which make the same Python name.
OPERATION_IDS = ("getThing", "get_thing", "GetThing", "list", "import", "delete-thing", "thing.update", "do")
COMPONENTS = ("Pet", "pet", "Owner", "Node", "Tree", "Cat", "Dog", "Error", "List", "Client", "Response")
STRING_FORMATS = (None, "date", "date-time", "uuid", "email", "uri", "byte", "binary")
#: Text for defaults and enum values: quotes, backslashes, newlines and the odd non-ASCII letter.
TEXT = st.text(alphabet=st.sampled_from(list("ab \"\\\n'{}$é")), max_size=8)


def _nullable(version: str, schema: dict[str, Any], how: int) -> dict[str, Any]:
    """``schema`` that also admits null, in one of the ways each version writes it."""
    if version.startswith("3.0"):
        return {**schema, "nullable": True}
    if how == 0 and isinstance(schema.get("type"), str):
        return {**schema, "type": [schema["type"], "null"]}
    return {["anyOf", "oneOf"][how % 2]: [schema, {"type": "null"}]}


@st.composite
def leaf_schemas(draw: st.DrawFn, version: str) -> dict[str, Any]:
    kind = draw(st.sampled_from(["string", "integer", "number", "boolean", "enum", "mixed-enum", "const"]))
    if kind == "string":
        schema: dict[str, Any] = {"type": "string"}
        form = draw(st.sampled_from(STRING_FORMATS))
        if form is not None:
            schema["format"] = form
        elif draw(st.booleans()):
            schema["default"] = draw(TEXT)
        return schema
    if kind in ("integer", "number"):
        schema = {"type": kind}
        if draw(st.booleans()):
            schema["minimum"] = draw(st.integers(-5, 5))
        if draw(st.booleans()):
            schema["default"] = draw(st.integers(5, 9))
        return schema
    if kind == "boolean":
        return {"type": "boolean", **({"default": draw(st.booleans())} if draw(st.booleans()) else {})}
    if kind == "enum":
        values = draw(st.lists(TEXT, min_size=1, max_size=4, unique=True))
        return {"type": "string", "enum": values}
    if kind == "mixed-enum":
        values = draw(
            st.lists(st.one_of(TEXT, st.integers(-3, 3), st.booleans()), min_size=1, max_size=4, unique=True)
        )
        return {"enum": values}
    if version.startswith("3.0"):
        return {"type": "string", "enum": [draw(TEXT)]}
    return {"const": draw(st.one_of(TEXT, st.integers(0, 3)))}


@st.composite
def schemas(draw: st.DrawFn, version: str, components: list[str], depth: int = 2) -> dict[str, Any]:
    """A schema, possibly holding others and referring to the spec's components (itself too)."""
    options = ["leaf", "leaf", "array", "object", "nullable", "ref"] if depth > 0 else ["leaf", "ref"]
    if depth > 0 and version.startswith("3.1"):
        options.append("tuple")
    if depth > 0 and len(components) >= 2:
        options += ["union", "allof"]
    kind = draw(st.sampled_from(options))
    if kind == "ref" and components:
        return {"$ref": f"#/components/schemas/{draw(st.sampled_from(components))}"}
    if kind in ("leaf", "ref"):
        return draw(leaf_schemas(version))
    if kind == "array":
        return {"type": "array", "items": draw(schemas(version, components, depth - 1))}
    if kind == "tuple":
        items = draw(st.lists(schemas(version, components, depth - 1), min_size=1, max_size=3))
        return {"type": "array", "prefixItems": items}
    if kind == "object":
        return draw(objects(version, components, depth - 1))
    if kind == "nullable":
        return _nullable(version, draw(leaf_schemas(version)), draw(st.integers(0, 2)))
    members = draw(st.lists(st.sampled_from(components), min_size=2, max_size=3, unique=True))
    if kind == "union":
        union: dict[str, Any] = {
            draw(st.sampled_from(["oneOf", "anyOf"])): [
                {"$ref": f"#/components/schemas/{m}"} for m in members
            ]
        }
        if draw(st.booleans()):
            union["discriminator"] = {"propertyName": "kind"}
            if draw(st.booleans()):
                union["discriminator"]["mapping"] = {m.lower(): f"#/components/schemas/{m}" for m in members}
        return union
    return {"allOf": [{"$ref": f"#/components/schemas/{members[0]}"}, draw(objects(version, components, 0))]}


@st.composite
def objects(draw: st.DrawFn, version: str, components: list[str], depth: int) -> dict[str, Any]:
    names = draw(st.lists(st.sampled_from(NAMES), max_size=5, unique=True))
    properties = {name: draw(schemas(version, components, depth)) for name in names}
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    required = [name for name in names if draw(st.booleans())]
    if required:
        schema["required"] = required
    return schema


@st.composite
def component_schemas(draw: st.DrawFn, version: str) -> dict[str, Any]:
    """Components that refer to each other (and themselves); each has a string ``kind`` for discriminators."""
    names = draw(st.lists(st.sampled_from(COMPONENTS), min_size=2, max_size=5, unique=True))
    found = {}
    for name in names:
        schema = draw(objects(version, names, 1))
        schema["properties"]["kind"] = {"type": "string"}
        schema["required"] = sorted({*schema.get("required", []), "kind"})
        found[name] = schema
    return found


LOCATIONS = ("query", "header", "cookie")


@st.composite
def parameters(draw: st.DrawFn, version: str, components: list[str]) -> list[dict[str, Any]]:
    """Query, header and cookie parameters; one name may be in two locations."""
    found = []
    for name in draw(st.lists(st.sampled_from(NAMES), max_size=4, unique=True)):
        for location in draw(st.lists(st.sampled_from(LOCATIONS), min_size=1, max_size=2, unique=True)):
            if location == "header" and name.lower() in ("accept", "content-type", "authorization"):
                continue
            param: dict[str, Any] = {"name": name, "in": location, "required": draw(st.booleans())}
            if location == "query" and draw(st.integers(0, 4)) == 0:
                param["content"] = {"application/json": {"schema": draw(schemas(version, components, 1))}}
            else:
                param["schema"] = draw(
                    st.one_of(leaf_schemas(version), st.just({"type": "array", "items": {"type": "string"}}))
                )
                if location == "query" and draw(st.booleans()):
                    param["style"] = draw(st.sampled_from(["form", "spaceDelimited", "pipeDelimited"]))
                    param["explode"] = draw(st.booleans())
            found.append(param)
    return found


@st.composite
def bodies(draw: st.DrawFn, version: str, components: list[str]) -> dict[str, Any]:
    media = draw(
        st.lists(
            st.sampled_from(
                ["application/json", "application/x-www-form-urlencoded", "multipart/form-data", "text/plain",
                 "application/octet-stream", "application/merge-patch+json"]
            ),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )  # fmt: skip
    content: dict[str, Any] = {}
    for kind in media:
        if kind == "text/plain":
            content[kind] = {"schema": {"type": "string"}}
        elif kind == "application/octet-stream":
            content[kind] = {"schema": {"type": "string", "format": "binary"}}
        elif kind in ("application/x-www-form-urlencoded", "multipart/form-data"):
            content[kind] = {"schema": draw(objects(version, [], 0))}
        else:
            content[kind] = {"schema": draw(schemas(version, components, 2))}
    return {"required": draw(st.booleans()), "content": content}


@st.composite
def operations(
    draw: st.DrawFn, version: str, components: list[str], path_params: list[str]
) -> dict[str, Any]:
    operation: dict[str, Any] = {"tags": [draw(st.sampled_from(["things", "other things", "Things"]))]}
    params = draw(parameters(version, components))
    params += [{"name": n, "in": "path", "required": True, "schema": {"type": "string"}} for n in path_params]
    if params:
        operation["parameters"] = params
    if draw(st.booleans()):
        operation["requestBody"] = draw(bodies(version, components))
    responses: dict[str, Any] = {}
    for status in draw(st.lists(st.sampled_from(["200", "201", "204", "2XX", "404", "default"]), min_size=1, max_size=3, unique=True)):  # fmt: skip
        if status == "204":
            responses[status] = {"description": "nothing"}
        else:
            media = draw(st.sampled_from(["application/json", "application/problem+json", "text/plain"]))
            schema = {"type": "string"} if media == "text/plain" else draw(schemas(version, components, 2))
            responses[status] = {"description": "an answer", "content": {media: {"schema": schema}}}
    operation["responses"] = responses
    if draw(st.integers(0, 5)) == 0:
        operation["callbacks"] = {
            "onEvent": {
                "{$request.query.callback}": {
                    "post": {
                        "requestBody": {"content": {"application/json": {"schema": draw(schemas(version, components, 1))}}},
                        "responses": {"200": {"description": "received"}},
                    }
                }
            }
        }  # fmt: skip
    return operation


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A whole OpenAPI 3.0 or 3.1 document."""
    version = draw(st.sampled_from(["3.0.3", "3.1.0"]))
    components = draw(component_schemas(version))
    names = sorted(components)
    paths: dict[str, Any] = {}
    used_ids: set[str] = set()
    for index in range(draw(st.integers(1, 3))):
        # a name may come back (/orgs/{id}/members/{id}); the parameter is declared once
        placeholders = draw(st.lists(st.sampled_from(["id", "thingId", "thing_id", "name", "self", "type"]), max_size=3))  # fmt: skip
        params = list(dict.fromkeys(placeholders))
        path = f"/r{index}" + "".join(f"/s{n}/{{{p}}}" for n, p in enumerate(placeholders))
        item: dict[str, Any] = {}
        at_path_level = bool(params) and draw(st.booleans())
        if at_path_level:
            item["parameters"] = [{"name": p, "in": "path", "required": True, "schema": {"type": "string"}} for p in params]  # fmt: skip
        for method in draw(st.lists(st.sampled_from(["get", "post", "put", "delete", "patch"]), min_size=1, max_size=2, unique=True)):  # fmt: skip
            operation = draw(operations(version, names, [] if at_path_level else params))
            operation_id = draw(st.sampled_from(OPERATION_IDS))
            if operation_id not in used_ids and draw(st.booleans()):
                used_ids.add(operation_id)
                operation["operationId"] = operation_id
            item[method] = operation
        paths[path] = item
    document: dict[str, Any] = {
        "openapi": version,
        "info": {"title": "generated", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": components},
    }
    if version.startswith("3.1") and draw(st.booleans()):
        document["webhooks"] = {
            "thingChanged": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{names[0]}"}}}},
                    "responses": {"200": {"description": "received"}},
                }
            }
        }  # fmt: skip
    return document
