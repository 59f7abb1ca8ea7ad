"""The document around the schemas: what OpenAPI allows, or published specs leave out, that opc's model refuses.

openapi-python-client (opc) reads a spec into a pydantic model before anything else, and that
model requires fields OpenAPI 3.1 made optional (a document of only ``webhooks`` has no
``paths``, an operation may leave out ``responses``) and refuses the whole document over a
field OpenAPI requires that a published spec forgot (a response without ``description``).
Each is repaired the one way that keeps what the spec says: an optional field gets its empty
value, a forgotten documentation field an empty text, and an object that cannot mean anything
without its field (a server without ``url``) goes.  A path parameter not marked ``required``
is required all the same (a path cannot leave it out), and ``info.version: 1.10`` was meant
as the text ``1.10``, not the number YAML reads.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from specfleet.normalise import Change, RepairContext, repair
from specfleet.normalise._spec import METHODS, resolve, schemas
from specfleet.spec.document import Pointer
from specfleet.spec.refs import lookup, parse_fragment

#: What each field of an OpenAPI object holds, for the objects opc's model requires a field of.
_HOLDS: dict[str, dict[str, str]] = {
    "Root": {
        "info": "Info",
        "servers": "list:Server",
        "tags": "list:Tag",
        "externalDocs": "ExternalDocumentation",
        "paths": "map:PathItem",
        "webhooks": "map:PathItem",
        "components": "Components",
    },
    "Info": {"license": "License"},
    "Server": {"variables": "map:ServerVariable"},
    "Tag": {"externalDocs": "ExternalDocumentation"},
    "Components": {
        "responses": "map:Response",
        "parameters": "map:Parameter",
        "requestBodies": "map:RequestBody",
        "securitySchemes": "map:SecurityScheme",
        "callbacks": "map:Callback",
        "pathItems": "map:PathItem",
    },
    "PathItem": {
        **dict.fromkeys(METHODS, "Operation"),
        "parameters": "list:Parameter",
        "servers": "list:Server",
    },
    "Operation": {
        "parameters": "list:Parameter",
        "requestBody": "RequestBody",
        "responses": "map:Response",
        "callbacks": "map:Callback",
        "servers": "list:Server",
        "externalDocs": "ExternalDocumentation",
    },
    "Callback": {},  # every field is a path item
    "SecurityScheme": {"flows": "OAuthFlows"},
    "OAuthFlows": dict.fromkeys(
        ("implicit", "password", "clientCredentials", "authorizationCode"), "OAuthFlow"
    ),
}


def objects(data: dict[str, Any]) -> Iterator[tuple[Pointer, str, dict[str, Any]]]:
    """Every object of the kinds in :data:`_HOLDS` (and responses, parameters...) written in the spec."""
    stack: list[tuple[Pointer, str, Any]] = [((), "Root", data)]
    while stack:
        pointer, kind, node = stack.pop()
        if kind.startswith(("map:", "list:")):
            inner = kind.partition(":")[2]
            items = (
                node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
            )
            stack.extend(((*pointer, key), inner, value) for key, value in reversed(list(items)))
            continue
        if not isinstance(node, dict) or "$ref" in node:
            continue
        yield pointer, kind, node
        fields = _HOLDS.get(kind, {})
        for key, value in reversed(list(node.items())):
            child = "PathItem" if kind == "Callback" else fields.get(str(key))
            if child is not None:
                stack.append(((*pointer, key), child, value))


@dataclass(frozen=True)
class Missing:
    """A field opc's model requires: the object kind, the field, and what stands in for it (``None``: drop)."""

    kind: str
    field: str
    fill: Any


#: Fields OpenAPI itself requires (so the schema check reports them) that opc's model refuses the
#: whole document without.  A text only documents, so an empty one says the same; an object that
#: means nothing without the field is dropped.
REQUIRED = (
    Missing("Info", "title", ""),
    Missing("Info", "version", ""),
    Missing("License", "name", ""),
    Missing("Response", "description", ""),
    Missing("OAuthFlow", "scopes", {}),
    Missing("ServerVariable", "default", ""),
    Missing("Tag", "name", None),
    Missing("ExternalDocumentation", "url", None),
    Missing("Server", "url", None),
    Missing("SecurityScheme", "type", None),
    Missing("RequestBody", "content", None),
    Missing("Parameter", "name", None),
    Missing("Parameter", "in", None),
)


@repair(
    "required-fields",
    "schema",
    "opc refuses a whole document over one field OpenAPI requires and a published spec left out; a "
    "missing text is empty, an object that means nothing without the field is dropped",
)
def required_fields(ctx: RepairContext) -> Iterator[Change]:
    found = list(objects(ctx.data))
    dropped: list[tuple[Pointer, str]] = []
    for pointer, kind, node in found:
        for missing in REQUIRED:
            if missing.kind != kind or missing.field in node:
                continue
            if missing.fill is None:
                dropped.append((pointer, f"{kind} without `{missing.field}` (OpenAPI requires it): dropped"))
                break
            if kind == "ServerVariable" and isinstance(node.get("enum"), list) and node["enum"]:
                node[missing.field] = node["enum"][0]
            else:
                node[missing.field] = missing.fill
            yield Change(
                pointer, f"{kind} without `{missing.field}` (OpenAPI requires it): {node[missing.field]!r}"
            )
    for pointer, message in reversed(dropped):  # document order reversed: later list items go first
        holder: Any = ctx.data
        for part in pointer[:-1]:
            holder = holder[part]
        del holder[pointer[-1]]
        yield Change(pointer, message)
    for pointer, schema in schemas(ctx.data):
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict) and "propertyName" not in discriminator:
            del schema["discriminator"]
            yield Change((*pointer, "discriminator"), "discriminator without `propertyName`: dropped")


@repair(
    "optional-fields",
    "generate",
    "OpenAPI 3.1 lets a document leave out `paths` (a spec of webhooks) and an operation leave out "
    "`responses`; opc's model requires both, so they are written empty, which means the same",
)
def optional_fields(ctx: RepairContext) -> Iterator[Change]:
    if not isinstance(ctx.data.get("paths"), dict):
        ctx.data["paths"] = {}
        yield Change((), "no `paths` (OpenAPI 3.1 allows it): the client has no operations of its own")
    for pointer, kind, node in list(objects(ctx.data)):
        if kind == "Operation" and pointer[0] == "paths" and not isinstance(node.get("responses"), dict):
            node["responses"] = {}
            yield Change(pointer, "no `responses` (OpenAPI 3.1 allows it): the response is read as any value")


@repair(
    "path-parameter-required",
    "schema",
    "a path parameter is always required (a path cannot leave it out); one not marked so is marked",
)
def path_parameter_required(ctx: RepairContext) -> Iterator[Change]:
    for pointer, kind, node in objects(ctx.data):
        if kind == "Parameter" and node.get("in") == "path" and node.get("required") is not True:
            node["required"] = True
            yield Change(
                pointer, f"path parameter {node.get('name')!r} not marked `required: true`; it is required"
            )


#: The end of a plain scalar written in block or flow style.
_SCALAR_END = re.compile(r"\s+#|[,}\]\r\n]|$")


@repair(
    "version-number",
    "schema",
    "`version: 1.10` unquoted is the number 1.1 to YAML; the text as written is what was meant",
)
def version_number(ctx: RepairContext) -> Iterator[Change]:
    info = ctx.data.get("info")
    if not isinstance(info, dict) or not isinstance(info.get("version"), int | float):
        return
    value = info["version"]
    written = _as_written(ctx, ("info", "version"))
    info["version"] = written if written is not None else str(value).lower()
    yield Change(
        ("info", "version"),
        f'info.version: {info["version"]} was read as the number {value}; quote it ("{info["version"]}")',
    )


def _as_written(ctx: RepairContext, pointer: Pointer) -> str | None:
    """The source text of the scalar at ``pointer`` (its value's mark), when it reads as a number."""
    mark = ctx.document.marks.get(pointer)
    if mark is None or not ctx.document.text:
        return None
    lines = ctx.document.text.splitlines()
    if not 0 < mark.line <= len(lines):
        return None
    rest = lines[mark.line - 1][mark.column - 1 :]
    key = re.match(rf"[\"']?{re.escape(str(pointer[-1]))}[\"']?\s*:\s*", rest)  # marks are at the key
    rest = rest[key.end() :] if key else rest
    text = rest[: _SCALAR_END.search(rest).start()].strip()  # type: ignore[union-attr]
    try:
        float(text)
    except ValueError:
        return None
    return text


@repair(
    "duplicate-parameters",
    "generate",
    "a parameter list naming the same parameter (name and `in`) twice, which OpenAPI forbids and opc "
    "drops the operation over, means it once: the first stays",
)
def duplicate_parameters(ctx: RepairContext) -> Iterator[Change]:
    for pointer, kind, node in list(objects(ctx.data)):
        params = node.get("parameters") if kind in ("PathItem", "Operation") else None
        if not isinstance(params, list):
            continue
        kept: list[Any] = []
        keys: set[tuple[str, str]] = set()
        for index, raw in enumerate(params):
            param = resolve(ctx.data, raw)
            key = (str(param.get("name")), str(param.get("in"))) if isinstance(param, dict) else None
            if key is not None and key in keys:
                yield Change(
                    (*pointer, "parameters", index), f"{key[1]} parameter {key[0]!r} is listed twice here"
                )
                continue
            if key is not None:
                keys.add(key)
            kept.append(raw)
        node["parameters"] = kept


@repair(
    "component-refs",
    "generate",
    "opc follows a response's $ref only into components/responses and one step, and refuses a component "
    "parameter or response that is itself a $ref; OpenAPI allows both, so the target is copied in",
)
def component_refs(ctx: RepairContext) -> Iterator[Change]:
    for pointer, kind, node in list(objects(ctx.data)):
        sections = (
            ("parameters", "responses")
            if kind == "Components"
            else ("responses",)
            if kind == "Operation"
            else ()
        )
        for section in sections:
            entries = node.get(section)
            if not isinstance(entries, dict):
                continue
            for name, raw in list(entries.items()):
                ref = raw.get("$ref") if isinstance(raw, dict) else None
                if not isinstance(ref, str) or not ref.startswith("#/"):
                    continue
                if (
                    kind == "Operation"
                    and ref.startswith("#/components/responses/")
                    and _direct(ctx.data, ref)
                ):
                    continue
                target = resolve(ctx.data, raw)
                if isinstance(target, dict) and "$ref" not in target:
                    entries[name] = copy.deepcopy(target)
                    yield Change(
                        (*pointer, section, name), f"$ref {ref!r} copied in: opc cannot follow it here"
                    )


def _direct(data: dict[str, Any], ref: str) -> bool:
    """Whether ``ref`` names an entry that is not itself a ``$ref`` (opc follows one step only)."""
    try:
        target = lookup(data, parse_fragment(ref[1:]))
    except (KeyError, ValueError):
        return False
    return isinstance(target, dict) and "$ref" not in target


#: What opc reads as a response's status: ``default``, a number, or a range ``1XX``..``5XX`` (any case).
_STATUS_KEY = re.compile(r"default|\d+|[1-5][xX][xX]")


@repair(
    "status-keys",
    "generate",
    "a response under a key that is no status (2XXX, ok) is one opc drops with a warning and no client "
    "can match to an answer; it is left out, said at its line",
)
def status_keys(ctx: RepairContext) -> Iterator[Change]:
    for pointer, kind, node in list(objects(ctx.data)):
        responses = node.get("responses") if kind == "Operation" else None
        if not isinstance(responses, dict):
            continue
        for key in list(responses):
            if not _STATUS_KEY.fullmatch(str(key)):
                del responses[key]
                yield Change(
                    (*pointer, "responses", key),
                    f"{key!r} is no status code or range; this response is left out",
                )
