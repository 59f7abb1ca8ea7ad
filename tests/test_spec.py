"""The spec model: one walk of operations, parameters, security and references for every stage."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from specfleet.checks.lint import LintContext
from specfleet.errors import SpecfleetError
from specfleet.spec.document import Document
from specfleet.spec.load import load_document, load_text
from specfleet.spec.operations import RefError, SpecModel, spec_model

from .conftest import DATA

FIXTURE = DATA / "spec" / "openapi.yaml"


@pytest.fixture(scope="module")
def document() -> Document:
    return load_document(FIXTURE)


@pytest.fixture(scope="module")
def model(document: Document) -> SpecModel:
    return spec_model(document)


def line_of(document: Document, text: str, after: int = 0) -> int:
    """The 1-based line of the first line after line ``after`` that starts with ``text`` (indent kept)."""
    for number, line in enumerate(document.text.splitlines(), start=1):
        if number > after and line.startswith(text):
            return number
    raise AssertionError(f"{text!r} is not in the fixture")


def test_operations_are_walked_in_spec_order_with_path_item_refs_followed(model: SpecModel) -> None:
    assert [operation.label for operation in model.operations] == [
        "GET /pets/{petId}",
        "DELETE /pets/{petId}",
        "PUT /pets",
        "POST /pets",
        "GET /shared",
    ]
    shared = model.operation("/shared", "GET")
    assert shared.operation_id == "getShared"
    assert shared.pointer == ("components", "pathItems", "Shared", "get")
    assert model.operation("/pets/{petId}", "get").tags == ("pets", "animals")
    assert model.operations_by_key[("/pets", "post")].operation_id == "createPet"


def test_parameters_merge_path_and_operation_levels_the_operation_winning(model: SpecModel) -> None:
    get = model.operation("/pets/{petId}", "get")
    assert [(p.location, p.name) for p in get.parameters] == [
        ("path", "petId"),
        ("query", "verbose"),
        ("header", "x-trace"),  # header names ignore case: the operation's replaced X-Trace in place
        ("query", "limit"),
    ]
    pet_id, verbose, trace, limit = get.parameters
    assert pet_id.required and pet_id.pointer == ("components", "parameters", "PetId")
    assert pet_id.listed_at == ("paths", "/pets/{petId}", "parameters", 0)
    assert verbose.required and verbose.data["description"] == "the operation's own wins"
    assert verbose.pointer == verbose.listed_at == ("paths", "/pets/{petId}", "get", "parameters", 0)
    assert trace.required and trace.key == ("header", "x-trace")
    assert not limit.required and limit.listed_at == ("paths", "/pets/{petId}", "get", "parameters", 2)
    # DELETE has no parameters of its own: it gets the path item's, as written there.
    delete = model.operation("/pets/{petId}", "delete")
    assert [p.name for p in delete.parameters] == ["petId", "verbose", "X-Trace"]
    assert not delete.parameters[1].required


def test_pointers_lead_to_the_lines_the_spec_writes_them_on(document: Document, model: SpecModel) -> None:
    get = model.operation("/pets/{petId}", "get")
    path_line = line_of(document, "  /pets/{petId}:")
    assert document.mark(get.pointer).line == line_of(document, "    get:", path_line)
    pet_id, verbose, _, limit = get.parameters
    assert document.mark(pet_id.pointer).line == line_of(document, "    PetId:")
    assert document.mark(pet_id.listed_at).line == line_of(
        document, "      - $ref: '#/components/parameters/PetId'"
    )
    assert document.mark(verbose.pointer).line == line_of(document, "        - name: verbose")
    assert document.mark(limit.pointer).line == line_of(document, "    Limit:")
    assert get.responses[0].status == "200"
    assert document.mark(get.responses[0].pointer).line == line_of(document, "    Pet:")
    assert document.mark(get.responses[0].listed_at).line == line_of(document, "        '200':")
    body = model.operation("/pets", "post").request_body
    assert body is not None and body.data["required"] is True
    assert document.mark(body.pointer).line == line_of(document, "    NewPet:")


def test_effective_security_is_the_operations_else_the_specs(model: SpecModel) -> None:
    get = model.operation("/pets/{petId}", "get").security
    assert get.inherited and get.pointer == ("security",)
    assert get.alternatives == (("bearer",),) and not get.anonymous

    delete = model.operation("/pets/{petId}", "delete").security  # `security: []`: nothing needed
    assert not delete.inherited and delete.requirements == () and delete.anonymous
    assert delete.pointer == ("paths", "/pets/{petId}", "delete", "security")

    post = model.operation("/pets", "post").security  # `{}` or oauth + apiKey together
    assert post.alternatives == ((), ("apiKey", "oauth"))
    assert post.anonymous
    assert post.requirements[1].schemes == (("oauth", ("write", "read")), ("apiKey", ()))

    put = model.operation("/pets", "put").security  # only `{}`: anonymous, yet declared
    assert put.alternatives == ((),) and put.anonymous and not put.inherited


def test_no_security_anywhere_is_anonymous() -> None:
    model = SpecModel({"paths": {"/a": {"get": {"responses": {}}}}})
    security = model.operation("/a", "get").security
    assert security.requirements == () and security.pointer is None and security.anonymous


def test_components_and_references(document: Document, model: SpecModel) -> None:
    assert list(model.schemas) == ["Pet", "Alias"]
    assert model.schemas["Alias"].data["$ref"] == "#/components/schemas/Pet"  # schemas stay as written
    assert model.security_schemes["oauth"].data == {"type": "http", "scheme": "bearer"}
    assert model.security_schemes["oauth"].pointer == ("components", "securitySchemes", "bearer")
    refs = {ref.pointer: ref.target for ref in model.refs}
    assert refs[("paths", "/pets/{petId}", "parameters", 0, "$ref")] == "#/components/parameters/PetId"
    assert refs[("components", "securitySchemes", "oauth", "$ref")] == "#/components/securitySchemes/bearer"
    assert len(model.refs) == document.text.count("$ref:") and all(ref.local for ref in model.refs)
    for ref in model.refs:  # each one is placed on the line that writes it
        assert f"$ref: '{ref.target}'" in document.text.splitlines()[document.mark(ref.pointer).line - 1]


def test_following_merges_siblings_and_resolving_does_not(model: SpecModel) -> None:
    alias = model.schemas["Alias"]
    followed, pointer = model.follow(alias.data, alias.pointer)
    assert pointer == ("components", "schemas", "Pet")
    assert followed["description"] == "a pet by another name" and followed["type"] == "object"
    assert model.follow(alias.data, alias.pointer)[0] is followed  # built once: identity is stable
    assert "description" not in model.resolve(alias.data)


def test_a_loop_or_a_missing_target_is_a_ref_error_where_the_ref_is(model: SpecModel) -> None:
    with pytest.raises(RefError, match="loops back on itself") as raised:
        model.follow({"$ref": "#/components/parameters/LoopA"}, ("here",))
    assert raised.value.pointer == ("here",)
    with pytest.raises(RefError, match="points to nothing"):
        model.resolve({"$ref": "#/components/parameters/Nope"})
    # The walk never stops on one: it lists it with the operation and goes on.
    put = model.operation("/pets", "put")
    assert put.parameters == ()
    assert [error.pointer for error in put.unresolved] == [("paths", "/pets", "put", "parameters", 0)]
    assert "#/components/parameters/Nowhere" in str(put.unresolved[0])


def test_a_broken_path_item_ref_is_listed_not_walked() -> None:
    model = SpecModel({"paths": {"/gone": {"$ref": "#/components/pathItems/Gone"}}})
    assert model.operations == ()
    assert [error.ref for error in model.unresolved_path_items] == ["#/components/pathItems/Gone"]


def test_operations_by_operation_id_fail_clearly(model: SpecModel) -> None:
    assert model.by_operation_id("deletePet").label == "DELETE /pets/{petId}"
    with pytest.raises(SpecfleetError, match=r"openapi.yaml: no operation with operationId 'nope'"):
        model.by_operation_id("nope")
    with pytest.raises(SpecfleetError, match=r"no operation PATCH /pets"):
        model.operation("/pets", "patch")
    twice = SpecModel({"paths": {"/a": {"get": {"operationId": "x"}}, "/b": {"get": {"operationId": "x"}}}})
    with pytest.raises(SpecfleetError, match=r"'x' is used by GET /a, GET /b"):
        twice.by_operation_id("x")


def test_one_model_per_document_kept_while_the_document_lives(document: Document) -> None:
    assert spec_model(document) is spec_model(document)
    copy = load_document(FIXTURE)
    assert spec_model(copy) is not spec_model(document)
    other = load_text(Path("other.yaml"), "openapi: 3.1.0\npaths: {}\n")
    model = spec_model(other)
    assert model.document is other
    del other
    gc.collect()
    assert model.document is None  # the cache let the document go


def test_lint_reads_the_same_walk(document: Document, model: SpecModel) -> None:
    ctx = LintContext(document, DATA)
    assert ctx.operations is model.operations
    assert ctx.resolve({"$ref": "#/components/parameters/Nope"}) == {}
    assert ctx.resolve({"$ref": "#/components/parameters/Limit"})["name"] == "limit"
