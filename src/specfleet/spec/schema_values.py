"""Values written in a spec (examples, defaults) checked against the spec's own schemas.

OpenAPI 3.0 schemas are not JSON Schema (``nullable``, boolean ``exclusiveMinimum``...), so
a 3.0 document's values are checked with 3.0's own semantics (openapi-schema-validator), a
3.1 document's with JSON Schema 2020-12, which 3.1 schemas are.  ``$ref``s are followed
inside the document only.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, ValidationError
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from specfleet.spec.document import Pointer
from specfleet.spec.refs import pointer_text

_URN = "urn:specfleet:spec"


class ValueChecker:
    """Checks values against the schemas of one spec's data, read as it is when built."""

    def __init__(self, data: dict[str, Any]) -> None:
        version = data.get("openapi")
        is_30 = isinstance(version, str) and version.startswith("3.0")
        self.validator_class: Any = OAS30Validator if is_30 else Draft202012Validator
        resource: Resource[Any] = Resource.from_contents(data, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(_URN, resource)

    def first_error(self, schema: Pointer, value: Any) -> ValidationError | None:
        """Why the schema at ``schema`` rejects ``value``; None when it accepts it or is unusable
        (an unusable schema is the OpenAPI schema check's finding, not the value's)."""
        try:
            validator = self.validator_class(
                {"$ref": f"{_URN}#{pointer_text(schema)}"}, registry=self.registry
            )
            error: ValidationError | None = next(iter(validator.iter_errors(value)), None)
        # jsonschema raises TypeError and the like on a malformed keyword (``pattern: 5``)
        except (SchemaError, RecursionError, Unresolvable, TypeError, ValueError, AttributeError, KeyError):
            return None
        return error


_JSON_KINDS = {
    dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number", type(None): "null"
}  # fmt: skip


def keyword_message(error: ValidationError) -> str:
    """A JSON Schema error that names its keyword and the value it failed on.

    jsonschema's own words (``['a'] is not one of ['a']``) leave out which keyword failed and
    what kind of value it saw: a list checked against the enum of its items reads as a paradox.
    """
    message = str(error.message).splitlines()[0] if error.message else str(error)
    keyword = error.validator if isinstance(error.validator, str) else None
    if keyword is None:
        return message
    kind = _JSON_KINDS.get(type(error.instance), type(error.instance).__name__)
    value = repr(error.instance)
    if len(value) > 80:  # jsonschema's message repeats the whole value first: say "it" there
        message = message.replace(value, "it", 1)
        value = value[:77] + "..."
    return f"`{keyword}` rejects the {kind} {value}: {message}"
