"""openapi-spec-validator, fenced in and with its findings mapped back to file:line:col.

It only ever sees a document whose references :mod:`specfleet.spec.refs` has already
checked, and it gets resolver handlers that refuse every URL scheme, so it can
neither fetch nor read anything by itself.  Its crashes (a ``RecursionError`` on
a pathological schema, a lookup that fails deep inside ``referencing``) become
one clear problem instead of a traceback.

Where an error is: the validator checks each schema object (and each ``default``)
with a fresh JSON Schema validator, so those errors carry a path relative to that
schema, not to the document.  Every keyword validator is wrapped to remember the
object it was checking; the error's place is that object's pointer in the
document (found by identity) plus the error's relative path.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import (
    DuplicateOperationIDError,
    OpenAPIValidationError,
    UnresolvableParameterError,
)

from specfleet.errors import Problem
from specfleet.spec.document import Document, Pointer
from specfleet.spec.schema_values import keyword_message

RULE = "openapi-schema"
MAX_ERRORS = 50
#: The attribute a wrapped keyword validator leaves on an error: (checked object, path prefix).
_BASE = "_specfleet_base"
#: Errors our lint rules report better (at the duplicate, naming the parameter): left to them.
_LEFT_TO_LINT = (DuplicateOperationIDError, UnresolvableParameterError)


def _refuse(uri: str) -> Any:
    raise PermissionError(f"specfleet does not let the validator follow {uri!r}")


#: Every scheme the validator could follow, and the catch-all, refuse.
_NO_HANDLERS: dict[str, Any] = {"<all_urls>": _refuse, "http": _refuse, "https": _refuse, "file": _refuse}


def _located(cls: type[Any]) -> type[Any]:
    """``cls`` whose errors remember the spec object it was checking (the innermost one wins)."""
    prefix: Pointer = ("default",) if issubclass(cls, keywords.ValueValidator) else ()

    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
        checked = next((arg for arg in args if isinstance(arg, SchemaPath)), None)
        for error in cls.__call__(self, *args, **kwargs):
            if checked is not None and not hasattr(error, _BASE):
                if not isinstance(error, OpenAPIValidationError):
                    error = OpenAPIValidationError.create_from(error)
                setattr(error, _BASE, (checked.read_value(), prefix))
            yield error

    return type(cls.__name__, (cls,), {"__call__": __call__})


class _FencedV30(OpenAPIV30SpecValidator):
    resolver_handlers = _NO_HANDLERS
    keyword_validators = {
        key: _located(cls) for key, cls in OpenAPIV30SpecValidator.keyword_validators.items()
    }


class _FencedV31(OpenAPIV31SpecValidator):
    resolver_handlers = _NO_HANDLERS
    keyword_validators = {
        key: _located(cls) for key, cls in OpenAPIV31SpecValidator.keyword_validators.items()
    }


def _validator_for(document: Document) -> type[OpenAPIV30SpecValidator | OpenAPIV31SpecValidator] | None:
    version = document.data.get("openapi")
    if isinstance(version, str) and version.startswith("3.0."):
        return _FencedV30
    if isinstance(version, str) and version.startswith("3.1."):
        return _FencedV31
    return None


def supported_version(document: Document) -> bool:
    """Whether the document says it is OpenAPI 3.0 or 3.1 (anything else is never generated)."""
    return _validator_for(document) is not None


def _unsupported(document: Document) -> Problem:
    """Say what the document is, and how to get to a version we read."""
    data = document.data
    if "swagger" in data:
        return document.problem(
            ("swagger",),
            RULE,
            f"this is a Swagger {data['swagger']} document; specfleet reads OpenAPI 3.x: convert it "
            "with swagger2openapi (`npx swagger2openapi swagger.yaml -o openapi.yaml`) or "
            "Swagger Editor (Edit > Convert to OpenAPI 3)",
        )
    found = data.get("openapi")
    if isinstance(found, float | int) and not isinstance(found, bool):
        prefix = f"`openapi: {found}` is read by YAML as the number {found!r}, not a version string"
        if str(found) in ("3.0", "3.1"):
            version = "3.1.0" if str(found) == "3.1" else "3.0.3"
            return document.problem(("openapi",), RULE, f'{prefix}; quote it: `openapi: "{version}"`')
        return document.problem(
            ("openapi",), RULE, f'{prefix}, and not a version specfleet supports; use `openapi: "3.1.0"`'
        )
    if found is None:
        return document.problem((), RULE, "no `openapi` version: start the spec with `openapi: 3.1.0`")
    return document.problem(
        ("openapi",),
        RULE,
        f"`openapi: {found!r}` is not a version specfleet supports; use 3.1.0 (or 3.0.x)",
    )


class _Locator:
    """Pointers of the document's objects by identity, built on the first error that needs one."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self._pointers: dict[int, Pointer] | None = None

    def pointer_of(self, node: Any) -> Pointer | None:
        if self._pointers is None:
            self._pointers = {}
            stack: list[tuple[Pointer, Any]] = [((), self.data)]
            while stack:
                pointer, value = stack.pop()
                if id(value) in self._pointers:
                    continue  # a YAML alias: keep one place
                self._pointers[id(value)] = pointer
                items = value.items() if isinstance(value, dict) else enumerate(value)
                stack.extend(
                    ((*pointer, key), child) for key, child in items if isinstance(child, dict | list)
                )
        return self._pointers.get(id(node)) if isinstance(node, dict | list) else None

    def place(self, error: ValidationError) -> Pointer:
        relative = tuple(error.absolute_path)
        base = getattr(error, _BASE, None)
        if base is not None:
            found = self.pointer_of(base[0])
            if found is not None:
                return (*found, *base[1], *relative)
        return relative


def _is_undescribed_response(document: Document, pointer: Pointer, error: ValidationError) -> bool:
    """The validator's complaint about a response without ``description``; lint says it better.

    3.1's schema says "'description' is a required property"; 3.0's says the response is
    "not valid under any of the given schemas" (Response or Reference), with the same
    complaint among the reasons it gives for each.
    """
    if len(pointer) < 2 or pointer[-2] != "responses":
        return False
    reasons = [error.message, *(reason.message for reason in error.context or ())]
    if not any("'description' is a required property" in reason for reason in reasons):
        return False
    node: Any = document.data
    for part in pointer:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return False
    return isinstance(node, dict) and "$ref" not in node and "description" not in node


def schema_problems(document: Document) -> Iterator[Problem]:
    """Problems openapi-spec-validator finds, each placed at the line it is about."""
    validator_cls = _validator_for(document)
    if validator_cls is None:
        yield _unsupported(document)
        return
    locator = _Locator(document.data)
    seen: set[tuple[Pointer, str]] = set()
    try:
        validator = validator_cls(document.data, base_uri="")
        for error in validator.iter_errors():
            if isinstance(error, _LEFT_TO_LINT):
                continue
            pointer = locator.place(error)
            message = keyword_message(error) if isinstance(error, ValidationError) else str(error)
            if len(message) > 300:
                message = message[:297] + "..."
            if (pointer, message) in seen or _is_undescribed_response(document, pointer, error):
                continue
            seen.add((pointer, message))
            yield document.problem(pointer, RULE, message)
            if len(seen) >= MAX_ERRORS:
                return
    except RecursionError:
        yield document.problem((), RULE, "the schema nests or refers to itself too deeply to validate")
    except Exception as exc:  # the validator's internals must never reach the user as a traceback
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        yield document.problem((), RULE, f"the OpenAPI validator could not check this spec: {reason[:300]}")
