"""Every place openapi-python-client (opc) can refuse a spec, and what a lenient run does there.

opc 0.29.1 refuses a spec in a finite set of places: each ``ParseError``, ``PropertyError``,
``ParameterError`` or ``GeneratorError`` its code builds, each endpoint or response it drops
(the headers it puts on those errors), and each field its pydantic document model requires.
:data:`TABLE` has one row per place: the smallest part of the spec it concerns and how a run
handles it, by the id of a normaliser repair (exact: :mod:`specfleet.normalise`), of a widening
(:mod:`specfleet.normalise.loosening`), or of the reference check that runs before opc; or why our calls
never reach it.  :func:`places` reads the installed opc's own source and models, so a test
fails when an opc upgrade adds a place without a row.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

#: How a row is handled: ``repair`` exact (normaliser ids, or ``opc-sort-parameters`` in
#: :mod:`specfleet.opc.parse`); ``widen`` typed loosely (:data:`specfleet.normalise.loosening.WIDENINGS` ids, or
#: ``default-dropped``); ``refs`` by the reference check before opc (``ref-unresolved`` typed
#: loosely, ``ref-safe`` refused as ever); ``unreachable``: our calls never get there.
Handling = Literal["repair", "widen", "refs", "unreachable"]
ERROR_CLASSES = frozenset({"ParseError", "PropertyError", "ParameterError", "GeneratorError"})


@dataclass(frozen=True)
class Row:
    """One place opc refuses: where in opc, the spec part, the handling and its ids, a fixture."""

    place: str
    part: str
    handling: Handling
    by: tuple[str, ...]
    #: a folder of ``tests/data`` whose ``input.yaml`` opc refuses at this place
    fixture: str | None = None
    #: what opc says there on the fixture, when a later header replaced the place's own words
    shows: str | None = None


def _row(
    place: str, part: str, handling: Handling, by: str, fixture: str | None = None, shows: str | None = None
) -> Row:
    return Row(place, part, handling, tuple(by.split()), fixture, shows)


_CONVERT = "a schema's default"
_DEFAULTS = "opc-errors/defaults"
TABLE: tuple[Row, ...] = (
    # opc's command line, which we do not call: we load the spec, opc only parses our data
    _row("__init__.py Project.build: Directory already exists. Delete it or use the --overwrite o", "-", "unreachable", "overwrite=True"),
    _row("__init__.py Project._run_command: Skipping Integration", "-", "unreachable", "post_hooks=[]"),
    _row("__init__.py Project._run_command: failed", "-", "unreachable", "post_hooks=[]"),
    _row("__init__.py _load_yaml_or_json: Invalid JSON from provided source:", "-", "unreachable", "specfleet.spec.load"),
    _row("__init__.py _load_yaml_or_json: Invalid YAML from provided source:", "-", "unreachable", "specfleet.spec.load"),
    _row("__init__.py _get_document: Could not get OpenAPI document from provided URL", "-", "unreachable", "specfleet.spec.load"),
    # request bodies
    _row("parser/bodies.py body_from_data: Invalid content type", "a media type of a body", "repair", "unreadable-media-types", "opc-errors/body-media-types"),
    _row("parser/bodies.py body_from_data: Missing schema", "a media type of a body", "repair", "unreadable-media-types", "opc-errors/body-media-types"),
    _row("parser/bodies.py body_from_data: Unsupported content type", "a media type of a body", "repair", "unreadable-media-types", "opc-errors/body-media-types"),
    _row("parser/bodies.py _resolve_reference: Circular $ref in request body", "a requestBody $ref", "refs", "ref-unresolved", "opc-errors/body-refs"),
    _row("parser/bodies.py _resolve_reference: Could not resolve $ref…in request body", "a requestBody $ref", "refs", "ref-unresolved", "opc-errors/body-refs"),
    # endpoints
    _row("parser/openapi.py EndpointCollection.from_data: header WARNING parsing…within…. Endpoint will not be generat", "an operation", "widen", "operation-any path-parameter parameter-string body-any", "opc-errors/path-templating"),
    _row("parser/openapi.py EndpointCollection.from_data: header WARNING parsing…within….…/", "a response of an operation", "widen", "response-raw default-dropped", "opc-errors/responses", "WARNING parsing GET /things within default. Cannot parse response"),
    _row("parser/openapi.py Endpoint._add_responses: Cannot parse response for status code…, response will be omi", "a response", "widen", "response-raw default-dropped", "opc-errors/responses"),
    _row("parser/openapi.py Endpoint.add_parameters: Parameters MUST NOT contain duplicates. A unique parameter i", "a parameter list", "repair", "duplicate-parameters", "normalise/duplicate-parameters"),
    _row("parser/openapi.py Endpoint.add_parameters: cannot parse parameter of endpoint…:", "a parameter's schema", "widen", "parameter-string", "opc-errors/parameters"),
    _row("parser/openapi.py Endpoint._check_parameters_for_conflicts: Parameters with same Python identifier…detected", "a parameter's name", "repair", "parameter-names", "normalise/parameter-names"),
    _row("parser/openapi.py Endpoint.sort_parameters: Incorrect path templating for…(Path parameters do not match ", "a path template", "widen", "path-parameter opc-sort-parameters path-template-names", "opc-errors/path-templating"),
    _row("parser/openapi.py Endpoint.from_data: Endpoint requires a body, but none were parseable.", "a request body", "widen", "body-any", "opc-errors/body-media-types", "Endpoint will not be generated. Invalid content type"),
    # the whole document: each required field is a row of its own (see places())
    _row("parser/openapi.py GeneratorData.from_dict: Failed to parse OpenAPI document", "the value at pydantic's location", "widen", "malformed-keywords model-any parameter-dropped response-raw", "opc-errors/document"),
    # references between schemas
    _row("parser/properties/__init__.py _property_from_ref: ref_path.detail", "a $ref", "refs", "ref-safe", "opc-errors/remote-refs", "Remote references such as"),
    _row("parser/properties/__init__.py _property_from_ref: Could not find reference in parsed models or enums", "a $ref to a missing or refused schema", "refs", "ref-unresolved", "opc-errors/ref-loops"),
    _row("parser/properties/__init__.py _create_schemas: ref_path.detail", "a component that is a remote $ref", "refs", "ref-safe", "opc-errors/remote-component", "opc crashed: UnboundLocalError"),
    _row("parser/properties/__init__.py _create_schemas: Circular schema references found", "a $ref loop", "refs", "ref-unresolved", "opc-errors/ref-loops"),
    _row("parser/properties/__init__.py _create_schemas: Referent schema not found", "a $ref", "refs", "ref-unresolved", "opc-errors/ref-loops"),
    _row("parser/properties/__init__.py _process_models: header Unable to process schema…:", "a component schema", "widen", "model-any", "opc-errors/cascade"),
    _row("parser/properties/__init__.py build_parameters: Reference parameters are not supported.", "a component parameter", "repair", "component-refs", "normalise/component-refs"),
    _row("parser/properties/__init__.py build_parameters: ref_path.detail", "a component parameter's name", "unreachable", "local-names-only"),
    # defaults opc cannot write as values of their type
    _row("parser/properties/boolean.py BooleanProperty.convert_value: Invalid boolean value:", _CONVERT, "widen", "invalid-defaults default-not-allowed default-dropped", _DEFAULTS),
    _row("parser/properties/const.py ConstProperty.convert_value: Invalid value for const…;…!=", _CONVERT, "widen", "invalid-defaults default-not-allowed default-dropped", _DEFAULTS),
    _row("parser/properties/date.py DateProperty.convert_value: Invalid date:", _CONVERT, "widen", "invalid-defaults default-not-allowed default-dropped", _DEFAULTS),
    _row("parser/properties/date.py DateProperty.convert_value: Cannot convert…to a date", _CONVERT, "widen", "invalid-defaults default-not-allowed default-dropped", _DEFAULTS),
    _row("parser/properties/datetime.py DateTimeProperty.convert_value: Invalid datetime:", _CONVERT, "widen", "invalid-defaults default-not-allowed default-dropped", _DEFAULTS),
    _row("parser/properties/datetime.py DateTimeProperty.convert_value: Cannot convert…to a datetime", _CONVERT, "widen", "invalid-defaults default-not-allowed default-dropped", _DEFAULTS),
    _row("parser/properties/enum_property.py EnumProperty.convert_value: Value…is not valid for enum", _CONVERT, "repair", "invalid-defaults default-not-allowed", _DEFAULTS),
    _row("parser/properties/enum_property.py EnumProperty.convert_value: Cannot convert…to enum…of type", _CONVERT, "widen", "invalid-defaults default-not-allowed default-dropped", _DEFAULTS),
    _row("parser/properties/file.py FileProperty.convert_value: File properties cannot have a default value", _CONVERT, "unreachable", "opc-builds-files-with-default=None"),
    _row("parser/properties/float.py FloatProperty.convert_value: Invalid float value:", _CONVERT, "widen", "invalid-defaults default-not-allowed default-dropped", _DEFAULTS),
    _row("parser/properties/float.py FloatProperty.convert_value: Cannot convert…to a float", _CONVERT, "repair", "invalid-defaults default-not-allowed", _DEFAULTS),
    _row("parser/properties/int.py IntProperty.convert_value: Invalid int value:", _CONVERT, "widen", "invalid-defaults default-not-allowed default-dropped", _DEFAULTS),
    _row("parser/properties/int.py IntProperty.convert_value: Invalid int value: (2)", _CONVERT, "repair", "invalid-defaults default-not-allowed", _DEFAULTS),
    _row("parser/properties/literal_enum_property.py LiteralEnumProperty.convert_value: Value…is not valid for enum", _CONVERT, "unreachable", "literal_enums=False"),
    _row("parser/properties/literal_enum_property.py LiteralEnumProperty.convert_value: Cannot convert…to enum…of type", _CONVERT, "unreachable", "literal_enums=False"),
    _row("parser/properties/model_property.py ModelProperty.convert_value: ModelProperty cannot have a default value", _CONVERT, "unreachable", "pragma-no-cover"),
    _row("parser/properties/none.py NoneProperty.convert_value: Value…is not valid, only None is allowed", _CONVERT, "repair", "invalid-defaults default-not-allowed", _DEFAULTS),
    _row("parser/properties/union.py UnionProperty.convert_value: Invalid default value for union", _CONVERT, "unreachable", "a-union-has-members-whose-error-is-given"),
    _row("parser/properties/uuid.py UuidProperty.convert_value: Invalid UUID value:", _CONVERT, "widen", "invalid-defaults default-not-allowed default-dropped", _DEFAULTS),
    _row("parser/properties/uuid.py UuidProperty.convert_value: Invalid UUID value: (2)", _CONVERT, "widen", "invalid-defaults default-not-allowed default-dropped", _DEFAULTS),
    # enums
    _row("parser/properties/enum_property.py EnumProperty.build: Enum values must all be the same type", "an enum", "repair", "enum-value-types", "opc-errors/enums", "Mixed: Got {"),
    _row("parser/properties/enum_property.py EnumProperty.build: Unsupported enum type", "an enum", "repair", "enum-value-types", "opc-errors/enums", "Fractions:"),
    _row("parser/properties/enum_property.py EnumProperty.build: Found conflicting enums named…with incompatible values.", "an enum's class name", "repair", "model-names", "opc-errors/enums"),
    _row("parser/properties/literal_enum_property.py LiteralEnumProperty.build: Enum values must all be the same type", "an enum", "unreachable", "literal_enums=False"),
    _row("parser/properties/literal_enum_property.py LiteralEnumProperty.build: Unsupported enum type", "an enum", "unreachable", "literal_enums=False"),
    _row("parser/properties/literal_enum_property.py LiteralEnumProperty.build: Found conflicting enums named…with incompatible values.", "an enum", "unreachable", "literal_enums=False"),
    # arrays, objects and their composition
    _row("parser/properties/list_property.py ListProperty.build: type array must have items or prefixItems defined", "an array schema", "repair", "array-items", "normalise/array-items"),
    _row('parser/properties/list_property.py ListProperty.build: header invalid data in items of array named "…"', "an array's items", "widen", "model-any", "opc-errors/cascade", "ListOfBad: Invalid UUID value: nope"),
    _row("parser/properties/merge_properties.py merge_properties: can't be merged with", "a property defined in two allOf parts", "repair", "allof-property-conflicts", "opc-errors/allof"),
    _row("parser/properties/merge_properties.py _merge_same_type: can't merge list properties:", "a property defined in two allOf parts", "repair", "allof-property-conflicts", "opc-errors/allof"),
    _row("parser/properties/merge_properties.py _merge_with_enum: can't redefine an enum property with incompatible lists of v", "a property defined in two allOf parts", "repair", "allof-property-conflicts", "opc-errors/allof"),
    _row("parser/properties/merge_properties.py _merge_with_enum: can't combine enum of type…with", "a property defined in two allOf parts", "repair", "allof-property-conflicts", "opc-errors/allof"),
    _row("parser/properties/merge_properties.py _merge_with_literal_enum: can't redefine a literal enum property with incompatible lis", "a property", "unreachable", "literal_enums=False"),
    _row("parser/properties/merge_properties.py _merge_with_literal_enum: can't combine literal enum of type…with", "a property", "unreachable", "literal_enums=False"),
    _row('parser/properties/model_property.py ModelProperty.build: Attempted to generate duplicate models with name "…"', "a schema's class name", "repair", "model-names", "normalise/model-names"),
    _row("parser/properties/model_property.py _resolve_naming_conflict: Conflicting property names", "a property's name", "repair", "property-names", "opc-errors/enums", "have the same python_name"),
    _row("parser/properties/model_property.py _process_properties._add_if_no_conflict: header Found conflicting properties named…when creating", "a property defined in two allOf parts", "repair", "allof-property-conflicts", "opc-errors/allof", "TypesDiffer: str can't be merged with int"),
    _row("parser/properties/model_property.py _process_properties: ref_path.detail", "an allOf $ref", "refs", "ref-safe", "opc-errors/remote-refs", "Remote references such as"),
    _row("parser/properties/model_property.py _process_properties: Reference…not found", "an allOf $ref", "refs", "ref-unresolved", "opc-errors/ref-loops"),
    _row("parser/properties/model_property.py _process_properties: Cannot take allOf a non-object", "an allOf part", "widen", "model-any", "opc-errors/allof"),
    _row("parser/properties/model_property.py _process_properties: Reference…in allOf was not processed", "an allOf $ref to a refused schema", "widen", "model-any", "opc-errors/cascade"),
    _row("parser/properties/union.py UnionProperty.build: Invalid property in union", "a member of a union", "widen", "model-any", "opc-errors/cascade"),
    # where a parameter may be, and references to parameters
    _row("parser/properties/protocol.py PropertyProtocol.validate_location: is not allowed in", "a parameter's schema", "widen", "parameter-string", "opc-errors/parameters"),
    _row("parser/properties/protocol.py PropertyProtocol.validate_location: Path parameter must be required", "a path parameter", "repair", "path-parameter-required", "normalise/path-parameter-required"),
    _row("parser/properties/union.py UnionProperty.validate_location: is not allowed in", "a parameter's schema", "widen", "parameter-string", "opc-errors/parameters"),
    _row("parser/properties/schemas.py parse_reference_path: Remote references such as…are not supported yet.", "a $ref", "refs", "ref-safe", "opc-errors/remote-refs"),
    _row("parser/properties/schemas.py update_schemas_with_data: header Unable to parse schema", "a component schema", "widen", "model-any", "opc-errors/cascade"),
    _row("parser/properties/schemas.py parameter_from_data: Unable to resolve another reference", "a component parameter", "unreachable", "build_parameters-skips-references"),
    _row("parser/properties/schemas.py parameter_from_data: Parameter has no schema", "a component parameter", "widen", "parameter-string", "opc-errors/parameters"),
    _row("parser/properties/schemas.py update_parameters_with_data: header Unable to parse parameter", "a component parameter", "widen", "parameter-string", "opc-errors/parameters"),
    _row("parser/properties/schemas.py parameter_from_reference: ref_path.detail", "a parameter $ref", "refs", "ref-safe", "opc-errors/remote-refs", "Remote references such as"),
    _row("parser/properties/schemas.py parameter_from_reference: Reference `…` not found.", "a parameter $ref", "refs", "ref-unresolved", "opc-errors/ref-loops"),
    # responses
    _row("parser/responses.py HTTPStatusPattern.parse: Invalid response status code pattern:…, response will be omi", "a response's status", "repair", "status-code-case status-keys", "normalise/status-keys"),
    _row("parser/responses.py response_from_data: $ref to…not allowed in responses", "a response $ref", "repair", "component-refs", "normalise/component-refs"),
    _row("parser/responses.py response_from_data: Could not find reference:", "a response $ref", "refs", "ref-unresolved", "opc-errors/ref-loops"),
    _row("parser/responses.py response_from_data: Top-level $ref inside components/responses is not supported", "a component response", "repair", "component-refs", "normalise/component-refs"),
    _row("parser/responses.py response_from_data: Unsupported content_type…,", "a response's media types", "repair", "unreadable-media-types", "normalise/unreadable-media-types"),
    # fields opc's document model requires
    _row("model Discriminator.propertyName", "a discriminator", "repair", "required-fields", "normalise/required-fields"),
    _row("model ExternalDocumentation.url", "externalDocs", "repair", "required-fields", "normalise/required-fields"),
    _row("model Info.title", "info", "repair", "required-fields", "normalise/required-fields"),
    _row("model Info.version", "info", "repair", "required-fields", "normalise/required-fields"),
    _row("model License.name", "info.license", "repair", "required-fields", "normalise/required-fields"),
    _row("model OAuthFlow.scopes", "an OAuth flow", "repair", "required-fields", "normalise/required-fields"),
    _row("model OpenAPI.info", "the document", "unreachable", "no-openapi-document"),
    _row("model OpenAPI.openapi", "the document", "unreachable", "no-openapi-document"),
    _row("model OpenAPI.paths", "the document (3.1: optional)", "repair", "optional-fields", "opc-errors/webhooks-only"),
    _row("model Operation.responses", "an operation (3.1: optional)", "repair", "optional-fields", "normalise/optional-fields"),
    _row("model Parameter.name", "a parameter", "repair", "required-fields", "normalise/required-fields"),
    _row("model Parameter.in", "a parameter", "repair", "required-fields", "normalise/required-fields"),
    _row("model Reference.$ref", "a reference", "unreachable", "a-reference-has-its-ref"),
    _row("model RequestBody.content", "a request body", "repair", "required-fields", "normalise/required-fields"),
    _row("model Response.description", "a response", "repair", "required-fields", "normalise/required-fields"),
    _row("model SecurityScheme.type", "a security scheme", "repair", "required-fields", "normalise/required-fields"),
    _row("model Server.url", "a server", "repair", "required-fields", "normalise/required-fields"),
    _row("model ServerVariable.default", "a server variable", "repair", "required-fields", "normalise/required-fields"),
    _row("model Tag.name", "a tag", "repair", "required-fields", "normalise/required-fields"),
)  # fmt: skip


def _words(node: ast.AST) -> str:
    """The constant text of an expression (an f-string's fixed parts joined by ``…``), else its source."""
    parts = [
        sub.value.strip()
        for sub in ast.walk(node)
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str)
    ]
    return "…".join(part for part in parts if part) or ast.unparse(node)


def _source_places(root: Path) -> Iterator[str]:
    """``<module> <function>: <words>`` for each error opc builds and each header it sets on one."""
    for path in sorted(root.rglob("*.py")):
        module = path.relative_to(root).as_posix()
        if module.startswith(("templates/", "schema/")):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        seen: dict[str, int] = {}
        for qualname, node in _walk(tree, ""):
            words = _place_words(node)
            if words is None:
                continue
            place = f"{module} {qualname}: {words[:60]}"
            seen[place] = seen.get(place, 0) + 1
            yield place if seen[place] == 1 else f"{place} ({seen[place]})"


def _walk(node: ast.AST, qualname: str) -> Iterator[tuple[str, ast.AST]]:
    for child in ast.iter_child_nodes(node):
        inner = qualname
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            inner = f"{qualname}.{child.name}" if qualname else child.name
        yield inner, child
        yield from _walk(child, inner)


def _place_words(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        name = (
            func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        )
        if name not in ERROR_CLASSES:
            return None
        keywords = {keyword.arg: keyword.value for keyword in node.keywords}
        message = keywords.get("header") or keywords.get("detail") or (node.args[0] if node.args else None)
        return _words(message) if message is not None else "(no message)"
    if isinstance(node, ast.Assign) and any(
        isinstance(target, ast.Attribute) and target.attr == "header" for target in node.targets
    ):
        return "header " + _words(node.value)
    return None


def _model_places() -> Iterator[str]:
    """``model <Class>.<field>`` for each field opc's pydantic document model requires."""
    import pydantic
    from openapi_python_client.schema import openapi_schema_pydantic as models

    for name, cls in sorted(vars(models).items()):
        if inspect.isclass(cls) and issubclass(cls, pydantic.BaseModel):
            for field, info in cls.model_fields.items():
                if info.is_required():
                    yield f"model {name}.{info.alias or field}"


def places() -> list[str]:
    """Every place the installed opc can refuse a spec, read from its source and its models."""
    import openapi_python_client

    root = Path(openapi_python_client.__file__).parent
    return [*_source_places(root), *_model_places()]


def row_for(place: str) -> Row | None:
    return next((row for row in TABLE if row.place == place), None)
