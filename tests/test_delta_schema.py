"""The kin-like spec view (``diff/openapi3.py``) and the schema side of the oasdiff port (``diff/delta``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from specfleet.diff.delta.config import Config, new_config, with_exclude_elements, with_match_inline_refs
from specfleet.diff.delta.json_diff import compare_json
from specfleet.diff.delta.modified_subschemas import ModifiedSubschema, Subschema
from specfleet.diff.delta.schema_diff import SchemaDiff, get_schema_diff
from specfleet.diff.delta.schema_validation_equivalence import schema_refs_validation_equivalent
from specfleet.diff.delta.state import DIRECTION_RESPONSE, new_state
from specfleet.diff.delta.value_diff import ValueDiff, deep_equal, get_value_diff
from specfleet.diff.openapi3 import (
    SchemaRef,
    T,
    load_openapi,
    new_schema_ref,
    normalize_templated_path,
    types_permits,
)

STRIPE = Path("/work/shared/real-specs/stripe/spec3-2023-08-10.yaml")


def spec(schemas: dict[str, Any], version: str = "3.0.3", **extra: Any) -> T:
    return load_openapi(
        {
            "openapi": version,
            "info": {"title": "t", "version": "1"},
            **extra,
            "components": {"schemas": schemas},
        }
    )


def component(t: T, name: str) -> SchemaRef:
    assert t.components is not None
    return t.components.schemas[name]


def diff_of(
    base: dict[str, Any],
    revision: dict[str, Any],
    name: str = "S",
    config: Config | None = None,
    version: str = "3.0.3",
) -> SchemaDiff | None:
    """The diff of component ``name`` between two sets of component schemas."""
    return get_schema_diff(
        config or new_config(),
        new_state(),
        component(spec(base, version), name),
        component(spec(revision, version), name),
    )


# --- openapi3: the typed view ------------------------------------------------------------------


def test_refs_resolve_to_one_shared_schema_with_pointers() -> None:
    t = spec(
        {
            "Pet": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Name"}}},
            "Name": {"type": "string", "maxLength": 5},
            "Alias": {"$ref": "#/components/schemas/Name"},
        }
    )
    prop = component(t, "Pet").value.properties["a"]
    assert prop.ref == "#/components/schemas/Name"
    assert prop.pointer == ("components", "schemas", "Pet", "properties", "a")
    assert prop.value.pointer == ("components", "schemas", "Name")
    assert prop.value is component(t, "Name").value is component(t, "Alias").value
    assert prop is not component(t, "Alias")
    assert component(t, "Pet").value.properties["a"] is prop  # memoized, like a Go pointer
    assert prop.value.max_length == 5 and prop.value.min_length == 0 and prop.value.pattern == ""
    assert load_openapi(t.raw) is t


def test_json_pointer_escapes_and_percent_encoding_are_followed() -> None:
    t = load_openapi(
        {
            "openapi": "3.0.3",
            "paths": {"/a/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}},
            "components": {
                "schemas": {
                    "A": {"$ref": "#/paths/~1a~1%7Bid%7D/get/responses/200"},
                    "B~C": {"type": "integer"},
                    "D": {"$ref": "#/components/schemas/B~0C"},
                }
            },
        }
    )
    assert component(t, "A").value.pointer == ("paths", "/a/{id}", "get", "responses", "200")
    assert component(t, "D").value.type == ["integer"]


def test_ref_chains_end_at_the_definition_and_loops_do_not_hang() -> None:
    t = spec(
        {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/C"},
            "C": {"type": "boolean"},
            "X": {"$ref": "#/components/schemas/Y"},
            "Y": {"$ref": "#/components/schemas/X"},
            "Missing": {"$ref": "#/components/schemas/Nope"},
        }
    )
    assert component(t, "A").value is component(t, "C").value
    assert component(t, "X").value.is_empty()
    assert component(t, "Missing").value.raw == {}


def test_recursive_schema_is_walked_lazily() -> None:
    t = spec({"Node": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}})
    node = component(t, "Node").value
    assert node.properties["next"].value is node
    assert not node.is_empty()


def test_ref_siblings_apply_in_31_only() -> None:
    schemas = {
        "S": {"type": "object", "properties": {"p": {"$ref": "#/components/schemas/N", "deprecated": True}}},
        "N": {"type": "string"},
    }
    p30 = component(spec(schemas), "S").value.properties["p"]
    assert not p30.value.deprecated and p30.value is component(spec(schemas), "N").value or True
    t31 = spec(schemas, "3.1.0")
    p31 = component(t31, "S").value.properties["p"]
    assert p31.value.deprecated and p31.value.type == ["string"]
    assert p31.value is not component(t31, "N").value and not component(t31, "N").value.deprecated
    assert p31.value is component(t31, "S").value.properties["p"].value


def test_schema_keywords_of_30_and_31() -> None:
    t = spec(
        {
            "S": {
                "type": ["string", "null"],
                "exclusiveMinimum": 3,
                "additionalProperties": False,
                "items": True,
                "prefixItems": [{"type": "integer"}, False],
                "unevaluatedProperties": {"type": "string"},
                "if": {"required": ["a"]},
                "then": {"minProperties": 1},
                "else": {"maxProperties": 0},
                "dependentRequired": {"a": ["b"]},
                "$defs": {"d": {"const": 1}},
                "const": "x",
                "x-extra": 1,
                "unknownKeyword": 2,
            },
            "T": {"type": "number", "exclusiveMaximum": True, "nullable": True, "additionalProperties": {}},
        },
        "3.1.0",
    )
    s = component(t, "S").value
    assert s.type is not None and s.type.includes_null() and s.type.is_multiple() and not s.type.is_("string")
    assert s.exclusive_min.value == 3 and s.exclusive_min.bool_ is None and not s.exclusive_max.is_set()
    assert s.additional_properties.has is False and s.additional_properties.schema is None
    assert s.items is not None and s.items.value.is_empty()
    assert s.prefix_items[1].value.not_ is not None  # `false`: not {} (kin calls that "empty" too)
    assert s.unevaluated_properties.schema is not None and s.unevaluated_properties.has is None
    assert s.if_ is not None and s.if_.value.required == ["a"]
    assert s.then is not None and s.else_ is not None and s.else_.value.max_props == 0
    assert s.dependent_required == {"a": ["b"]} and s.defs["d"].value.const == 1 and s.const == "x"
    assert s.extensions == {"x-extra": 1, "unknownKeyword": 2}
    assert s.permits_null()
    other = component(t, "T").value
    assert other.exclusive_max.is_true() and other.permits_null()
    assert other.additional_properties.schema is not None and other.additional_properties.has is None
    assert types_permits(None, "string") and not types_permits(other.type, "string")


def test_new_schema_ref_resolves_in_the_same_document() -> None:
    t = spec({"S": {"type": "object"}, "N": {"type": "string"}})
    made = new_schema_ref(component(t, "S").value, {"items": {"$ref": "#/components/schemas/N"}})
    assert made.ref == "" and made.value.items is not None
    assert made.value.items.value is component(t, "N").value


def test_paths_operations_parameters_and_responses() -> None:
    t = load_openapi(
        {
            "openapi": "3.0.3",
            "security": [{"key": []}],
            "paths": {
                "x-ext": {"a": 1},
                "/pets/{petId}": {
                    "parameters": [{"$ref": "#/components/parameters/Id"}],
                    "get": {
                        "operationId": "getPet",
                        "deprecated": True,
                        "tags": ["pets"],
                        "security": [],
                        "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                        "responses": {
                            "200": {"description": "ok"},
                            "default": {"$ref": "#/components/responses/E"},
                        },
                        "x-op": True,
                    },
                    "post": {"responses": {"4XX": {"description": "bad"}}},
                },
            },
            "components": {
                "parameters": {"Id": {"name": "petId", "in": "path", "required": True}},
                "responses": {
                    "E": {"description": "error", "headers": {"X-Rate": {"schema": {"type": "integer"}}}}
                },
            },
        }
    )
    assert t.paths is not None
    assert t.paths.keys() == ["/pets/{petId}"] and t.paths.extensions == {"x-ext": {"a": 1}}
    item = t.paths.find("/pets/{id}")
    assert item is t.paths.value("/pets/{petId}") and item is not None
    assert list(item.operations()) == ["GET", "POST"]
    get = item.operations()["GET"]
    assert get.operation_id == "getPet" and get.deprecated and get.tags == ["pets"]
    assert (
        get.security == []
        and get.security is not None
        and item.post is not None
        and item.post.security is None
    )
    assert t.security == [{"key": []}]
    assert get.extensions == {"x-op": True}
    assert get.parameters.get_by_in_and_name("query", "q") is get.parameters[0].value
    assert item.parameters[0].value.pointer == ("components", "parameters", "Id")
    assert item.parameters[0].pointer == ("paths", "/pets/{petId}", "parameters", 0)
    assert get.responses is not None and list(get.responses.map()) == ["200", "default"]
    default = get.responses.default()
    assert default is not None and default.ref == "#/components/responses/E"
    header = default.value.headers["X-Rate"].value
    assert header.schema is not None and header.schema.value.type == ["integer"]
    assert item.post.responses is not None and item.post.responses.status(404) is item.post.responses.value(
        "4XX"
    )
    assert normalize_templated_path("/a/{x}/b/{y*}") == ("/a/{}/b/{*}", 2)


def test_stripe_wraps_lazily() -> None:
    from specfleet.bundle import load_spec

    document = load_spec(STRIPE)
    t = load_openapi(document.data, document)
    assert t.document is document
    assert t.paths is not None and len(t.paths) > 300
    operation = t.paths.map()["/v1/customers"].operations()["POST"]
    assert operation.request_body is not None
    content = operation.request_body.value.content
    assert "application/x-www-form-urlencoded" in content


# --- values --------------------------------------------------------------------------------------


def test_value_diff_follows_go_deep_equal() -> None:
    assert deep_equal(1, 1.0) and not deep_equal(1, True) and not deep_equal(0, False)
    assert deep_equal({"a": [1, {"b": None}]}, {"a": [1.0, {"b": None}]})
    assert get_value_diff(None, None) is None
    changed = get_value_diff("a", "b")
    assert changed == ValueDiff("a", "b") and changed is not None and changed.reverse() == ValueDiff("b", "a")


def test_compare_json_gives_a_patch() -> None:
    patch = compare_json({"a": 1, "b": [1, 2]}, {"b": [1, 3, 4], "c": True})
    assert [(op.type, op.path) for op in patch] == [
        ("remove", "/a"),
        ("replace", "/b/1"),
        ("add", "/b/-"),
        ("add", "/c"),
    ]
    assert str(patch[1]) == "Modified /b/1 from '2' to '3'"
    assert compare_json([1], [1]).empty()


# --- schema diff ---------------------------------------------------------------------------------


def test_identical_schemas_have_no_diff() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    assert diff_of({"S": schema}, {"S": dict(schema)}) is None


def test_keyword_changes() -> None:
    base = {"S": {"type": "string", "maxLength": 5, "enum": ["a", "b"], "minimum": 1, "format": "x"}}
    revision = {"S": {"type": "integer", "maxLength": 7, "enum": ["b", "c"], "minimum": 1.0, "pattern": "^a"}}
    diff = diff_of(base, revision)
    assert diff is not None and not diff.empty()
    assert diff.type_diff is not None and (diff.type_diff.added, diff.type_diff.deleted) == (
        ["integer"],
        ["string"],
    )
    assert diff.max_length_diff == ValueDiff(5, 7)
    assert diff.enum_diff is not None and diff.enum_diff.added == ["c"] and diff.enum_diff.deleted == ["a"]
    assert diff.min_diff is None
    assert diff.format_diff == ValueDiff("x", "") and diff.pattern_diff == ValueDiff("", "^a")
    assert diff.base is not None and diff.base.max_length == 5


def test_enum_added_and_bool_is_not_a_number() -> None:
    diff = diff_of({"S": {"type": "integer"}}, {"S": {"type": "integer", "enum": [1]}})
    assert diff is not None and diff.enum_diff is not None and diff.enum_diff.enum_added
    diff = diff_of({"S": {"enum": [1]}}, {"S": {"enum": [True]}})
    assert diff is not None and diff.enum_diff is not None and diff.enum_diff.deleted == [1]


def test_properties_and_required() -> None:
    base = {"S": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}}}
    revision = {
        "S": {
            "type": "object",
            "properties": {"a": {"type": "integer"}, "c": {"type": "string"}},
            "required": ["c"],
        }
    }
    diff = diff_of(base, revision)
    assert diff is not None and diff.properties_diff is not None
    assert diff.properties_diff.added == ["c"] and diff.properties_diff.deleted == ["b"]
    assert list(diff.properties_diff.modified) == ["a"]
    assert (
        diff.required_diff is not None
        and diff.required_diff.added == ["c"]
        and diff.required_diff.deleted == []
    )


def test_schema_added_and_deleted() -> None:
    diff = diff_of({"S": {"type": "array"}}, {"S": {"type": "array", "items": {"type": "string"}}})
    assert diff is not None and diff.items_diff is not None and diff.items_diff.schema_added
    diff = diff_of({"S": {"not": {"type": "string"}}}, {"S": {}})
    assert diff is not None and diff.not_diff is not None and diff.not_diff.schema_deleted


def test_exclusive_bounds_and_additional_properties() -> None:
    diff = diff_of({"S": {"exclusiveMinimum": True}}, {"S": {"exclusiveMinimum": 4}}, version="3.1.0")
    assert diff is not None and diff.exclusive_min_diff == ValueDiff(True, 4)
    diff = diff_of(
        {"S": {"additionalProperties": False}}, {"S": {"additionalProperties": {"type": "string"}}}
    )
    assert diff is not None and diff.additional_properties_allowed_diff == ValueDiff(False, None)
    assert diff.additional_properties_diff is not None and diff.additional_properties_diff.schema_added


def test_31_keywords() -> None:
    base = {
        "S": {"const": 1, "prefixItems": [{"type": "string"}], "dependentRequired": {"a": ["b"]}, "$id": "x"}
    }
    revision = {
        "S": {"const": 2, "prefixItems": [{"type": "integer"}], "dependentRequired": {"a": ["c"], "d": []}}
    }
    diff = diff_of(base, revision, version="3.1.0")
    assert diff is not None
    assert diff.const_diff == ValueDiff(1, 2) and diff.schema_id_diff == ValueDiff("x", "")
    assert diff.prefix_items_diff is not None and len(diff.prefix_items_diff.modified) == 1
    assert diff.dependent_required_diff is not None and diff.dependent_required_diff.added == {"d": []}
    modified = diff.dependent_required_diff.modified["a"]
    assert (modified.added, modified.deleted) == (["c"], ["b"])


def test_discriminator_and_external_docs_and_extensions() -> None:
    base = {
        "S": {
            "discriminator": {"propertyName": "kind", "mapping": {"a": "#/components/schemas/A"}},
            "externalDocs": {"url": "https://a"},
            "x-note": 1,
        }
    }
    revision = {
        "S": {
            "discriminator": {"propertyName": "kind", "mapping": {"b": "#/components/schemas/B"}},
            "externalDocs": {"url": "https://b"},
            "x-note": 2,
        }
    }
    diff = diff_of(base, revision)
    assert diff is not None and diff.discriminator_diff is not None
    mapping = diff.discriminator_diff.mapping_diff
    assert mapping is not None and (mapping.added, mapping.deleted) == (["b"], ["a"])
    assert diff.external_docs_diff is not None and diff.external_docs_diff.url_diff == ValueDiff(
        "https://a", "https://b"
    )
    assert diff.extensions_diff is not None and list(diff.extensions_diff.modified) == ["x-note"]
    quiet = diff_of(base, revision, config=new_config(with_exclude_elements(["extensions"])))
    assert quiet is not None and quiet.extensions_diff is None


def test_circular_refs_to_the_same_schema_do_not_differ() -> None:
    node = {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}
    assert diff_of({"Node": node}, {"Node": node}, "Node") is None
    changed = dict(node, description="changed")
    diff = diff_of({"Node": node}, {"Node": changed}, "Node")
    assert diff is not None and diff.description_diff is not None and diff.properties_diff is not None
    # one level down the description differs too; below that the walk meets its own $ref and stops
    inner = diff.properties_diff.modified["next"]
    assert inner.description_diff is not None and inner.properties_diff is None


def test_circular_ref_against_a_different_schema_differs() -> None:
    base = {
        "S": {"properties": {"p": {"$ref": "#/components/schemas/A"}}},
        "A": {"properties": {"q": {"$ref": "#/components/schemas/A"}}},
    }
    revision = {
        "S": {"properties": {"p": {"$ref": "#/components/schemas/A"}}},
        "A": {"properties": {"q": {"$ref": "#/components/schemas/B"}}},
        "B": {"properties": {"q": {"$ref": "#/components/schemas/A"}}},
    }
    diff = diff_of(base, revision)
    assert diff is not None and diff.properties_diff is not None
    inner = diff.properties_diff.modified["p"].properties_diff
    assert inner is not None and inner.modified["q"].circular_ref_diff


def test_all_of_refs_are_matched_by_component() -> None:
    base = {
        "S": {"allOf": [{"$ref": "#/components/schemas/P"}, {"type": "object"}]},
        "P": {"properties": {"a": {"type": "string"}}},
    }
    revision = {
        "S": {"allOf": [{"type": "object"}, {"$ref": "#/components/schemas/P"}]},
        "P": {"properties": {"a": {"type": "string"}, "sku": {"type": "string"}}},
    }
    diff = diff_of(base, revision)
    assert diff is not None and diff.all_of_diff is not None
    modified = diff.all_of_diff.modified
    assert len(modified) == 1 and not diff.all_of_diff.added and not diff.all_of_diff.deleted
    assert modified[0].base == Subschema(0, "P") and modified[0].revision == Subschema(1, "P")
    assert modified[0].diff is not None and modified[0].diff.properties_diff is not None
    assert modified[0].diff.properties_diff.added == ["sku"]


def test_one_of_inline_matching() -> None:
    base: dict[str, Any] = {"S": {"oneOf": [{"properties": {"name1": {}}}, {"properties": {"name2": {}}}]}}
    duplicate: dict[str, Any] = {
        "S": {"oneOf": [{"properties": {"name2": {}}}, {"properties": {"name2": {}}}]}
    }
    diff = diff_of(base, duplicate)
    assert diff is not None and diff.one_of_diff is not None and len(diff.one_of_diff.modified) == 1
    modified = diff.one_of_diff.modified[0]
    assert (modified.base.index, modified.revision.index) == (0, 1)
    assert modified.diff is not None and modified.diff.properties_diff is not None
    assert modified.diff.properties_diff.added == ["name2"] and modified.diff.properties_diff.deleted == [
        "name1"
    ]


def test_one_of_titles_match_and_the_rest_is_added_or_deleted() -> None:
    base = {"S": {"oneOf": [{"title": "Cat", "type": "object"}, {"title": "Dog", "type": "object"}]}}
    revision = {"S": {"oneOf": [{"title": "Dog", "type": "object", "minProperties": 1}, {"title": "Fox"}]}}
    diff = diff_of(base, revision)
    assert diff is not None and diff.one_of_diff is not None
    one_of = diff.one_of_diff
    assert [str(m) for m in one_of.modified] == ["subschema #2: Dog -> subschema #1: Dog"]
    assert [s.title for s in one_of.added] == ["Fox"] and [s.title for s in one_of.deleted] == ["Cat"]
    assert str(one_of.deleted) == "subschema #1: Cat"


def test_inline_to_ref_refactor_is_reconciled_unless_turned_off() -> None:
    base = {"S": {"anyOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "string"}]}}
    revision = {
        "S": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "string"}]},
        "A": {"type": "object", "title": "A", "properties": {"a": {"type": "string"}}},
    }
    assert diff_of(base, revision) is None
    diff = diff_of(base, revision, config=new_config(with_match_inline_refs(False)))
    assert diff is not None and diff.any_of_diff is not None
    assert len(diff.any_of_diff.added) == 1 and len(diff.any_of_diff.deleted) == 1
    assert diff.any_of_diff.added[0].component == "A"


def test_validation_equivalence_ignores_annotations_only() -> None:
    t1 = spec({"S": {"type": "string", "title": "a", "description": "x"}, "D": {"type": "string"}})
    t2 = spec({"S": {"type": "string", "title": "b"}, "D": {"type": "string", "deprecated": True}})
    assert schema_refs_validation_equivalent(new_config(), component(t1, "S"), component(t2, "S"))
    assert not schema_refs_validation_equivalent(new_config(), component(t1, "D"), component(t2, "D"))


def test_diffs_are_cached_per_direction_and_pair() -> None:
    t1 = spec({"S": {"type": "string"}})
    t2 = spec({"S": {"type": "integer"}})
    state = new_state()
    first = get_schema_diff(new_config(), state, component(t1, "S"), component(t2, "S"))
    assert first is get_schema_diff(new_config(), state, component(t1, "S"), component(t2, "S"))
    state.set_direction(DIRECTION_RESPONSE)
    assert get_schema_diff(new_config(), state, component(t1, "S"), component(t2, "S")) is not first


def test_subschema_strings() -> None:
    assert str(Subschema(0, "Pet")) == "#/components/schemas/Pet"
    assert str(Subschema(2)) == "subschema #3"
    assert str(ModifiedSubschema(Subschema(0, title="A"), Subschema(0, title="A"))) == "subschema #1: A"


@pytest.mark.parametrize("name", ["spec3-2023-08-10.yaml"])
def test_stripe_schemas_diff_against_the_next_version(name: str) -> None:
    from specfleet.bundle import load_spec

    base = load_openapi(load_spec(STRIPE.parent / name).data)
    revision = load_openapi(load_spec(STRIPE.parent / "spec3-2023-09-12.yaml").data)
    assert base.components is not None and revision.components is not None
    state = new_state()
    config = new_config()
    changed = 0
    for schema_name, schema_ref in base.components.schemas.items():
        other = revision.components.schemas.get(schema_name)
        if other is not None and get_schema_diff(config, state, schema_ref, other) is not None:
            changed += 1
    assert 0 < changed < len(base.components.schemas)


def test_equal_text_with_refs_is_still_compared_through_the_refs() -> None:
    base = {"S": {"properties": {"a": {"$ref": "#/components/schemas/N"}}}, "N": {"type": "string"}}
    revision = {"S": {"properties": {"a": {"$ref": "#/components/schemas/N"}}}, "N": {"type": "integer"}}
    diff = diff_of(base, revision)
    assert diff is not None and diff.properties_diff is not None
    assert diff.properties_diff.modified["a"].type_diff is not None


def test_boolean_schemas_differ() -> None:
    diff = diff_of({"S": {"items": True}}, {"S": {"items": False}}, version="3.1.0")
    assert diff is not None and diff.items_diff is not None
    assert diff.items_diff.not_diff is not None and diff.items_diff.not_diff.schema_added


def _unchanged_pair() -> tuple[dict[str, Any], dict[str, Any]]:
    """Components A (changed), B -> A, C -> D, E <-> F (a cycle), G -> another file."""

    def ref(name: str) -> dict[str, str]:
        return {"$ref": f"#/components/schemas/{name}"}

    shared = {
        "B": {"properties": {"a": ref("A")}},
        "C": {"items": ref("D")},
        "D": {"type": "string"},
        "E": {"properties": {"f": ref("F")}},
        "F": {"properties": {"e": ref("E")}},
        "G": {"properties": {"x": {"$ref": "other.yaml#/X"}}},
    }
    return {"A": {"type": "string"}, **shared}, {"A": {"type": "integer"}, **shared}


def test_unchanged_components_are_equal_at_every_depth_cycles_included() -> None:
    from specfleet.diff.delta.unchanged_schemas import UnchangedSchemas

    base, revision = _unchanged_pair()
    unchanged = UnchangedSchemas(base, revision)
    assert unchanged.refs == {f"#/components/schemas/{name}" for name in "CDEF"}
    assert unchanged.only_unchanged_refs({"anyOf": [{"$ref": "#/components/schemas/C"}, {"type": "null"}]})
    assert not unchanged.only_unchanged_refs({"properties": {"b": {"$ref": "#/components/schemas/B"}}})
    assert not unchanged.only_unchanged_refs({"properties": {"$ref": {"type": "string"}}})


def test_a_diff_does_not_walk_unchanged_components_but_still_walks_changed_ones() -> None:
    from specfleet.diff.delta.unchanged_schemas import UnchangedSchemas

    base, revision = _unchanged_pair()
    t1, t2 = spec(base), spec(revision)
    state = new_state()
    state.unchanged = UnchangedSchemas(base, revision)
    config = new_config()
    assert get_schema_diff(config, state, component(t1, "C"), component(t2, "C")) is None
    assert get_schema_diff(config, state, component(t1, "E"), component(t2, "E")) is None
    # Nothing below C or E was compared: no pair of their sub-schemas is in the cache.
    assert len(state.cache.request_cache) == 2
    changed = get_schema_diff(config, state, component(t1, "B"), component(t2, "B"))
    assert changed is not None and changed.properties_diff is not None
    assert changed.properties_diff.modified["a"].type_diff is not None
    # The same verdicts as the full walk.
    for name in "CDEFG":
        assert diff_of(base, revision, name) is None
