"""Schemas that opc would turn into classes with the same name.

opc names a component's class after its ``title`` (or its name), and an inline schema's after
its parent class plus its own ``title`` (or the property it sits in).  Published specs reuse
titles freely (OpenAI: two components titled ``FunctionToolCall``; Stripe: sibling properties
whose inline schemas are all titled ``capability_param``), and opc then drops the second class,
everything that refers to it, and the endpoints using those.  A class named like what the
generated modules import (``Response``, ``Client``, ``Any``...) would shadow that import.

The repair predicts opc's class names by walking the spec as opc does, and renames the later
of two colliding schemas: an inline one loses its title (so it is named after its place), a
component gets its own name as title; where that is taken too, a numbered title.  Renaming
changes the names of classes nested inside, so it repeats until no name collides.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from specfleet.normalise import Change, RepairContext, repair
from specfleet.normalise._spec import (
    class_name,
    endpoint_name,
    operations,
    pascal_case,
    python_name,
    ref_pointer,
    resolve,
    short_hash,
)
from specfleet.spec.document import Pointer

#: Names the generated modules import; a model class of the same name would shadow the import.
IMPORTED = frozenset(
    {
        "Any",
        "AuthenticatedClient",
        "BinaryIO",
        "Client",
        "File",
        "FileTypes",
        "Generator",
        "HTTPStatus",
        "Mapping",
        "Response",
        "Security",
        "TextIO",
        "TypeVar",
        "Unset",
    }
)
_BODY_TYPES = {
    "application/x-www-form-urlencoded": "data",
    "multipart/form-data": "files",
    "application/octet-stream": "content",
    "application/json": "json",
}
MAX_ROUNDS = 8
#: Longest module name (a class's snake-case name) allowed: opc crashes writing a file name over 255 bytes.
MAX_MODULE = 200


def too_long(name: str) -> bool:
    return len(python_name(name)) > MAX_MODULE


@dataclass(frozen=True)
class NamedClass:
    """A class opc will generate: its name, the schema it comes from, and how it got the name."""

    name: str
    pointer: Pointer
    schema: dict[str, Any]
    parent: str
    place: str  # what opc names it after without a title: its property, parameter or component name
    untitled: str  # the class name it gets without its title
    enum: tuple[Any, ...] | None


def _class(parent: str, title: str) -> str:
    return class_name(f"{pascal_case(parent)}{pascal_case(title)}" if parent else title)


class _Walk:
    """opc's naming of classes, in its order: components first, then each operation."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.found: list[NamedClass] = []

    def schema(self, pointer: Pointer, node: Any, name: str, parent: str, owner: Any = None) -> None:
        """Record the classes opc makes of ``node``; ``owner`` is the spec's own dict when ``node`` is a copy."""
        if not isinstance(node, dict) or "$ref" in node:
            return
        owner = node if owner is None else owner
        subs = [*(node.get("allOf") or []), *(node.get("anyOf") or []), *(node.get("oneOf") or [])]
        if len(subs) == 1 and isinstance(subs[0], dict) and "$ref" in subs[0]:
            return
        kind = node.get("type")
        if kind == "boolean":
            return
        if node.get("enum"):
            values = tuple(value for value in node["enum"] if value is not None)
            self._named(pointer, node, owner, name, parent, values)
        elif node.get("anyOf") or node.get("oneOf") or isinstance(kind, list):
            self._union(pointer, node, name, parent)
        elif "const" in node or kind in ("string", "number", "integer", "null"):
            return
        elif kind == "array":
            self.schema((*pointer, "items"), node.get("items"), f"{name}_item", parent)
        elif kind == "object" or node.get("allOf") or (kind is None and node.get("properties")):
            self._object(pointer, node, owner, name, parent)

    def _named(
        self,
        pointer: Pointer,
        node: dict[str, Any],
        owner: Any,
        name: str,
        parent: str,
        enum: tuple[Any, ...] | None,
    ) -> str:
        """Record the class ``node`` becomes (its title names it, else ``name``); its name."""
        title = node.get("title") if isinstance(node.get("title"), str) and node.get("title") else None
        own_name = _class(parent, title or name)
        self.found.append(NamedClass(own_name, pointer, owner, parent, name, _class(parent, name), enum))
        return own_name

    def _union(self, pointer: Pointer, node: dict[str, Any], name: str, parent: str) -> None:
        """A union's members, named after their own title or their place (``<name>_type_<n>``);
        a list of types makes a member of each object or array type."""
        members = [("anyOf", i, m) for i, m in enumerate(node.get("anyOf") or [])]
        members += [("oneOf", i, m) for i, m in enumerate(node.get("oneOf") or [])]
        for index, (key, at, member) in enumerate(members):
            sub_title = member.get("title") if isinstance(member, dict) else None
            own = isinstance(sub_title, str) and sub_title and sub_title != node.get("title")
            self.schema(
                (*pointer, key, at), member, f"{name}_{sub_title if own else f'type_{index}'}", parent
            )
        kinds = node.get("type")
        if isinstance(kinds, list):
            for index, one in enumerate(kinds, start=len(members)):
                if one in ("object", "array"):
                    self.schema(pointer, {**node, "type": one}, f"{name}_type_{index}", parent, node)

    def _object(self, pointer: Pointer, node: dict[str, Any], owner: Any, name: str, parent: str) -> None:
        """An object's class, then the classes of its properties (its own and its inline
        ``allOf`` parts') and of its ``additionalProperties``, named under it."""
        own_name = self._named(pointer, node, owner, name, parent, None)
        parts: list[tuple[Pointer, dict[str, Any]]] = [(pointer, node)]
        parts += [
            ((*pointer, "allOf", i), p)
            for i, p in enumerate(node.get("allOf") or [])
            if isinstance(p, dict) and "$ref" not in p
        ]
        for where, part in parts:
            for key, sub in (part.get("properties") or {}).items():
                self.schema((*where, "properties", key), sub, key, own_name)
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            self.schema((*pointer, "additionalProperties"), extra, "AdditionalProperty", own_name)

    def run(self) -> list[NamedClass]:
        components = self.data.get("components") or {}
        for key, node in (components.get("schemas") or {}).items():
            self.schema(("components", "schemas", key), node, f"/components/schemas/{key}", "")
        for pointer, path, method, operation in operations(self.data):
            self.operation(pointer, path, operation, endpoint_name(path, method, operation))
        return self.found

    def operation(self, pointer: Pointer, path: str, operation: dict[str, Any], endpoint: str) -> None:
        for owner, at in (
            (operation.get("parameters"), (*pointer, "parameters")),
            (self.data["paths"][path].get("parameters"), ("paths", path, "parameters")),
        ):
            for index, raw in enumerate(owner or []):
                param = resolve(self.data, raw)
                if isinstance(param, dict) and isinstance(param.get("name"), str):
                    where = (*at, index) if raw is param else ref_pointer(raw)
                    self.schema((*where, "schema"), param.get("schema"), param["name"], endpoint)
        for status, raw in (operation.get("responses") or {}).items():
            response = resolve(self.data, raw)
            content = response.get("content") if isinstance(response, dict) else None
            for media, item in (content or {}).items():
                if _readable_response(str(media)):
                    base = (*pointer, "responses", status) if raw is response else ref_pointer(raw)
                    if isinstance(item, dict):
                        self.schema(
                            (*base, "content", media, "schema"),
                            item.get("schema"),
                            f"response_{status}",
                            endpoint,
                        )
                    break
        raw_body = operation.get("requestBody")
        body = resolve(self.data, raw_body)
        content = body.get("content") if isinstance(body, dict) else None
        if isinstance(content, dict):
            base = (*pointer, "requestBody") if raw_body is body else ref_pointer(raw_body)
            for media, item in content.items():
                kind = _body_type(str(media))
                if kind is not None and isinstance(item, dict):
                    parent = f"{endpoint}_{kind}" if len(content) > 1 else endpoint
                    self.schema((*base, "content", media, "schema"), item.get("schema"), "body", parent)


def _media(media: str) -> str:
    return media.split(";", 1)[0].strip().lower()


def _readable_response(media: str) -> bool:
    simple = _media(media)
    return (
        simple.startswith("text/")
        or simple in ("application/json", "application/octet-stream")
        or (simple.endswith("+json"))
    )


def _body_type(media: str) -> str | None:
    simple = _media(media)
    return _BODY_TYPES.get(simple) or ("json" if simple.endswith("+json") else None)


def _collisions(found: list[NamedClass]) -> Iterator[tuple[NamedClass, set[str]]]:
    """Each class that must be renamed, with every name already in use.

    Of two schemas with one name, a titled one yields to one named after its own place (a
    component's key), since the title was only ever a label; otherwise the later one yields.
    """
    taken = {named.name for named in found} | IMPORTED
    first: dict[str, NamedClass] = {}
    for named in found:
        if named.name in IMPORTED or too_long(named.name):
            yield named, taken
            continue
        earlier = first.setdefault(named.name, named)
        if earlier is named or earlier.pointer == named.pointer:
            continue
        if named.enum is not None and earlier.enum == named.enum:  # opc shares one enum class
            continue
        if earlier.schema.get("title") and not named.schema.get("title"):
            first[named.name] = named
            yield earlier, taken
        else:
            yield named, taken


def _retitle(named: NamedClass, taken: set[str]) -> str | None:
    """A title that gives ``named`` a free class name (None: drop the title)."""
    if too_long(named.name):
        digest = short_hash("/".join(map(str, named.pointer)))
        room = max(8, MAX_MODULE - len(python_name(named.parent)) - 20)
        title = str(named.schema.get("title") or named.place.rsplit("/", 1)[-1])
        return f"{class_name(title)[: room // 2]}{digest}"
    if named.schema.get("title") and named.untitled not in taken and not too_long(named.untitled):
        return None
    base = (
        named.pointer[-1]
        if named.pointer[:2] == ("components", "schemas")
        else (str(named.schema.get("title") or named.place))
    )
    base = str(base) if class_name(str(base)) not in IMPORTED else f"{base}Model"
    candidate, number = base, 2
    while _class(named.parent, candidate) in taken:
        candidate = f"{base}{number}"
        number += 1
    return candidate


@repair(
    "model-names",
    "generate",
    "opc drops a class (and everything using it) whose name another schema already took, and a class "
    "named like a generated module's imports shadows it; the later schema gets a title of its own",
)
def rename_models(ctx: RepairContext) -> Iterator[Change]:
    for _ in range(MAX_ROUNDS):
        changed = False
        for named, taken in _collisions(_Walk(ctx.data).run()):
            old = named.name
            title = _retitle(named, taken)
            if title is None:
                del named.schema["title"]
                new = named.untitled
            else:
                named.schema["title"] = title
                new = _class(named.parent, title)
            taken.add(new)
            changed = True
            reason = (
                "would shadow an import of the generated code"
                if old in IMPORTED
                else (
                    "is too long for a module name"
                    if too_long(old)
                    else "is already the name of another schema's class"
                )
            )
            yield Change(named.pointer, f"class name {old!r} {reason}; named {new!r} instead")
        if not changed:
            return
