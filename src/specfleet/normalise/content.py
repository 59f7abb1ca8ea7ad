"""Media types, status codes and header shapes opc cannot read.

opc reads JSON (and ``+json``), ``text/*`` and ``application/octet-stream`` responses, and JSON,
form, multipart and octet-stream request bodies; anything else (``application/pdf``,
``image/png``, ``application/sdp``, ``*/*``) drops the response, or the operation.

- A response with no type opc reads is read as bytes: its first media type is renamed
  ``application/octet-stream`` (only how the client parses it changes; nothing on the wire).
- A request body type opc cannot send becomes ``application/octet-stream`` (the caller passes
  bytes) and a fix-up puts the spec's type back as the ``Content-Type`` the request sends; a
  second such type in the same body is dropped, as the body already has a bytes form.
- Status code ranges written in lower case (``2xx``) are upper-cased, the form opc parses.
- A header parameter opc cannot put in a header (an array, a ``date-time``, an object) is
  taken as the header's text: an array (``style: simple``) is its comma-separated values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from specfleet.normalise import Change, RepairContext, repair
from specfleet.normalise._spec import endpoints_at, operations, ref_pointer, resolve

BYTES = "application/octet-stream"
_BODY_TYPES = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data", BYTES)


def _simple(media: str) -> str:
    return media.split(";", 1)[0].strip().lower()


def readable_response(media: str) -> bool:
    simple = _simple(media)
    return simple.startswith("text/") or simple in ("application/json", BYTES) or simple.endswith("+json")


def _binary(media_type: Any) -> bool:
    schema = media_type.get("schema") if isinstance(media_type, dict) else None
    return isinstance(schema, dict) and schema.get("format") == "binary"


def sendable_body(media: str) -> bool:
    simple = _simple(media)
    return simple in _BODY_TYPES or simple.endswith("+json")


def _rename_key(content: dict[str, Any], old: str, new: str) -> None:
    """Rename one key in place, keeping the order (opc reads the first readable type)."""
    items = [(new if key == old else key, value) for key, value in content.items()]
    content.clear()
    content.update(items)


class _RestoreBodyTypes:
    """Fix-up: the Content-Type a request sends is the spec's, not the stand-in opc parsed."""

    def __init__(self) -> None:
        self.types: dict[tuple[str, str], str] = {}

    def __call__(self, openapi: Any) -> None:
        for (path, method), original in self.types.items():
            for endpoint in endpoints_at(openapi, path, method):
                for body in endpoint.bodies:
                    if body.content_type == BYTES:
                        object.__setattr__(body, "content_type", original)


@repair(
    "unreadable-media-types",
    "generate",
    "opc drops a response or request body whose media types it cannot read (application/pdf, "
    "image/*, */*); responses are read as bytes, bodies sent as bytes with the spec's Content-Type",
)
def unreadable_media_types(ctx: RepairContext) -> Iterator[Change]:
    restore = _RestoreBodyTypes()
    seen: set[int] = set()
    sent_as: dict[int, str] = {}  # id of a repaired body's content -> the Content-Type it sends
    for pointer, path, method, operation in operations(ctx.data):
        for status, raw in (operation.get("responses") or {}).items():
            response = resolve(ctx.data, raw)
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict) or not content or id(content) in seen:
                continue
            seen.add(id(content))
            where = (*pointer, "responses", status) if raw is response else ref_pointer(raw)
            if not any(readable_response(str(media)) for media in content):
                first = next(iter(content))
                _rename_key(content, first, BYTES)
                yield Change(
                    (*where, "content", first), f"opc cannot read {first!r} responses; read as bytes"
                )
                continue
            binary = [
                media
                for media in content
                if _simple(str(media)).startswith("text/") and _binary(content[media])
            ]
            if binary and BYTES not in content:
                _rename_key(content, binary[0], BYTES)
                yield Change(
                    (*where, "content", binary[0]),
                    f"a binary {binary[0]!r} response is read as bytes (opc read it as text into a file)",
                )
        raw_body = operation.get("requestBody")
        body = resolve(ctx.data, raw_body)
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict):
            continue
        if id(content) in sent_as:  # a shared body already repaired for an earlier operation
            restore.types[(path, method)] = sent_as[id(content)]
            continue
        base = (*pointer, "requestBody") if raw_body is body else ref_pointer(raw_body)
        for media in [media for media in content if not sendable_body(str(media))]:
            where = (*base, "content", media)
            if BYTES not in content:
                _rename_key(content, media, BYTES)
                # the caller passes the bytes to send, whatever the spec's schema says they hold
                if isinstance(content[BYTES], dict):
                    content[BYTES] = {**content[BYTES], "schema": {"type": "string", "format": "binary"}}
                sent = str(media) if "*" not in media else BYTES
                sent_as[id(content)] = restore.types[(path, method)] = sent
                yield Change(
                    where,
                    f"opc cannot send {media!r} bodies; the client takes bytes and sends Content-Type {sent!r}",
                )
            else:
                del content[media]
                yield Change(
                    where,
                    f"opc cannot send {media!r} bodies and this body already has an application/octet-stream "
                    "form; that form is used",
                )
    if restore.types:
        ctx.fixups.append(restore)


_LOWER_RANGE = re.compile(r"[1-5]xx\Z", re.IGNORECASE)


@repair(
    "status-code-case",
    "generate",
    "opc parses status code ranges only as 1XX..5XX; 2xx is the same range written in lower case",
)
def status_code_case(ctx: RepairContext) -> Iterator[Change]:
    for pointer, _, _, operation in operations(ctx.data):
        responses = operation.get("responses")
        if not isinstance(responses, dict):
            continue
        for status in [
            s for s in responses if isinstance(s, str) and _LOWER_RANGE.match(s) and s != s.upper()
        ]:
            if status.upper() in responses:
                continue
            _rename_key(responses, status, status.upper())
            yield Change(
                (*pointer, "responses", status), f"status range {status!r} read as {status.upper()!r}"
            )


_HEADER_STRING_FORMATS_OPC_REFUSES = ("date", "date-time", "binary")


def header_readable(data: dict[str, Any], node: Any, depth: int = 0) -> bool:
    """Whether opc can put a value of this schema in a header (it takes only plain scalars)."""
    schema = resolve(data, node)
    if not isinstance(schema, dict) or depth > 20:
        return False
    if schema.get("enum"):
        return True
    members = [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
    kinds = schema.get("type")
    if members or isinstance(kinds, list):
        copies = (
            [{**schema, "type": kind, "anyOf": [], "oneOf": []} for kind in kinds]
            if isinstance(kinds, list)
            else []
        )
        return all(header_readable(data, member, depth + 1) for member in [*members, *copies])
    if "const" in schema or schema.get("allOf"):
        return False
    if kinds == "string":
        return schema.get("format") not in _HEADER_STRING_FORMATS_OPC_REFUSES
    return kinds in ("integer", "number", "boolean", "null")


def _describe(data: dict[str, Any], node: Any) -> tuple[str, str]:
    """(what the schema is, in words; the description the string schema gets)."""
    schema = resolve(data, node)
    kind = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(schema, dict) and kind == "array":
        items = resolve(data, schema.get("items"))
        values = items.get("enum") if isinstance(items, dict) else None
        listed = " (values: " + ", ".join(map(str, values)) + ")" if isinstance(values, list) else ""
        return "an array", f"Comma-separated list{listed}."
    if isinstance(schema, dict) and schema.get("format"):
        return f"a {schema['format']} string", f"The header's text ({schema['format']})."
    return (
        f"a{'n' if str(kind)[:1] in 'aeiou' else ''} {kind}" if isinstance(kind, str) else "this schema"
    ), ("The header's text.")


@repair(
    "header-types",
    "generate",
    "opc puts only plain strings, numbers, booleans and enums in headers and drops an operation with "
    "any other header (an array, a date-time, an object); the client takes the header's text instead",
)
def header_types(ctx: RepairContext) -> Iterator[Change]:
    seen: set[int] = set()
    for pointer, path, _, operation in operations(ctx.data):
        owners = [
            ((*pointer, "parameters"), operation.get("parameters")),
            (("paths", path, "parameters"), ctx.data["paths"][path].get("parameters")),
        ]
        for at, owner in owners:
            for index, raw in enumerate(owner or []):
                param = resolve(ctx.data, raw)
                if not isinstance(param, dict) or param.get("in") != "header" or id(param) in seen:
                    continue
                seen.add(id(param))
                if "schema" not in param or header_readable(ctx.data, param["schema"]):
                    continue
                kind, note = _describe(ctx.data, param["schema"])
                param["schema"] = {"type": "string", "description": note}
                where = (*at, index) if raw is param else ref_pointer(raw)
                yield Change(
                    (*where, "schema"),
                    f"header parameter {param.get('name')!r} is {kind}, which opc cannot put in a header; "
                    "the client takes the header's text",
                )
