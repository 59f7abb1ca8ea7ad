"""Where a change sits in the base and the revision spec.

oasdiff records line/column origins on every kin-openapi node; our wrappers carry the
pointer of the node instead (``.pointer``), which the report turns into file:line through
the loaded document.  A field of a node is the node's pointer plus the field's key; when
the field is absent the document resolves the pointer to its nearest written ancestor.
Each function returns ``(base, revision)`` pointers, None for a side that has no node.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from specfleet.diff.checks.change import Source

if TYPE_CHECKING:
    from specfleet.diff.delta.method_diff import MethodDiff
    from specfleet.diff.delta.parameter_diff import ParameterDiff
    from specfleet.diff.delta.response_diff import ResponseDiff
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.openapi3 import Operation, Parameter, Response, Schema, SchemaRef

Sources = tuple[Source | None, Source | None]

STABILITY_EXTENSION = "x-stability-level"


def _pointer(node: Any) -> Source | None:
    """A wrapper's pointer (None for a missing node or one built without a place in the document)."""
    if node is None:
        return None
    pointer = getattr(node, "pointer", None)
    return tuple(pointer) if pointer is not None else None


def _field(node: Any, field: str) -> Source | None:
    pointer = _pointer(node)
    return None if pointer is None else (*pointer, field)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def display_file_path(file: str) -> str:
    """Drop a git revision prefix ("HEAD:openapi.yaml" -> "openapi.yaml")."""
    head, sep, tail = file.partition(":")
    return tail if sep and len(head) > 1 and "/" not in head else file


def new_source_from_origin(operation: Operation | None, node: Any) -> Source | None:
    """The place of ``node`` (``operation`` names the file in oasdiff; pointers need no file)."""
    return _pointer(node)


def new_source_from_field(operation: Operation | None, node: Any, field: str) -> Source | None:
    """The place of ``node``'s ``field``."""
    return _field(node, field)


def operation_sources(base: Operation | None, revision: Operation | None) -> Sources:
    """The two operations' places."""
    return _pointer(base), _pointer(revision)


def new_source_from_sequence_item(
    operation: Operation | None, node: Any, field: str, value: str
) -> Source | None:
    """The place of the first item equal to ``value`` in ``node``'s list-valued ``field``."""
    pointer = _pointer(node)
    if pointer is None:
        return None
    items = getattr(node, _snake(field), None)
    if items is not None and hasattr(items, "slice"):
        items = items.slice()
    if not isinstance(items, list | tuple):
        return None
    for index, item in enumerate(items):
        if item == value or str(item) == value:
            return (*pointer, field, index)
    return None


def sequence_item_source(
    op: Operation | None, field: str, value: str, fallback: Source | None
) -> Source | None:
    """An item of the operation's list ``field`` (e.g. a tag), else ``fallback``."""
    if op is not None:
        found = new_source_from_sequence_item(op, op, field, value)
        if found is not None:
            return found
    return fallback


def operation_field_sources(operation_item: MethodDiff, field: str) -> Sources:
    """A field of the base and revision operation (e.g. ``x-sunset``, ``deprecated``)."""
    return _field(operation_item.base, field), _field(operation_item.revision, field)


def parameter_field_sources(
    operation_item: MethodDiff, param_diff: ParameterDiff | None, field: str
) -> Sources:
    """A field of the parameter on each side, falling back to the operations."""
    if param_diff is None or (param_diff.base is None and param_diff.revision is None):
        return operation_sources(operation_item.base, operation_item.revision)
    base = _field(param_diff.base, field) if operation_item.base is not None else None
    revision = _field(param_diff.revision, field) if operation_item.revision is not None else None
    return base, revision


def schema_sources(operation_item: MethodDiff, schema_diff: SchemaDiff | None) -> Sources:
    """The schema on each side, falling back to the operations."""
    if schema_diff is None or (schema_diff.base is None and schema_diff.revision is None):
        return operation_sources(operation_item.base, operation_item.revision)
    base = _pointer(schema_diff.base) if operation_item.base is not None else None
    revision = _pointer(schema_diff.revision) if operation_item.revision is not None else None
    return base, revision


def parameter_sources(operation_item: MethodDiff, param_diff: ParameterDiff | None) -> Sources:
    """The parameter on each side, falling back to the operations."""
    if param_diff is None or (param_diff.base is None and param_diff.revision is None):
        return operation_sources(operation_item.base, operation_item.revision)
    base = _pointer(param_diff.base) if operation_item.base is not None else None
    revision = _pointer(param_diff.revision) if operation_item.revision is not None else None
    return base, revision


def response_sources(operation_item: MethodDiff, response_diff: ResponseDiff | None) -> Sources:
    """The response on each side, falling back to the operations."""
    if response_diff is None or (response_diff.base is None and response_diff.revision is None):
        return operation_sources(operation_item.base, operation_item.revision)
    base = _pointer(response_diff.base) if operation_item.base is not None else None
    revision = _pointer(response_diff.revision) if operation_item.revision is not None else None
    return base, revision


def schema_field_sources(operation_item: MethodDiff, schema_diff: SchemaDiff | None, field: str) -> Sources:
    """A keyword of the schema on each side (e.g. ``maxLength``), falling back to the operations."""
    if schema_diff is None or (schema_diff.base is None and schema_diff.revision is None):
        return operation_sources(operation_item.base, operation_item.revision)
    base = _field(schema_diff.base, field) if operation_item.base is not None else None
    revision = _field(schema_diff.revision, field) if operation_item.revision is not None else None
    return base, revision


def schema_deleted_item_sources(
    operation_item: MethodDiff, schema_diff: SchemaDiff | None, field: str, value: str
) -> Sources:
    """A removed list item (e.g. an enum value) in the base; nothing in the revision."""
    if schema_diff is None or schema_diff.base is None or operation_item.base is None:
        return None, None
    return new_source_from_sequence_item(operation_item.base, schema_diff.base, field, value), None


def schema_added_item_sources(
    operation_item: MethodDiff, schema_diff: SchemaDiff | None, field: str, value: str
) -> Sources:
    """An added list item in the revision; nothing in the base."""
    if schema_diff is None or schema_diff.revision is None or operation_item.revision is None:
        return None, None
    return None, new_source_from_sequence_item(operation_item.revision, schema_diff.revision, field, value)


def schema_map_item_source(
    operation: Operation | None, schemas: Mapping[str, SchemaRef | None] | None, name: str
) -> Source | None:
    """A named schema of a schema map (properties, patternProperties, dependentSchemas)."""
    if not schemas:
        return None
    ref = schemas.get(name)
    if ref is None or ref.value is None:
        return None
    return _pointer(ref.value)


def subschema_sources(
    operation_item: MethodDiff,
    schema_diff: SchemaDiff | None,
    field: str,
    base_index: int,
    revision_index: int,
) -> Sources:
    """One allOf/anyOf/oneOf member (index -1 for the side it is missing from)."""
    if schema_diff is None:
        return operation_sources(operation_item.base, operation_item.revision)
    base: Source | None = None
    revision: Source | None = None
    if base_index >= 0 and schema_diff.base is not None and operation_item.base is not None:
        base = subschema_source(operation_item.base, schema_diff.base, field, base_index)
    if revision_index >= 0 and schema_diff.revision is not None and operation_item.revision is not None:
        revision = subschema_source(operation_item.revision, schema_diff.revision, field, revision_index)
    if base is None and revision is None:
        return schema_field_sources(operation_item, schema_diff, field)
    return base, revision


def subschema_source(operation: Operation | None, schema: Schema, field: str, index: int) -> Source | None:
    """The member as written in the list (its ``$ref`` line for a reference)."""
    refs = {"allOf": schema.all_of, "oneOf": schema.one_of, "anyOf": schema.any_of}.get(field)
    if refs is None or not 0 <= index < len(refs) or refs[index] is None:
        return None
    ref = refs[index]
    return _pointer(ref) or _pointer(ref.value)


def parameter_source(op: Operation | None, param: Parameter | None) -> Source | None:
    """A parameter's place."""
    if op is None or param is None:
        return None
    return _pointer(param)


def request_body_field_sources(operation_item: MethodDiff, field: str) -> Sources:
    """A field of the request body on each side, falling back to the operations."""
    base_body = _request_body(operation_item.base)
    revision_body = _request_body(operation_item.revision)
    if base_body is None and revision_body is None:
        return operation_sources(operation_item.base, operation_item.revision)
    return _field(base_body, field), _field(revision_body, field)


def _request_body(op: Operation | None) -> Any:
    if op is None or op.request_body is None:
        return None
    return op.request_body.value


def request_body_source(op: Operation | None) -> Source | None:
    """The request body's place."""
    return _pointer(_request_body(op))


def request_body_media_type_source(op: Operation | None, media_type: str) -> Source | None:
    """One media type of the request body."""
    body = _request_body(op)
    if body is None or not body.content:
        return None
    return _pointer(body.content.get(media_type))


def media_type_source(op: Operation | None, response: Response | None, media_type: str) -> Source | None:
    """One media type of a response."""
    if op is None or response is None or not response.content:
        return None
    return _pointer(response.content.get(media_type))


def response_media_type_name_sources(
    operation_item: MethodDiff, response_diff: ResponseDiff, from_media_type: str, to_media_type: str
) -> Sources:
    """A renamed response media type: the old name in the base, the new one in the revision."""
    base = media_type_source(operation_item.base, response_diff.base, from_media_type)
    revision = media_type_source(operation_item.revision, response_diff.revision, to_media_type)
    if base is None and revision is None:
        return response_sources(operation_item, response_diff)
    return base, revision


def header_sources(operation_item: MethodDiff, response_diff: ResponseDiff, header_name: str) -> Sources:
    """A response header on each side, falling back to the responses."""
    base_header = _header(response_diff.base, header_name)
    revision_header = _header(response_diff.revision, header_name)
    if base_header is None and revision_header is None:
        return response_sources(operation_item, response_diff)
    base = _pointer(base_header) if operation_item.base is not None else None
    revision = _pointer(revision_header) if operation_item.revision is not None else None
    return base, revision


def _header(response: Response | None, name: str) -> Any:
    if response is None or not response.headers:
        return None
    ref = response.headers.get(name)
    return None if ref is None else ref.value


def property_source(op: Operation | None, schema: Schema | None) -> Source | None:
    """A property schema's place."""
    if op is None or schema is None:
        return None
    return _pointer(schema)


def source_from_origin(node: Any) -> Source | None:
    """A node's place, for changes outside any operation (components, security)."""
    return _pointer(node)


def security_source(op: Operation | None) -> Source | None:
    """An operation's ``security`` field."""
    return _field(op, "security")


def source_from_field(node: Any, field: str) -> Source | None:
    """A named field of a node outside any operation (e.g. the document's ``security``)."""
    return _field(node, field)


def stability_field_source(op: Operation | None, node: Any = None) -> Source | None:
    """The ``x-stability-level`` field of ``node`` (the operation itself by default)."""
    return _field(op if node is None else node, STABILITY_EXTENSION)


def new_empty_source() -> Source | None:
    """No place."""
    return None
