"""Specs split across files are bundled into one document, and every problem stays at its file:line."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.parser.errors import GeneratorError

from specfleet.checks.openapi_schema import schema_problems
from specfleet.checks.validate import check_file
from specfleet.config import ClientSettings
from specfleet.errors import Problem, SpecError
from specfleet.generation.render import generator_config
from specfleet.opc import parse as opc
from specfleet.spec.bundle import load_spec
from specfleet.spec.load import load_document
from specfleet.spec.refs import iter_refs, lookup, parse_fragment

from .conftest import DATA, PROVIDERS, ROOT

PETSTORE = DATA / "multifile" / "petstore"


@pytest.fixture
def petstore(tmp_path: Path) -> Path:
    """A scratch copy of the split petstore, inside a folder that also holds a file it must not read."""
    (tmp_path / "outside.yaml").write_text("Secret:\n  description: do-not-show-me\n")
    folder = tmp_path / "pets"
    shutil.copytree(PETSTORE, folder)
    return folder


def problems_of(root: Path) -> list[Problem]:
    with pytest.raises(SpecError) as caught:
        load_spec(root / "openapi.yaml")
    return caught.value.problems


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1))


def line_of(path: Path, needle: str) -> int:
    return next(number for number, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


# --- the bundled document ------------------------------------------------------------------------


def test_bundle_is_self_contained_and_valid() -> None:
    document = load_spec(PETSTORE / "openapi.yaml")
    refs = list(iter_refs(document.data))
    assert len(refs) == 15
    for _, target in refs:
        assert target.startswith("#/components/"), target
        lookup(document.data, parse_fragment(target[1:]))  # raises when the target is missing
    assert list(schema_problems(document)) == []
    assert check_file(PETSTORE / "openapi.yaml", DATA).problems == []  # validator and lint rules


def test_bundle_places_components_under_their_file_names() -> None:
    data = load_spec(PETSTORE / "openapi.yaml").data
    components = data["components"]
    assert list(components["schemas"]) == ["Pet", "NewPet", "Error", "Tag"]
    assert list(components["parameters"]) == ["limit", "petId"]
    assert list(components["responses"]) == ["Error", "PetCreated"]
    assert components["examples"]["pets"]["value"][0]["name"] == "Rex"
    # the root's own `Pet: {$ref: components/schemas/Pet.yaml}` becomes the schema itself
    assert components["schemas"]["Pet"]["allOf"][0] == {"$ref": "#/components/schemas/NewPet"}
    # path items and operations are written in place; a sibling of a $ref stays beside it
    assert data["paths"]["/pets/{petId}/photo"]["get"]["operationId"] == "getPetPhoto"
    assert data["paths"]["/pets/{petId}"]["get"]["responses"]["404"] == {
        "description": "No pet with that id",
        "$ref": "#/components/responses/Error",
    }
    # a $ref to a markdown file stands for its text
    assert data["info"]["description"] == (PETSTORE / "info-description.md").read_text()


def test_bundle_is_deterministic() -> None:
    first = load_spec(PETSTORE / "openapi.yaml").data
    assert load_spec(PETSTORE / "openapi.yaml").data == first
    assert repr(load_spec(PETSTORE / "openapi.yaml").data) == repr(first)  # same key order too


def test_openapi_python_client_reads_the_bundle() -> None:
    document = load_spec(PETSTORE / "openapi.yaml")
    settings = ClientSettings(distribution="pets", package="pets", version="1.0.0", description="x")
    parsed = opc.parse(document.data, generator_config(settings, document.path, Path("unused")))
    assert not isinstance(parsed, GeneratorError)
    [collection] = parsed.endpoint_collections_by_tag.values()
    assert [endpoint.name for endpoint in collection.endpoints] == [
        "list_pets",
        "create_pet",
        "show_pet_by_id",
        "get_pet_photo",
    ]
    assert collection.parse_errors == [] and parsed.errors == []
    assert sorted(model.class_info.name for model in parsed.models) == [
        "Error",
        "GetPetPhotoResponse200",
        "NewPet",
        "Pet",
    ]


def test_json_root_with_yaml_files_bundles(tmp_path: Path) -> None:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "Pet.yaml").write_text("type: object\nproperties:\n  name: {type: string}\n")
    (tmp_path / "openapi.json").write_text(
        '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/p": {"get": {\n'
        '  "responses": {"200": {"description": "ok", "content": {"application/json": {\n'
        '    "schema": {"$ref": "schemas/Pet.yaml"}}}}}}}}}\n'
    )
    document = load_spec(tmp_path / "openapi.json")
    assert document.data["components"]["schemas"]["Pet"]["properties"]["name"] == {"type": "string"}
    assert document.where(("components", "schemas", "Pet", "properties", "name")) == (
        tmp_path / "schemas" / "Pet.yaml",
        document.mark(("components", "schemas", "Pet", "properties", "name")),
    )
    assert document.mark(("components", "schemas", "Pet", "properties", "name")).line == 3


# --- names ---------------------------------------------------------------------------------------


def test_same_file_names_in_two_folders_get_distinct_names(tmp_path: Path) -> None:
    for folder, kind in (("a", "string"), ("b", "integer")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "Id.yaml").write_text(f"type: {kind}\n")
    (tmp_path / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    Id: {type: boolean}\n    Pair:\n      type: object\n      properties:\n"
        "        a: {$ref: a/Id.yaml}\n        b: {$ref: b/Id.yaml}\n        again: {$ref: ./a/Id.yaml}\n"
    )
    schemas = load_spec(tmp_path / "openapi.yaml").data["components"]["schemas"]
    assert schemas["Pair"]["properties"] == {
        "a": {"$ref": "#/components/schemas/Id_2"},
        "b": {"$ref": "#/components/schemas/Id_3"},
        "again": {"$ref": "#/components/schemas/Id_2"},
    }
    assert (schemas["Id"], schemas["Id_2"], schemas["Id_3"]) == (
        {"type": "boolean"},
        {"type": "string"},
        {"type": "integer"},
    )


def test_digitalocean_style_fragments_name_components_and_operations_are_inlined(tmp_path: Path) -> None:
    (tmp_path / "droplets").mkdir()
    (tmp_path / "droplets" / "parameters.yml").write_text(
        "droplet_id:\n  name: droplet_id\n  in: path\n  required: true\n  schema: {type: integer}\n"
        "tag_name:\n  name: tag_name\n  in: query\n  schema: {type: string}\n"
    )
    (tmp_path / "droplets" / "droplets_get.yml").write_text(
        "operationId: droplets_get\nparameters:\n  - $ref: 'parameters.yml#/droplet_id'\n"
        "responses:\n  '200': {description: ok}\nx-codeSamples:\n  - $ref: 'samples/curl.yml'\n"
    )
    (tmp_path / "droplets" / "samples").mkdir()
    (tmp_path / "droplets" / "samples" / "curl.yml").write_text("lang: cURL\nsource: curl -X GET\n")
    (tmp_path / "openapi.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
        "paths:\n  /v2/droplets/{droplet_id}:\n    get:\n      $ref: 'droplets/droplets_get.yml'\n"
    )
    document = load_spec(tmp_path / "openapi.yaml")
    operation = document.data["paths"]["/v2/droplets/{droplet_id}"]["get"]
    assert operation["parameters"] == [{"$ref": "#/components/parameters/droplet_id"}]
    assert operation["x-codeSamples"] == [{"lang": "cURL", "source": "curl -X GET"}]
    assert list(document.data["components"]["parameters"]) == ["droplet_id"]  # tag_name is never used
    assert list(schema_problems(document)) == []


def test_recursive_schemas_across_files_become_local_refs(tmp_path: Path) -> None:
    (tmp_path / "Node.yaml").write_text(
        "type: object\nproperties:\n  children:\n    type: array\n    items: {$ref: Node.yaml}\n"
        "  owner: {$ref: 'Owner.yaml'}\n"
    )
    (tmp_path / "Owner.yaml").write_text(
        "type: object\nproperties:\n  nodes: {$ref: '#/$defs/list'}\n"
        "$defs:\n  list:\n    type: array\n    items: {$ref: Node.yaml}\n"
    )
    (tmp_path / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /tree:\n    get:\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: Node.yaml}\n"
    )
    schemas = load_spec(tmp_path / "openapi.yaml").data["components"]["schemas"]
    assert list(schemas) == ["Node", "Owner", "list"]
    assert schemas["Node"]["properties"]["children"]["items"] == {"$ref": "#/components/schemas/Node"}
    assert schemas["Owner"]["properties"]["nodes"] == {"$ref": "#/components/schemas/list"}
    assert schemas["Owner"]["$defs"]["list"]["items"] == {"$ref": "#/components/schemas/Node"}


def test_sub_file_may_point_back_into_the_root(petstore: Path) -> None:
    edit(
        petstore / "components" / "responses" / "Error.yaml",
        "../schemas/Error.yaml",
        "../../openapi.yaml#/components/schemas/Pet",
    )
    data = load_spec(petstore / "openapi.yaml").data
    assert data["components"]["responses"]["Error"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Pet"
    }


# --- problems at the file and line where they were written -----------------------------------------


def test_validator_error_in_a_sub_file_is_reported_there(petstore: Path) -> None:
    limit = petstore / "components" / "parameters" / "limit.yaml"
    edit(limit, "in: query", "in: querystring")
    report = check_file(petstore / "openapi.yaml", petstore.parent)
    assert report.problems, "the bad parameter must be found"
    assert {(problem.file, problem.rule) for problem in report.problems} == {(str(limit), "openapi-schema")}
    assert {problem.line for problem in report.problems} <= {1, 2}  # the parameter, or its `in:`


def test_lint_finding_in_a_sub_file_is_reported_there(petstore: Path) -> None:
    photo = petstore / "paths" / "get_pet_photo.yaml"
    edit(photo, "operationId: getPetPhoto\n", "")
    report = check_file(petstore / "openapi.yaml", petstore.parent)
    [problem] = report.problems
    assert (problem.file, problem.line, problem.rule) == (str(photo), 1, "operation-id-present")


def test_yaml_error_in_a_sub_file_is_reported_there(petstore: Path) -> None:
    tag = petstore / "components" / "schemas" / "Tag.yaml"
    tag.write_text("type: string\ndescription: A label: dog\n")
    [problem] = problems_of(petstore)
    assert (problem.file, problem.line, problem.column, problem.rule) == (str(tag), 2, 21, "yaml")


def test_missing_target_in_a_sub_file_is_reported_at_its_ref(petstore: Path) -> None:
    pets = petstore / "paths" / "pets.yaml"
    edit(pets, "../components/schemas/NewPet.yaml", "../components/schemas/Nope.yaml")
    [problem] = problems_of(petstore)
    assert (problem.file, problem.line, problem.rule) == (str(pets), line_of(pets, "Nope.yaml"), "ref-safe")
    assert "no such file components/schemas/Nope.yaml" in problem.message


def test_duplicate_key_in_a_sub_file_names_both_lines(petstore: Path) -> None:
    pet_id = petstore / "components" / "parameters" / "petId.yaml"
    pet_id.write_text(pet_id.read_text() + "in: query\n")
    [problem] = problems_of(petstore)
    assert str(problem).startswith(f"{pet_id}:8:1: error yaml: duplicate key 'in' (first at line 2)")


def test_sub_file_paths_are_shown_as_the_user_wrote_the_root(
    petstore: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(petstore.parent)
    edit(
        petstore / "paths" / "pets.yaml",
        "../components/schemas/NewPet.yaml",
        "../components/schemas/Nope.yaml",
    )
    with pytest.raises(SpecError) as caught:
        load_spec(Path("pets/openapi.yaml"))
    assert caught.value.problems[0].file == "pets/paths/pets.yaml"


# --- nothing outside the provider folder is ever read ------------------------------------------------


@pytest.mark.parametrize(
    ("where", "ref"),
    [
        ("openapi.yaml", "../outside.yaml#/Secret"),
        ("components/schemas/Tag.yaml", "../../../outside.yaml#/Secret"),
        ("components/schemas/Tag.yaml", "/etc/passwd"),
    ],
)
def test_ref_leaving_the_provider_folder_is_refused(petstore: Path, where: str, ref: str) -> None:
    file = petstore / where
    file.write_text(file.read_text() + f"x-extra:\n  $ref: '{ref}'\n")
    [problem] = problems_of(petstore)
    assert (problem.file, problem.rule) == (str(file), "ref-safe")
    assert problem.line == line_of(file, "$ref: '" + ref)
    assert "leaves the spec's folder pets/" in problem.message
    assert "do-not-show-me" not in problem.message and "root:" not in problem.message


def test_symlink_out_of_the_provider_folder_is_refused(petstore: Path) -> None:
    (petstore / "components" / "schemas" / "Link.yaml").symlink_to(petstore.parent / "outside.yaml")
    edit(
        petstore / "components" / "schemas" / "Tag.yaml",
        "type: string",
        "type: string\nx-link: {$ref: Link.yaml}",
    )
    [problem] = problems_of(petstore)
    assert "leaves the spec's folder" in problem.message


def test_file_read_is_the_one_checked_even_when_symlinks_fool_the_spelling(petstore: Path) -> None:
    """``l/../../x.yaml`` with ``l -> components/schemas`` is pets/x.yaml, though it reads as ../x.yaml."""
    (petstore / "l").symlink_to(petstore / "components" / "schemas")
    (petstore.parent / "x.yaml").write_text("description: do-not-show-me\n")
    (petstore / "x.yaml").write_text("type: string\ndescription: inside\n")
    edit(
        petstore / "components" / "schemas" / "Tag.yaml",
        "type: string",
        "type: string\nx-link: {$ref: ../../l/../../x.yaml}",
    )
    document = load_spec(petstore / "openapi.yaml")
    assert document.data["components"]["schemas"]["Tag"]["x-link"] == {
        "type": "string",
        "description": "inside",
    }
    path, _ = document.where(("components", "schemas", "Tag", "x-link", "description"))
    assert path == (petstore / "x.yaml").resolve()


def test_url_refs_in_a_sub_file_are_never_fetched(petstore: Path) -> None:
    tag = petstore / "components" / "schemas" / "Tag.yaml"
    tag.write_text("$ref: 'http://127.0.0.1:9/tag.yaml'\n")
    [problem] = problems_of(petstore)
    assert (problem.file, problem.line, problem.rule) == (str(tag), 1, "ref-safe")
    assert "never fetches" in problem.message


def test_loop_across_files_is_reported_at_the_ref(tmp_path: Path) -> None:
    (tmp_path / "A.yaml").write_text("$ref: B.yaml\n")
    (tmp_path / "B.yaml").write_text("$ref: A.yaml\n")
    (tmp_path / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A:\n      $ref: A.yaml\n"
    )
    problems = problems_of(tmp_path)
    assert problems and all("loops back on itself" in problem.message for problem in problems)
    assert (str(tmp_path / "openapi.yaml"), 7) in {(problem.file, problem.line) for problem in problems}


def test_path_item_that_includes_itself_is_refused(tmp_path: Path) -> None:
    (tmp_path / "item.yaml").write_text(
        "post:\n  operationId: a\n  responses: {'200': {description: ok}}\n  callbacks:\n    done:\n"
        "      '{$request.body#/url}':\n        $ref: item.yaml\n"
    )
    (tmp_path / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    $ref: item.yaml\n"
    )
    [problem] = problems_of(tmp_path)
    assert (problem.file, problem.line, problem.rule) == (str(tmp_path / "item.yaml"), 7, "ref-safe")
    assert "includes itself; a PathItem cannot be copied into its own definition" in problem.message


def test_extension_refs_are_copied_once_then_referenced(tmp_path: Path) -> None:
    (tmp_path / "sample.yaml").write_text(
        "lang: cURL\nsource: curl https://x\nx-again: {$ref: sample.yaml}\n"
    )
    (tmp_path / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
        "      responses: {'200': {description: ok}}\n"
        "      x-codeSamples: [{$ref: sample.yaml}, {$ref: sample.yaml}]\n"
    )
    samples = load_spec(tmp_path / "openapi.yaml").data["paths"]["/a"]["get"]["x-codeSamples"]
    here = "#/paths/~1a/get/x-codeSamples/0"
    assert samples == [
        {"lang": "cURL", "source": "curl https://x", "x-again": {"$ref": here}},
        {"$ref": here},
    ]


def test_markdown_is_referenced_whole(petstore: Path) -> None:
    edit(petstore / "openapi.yaml", "./info-description.md", "./info-description.md#/intro")
    [problem] = problems_of(petstore)
    assert "a text file is referenced whole" in problem.message


# --- single-file specs are untouched ---------------------------------------------------------------


def test_single_file_spec_comes_back_as_loaded(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
    document = load_spec(path)
    loaded = load_document(path)
    assert document.data == loaded.data and dict(document.marks) == dict(loaded.marks)
    assert document.origins == {} and document.where(("info", "title")) == (
        path,
        loaded.mark(("info", "title")),
    )


# --- a one-file spec split into files bundles back to itself ---------------------------------------


def split_spec(data: dict[str, Any], folder: Path) -> Path:
    """Write ``data`` as a multi-file spec: one file per component and per path item."""

    def relink(node: Any, here: Path) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                _, _, section, name = ref.split("/", 3)
                target = folder / "components" / section / f"{name}.yaml"
                return {**node, "$ref": os.path.relpath(target, here)}
            return {key: relink(value, here) for key, value in node.items()}
        if isinstance(node, list):
            return [relink(value, here) for value in node]
        return node

    def write(path: Path, node: Any) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(relink(node, path.parent), sort_keys=False))

    root = dict(data)
    for section, entries in data.get("components", {}).items():
        for name, entry in entries.items():
            write(folder / "components" / section / f"{name}.yaml", entry)
    root["components"] = {
        section: {name: {"$ref": f"components/{section}/{name}.yaml"} for name in entries}
        for section, entries in data.get("components", {}).items()
    }
    root["paths"] = {}
    for number, (path, item) in enumerate(data.get("paths", {}).items()):
        write(folder / "paths" / f"{number}.yaml", item)
        root["paths"][path] = {"$ref": f"paths/{number}.yaml"}
    (folder / "openapi.yaml").write_text(yaml.safe_dump(root, sort_keys=False))
    return folder / "openapi.yaml"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_provider_spec_split_into_files_bundles_back_to_itself(provider: str, tmp_path: Path) -> None:
    original = load_document(ROOT / "specs" / provider / "openapi.yaml")
    split = split_spec(original.data, tmp_path / provider)
    components = sum(len(entries) for entries in original.data.get("components", {}).values())
    assert len(list(tmp_path.rglob("*.yaml"))) == 1 + components + len(original.data["paths"])
    bundled = load_spec(split)
    assert repr(bundled.data) == repr(original.data)  # the same data, in the same order
    operation = next(iter(bundled.data["paths"]))
    assert bundled.where(("paths", operation))[0] == tmp_path / provider / "paths" / "0.yaml"


def test_a_copy_is_reported_under_the_name_it_stands_for(petstore: Path) -> None:
    """A provider folder checked out from an older commit names its files as they were there."""
    edit(
        petstore / "paths" / "pets.yaml",
        "../components/schemas/NewPet.yaml",
        "../components/schemas/Nope.yaml",
    )
    with pytest.raises(SpecError) as caught:
        load_spec(petstore / "openapi.yaml", shown_as=Path("HEAD~1:specs/pets/openapi.yaml"))
    [problem] = caught.value.problems
    assert problem.file == "HEAD~1:specs/pets/paths/pets.yaml"
    edit(
        petstore / "paths" / "pets.yaml",
        "../components/schemas/Nope.yaml",
        "../components/schemas/NewPet.yaml",
    )
    document = load_spec(petstore / "openapi.yaml", shown_as=Path("HEAD~1:specs/pets/openapi.yaml"))
    assert document.path == Path("HEAD~1:specs/pets/openapi.yaml")
    assert document.where(("components", "schemas", "Tag"))[0] == Path(
        "HEAD~1:specs/pets/components/schemas/Tag.yaml"
    )


# --- a lenient load: what tools publish, and what leads nowhere ------------------------------------


def _split_spec(folder: Path, root: str) -> Path:
    """A spec split as tools publish it: schemas behind one map $ref, a path item and samples in files."""
    (folder / "schemas").mkdir()
    (folder / "paths").mkdir()
    (folder / "samples").mkdir()
    (folder / "schemas" / "_index.yaml").write_text("Pet: {$ref: Pet.yaml}\n")
    (folder / "schemas" / "Pet.yaml").write_text("type: object\nproperties:\n  name: {type: string}\n")
    (folder / "paths" / "pets.yaml").write_text(
        "get:\n  operationId: listPets\n  responses:\n    '200':\n      description: the pets\n"
        "      content:\n        application/json:\n          schema: {$ref: '../schemas/Pet.yaml'}\n"
        "  x-codeSamples:\n    - {lang: Python, source: {$ref: '../samples/list.py'}}\n"
    )
    (folder / "samples" / "list.py").write_text("client.pets.list()\n")
    (folder / "servers.yaml").write_text("- url: https://pets.example\n")
    path = folder / "openapi.yaml"
    path.write_text(root)
    return path


SPLIT_ROOT = """\
openapi: 3.1.0
info: {title: pets, version: '1'}
servers: {$ref: servers.yaml}
paths:
  /pets: {$ref: paths/pets.yaml}
components:
  schemas: {$ref: schemas/_index.yaml}
"""


def test_files_as_tools_split_them_bundle_whole(tmp_path: Path) -> None:
    """A map behind one $ref, a path item in a file, a list in a file, a code sample as text."""
    data = load_spec(_split_spec(tmp_path, SPLIT_ROOT), lenient=True).data
    assert data["servers"] == [{"url": "https://pets.example"}]
    assert data["components"]["schemas"]["Pet"]["properties"] == {"name": {"type": "string"}}
    operation = data["paths"]["/pets"]["get"]
    assert operation["x-codeSamples"][0]["source"] == "client.pets.list()\n"
    assert list(iter_refs(data)) and all(ref.startswith("#/") for _, ref in iter_refs(data))


def test_lenient_load_makes_a_ref_to_nothing_any_with_a_warning(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: '#/components/schemas/Gone', description: what was meant}\n"
        "      x-policy: {$ref: '../outside.yaml'}\n"
    )
    with pytest.raises(SpecError):
        load_spec(spec)
    warnings: list[Problem] = []
    data = load_spec(spec, lenient=True, warnings=warnings).data
    media = data["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"description": "what was meant"}
    assert "$ref" not in data["paths"]["/a"]["get"]["x-policy"]
    assert [(w.line, w.level, w.rule) for w in warnings] == [
        (11, "warning", "ref-unresolved"),
        (12, "warning", "ref-unresolved"),
    ]
    assert "typed loosely" in warnings[0].message


@pytest.mark.parametrize("ref", ["https://example.com/pet.yaml", "../outside.yaml"])
def test_lenient_load_still_refuses_an_unsafe_ref(tmp_path: Path, ref: str) -> None:
    folder = tmp_path / "spec"
    folder.mkdir()
    (tmp_path / "outside.yaml").write_text("type: object\n")
    spec = folder / "openapi.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        f"    Pet: {{$ref: '{ref}'}}\n"
    )
    with pytest.raises(SpecError) as caught:
        load_spec(spec, lenient=True)
    assert [problem.rule for problem in caught.value.problems] == ["ref-safe"]


def test_lenient_load_keeps_the_last_of_duplicate_keys(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text('{"openapi": "3.1.0", "info": {"title": "a", "title": "b", "version": "1"}, "paths": {}}')
    with pytest.raises(SpecError):
        load_spec(spec)
    warnings: list[Problem] = []
    assert load_spec(spec, lenient=True, warnings=warnings).data["info"]["title"] == "b"
    assert [(w.rule, w.level) for w in warnings] == [("duplicate-key", "warning")]
