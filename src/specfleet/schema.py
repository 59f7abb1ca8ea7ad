"""openapi-spec-validator, fenced in and with its findings mapped back to file:line:col.

It only ever sees a document whose references :mod:`specfleet.refs` has already
checked, and it gets resolver handlers that refuse every URL scheme, so it can
neither fetch nor read anything by itself.  Its crashes (a ``RecursionError`` on
a pathological schema, a lookup that fails deep inside ``referencing``) become
one clear problem instead of a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from specfleet.errors import Problem
from specfleet.load import Document, Pointer

RULE = "openapi-schema"
MAX_ERRORS = 50


def _refuse(uri: str) -> Any:
    raise PermissionError(f"specfleet does not let the validator follow {uri!r}")


#: Every scheme the validator could follow, and the catch-all, refuse.
_NO_HANDLERS: dict[str, Any] = {"<all_urls>": _refuse, "http": _refuse, "https": _refuse, "file": _refuse}


class _FencedV30(OpenAPIV30SpecValidator):
    resolver_handlers = _NO_HANDLERS


class _FencedV31(OpenAPIV31SpecValidator):
    resolver_handlers = _NO_HANDLERS


def _validator_for(document: Document) -> type[OpenAPIV30SpecValidator | OpenAPIV31SpecValidator] | None:
    version = document.data.get("openapi")
    if isinstance(version, str) and version.startswith("3.0."):
        return _FencedV30
    if isinstance(version, str) and version.startswith("3.1."):
        return _FencedV31
    return None


def _pointer(error: Any) -> Pointer:
    path = getattr(error, "absolute_path", None) or getattr(error, "path", None) or ()
    return tuple(path)


def schema_problems(document: Document) -> Iterator[Problem]:
    """Problems openapi-spec-validator finds, each placed at the line it is about."""
    validator_cls = _validator_for(document)
    if validator_cls is None:
        found = document.data.get("openapi")
        yield document.problem(
            ("openapi",),
            RULE,
            f"`openapi: {found!r}` is not a version specfleet supports; use 3.1.0 (or 3.0.x)",
        )
        return
    validator = validator_cls(document.data, base_uri="")
    seen: set[tuple[Pointer, str]] = set()
    try:
        for error in validator.iter_errors():
            pointer = _pointer(error)
            message = str(getattr(error, "message", error)).splitlines()[0]
            if len(message) > 300:
                message = message[:297] + "..."
            if (pointer, message) in seen:
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
