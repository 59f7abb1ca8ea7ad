"""Every schema rule of the registry, made into fixture pairs from its own row, at every place it names.

A row says where a change is, what changed and how; :data:`CHANGES` turns (what, how) into a
pair of schemas, and :func:`placed` puts the pair at each location of the row's ``where`` (a
path, query, header or cookie parameter; a request body or property; a response body,
property or header), reached directly, through ``$ref``, ``allOf`` and ``items``, written as
OpenAPI 3.0 and as 3.1.  The diff must report the row's id at the row's levels for each: this,
not the cases collected so far, is how the engine shows that it covers the next spec change.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from specfleet.diff.engine import compare
from specfleet.diff.rules import REGISTRY, Rule

Schema = dict[str, Any]
Pair = tuple[Schema, Schema]

V30, V31 = "3.0.3", "3.1.0"


def _nullable(version: str, schema: Schema) -> Schema:
    """``schema`` made nullable the way the version writes it."""
    if version == V30:
        return {**schema, "nullable": True}
    return {**schema, "type": [schema["type"], "null"]}


def _bound(keyword: str, kind: str, low: int, high: int) -> dict[str, Pair]:
    """A bound moved each way; ``set``/``unset``: written where there was none, or dropped."""
    base = {"type": kind} if kind != "array" else {"type": "array", "items": {"type": "string"}}
    at = lambda value: {**base, keyword: value}  # noqa: E731
    return {
        "increased": (at(low), at(high)),
        "decreased": (at(high), at(low)),
        "set": (base, at(low)),
        "unset": (at(low), base),
    }


def _presence(keyword: str, value: Any) -> dict[str, Pair]:
    plain: Schema = {"type": "object"} if keyword not in ("contains", "prefixItems") else {"type": "array"}
    return {"added": (plain, {**plain, keyword: value}), "removed": ({**plain, keyword: value}, plain)}


_STRING: Schema = {"type": "string"}
_MEMBERS = [{"type": "object", "title": "A", "properties": {"a": _STRING}}]
_MORE = [*_MEMBERS, {"type": "object", "title": "B", "properties": {"b": _STRING}}]
_DISCRIMINATED = {"type": "object", "properties": {"kind": _STRING}}

#: (what, how) -> version -> (base, revision): the change a row names, as two schemas
CHANGES: dict[tuple[str, str], Callable[[str], Pair]] = {}


def _register(what: str, pairs: dict[str, Pair] | Callable[[str], dict[str, Pair]]) -> None:
    """``pairs``: how -> (base, revision), or a function of the OpenAPI version giving them."""
    table = pairs if callable(pairs) else (lambda version: pairs)
    for how in table(V31):

        def make(version: str, how: str = how) -> Pair:
            return copy.deepcopy(table(version)[how])

        CHANGES[what, how] = make


for _what, _keyword, _kind, _low, _high in (
    ("max", "maximum", "number", 5, 10),
    ("min", "minimum", "number", 5, 10),
    ("max-length", "maxLength", "string", 5, 10),
    ("min-length", "minLength", "string", 5, 10),
    ("max-items", "maxItems", "array", 5, 10),
    ("min-items", "minItems", "array", 5, 10),
    ("max-contains", "maxContains", "array", 5, 10),
    ("min-contains", "minContains", "array", 5, 10),
    ("exclusive-max", "exclusiveMaximum", "number", 5, 10),
    ("exclusive-min", "exclusiveMinimum", "number", 5, 10),
):
    _register(_what, _bound(_keyword, _kind, _low, _high))
_register(
    "enum-value",
    {
        "added": ({**_STRING, "enum": ["a"]}, {**_STRING, "enum": ["a", "b"]}),
        "removed": ({**_STRING, "enum": ["a", "b"]}, {**_STRING, "enum": ["a"]}),
    },
)
_register(
    "x-extensible-enum-value",
    {"removed": ({**_STRING, "x-extensible-enum": ["a", "b"]}, {**_STRING, "x-extensible-enum": ["a"]})},
)
_register("enum", {"added": (_STRING, {**_STRING, "enum": ["a"]})})
_register(
    "nullable",
    lambda version: {
        "added": (_STRING, _nullable(version, _STRING)),
        "removed": (_nullable(version, _STRING), _STRING),
    },
)
_register(
    "pattern",
    {
        "added": (_STRING, {**_STRING, "pattern": "^a+$"}),
        "removed": ({**_STRING, "pattern": "^a+$"}, _STRING),
        "changed": ({**_STRING, "pattern": "^a+$"}, {**_STRING, "pattern": "^b+$"}),
        "generalized": ({**_STRING, "pattern": "^a+$"}, {**_STRING, "pattern": ".*"}),
    },
)
for _what, _keyword, _a, _b in (("const", "const", "a", "b"), ("default-value", "default", "a", "b")):
    _register(
        _what,
        {
            "added": (_STRING, {**_STRING, _keyword: _a}),
            "removed": ({**_STRING, _keyword: _a}, _STRING),
            "changed": ({**_STRING, _keyword: _a}, {**_STRING, _keyword: _b}),
        },
    )
for _what, _keyword, _value in (
    ("if", "if", {"properties": {"a": {"const": 1}}}),
    ("then", "then", {"required": ["a"]}),
    ("else", "else", {"required": ["b"]}),
    ("contains", "contains", _STRING),
    ("property-names", "propertyNames", {"maxLength": 3}),
    ("unevaluated-items", "unevaluatedItems", False),
    ("unevaluated-properties", "unevaluatedProperties", False),
    ("content-schema", "contentSchema", {"type": "object"}),
):
    _register(_what, _presence(_keyword, _value))
for _what, _keyword, _value in (
    ("pattern-property", "patternProperties", {"^x-": _STRING}),
    ("dependent-schema", "dependentSchemas", {"a": {"required": ["b"]}}),
):
    _register(_what, _presence(_keyword, _value))
_register(
    "dependent-required",
    {
        "added": ({"type": "object"}, {"type": "object", "dependentRequired": {"a": ["b"]}}),
        "removed": ({"type": "object", "dependentRequired": {"a": ["b"]}}, {"type": "object"}),
        "changed": (
            {"type": "object", "dependentRequired": {"a": ["b"]}},
            {"type": "object", "dependentRequired": {"a": ["c"]}},
        ),
    },
)
_register(
    "prefix-items",
    {
        "added": (
            {"type": "array", "prefixItems": [_STRING]},
            {"type": "array", "prefixItems": [_STRING, _STRING]},
        ),
        "removed": (
            {"type": "array", "prefixItems": [_STRING, _STRING]},
            {"type": "array", "prefixItems": [_STRING]},
        ),
    },
)
for _what, _keyword in (("content-media-type", "contentMediaType"), ("content-encoding", "contentEncoding")):
    _register(_what, {"changed": ({**_STRING, _keyword: "image/png"}, {**_STRING, _keyword: "base64"})})
for _what, _keyword in (("one-of", "oneOf"), ("any-of", "anyOf")):
    _register(
        _what,
        {
            "added": ({_keyword: _MEMBERS}, {_keyword: _MORE}),
            "removed": ({_keyword: _MORE}, {_keyword: _MEMBERS}),
        },
    )
_register(
    "all-of",
    {
        "added": ({"allOf": _MEMBERS}, {"allOf": _MORE}),
        "removed": ({"allOf": _MORE}, {"allOf": _MEMBERS}),
    },
)
_register(
    "discriminator",
    {
        "added": ({"oneOf": _MORE}, {"oneOf": _MORE, "discriminator": {"propertyName": "kind"}}),
        "removed": ({"oneOf": _MORE, "discriminator": {"propertyName": "kind"}}, {"oneOf": _MORE}),
    },
)
_register(
    "discriminator-property-name",
    {
        "changed": (
            {**_DISCRIMINATED, "discriminator": {"propertyName": "kind"}},
            {**_DISCRIMINATED, "discriminator": {"propertyName": "sort"}},
        )
    },
)
_register(
    "discriminator-mapping",
    {
        "added": (
            {**_DISCRIMINATED, "discriminator": {"propertyName": "kind", "mapping": {"a": "#/x/A"}}},
            {
                **_DISCRIMINATED,
                "discriminator": {"propertyName": "kind", "mapping": {"a": "#/x/A", "b": "#/x/B"}},
            },
        ),
        "deleted": (
            {
                **_DISCRIMINATED,
                "discriminator": {"propertyName": "kind", "mapping": {"a": "#/x/A", "b": "#/x/B"}},
            },
            {**_DISCRIMINATED, "discriminator": {"propertyName": "kind", "mapping": {"a": "#/x/A"}}},
        ),
        "changed": (
            {**_DISCRIMINATED, "discriminator": {"propertyName": "kind", "mapping": {"a": "#/x/A"}}},
            {**_DISCRIMINATED, "discriminator": {"propertyName": "kind", "mapping": {"a": "#/x/B"}}},
        ),
    },
)
_register(
    "list-of-types",
    {
        "widened": (
            {"oneOf": [_STRING, {"type": "integer"}]},
            {"oneOf": [_STRING, {"type": "integer"}, {"type": "boolean"}]},
        ),
        "narrowed": (
            {"oneOf": [_STRING, {"type": "integer"}, {"type": "boolean"}]},
            {"oneOf": [_STRING, {"type": "integer"}]},
        ),
    },
)
_register("description", {"changed": ({**_STRING, "description": "a"}, {**_STRING, "description": "b"})})


#: (how values travel at the place, how) -> a type change with that verdict.  JSON tells ``1``
#: from ``"1"``; a parameter is a string on the wire; a parameter's property may travel either
#: way (the two readings disagreeing is "changed"); a response header is read as a string.
_TYPES: dict[tuple[str, str], tuple[str, str]] = {
    ("request", "changed"): ("string", "integer"),
    ("request", "generalized"): ("integer", "number"),
    ("response", "changed"): ("string", "integer"),
    ("response", "generalized"): ("integer", "number"),
    ("response", "specialized"): ("number", "integer"),
    ("parameter", "changed"): ("string", "integer"),
    ("parameter", "generalized"): ("integer", "string"),
    ("parameter-property", "changed"): ("integer", "string"),
    ("parameter-property", "generalized"): ("integer", "number"),
    ("parameter-property", "specialized"): ("string", "integer"),
    ("header", "changed"): ("boolean", "integer"),
    ("header", "compatible"): ("string", "integer"),
    ("header", "generalized"): ("integer", "number"),
    ("header", "specialized"): ("number", "integer"),
}
_TRAVEL = {
    "request-parameter": "parameter",
    "request-parameter-property": "parameter-property",
    "response-header": "header",
}


def _type_pair(rule: Rule) -> Pair | None:
    """A type change with the row's verdict, for how values travel where the row is."""
    found = _TYPES.get((_TRAVEL.get(rule.where, rule.direction), rule.how))
    return None if found is None else ({"type": found[0]}, {"type": found[1]})


# --- where a pair goes ---------------------------------------------------------------------------


def _spec(version: str, operation: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "conformance", "version": "1.0.0"},
        "paths": {"/things/{id}": {"post": operation}},
        "components": {"schemas": schemas},
    }


def _ok(content: Schema | None = None, headers: dict[str, Any] | None = None) -> dict[str, Any]:
    response: dict[str, Any] = {"description": "ok"}
    if content is not None:
        response["content"] = {"application/json": {"schema": content}}
    if headers is not None:
        response["headers"] = headers
    return {"responses": {"200": response}}


def _path_id() -> dict[str, Any]:
    return {"name": "id", "in": "path", "required": True, "schema": _STRING}


#: how a schema is reached from its place: directly, through ``$ref``, an ``allOf`` member, ``items``
def _reach(how: str, schema: Schema, schemas: dict[str, Any]) -> Schema:
    if how == "ref":
        schemas["Reached"] = schema
        return {"$ref": "#/components/schemas/Reached"}
    return schema


def _property_holder(reach: str, prop: Schema, schemas: dict[str, Any]) -> Schema:
    """An object with property ``p``, reached as ``reach`` says."""
    return _wrapped(reach, {"type": "object", "properties": {"p": prop}}, schemas)


def _wrapped(reach: str, holder: Schema, schemas: dict[str, Any]) -> Schema:
    """The object ``holder``, reached as ``reach`` says."""
    if reach == "ref":
        schemas["Holder"] = holder
        return {"$ref": "#/components/schemas/Holder"}
    if reach == "allOf":
        return {"allOf": [holder]}
    if reach == "items":
        return {"type": "array", "items": holder}
    return holder


def placed(
    rule: Rule, version: str, reach: str, schema: Schema, parent: Schema | None = None
) -> dict[str, Any]:
    """A spec with ``schema`` at a place of ``rule.where`` (``parent``: the whole holder, for
    rules about a property's presence or requiredness)."""
    schemas: dict[str, Any] = {}
    where = rule.where
    params = [_path_id()]
    operation: dict[str, Any]
    if where.startswith("request-parameter") or where == "request-header-property":
        location = "header" if rule.where == "request-header-property" else _PARAMETER_IN[reach]
        if location == "header" and rule.where == "request-parameter-property":
            location = "query"  # an object in a header has rules of its own
        value = (
            schema if where == "request-parameter" else parent or _property_holder("direct", schema, schemas)
        )
        param = {
            "name": "x",
            "in": location,
            "schema": _reach(reach if reach == "ref" else "direct", value, schemas),
        }
        if location == "path":
            param = {**param, "name": "id", "required": True}
            params = []
        operation = {"parameters": [*params, param], **_ok()}
    elif where == "request-body":
        operation = {
            "parameters": params,
            "requestBody": {"content": {"application/json": {"schema": _reach(reach, schema, schemas)}}},
            **_ok(),
        }
    elif where in ("response-body", "response-header"):
        body = _reach(reach, schema, schemas)
        if where == "response-body":
            operation = {"parameters": params, **_ok(body)}
        else:
            operation = {"parameters": params, **_ok(headers={"X-Thing": {"schema": body}})}
    else:
        body = (
            _wrapped(reach, parent, schemas)
            if parent is not None
            else _property_holder(reach, schema, schemas)
        )
        if where.startswith("request"):
            operation = {
                "parameters": params,
                "requestBody": {"content": {"application/json": {"schema": body}}},
                **_ok(),
            }
        else:
            operation = {"parameters": params, **_ok(body)}
    return _spec(version, operation, schemas)


#: the parameter location each way of reaching exercises (every location is reached)
_PARAMETER_IN = {"direct": "query", "ref": "header", "allOf": "cookie", "items": "path"}

#: what a property's presence, requiredness and flags look like in its parent
_PROPERTY: dict[tuple[str, str], Callable[[Rule], Pair]] = {}


def _holder(prop: Schema | None, required: bool) -> Schema:
    holder: Schema = {"type": "object", "properties": {"a": _STRING}}
    if prop is not None:
        holder["properties"]["p"] = prop
    if required:
        holder["required"] = ["p"]
    return holder


def _flags(rule: Rule) -> Schema:
    if rule.where == "response-write-only-property":
        return {**_STRING, "writeOnly": True}
    if rule.where == "request-read-only-property":
        return {**_STRING, "readOnly": True}
    return _STRING


_PROPERTY["property", "added-optional"] = lambda r: (_holder(None, False), _holder(_flags(r), False))
_PROPERTY["property", "added-required"] = lambda r: (_holder(None, False), _holder(_flags(r), True))
_PROPERTY["property", "added-required-with-default"] = lambda r: (
    _holder(None, False),
    _holder({**_STRING, "default": "x"}, True),
)
_PROPERTY["property", "removed"] = lambda r: (_holder(_flags(r), False), _holder(None, False))
_PROPERTY["property", "removed-optional"] = lambda r: (_holder(_flags(r), False), _holder(None, False))
_PROPERTY["property", "removed-required"] = lambda r: (_holder(_flags(r), True), _holder(None, False))
_PROPERTY["required", "added"] = lambda r: (_holder(_flags(r), False), _holder(_flags(r), True))
_PROPERTY["required", "added-with-default"] = lambda r: (
    _holder({**_STRING, "default": "x"}, False),
    _holder({**_STRING, "default": "x"}, True),
)
_PROPERTY["required", "removed"] = lambda r: (_holder(_flags(r), True), _holder(_flags(r), False))
for _flag, _keyword in (("read-only", "readOnly"), ("write-only", "writeOnly")):
    _PROPERTY[_flag, "added"] = lambda r, k=_keyword: (
        _holder(_STRING, "-required-" in r.where),
        _holder({**_STRING, k: True}, "-required-" in r.where),
    )
    _PROPERTY[_flag, "removed"] = lambda r, k=_keyword: (
        _holder({**_STRING, k: True}, "-required-" in r.where),
        _holder(_STRING, "-required-" in r.where),
    )

#: places whose requiredness is the parameter's or body's own, not a property's
_TOP = ("request-body", "request-parameter", "response-header")
_SCHEMA_PLACES = (
    "request-parameter",
    "request-parameter-property",
    "request-header-property",
    "request-body",
    "request-property",
    "request-read-only-property",
    "request-required-property",
    "request-optional-property",
    "response-body",
    "response-property",
    "response-write-only-property",
    "response-required-property",
    "response-optional-property",
    "response-header",
)
#: how each kind of place is reached: a body or parameter by ``$ref``, a property also through
#: ``allOf`` and ``items``; the four ways also walk a parameter through its four locations
_REACHES = {
    "top": ("direct", "ref"),
    "parameter": ("direct", "ref", "allOf", "items"),
    "property": ("direct", "ref", "allOf", "items"),
}


def _pairs(rule: Rule, version: str) -> Pair | tuple[None, Pair] | None:
    """The row's change as a pair: of the schema itself, or (None, pair) of the property's parent."""
    if (rule.what, rule.how) in _PROPERTY and rule.where not in _TOP:
        return None, _PROPERTY[rule.what, rule.how](rule)
    if rule.what == "type":
        return _type_pair(rule)
    make = CHANGES.get((rule.what, rule.how))
    if make is None or rule.where == "request-parameter" and rule.what == "description":
        return None
    base, revision = make(version)
    for where, flag in (
        ("request-read-only-property", "readOnly"),
        ("response-write-only-property", "writeOnly"),
    ):
        if rule.where == where:
            base, revision = {**base, flag: True}, {**revision, flag: True}
    return base, revision


def cases() -> Iterator[Any]:
    for rule in REGISTRY.values():
        if rule.where not in _SCHEMA_PLACES or rule.unreachable:
            continue
        kind = (
            "top"
            if rule.where in ("request-body", "response-body", "response-header")
            else "parameter"
            if rule.where == "request-parameter"
            else "property"
        )
        for version in (V30, V31):
            if version == V30 and rule.what in _ONLY_31:
                continue
            for reach in _REACHES[kind]:
                yield pytest.param(rule, version, reach, id=f"{rule.id}-{version}-{reach}")


#: JSON Schema 2020-12 keywords 3.0 does not have (and 3.0's exclusive bounds are booleans)
_ONLY_31 = {
    "const",
    "if",
    "then",
    "else",
    "contains",
    "min-contains",
    "max-contains",
    "property-names",
    "unevaluated-items",
    "unevaluated-properties",
    "content-schema",
    "content-media-type",
    "content-encoding",
    "dependent-required",
    "dependent-schema",
    "pattern-property",
    "prefix-items",
    "exclusive-max",
    "exclusive-min",
}

CASES = list(cases())


def test_the_generator_covers_the_schema_rules() -> None:
    """Every schema row gets a fixture, except those it names and why."""
    covered = {case.values[0].id for case in CASES if _pairs(case.values[0], case.values[1]) is not None}
    rows = {r.id for r in REGISTRY.values() if r.where in _SCHEMA_PLACES and not r.unreachable}
    assert rows - covered == NOT_GENERATED
    assert len(covered) > 300


#: rows a pair of schemas cannot show: they need media types, a body's presence, or a
#: serialisation the generator does not write
NOT_GENERATED = {
    "request-body-added-optional",
    "request-body-added-required",
    "request-body-removed",
    "request-body-media-type-added",
    "request-body-media-type-removed",
    "request-body-media-type-schema-added",
    "request-body-media-type-schema-removed",
    "response-body-media-type-schema-added",
    "response-body-media-type-schema-removed",
    "response-media-type-added",
    "response-media-type-removed",
    "response-media-type-name-changed",
    "response-media-type-name-generalized",
    "response-media-type-name-specialized",
    "response-header-added",
    "optional-response-header-removed",
    "required-response-header-removed",
    "response-header-became-optional",
    "request-body-became-optional",
    "request-body-became-required",
    "request-body-type-compatible",
    "response-body-type-compatible",
    "response-property-type-compatible",
    "request-property-type-compatible",
    "request-parameter-became-optional",
    "request-parameter-became-required",
    "new-optional-request-parameter",
    "new-required-request-parameter",
    "new-request-path-parameter",
    "new-optional-request-default-parameter-to-existing-path",
    "new-required-request-default-parameter-to-existing-path",
    "request-parameter-removed",
    "request-parameter-removed-before-sunset",
    "request-parameter-removed-with-deprecation",
    "request-parameter-deprecated",
    "request-parameter-deprecated-sunset-missing",
    "request-parameter-reactivated",
    "request-parameter-sunset-date-changed-too-small",
    "request-parameter-sunset-date-too-small",
    "request-parameter-sunset-deleted",
    "request-parameter-sunset-parse",
    "request-parameter-description-changed",
    "response-body-wrapped-in-one-of",
    "request-body-wrapped-in-one-of",
    "request-body-all-of-added-annotation-only",
    "request-body-all-of-removed-annotation-only",
    "request-property-all-of-added-annotation-only",
    "request-property-all-of-removed-annotation-only",
    "response-body-all-of-added-annotation-only",
    "response-body-all-of-removed-annotation-only",
    "response-property-all-of-added-annotation-only",
    "response-property-all-of-removed-annotation-only",
    "request-property-deprecated",
    "request-property-deprecated-sunset-invalid",
    "request-property-deprecated-sunset-missing",
    "request-property-deprecated-with-sunset",
    "request-property-reactivated",
    "request-property-stability-decreased",
    "request-property-stability-increased",
    "request-property-sunset-date-too-small",
    "response-property-deprecated",
    "response-property-deprecated-sunset-invalid",
    "response-property-deprecated-sunset-missing",
    "response-property-deprecated-with-sunset",
    "response-property-reactivated",
    "response-property-stability-decreased",
    "response-property-stability-increased",
    "response-property-sunset-date-too-small",
}


@pytest.mark.parametrize(("rule", "version", "reach"), CASES)
def test_the_row_is_reported_at_each_place(rule: Rule, version: str, reach: str) -> None:
    pair = _pairs(rule, version)
    if pair is None:
        return  # named in NOT_GENERATED, checked above
    if pair[0] is None:
        base = placed(rule, version, reach, {}, parent=pair[1][0])
        revision = placed(rule, version, reach, {}, parent=pair[1][1])
    else:
        base = placed(rule, version, reach, pair[0])
        revision = placed(rule, version, reach, pair[1])
    found = [change for change in compare(base, revision).changes if change.id == rule.id]
    assert found, f"{rule.id} not among {[c.id for c in compare(base, revision).changes]}"
    assert {(change.level, change.judged) for change in found} == {(rule.level, rule.policy)}
