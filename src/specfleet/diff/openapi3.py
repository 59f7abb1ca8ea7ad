"""A kin-openapi-like typed view over a loaded spec, for the port of oasdiff's diff and checker.

oasdiff walks kin-openapi's Go structs: every ``$ref`` already followed, Go pointers compared
by identity.  Here the same shapes are thin wrappers over our plain loaded data, built on first
access (a 4 MB spec is never walked eagerly) and memoized one per document node, so ``is`` and
``id()`` behave like Go pointer identity: two ``$ref``s to one schema give two ``SchemaRef``
objects with the same ``value``.

Field names are kin-openapi's in snake case (``Not``/``If``/``Else``/``In`` become ``not_``,
``if_``, ``else_``, ``in_``).  Go zero values: an absent string is ``""``, an absent number
with a Go pointer type is ``None``, an absent list or map is empty.  ``extensions`` holds what
kin keeps there: every key the object does not define (``x-*`` and unknown keys alike); on
``*Ref`` wrappers and maps (``Paths``, ``Responses``, ``Callback``) only ``x-*`` keys.

Only local ``#/...`` references are followed (the loader has bundled split specs).  A
reference that leads nowhere or loops resolves to an empty object so a diff never stops on it.
In OpenAPI 3.1 the keywords written beside a schema's ``$ref`` are laid over its target, as
kin-openapi does; in 3.0 they are ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeGuard, TypeVar, cast

from specfleet.refs import parse_fragment

if TYPE_CHECKING:
    from specfleet.load import Document

Pointer = tuple[str | int, ...]

TYPE_ARRAY = "array"
TYPE_BOOLEAN = "boolean"
TYPE_INTEGER = "integer"
TYPE_NUMBER = "number"
TYPE_OBJECT = "object"
TYPE_STRING = "string"
TYPE_NULL = "null"

PARAMETER_IN_PATH = "path"
PARAMETER_IN_QUERY = "query"
PARAMETER_IN_HEADER = "header"
PARAMETER_IN_COOKIE = "cookie"

#: kin's ``PathItem.Operations()`` keys (Go's ``http.Method*``) and the spec keys they come from
HTTP_METHODS = ("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE")

#: a chain of references longer than this is a loop
_MAX_REF_CHAIN = 64


# --- scalar readers: Go zero values for absent or mistyped fields --------------------------------


def _str(node: Mapping[str, Any], key: str) -> str:
    value = node.get(key)
    return value if isinstance(value, str) else ""


def _opt_str(node: Mapping[str, Any], key: str) -> str | None:
    value = node.get(key)
    return value if isinstance(value, str) else None


def _bool(node: Mapping[str, Any], key: str) -> bool:
    return node.get(key) is True


def _opt_bool(node: Mapping[str, Any], key: str) -> bool | None:
    value = node.get(key)
    return value if isinstance(value, bool) else None


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _opt_float(node: Mapping[str, Any], key: str) -> float | None:
    value = node.get(key)
    return value if _is_number(value) else None


def _uint(node: Mapping[str, Any], key: str) -> int:
    value = node.get(key)
    return int(value) if _is_number(value) and value >= 0 else 0


def _opt_uint(node: Mapping[str, Any], key: str) -> int | None:
    value = node.get(key)
    return int(value) if _is_number(value) and value >= 0 else None


def _str_list(node: Mapping[str, Any], key: str) -> list[str]:
    value = node.get(key)
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _any_list(node: Mapping[str, Any], key: str) -> list[Any]:
    value = node.get(key)
    return list(value) if isinstance(value, list) else []


def _dict(node: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = node.get(key)
    return value if isinstance(value, dict) else {}


R = TypeVar("R")


class cached_property(Generic[R]):  # noqa: N801 - stands in for functools.cached_property
    """Computed on first access and kept in the instance: like ``functools.cached_property`` without
    its lock (Python 3.11 takes one on every first access, which shows on a 4 MB spec)."""

    def __init__(self, func: Callable[[Any], R]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type[Any] | None = None) -> R:
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value


# --- the per-document context --------------------------------------------------------------------


class _Context:
    """What every wrapper of one document shares: the data, the memo, the reference cache."""

    def __init__(self, data: Mapping[str, Any], document: Document | None) -> None:
        self.data = data
        self.document = document
        version = data.get("openapi")
        self.is_31 = isinstance(version, str) and version.startswith(("3.1", "3.2"))
        self.memo: dict[tuple[int, type[Any]], Any] = {}
        #: stand-ins for nodes that are not mappings (``true``/``false`` schemas, nulls), by pointer
        self.synthetic: dict[tuple[Pointer, bool], dict[str, Any]] = {}
        #: 3.1 schemas with their ``$ref`` siblings laid over, by id of the node holding the ``$ref``
        self.merged: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}
        self.targets: dict[str, tuple[Any, Pointer] | None] = {}
        #: id of a mapping -> (the mapping, kept so its id stays its own; structural hash; whether no
        #: ``$ref`` is written anywhere in it)
        self.fingerprints: dict[int, tuple[Any, int, bool]] = {}

    def fingerprint(self, value: Any) -> tuple[int, bool]:
        """A hash equal for equal JSON values (bools apart from numbers), and whether ``value``
        holds no ``$ref``; mappings are memoized, so a document is hashed at most once."""
        if isinstance(value, dict):
            key = id(value)
            found = self.fingerprints.get(key)
            if found is None or found[0] is not value:
                ref_free = "$ref" not in value
                items = []
                for name, item in value.items():
                    item_hash, item_free = self.fingerprint(item)
                    ref_free = ref_free and item_free
                    items.append(hash((name, item_hash)))
                found = self.fingerprints[key] = (value, hash(("map", frozenset(items))), ref_free)
            return found[1], found[2]
        if isinstance(value, list):
            hashes = []
            ref_free = True
            for item in value:
                item_hash, item_free = self.fingerprint(item)
                ref_free = ref_free and item_free
                hashes.append(item_hash)
            return hash(("list", *hashes)), ref_free
        if isinstance(value, bool):
            return hash(("bool", value)), True
        try:
            return hash(value), True
        except TypeError:
            return hash(repr(value)), True

    def stand_in(self, pointer: Pointer, node: Any, schema: bool) -> dict[str, Any]:
        key = (pointer, schema and node is False)
        found = self.synthetic.get(key)
        if found is None:
            found = self.synthetic[key] = {"not": {}} if key[1] else {}
        return found

    def wrap(self, cls: type[N], node: Any, pointer: Pointer) -> N:
        """The one wrapper of class ``cls`` over ``node``."""
        if not isinstance(node, dict):
            node = self.stand_in(pointer, node, issubclass(cls, (Schema, SchemaRef)))
        key = (id(node), cls)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = cls(self, node, pointer)
        return cast(N, found)

    def target(self, ref: str) -> tuple[Any, Pointer] | None:
        """The node a local reference names (one step), or None."""
        if ref in self.targets:
            return self.targets[ref]
        found: tuple[Any, Pointer] | None = None
        if ref.startswith("#"):
            try:
                parts = parse_fragment(ref[1:])
            except ValueError:
                parts = None
            if parts is not None:
                node: Any = self.data
                pointer: list[str | int] = []
                for part in parts:
                    if isinstance(node, dict) and part in node:
                        node = node[part]
                        pointer.append(part)
                    elif isinstance(node, list) and str(part).isdigit() and int(part) < len(node):
                        node = node[int(part)]
                        pointer.append(int(part))
                    else:
                        break
                else:
                    found = (node, tuple(pointer))
        self.targets[ref] = found
        return found

    def follow(self, node: dict[str, Any]) -> tuple[Any, Pointer, list[dict[str, Any]]] | None:
        """Where a chain of references from ``node`` ends, and each node of the chain holding one."""
        chain: list[dict[str, Any]] = []
        seen: set[str] = set()
        pointer: Pointer = ()
        current: Any = node
        while isinstance(current, dict):
            ref = current.get("$ref")
            if not isinstance(ref, str):
                break
            if ref in seen or len(seen) >= _MAX_REF_CHAIN:
                return None
            seen.add(ref)
            chain.append(current)
            found = self.target(ref)
            if found is None:
                return None
            current, pointer = found
        return current, pointer, chain


N = TypeVar("N", bound="Node")


def _is_extension(key: str) -> bool:
    return key.startswith("x-")


class Node:
    """A wrapper over one mapping of the spec; ``pointer`` is where it is written."""

    #: the keys kin reads into fields; every other key is an extension
    _fields: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, ctx: _Context, node: dict[str, Any], pointer: Pointer) -> None:
        self._ctx = ctx
        self._node = node
        self.pointer = pointer

    def __repr__(self) -> str:
        return f"<{type(self).__name__} at {'/'.join(map(str, self.pointer)) or '#'}>"

    @property
    def raw(self) -> dict[str, Any]:
        """The mapping this wraps, as loaded (for a 3.1 ``$ref`` with siblings: the merged one)."""
        return self._node

    @property
    def document(self) -> Document | None:
        return self._ctx.document

    def fingerprint(self) -> tuple[int, bool]:
        """(hash of the mapping's content, whether it holds no ``$ref``): two ``$ref``-free nodes
        with equal content and hash compare equal in every field, so a diff can skip them."""
        return self._ctx.fingerprint(self._node)

    @cached_property
    def extensions(self) -> dict[str, Any]:
        return {key: value for key, value in self._node.items() if key not in self._fields}

    def _wrap(self, cls: type[N], key: str) -> N | None:
        """The wrapper of the object under ``key``, None when absent or null (a Go nil pointer)."""
        value = self._node.get(key)
        if value is None:
            return None
        return self._ctx.wrap(cls, value, (*self.pointer, key))

    def _wrap_map(self, cls: type[N], key: str) -> dict[str, N]:
        """A Go ``map[string]*X`` under ``key``, in document order."""
        value = self._node.get(key)
        if not isinstance(value, dict):
            return {}
        base = (*self.pointer, key)
        wrap = self._ctx.wrap
        return {str(name): wrap(cls, item, (*base, name)) for name, item in value.items()}

    def _wrap_list(self, cls: type[N], key: str) -> list[N]:
        value = self._node.get(key)
        if not isinstance(value, list):
            return []
        base = (*self.pointer, key)
        wrap = self._ctx.wrap
        return [wrap(cls, item, (*base, index)) for index, item in enumerate(value)]


V = TypeVar("V", bound=Node)


class _Ref(Node, Generic[V]):
    """Either a ``$ref`` or an inline object: ``ref`` is ``""`` when inline, ``value`` the object."""

    _value_cls: ClassVar[type[Node]]

    def __init__(self, ctx: _Context, node: dict[str, Any], pointer: Pointer) -> None:
        super().__init__(ctx, node, pointer)
        ref = node.get("$ref")
        self.ref: str = ref if isinstance(ref, str) else ""

    @cached_property
    def extensions(self) -> dict[str, Any]:
        if not self.ref:
            return {}
        return {key: value for key, value in self._node.items() if _is_extension(key)}

    @property
    def summary(self) -> str | None:
        return _opt_str(self._node, "summary") if self.ref else None

    @property
    def description(self) -> str | None:
        return _opt_str(self._node, "description") if self.ref else None

    @cached_property
    def value(self) -> V:
        if not self.ref:
            return cast(V, self._ctx.wrap(self._value_cls, self._node, self.pointer))
        followed = self._ctx.follow(self._node)
        if followed is None:  # leads nowhere or loops: an empty object in its place
            return cast(V, self._ctx.wrap(self._value_cls, None, (*self.pointer, "$ref")))
        node, pointer, _ = followed
        return cast(V, self._ctx.wrap(self._value_cls, node, pointer))


# --- document ------------------------------------------------------------------------------------


class ExternalDocs(Node):
    _fields = frozenset({"description", "url"})

    @property
    def description(self) -> str:
        return _str(self._node, "description")

    @property
    def url(self) -> str:
        return _str(self._node, "url")


class Contact(Node):
    _fields = frozenset({"name", "url", "email"})

    @property
    def name(self) -> str:
        return _str(self._node, "name")

    @property
    def url(self) -> str:
        return _str(self._node, "url")

    @property
    def email(self) -> str:
        return _str(self._node, "email")


class License(Node):
    _fields = frozenset({"name", "url", "identifier"})

    @property
    def name(self) -> str:
        return _str(self._node, "name")

    @property
    def url(self) -> str:
        return _str(self._node, "url")

    @property
    def identifier(self) -> str:
        return _str(self._node, "identifier")


class Info(Node):
    _fields = frozenset(
        {"title", "summary", "description", "termsOfService", "contact", "license", "version"}
    )

    @property
    def title(self) -> str:
        return _str(self._node, "title")

    @property
    def summary(self) -> str:
        return _str(self._node, "summary")

    @property
    def description(self) -> str:
        return _str(self._node, "description")

    @property
    def terms_of_service(self) -> str:
        return _str(self._node, "termsOfService")

    @property
    def version(self) -> str:
        return _str(self._node, "version")

    @cached_property
    def contact(self) -> Contact | None:
        return self._wrap(Contact, "contact")

    @cached_property
    def license(self) -> License | None:
        return self._wrap(License, "license")


class ServerVariable(Node):
    _fields = frozenset({"enum", "default", "description"})

    @property
    def enum(self) -> list[str]:
        return _str_list(self._node, "enum")

    @property
    def default(self) -> str:
        return _str(self._node, "default")

    @property
    def description(self) -> str:
        return _str(self._node, "description")


class Server(Node):
    _fields = frozenset({"url", "description", "variables"})

    @property
    def url(self) -> str:
        return _str(self._node, "url")

    @property
    def description(self) -> str:
        return _str(self._node, "description")

    @cached_property
    def variables(self) -> dict[str, ServerVariable]:
        return self._wrap_map(ServerVariable, "variables")


class Servers(list[Server]):
    """A list of servers; ``pointer`` is where it is written."""

    def __init__(self, items: list[Server], pointer: Pointer) -> None:
        super().__init__(items)
        self.pointer = pointer


class Tag(Node):
    _fields = frozenset({"name", "description", "externalDocs"})

    @property
    def name(self) -> str:
        return _str(self._node, "name")

    @property
    def description(self) -> str:
        return _str(self._node, "description")

    @cached_property
    def external_docs(self) -> ExternalDocs | None:
        return self._wrap(ExternalDocs, "externalDocs")


class Tags(list[Tag]):
    def __init__(self, items: list[Tag], pointer: Pointer) -> None:
        super().__init__(items)
        self.pointer = pointer

    def get(self, name: str) -> Tag | None:
        """The tag called ``name`` (kin's ``Tags.Get``)."""
        return next((tag for tag in self if tag.name == name), None)


class SecurityRequirement(dict[str, list[str]]):
    """Scheme name -> scopes: every scheme of one alternative is needed."""

    def __init__(self, items: dict[str, list[str]], pointer: Pointer) -> None:
        super().__init__(items)
        self.pointer = pointer


class SecurityRequirements(list[SecurityRequirement]):
    """The alternatives of a ``security`` list."""

    def __init__(self, items: list[SecurityRequirement], pointer: Pointer) -> None:
        super().__init__(items)
        self.pointer = pointer


def _security(value: Any, pointer: Pointer) -> SecurityRequirements:
    requirements = []
    for index, item in enumerate(value if isinstance(value, list) else ()):
        if isinstance(item, dict):
            scopes = {
                str(name): [str(scope) for scope in listed] if isinstance(listed, list) else []
                for name, listed in item.items()
            }
            requirements.append(SecurityRequirement(scopes, (*pointer, index)))
    return SecurityRequirements(requirements, pointer)


class T(Node):
    """A whole OpenAPI document."""

    _fields = frozenset(
        {
            "openapi",
            "components",
            "info",
            "paths",
            "security",
            "servers",
            "tags",
            "externalDocs",
            "webhooks",
            "jsonSchemaDialect",
        }
    )

    @property
    def openapi(self) -> str:
        return _str(self._node, "openapi")

    def is_openapi31_or_later(self) -> bool:
        return self._ctx.is_31

    @cached_property
    def components(self) -> Components | None:
        return self._wrap(Components, "components")

    @cached_property
    def info(self) -> Info | None:
        return self._wrap(Info, "info")

    @cached_property
    def paths(self) -> Paths | None:
        return self._wrap(Paths, "paths")

    @cached_property
    def security(self) -> SecurityRequirements:
        return _security(self._node.get("security"), ("security",))

    @cached_property
    def servers(self) -> Servers:
        return Servers(self._wrap_list(Server, "servers"), ("servers",))

    @cached_property
    def tags(self) -> Tags:
        return Tags(self._wrap_list(Tag, "tags"), ("tags",))

    @cached_property
    def external_docs(self) -> ExternalDocs | None:
        return self._wrap(ExternalDocs, "externalDocs")

    @cached_property
    def webhooks(self) -> dict[str, PathItem]:
        return self._wrap_map(PathItem, "webhooks")

    @property
    def json_schema_dialect(self) -> str:
        return _str(self._node, "jsonSchemaDialect")


# --- paths and operations ------------------------------------------------------------------------


def normalize_templated_path(path: str) -> tuple[str, int]:
    """``/a/{id}`` -> (``/a/{}``, 1): a path with its variable names blanked, and how many there are."""
    if "{" not in path:
        return path, 0
    out: list[str] = []
    count = 0
    in_variable = False
    previous = ""
    for char in path:
        if in_variable:
            if char == "}":
                in_variable = False
                if previous == "*":
                    out.append(previous)
            else:
                previous = char
                continue
        elif char == "{":
            in_variable = True
            count += 1
        out.append(char)
        previous = char
    return "".join(out), count


class _PathMap(Node):
    """kin's map-like objects (``Paths``, ``Responses``, ``Callback``): ``x-*`` keys are extensions."""

    _item_cls: ClassVar[type[Node]]

    @cached_property
    def extensions(self) -> dict[str, Any]:
        return {key: value for key, value in self._node.items() if _is_extension(key)}

    @cached_property
    def _items(self) -> dict[str, Any]:
        wrap = self._ctx.wrap
        return {
            key: wrap(self._item_cls, value, (*self.pointer, key))
            for key, value in self._node.items()
            if not _is_extension(key)
        }

    def keys(self) -> list[str]:
        return list(self._items)

    def len(self) -> int:
        return len(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)


class PathItem(Node):
    """A path item; with a ``$ref``, its fields are read from the target."""

    _fields = frozenset(
        {
            "$ref",
            "summary",
            "description",
            "connect",
            "delete",
            "get",
            "head",
            "options",
            "patch",
            "post",
            "put",
            "trace",
            "servers",
            "parameters",
        }
    )

    def __init__(self, ctx: _Context, node: dict[str, Any], pointer: Pointer) -> None:
        super().__init__(ctx, node, pointer)
        ref = node.get("$ref")
        self.ref = ref if isinstance(ref, str) else ""
        if self.ref:
            followed = ctx.follow(node)
            if followed is not None and isinstance(followed[0], dict):
                self._node, self._target_pointer = followed[0], followed[1]
                return
            self._node = {}
        self._target_pointer = pointer

    def _wrap(self, cls: type[N], key: str) -> N | None:
        value = self._node.get(key)
        if value is None:
            return None
        return self._ctx.wrap(cls, value, (*self._target_pointer, key))

    @property
    def summary(self) -> str:
        return _str(self._node, "summary")

    @property
    def description(self) -> str:
        return _str(self._node, "description")

    @cached_property
    def connect(self) -> Operation | None:
        return self._wrap(Operation, "connect")

    @cached_property
    def delete(self) -> Operation | None:
        return self._wrap(Operation, "delete")

    @cached_property
    def get(self) -> Operation | None:
        return self._wrap(Operation, "get")

    @cached_property
    def head(self) -> Operation | None:
        return self._wrap(Operation, "head")

    @cached_property
    def options(self) -> Operation | None:
        return self._wrap(Operation, "options")

    @cached_property
    def patch(self) -> Operation | None:
        return self._wrap(Operation, "patch")

    @cached_property
    def post(self) -> Operation | None:
        return self._wrap(Operation, "post")

    @cached_property
    def put(self) -> Operation | None:
        return self._wrap(Operation, "put")

    @cached_property
    def trace(self) -> Operation | None:
        return self._wrap(Operation, "trace")

    @cached_property
    def servers(self) -> Servers:
        value = self._node.get("servers")
        base = (*self._target_pointer, "servers")
        listed = value if isinstance(value, list) else []
        items = [self._ctx.wrap(Server, item, (*base, i)) for i, item in enumerate(listed)]
        return Servers(items, base)

    @cached_property
    def parameters(self) -> Parameters:
        return _parameters(self._ctx, self._node.get("parameters"), (*self._target_pointer, "parameters"))

    def operations(self) -> dict[str, Operation]:
        """Upper-case method (``GET``) -> operation, for the methods this item has."""
        found = {}
        for method in HTTP_METHODS:
            operation = self.get_operation(method)
            if operation is not None:
                found[method] = operation
        return found

    def get_operation(self, method: str) -> Operation | None:
        """The operation for an upper-case method; ValueError for an unknown one, as kin panics."""
        if method not in HTTP_METHODS:
            raise ValueError(f"unsupported HTTP method {method!r}")
        return cast("Operation | None", getattr(self, method.lower()))


class Paths(_PathMap):
    _item_cls = PathItem

    def map(self) -> dict[str, PathItem]:
        return cast(dict[str, PathItem], self._items)

    def value(self, key: str) -> PathItem | None:
        return cast("PathItem | None", self._items.get(key))

    def find(self, key: str) -> PathItem | None:
        """The path item for ``key``, ignoring the names of path variables (kin's ``Paths.Find``)."""
        found = self.value(key)
        if found is not None:
            return found
        normalized, expected = normalize_templated_path(key)
        for path in sorted(self._items):
            candidate, count = normalize_templated_path(path)
            if count == expected and candidate == normalized:
                return cast(PathItem, self._items[path])
        return None

    def in_matching_order(self) -> list[str]:
        """Paths as a router matches them: fewer variables first, then reverse lexicographic."""
        return sorted(self._items, key=lambda path: (path.count("}"), _Reversed(path)))


class _Reversed:
    """Sorts strings in descending order inside an ascending sort key."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __lt__(self, other: _Reversed) -> bool:
        return self.text > other.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and self.text == other.text

    __hash__ = None  # type: ignore[assignment]


class Operation(Node):
    _fields = frozenset(
        {
            "tags",
            "summary",
            "description",
            "operationId",
            "parameters",
            "requestBody",
            "responses",
            "callbacks",
            "deprecated",
            "security",
            "servers",
            "externalDocs",
        }
    )

    @property
    def tags(self) -> list[str]:
        return _str_list(self._node, "tags")

    @property
    def summary(self) -> str:
        return _str(self._node, "summary")

    @property
    def description(self) -> str:
        return _str(self._node, "description")

    @property
    def operation_id(self) -> str:
        return _str(self._node, "operationId")

    @property
    def deprecated(self) -> bool:
        return _bool(self._node, "deprecated")

    @cached_property
    def parameters(self) -> Parameters:
        return _parameters(self._ctx, self._node.get("parameters"), (*self.pointer, "parameters"))

    @cached_property
    def request_body(self) -> RequestBodyRef | None:
        return self._wrap(RequestBodyRef, "requestBody")

    @cached_property
    def responses(self) -> Responses | None:
        return self._wrap(Responses, "responses")

    @cached_property
    def callbacks(self) -> dict[str, CallbackRef]:
        return self._wrap_map(CallbackRef, "callbacks")

    @cached_property
    def security(self) -> SecurityRequirements | None:
        """None when the operation has no ``security`` of its own (the document's applies)."""
        if self._node.get("security") is None:
            return None
        return _security(self._node["security"], (*self.pointer, "security"))

    @cached_property
    def servers(self) -> Servers | None:
        if not isinstance(self._node.get("servers"), list):
            return None
        return Servers(self._wrap_list(Server, "servers"), (*self.pointer, "servers"))

    @cached_property
    def external_docs(self) -> ExternalDocs | None:
        return self._wrap(ExternalDocs, "externalDocs")


# --- parameters, bodies, responses ---------------------------------------------------------------


class Parameter(Node):
    _fields = frozenset(
        {
            "name",
            "in",
            "description",
            "style",
            "explode",
            "allowEmptyValue",
            "allowReserved",
            "deprecated",
            "required",
            "schema",
            "example",
            "examples",
            "content",
        }
    )

    @property
    def name(self) -> str:
        return _str(self._node, "name")

    @property
    def in_(self) -> str:
        return _str(self._node, "in")

    @property
    def description(self) -> str:
        return _str(self._node, "description")

    @property
    def style(self) -> str:
        return _str(self._node, "style")

    @property
    def explode(self) -> bool | None:
        return _opt_bool(self._node, "explode")

    @property
    def allow_empty_value(self) -> bool:
        return _bool(self._node, "allowEmptyValue")

    @property
    def allow_reserved(self) -> bool:
        return _bool(self._node, "allowReserved")

    @property
    def deprecated(self) -> bool:
        return _bool(self._node, "deprecated")

    @property
    def required(self) -> bool:
        return _bool(self._node, "required")

    @property
    def example(self) -> Any:
        return self._node.get("example")

    @cached_property
    def schema(self) -> SchemaRef | None:
        return self._wrap(SchemaRef, "schema")

    @cached_property
    def examples(self) -> dict[str, ExampleRef]:
        return self._wrap_map(ExampleRef, "examples")

    @cached_property
    def content(self) -> Content:
        return Content(self._wrap_map(MediaType, "content"), (*self.pointer, "content"))


class Header(Parameter):
    """A header: a parameter without ``name`` and ``in`` (kin embeds ``Parameter``)."""


class ParameterRef(_Ref[Parameter]):
    _value_cls = Parameter


class Parameters(list[ParameterRef]):
    """A ``parameters`` list; ``pointer`` is where it is written."""

    def __init__(self, items: list[ParameterRef], pointer: Pointer) -> None:
        super().__init__(items)
        self.pointer = pointer

    def get_by_in_and_name(self, in_: str, name: str) -> Parameter | None:
        for item in self:
            value = item.value
            if value.name == name and value.in_ == in_:
                return value
        return None


def _parameters(ctx: _Context, value: Any, pointer: Pointer) -> Parameters:
    if not isinstance(value, list):
        return Parameters([], pointer)
    return Parameters([ctx.wrap(ParameterRef, item, (*pointer, i)) for i, item in enumerate(value)], pointer)


class HeaderRef(_Ref[Header]):
    _value_cls = Header


class Example(Node):
    _fields = frozenset({"summary", "description", "value", "externalValue"})

    @property
    def summary(self) -> str:
        return _str(self._node, "summary")

    @property
    def description(self) -> str:
        return _str(self._node, "description")

    @property
    def value(self) -> Any:
        return self._node.get("value")

    @property
    def external_value(self) -> str:
        return _str(self._node, "externalValue")


class ExampleRef(_Ref[Example]):
    _value_cls = Example


class Encoding(Node):
    _fields = frozenset({"contentType", "headers", "style", "explode", "allowReserved"})

    @property
    def content_type(self) -> str:
        return _str(self._node, "contentType")

    @property
    def style(self) -> str:
        return _str(self._node, "style")

    @property
    def explode(self) -> bool | None:
        return _opt_bool(self._node, "explode")

    @property
    def allow_reserved(self) -> bool:
        return _bool(self._node, "allowReserved")

    @cached_property
    def headers(self) -> dict[str, HeaderRef]:
        return self._wrap_map(HeaderRef, "headers")


class MediaType(Node):
    _fields = frozenset({"schema", "itemSchema", "example", "examples", "encoding"})

    @cached_property
    def schema(self) -> SchemaRef | None:
        return self._wrap(SchemaRef, "schema")

    @cached_property
    def item_schema(self) -> SchemaRef | None:
        return self._wrap(SchemaRef, "itemSchema")

    @property
    def example(self) -> Any:
        return self._node.get("example")

    @cached_property
    def examples(self) -> dict[str, ExampleRef]:
        return self._wrap_map(ExampleRef, "examples")

    @cached_property
    def encoding(self) -> dict[str, Encoding]:
        return self._wrap_map(Encoding, "encoding")


class Content(dict[str, MediaType]):
    """Media type name -> media type, in document order; ``pointer`` is where it is written."""

    def __init__(self, items: dict[str, MediaType], pointer: Pointer) -> None:
        super().__init__(items)
        self.pointer = pointer

    def get_media_type(self, mime: str) -> MediaType | None:
        """kin's ``Content.Get``: exact name, then without parameters, then ``type/*``, then ``*/*``."""
        if not mime:
            return super().get("*/*")
        found = super().get(mime)
        if found is not None:
            return found
        if ";" in mime:
            mime = mime[: mime.index(";")]
            found = super().get(mime)
            if found is not None:
                return found
        if "/" in mime:
            found = super().get(mime[: mime.index("/")] + "/*")
            if found is not None:
                return found
        return super().get("*/*")


class RequestBody(Node):
    _fields = frozenset({"description", "required", "content"})

    @property
    def description(self) -> str:
        return _str(self._node, "description")

    @property
    def required(self) -> bool:
        return _bool(self._node, "required")

    @cached_property
    def content(self) -> Content:
        return Content(self._wrap_map(MediaType, "content"), (*self.pointer, "content"))


class RequestBodyRef(_Ref[RequestBody]):
    _value_cls = RequestBody


class Link(Node):
    _fields = frozenset({"operationRef", "operationId", "description", "parameters", "server", "requestBody"})

    @property
    def operation_ref(self) -> str:
        return _str(self._node, "operationRef")

    @property
    def operation_id(self) -> str:
        return _str(self._node, "operationId")

    @property
    def description(self) -> str:
        return _str(self._node, "description")

    @property
    def parameters(self) -> dict[str, Any]:
        return _dict(self._node, "parameters")

    @cached_property
    def server(self) -> Server | None:
        return self._wrap(Server, "server")

    @property
    def request_body(self) -> Any:
        return self._node.get("requestBody")


class LinkRef(_Ref[Link]):
    _value_cls = Link


class Response(Node):
    _fields = frozenset({"description", "headers", "content", "links"})

    @property
    def description(self) -> str | None:
        return _opt_str(self._node, "description")

    @cached_property
    def headers(self) -> dict[str, HeaderRef]:
        return self._wrap_map(HeaderRef, "headers")

    @cached_property
    def content(self) -> Content:
        return Content(self._wrap_map(MediaType, "content"), (*self.pointer, "content"))

    @cached_property
    def links(self) -> dict[str, LinkRef]:
        return self._wrap_map(LinkRef, "links")


class ResponseRef(_Ref[Response]):
    _value_cls = Response


class Responses(_PathMap):
    """Status (``"200"``, ``"4XX"``, ``"default"``, as written) -> response."""

    _item_cls = ResponseRef

    def map(self) -> dict[str, ResponseRef]:
        return cast(dict[str, ResponseRef], self._items)

    def value(self, key: str) -> ResponseRef | None:
        return cast("ResponseRef | None", self._items.get(key))

    def default(self) -> ResponseRef | None:
        return self.value("default")

    def status(self, status: int) -> ResponseRef | None:
        """The response for ``status``, else its ``NXX`` range."""
        found = self.value(str(status))
        if found is None and 99 < status < 600:
            found = self.value(str(status)[0] + "XX")
        return found


class Callback(_PathMap):
    """Expression -> path item."""

    _item_cls = PathItem

    def map(self) -> dict[str, PathItem]:
        return cast(dict[str, PathItem], self._items)

    def value(self, key: str) -> PathItem | None:
        return cast("PathItem | None", self._items.get(key))


class CallbackRef(_Ref[Callback]):
    _value_cls = Callback


# --- security ------------------------------------------------------------------------------------


class OAuthFlow(Node):
    _fields = frozenset({"authorizationUrl", "tokenUrl", "refreshUrl", "scopes"})

    @property
    def authorization_url(self) -> str:
        return _str(self._node, "authorizationUrl")

    @property
    def token_url(self) -> str:
        return _str(self._node, "tokenUrl")

    @property
    def refresh_url(self) -> str:
        return _str(self._node, "refreshUrl")

    @cached_property
    def scopes(self) -> dict[str, str]:
        return {str(k): v if isinstance(v, str) else "" for k, v in _dict(self._node, "scopes").items()}


class OAuthFlows(Node):
    _fields = frozenset({"implicit", "password", "clientCredentials", "authorizationCode"})

    @cached_property
    def implicit(self) -> OAuthFlow | None:
        return self._wrap(OAuthFlow, "implicit")

    @cached_property
    def password(self) -> OAuthFlow | None:
        return self._wrap(OAuthFlow, "password")

    @cached_property
    def client_credentials(self) -> OAuthFlow | None:
        return self._wrap(OAuthFlow, "clientCredentials")

    @cached_property
    def authorization_code(self) -> OAuthFlow | None:
        return self._wrap(OAuthFlow, "authorizationCode")


class SecurityScheme(Node):
    _fields = frozenset(
        {"type", "description", "name", "in", "scheme", "bearerFormat", "flows", "openIdConnectUrl"}
    )

    @property
    def type(self) -> str:
        return _str(self._node, "type")

    @property
    def description(self) -> str:
        return _str(self._node, "description")

    @property
    def name(self) -> str:
        return _str(self._node, "name")

    @property
    def in_(self) -> str:
        return _str(self._node, "in")

    @property
    def scheme(self) -> str:
        return _str(self._node, "scheme")

    @property
    def bearer_format(self) -> str:
        return _str(self._node, "bearerFormat")

    @property
    def open_id_connect_url(self) -> str:
        return _str(self._node, "openIdConnectUrl")

    @cached_property
    def flows(self) -> OAuthFlows | None:
        return self._wrap(OAuthFlows, "flows")


class SecuritySchemeRef(_Ref[SecurityScheme]):
    _value_cls = SecurityScheme


# --- schemas -------------------------------------------------------------------------------------


class Types(list[str]):
    """A schema's ``type``: one name in 3.0, a list in 3.1.  A missing ``type`` is None (use the
    module functions :func:`types_is` & co. where kin calls a method on a nil ``*Types``)."""

    def is_(self, typ: str) -> bool:
        return len(self) == 1 and self[0] == typ

    def slice(self) -> list[str]:
        return list(self)

    def includes(self, typ: str) -> bool:
        return typ in self

    def permits(self, typ: str) -> bool:
        return typ in self

    def includes_null(self) -> bool:
        return TYPE_NULL in self

    def is_multiple(self) -> bool:
        return len(self) > 1

    def is_single(self) -> bool:
        return len(self) == 1

    def is_empty(self) -> bool:
        return len(self) == 0


def types_is(types: Types | None, typ: str) -> bool:
    return types is not None and types.is_(typ)


def types_slice(types: Types | None) -> list[str]:
    return [] if types is None else list(types)


def types_includes(types: Types | None, typ: str) -> bool:
    return types is not None and typ in types


def types_permits(types: Types | None, typ: str) -> bool:
    """A missing ``type`` permits every type."""
    return types is None or typ in types


def types_includes_null(types: Types | None) -> bool:
    return types is not None and TYPE_NULL in types


def types_is_multiple(types: Types | None) -> bool:
    return types is not None and len(types) > 1


def types_is_single(types: Types | None) -> bool:
    return types is not None and len(types) == 1


def types_is_empty(types: Types | None) -> bool:
    return types is None or len(types) == 0


class ExclusiveBound:
    """``exclusiveMinimum``/``exclusiveMaximum``: a bool in 3.0 (``bool_``), a number in 3.1 (``value``)."""

    __slots__ = ("bool_", "value")

    def __init__(self, bool_: bool | None = None, value: float | None = None) -> None:
        self.bool_ = bool_
        self.value = value

    def is_set(self) -> bool:
        return self.bool_ is not None or self.value is not None

    def is_true(self) -> bool:
        return self.bool_ is True

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ExclusiveBound) and (self.bool_, self.value) == (other.bool_, other.value)

    def __hash__(self) -> int:
        return hash((self.bool_, self.value))

    def __repr__(self) -> str:
        return f"ExclusiveBound(bool_={self.bool_!r}, value={self.value!r})"


class BoolSchema:
    """``additionalProperties``/``unevaluated*``: either a boolean (``has``) or a schema."""

    __slots__ = ("has", "schema")

    def __init__(self, has: bool | None = None, schema: SchemaRef | None = None) -> None:
        self.has = has
        self.schema = schema

    def __repr__(self) -> str:
        return f"BoolSchema(has={self.has!r}, schema={self.schema!r})"


AdditionalProperties = BoolSchema


class XML(Node):
    _fields = frozenset({"name", "namespace", "prefix", "attribute", "wrapped"})

    @property
    def name(self) -> str:
        return _str(self._node, "name")

    @property
    def namespace(self) -> str:
        return _str(self._node, "namespace")

    @property
    def prefix(self) -> str:
        return _str(self._node, "prefix")

    @property
    def attribute(self) -> bool:
        return _bool(self._node, "attribute")

    @property
    def wrapped(self) -> bool:
        return _bool(self._node, "wrapped")


class MappingRef:
    """A discriminator mapping's target, written as a plain string."""

    __slots__ = ("_ctx", "pointer", "ref")

    def __init__(self, ctx: _Context, ref: str, pointer: Pointer) -> None:
        self._ctx = ctx
        self.ref = ref
        self.pointer = pointer

    @property
    def value(self) -> Schema | None:
        """The schema it names when it is a local reference (a bare name is not resolved)."""
        found = self._ctx.target(self.ref)
        if found is None:
            return None
        node, pointer = found
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            chain = self._ctx.follow(node)
            if chain is None:
                return None
            node, pointer = chain[0], chain[1]
        return self._ctx.wrap(Schema, node, pointer)


class Discriminator(Node):
    _fields = frozenset({"propertyName", "mapping"})

    @property
    def property_name(self) -> str:
        return _str(self._node, "propertyName")

    @cached_property
    def mapping(self) -> dict[str, MappingRef]:
        base = (*self.pointer, "mapping")
        return {
            str(key): MappingRef(self._ctx, value, (*base, key))
            for key, value in _dict(self._node, "mapping").items()
            if isinstance(value, str)
        }


_SCHEMA_FIELDS = frozenset(
    {
        "oneOf",
        "anyOf",
        "allOf",
        "not",
        "type",
        "title",
        "format",
        "description",
        "enum",
        "default",
        "example",
        "externalDocs",
        "uniqueItems",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "nullable",
        "readOnly",
        "writeOnly",
        "allowEmptyValue",
        "deprecated",
        "xml",
        "minimum",
        "maximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "items",
        "required",
        "properties",
        "minProperties",
        "maxProperties",
        "additionalProperties",
        "discriminator",
        "const",
        "examples",
        "prefixItems",
        "contains",
        "minContains",
        "maxContains",
        "patternProperties",
        "dependentSchemas",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
        "if",
        "then",
        "else",
        "dependentRequired",
        "$defs",
        "$schema",
        "$comment",
        "$id",
        "$anchor",
        "$dynamicRef",
        "$dynamicAnchor",
        "contentMediaType",
        "contentEncoding",
        "contentSchema",
    }
)


class Schema(Node):
    """A schema object with every keyword kin-openapi reads (3.0 and 3.1)."""

    _fields = _SCHEMA_FIELDS

    def _schema(self, key: str) -> SchemaRef | None:
        value = self._node.get(key)
        if value is None:
            return None
        return self._ctx.wrap(SchemaRef, value, (*self.pointer, key))

    def _bool_schema(self, key: str) -> BoolSchema:
        value = self._node.get(key)
        if isinstance(value, bool):
            return BoolSchema(has=value)
        if isinstance(value, dict):
            return BoolSchema(schema=self._ctx.wrap(SchemaRef, value, (*self.pointer, key)))
        return BoolSchema()

    def _bound(self, key: str) -> ExclusiveBound:
        value = self._node.get(key)
        if isinstance(value, bool):
            return ExclusiveBound(bool_=value)
        if _is_number(value):
            return ExclusiveBound(value=value)
        return ExclusiveBound()

    # composition
    @cached_property
    def one_of(self) -> list[SchemaRef]:
        return self._wrap_list(SchemaRef, "oneOf")

    @cached_property
    def any_of(self) -> list[SchemaRef]:
        return self._wrap_list(SchemaRef, "anyOf")

    @cached_property
    def all_of(self) -> list[SchemaRef]:
        return self._wrap_list(SchemaRef, "allOf")

    @cached_property
    def not_(self) -> SchemaRef | None:
        return self._schema("not")

    # general
    @cached_property
    def type(self) -> Types | None:
        value = self._node.get("type")
        if isinstance(value, str):
            return Types([value])
        if isinstance(value, list):
            return Types([item for item in value if isinstance(item, str)])
        return None

    @property
    def title(self) -> str:
        return _str(self._node, "title")

    @property
    def format(self) -> str:
        return _str(self._node, "format")

    @property
    def description(self) -> str:
        return _str(self._node, "description")

    @property
    def enum(self) -> list[Any]:
        return _any_list(self._node, "enum")

    @property
    def default(self) -> Any:
        return self._node.get("default")

    @property
    def example(self) -> Any:
        return self._node.get("example")

    @cached_property
    def external_docs(self) -> ExternalDocs | None:
        return self._wrap(ExternalDocs, "externalDocs")

    @property
    def unique_items(self) -> bool:
        return _bool(self._node, "uniqueItems")

    @property
    def exclusive_min(self) -> ExclusiveBound:
        return self._bound("exclusiveMinimum")

    @property
    def exclusive_max(self) -> ExclusiveBound:
        return self._bound("exclusiveMaximum")

    @property
    def nullable(self) -> bool:
        return _bool(self._node, "nullable")

    @property
    def read_only(self) -> bool:
        return _bool(self._node, "readOnly")

    @property
    def write_only(self) -> bool:
        return _bool(self._node, "writeOnly")

    @property
    def allow_empty_value(self) -> bool:
        return _bool(self._node, "allowEmptyValue")

    @property
    def deprecated(self) -> bool:
        return _bool(self._node, "deprecated")

    @cached_property
    def xml(self) -> XML | None:
        return self._wrap(XML, "xml")

    # numbers
    @property
    def min(self) -> float | None:
        return _opt_float(self._node, "minimum")

    @property
    def max(self) -> float | None:
        return _opt_float(self._node, "maximum")

    @property
    def multiple_of(self) -> float | None:
        return _opt_float(self._node, "multipleOf")

    # strings
    @property
    def min_length(self) -> int:
        return _uint(self._node, "minLength")

    @property
    def max_length(self) -> int | None:
        return _opt_uint(self._node, "maxLength")

    @property
    def pattern(self) -> str:
        return _str(self._node, "pattern")

    # arrays
    @property
    def min_items(self) -> int:
        return _uint(self._node, "minItems")

    @property
    def max_items(self) -> int | None:
        return _opt_uint(self._node, "maxItems")

    @cached_property
    def items(self) -> SchemaRef | None:
        return self._schema("items")

    # objects
    @property
    def required(self) -> list[str]:
        return _str_list(self._node, "required")

    @cached_property
    def properties(self) -> dict[str, SchemaRef]:
        return self._wrap_map(SchemaRef, "properties")

    @property
    def min_props(self) -> int:
        return _uint(self._node, "minProperties")

    @property
    def max_props(self) -> int | None:
        return _opt_uint(self._node, "maxProperties")

    @cached_property
    def additional_properties(self) -> BoolSchema:
        return self._bool_schema("additionalProperties")

    @cached_property
    def discriminator(self) -> Discriminator | None:
        return self._wrap(Discriminator, "discriminator")

    # 3.1 / JSON Schema 2020-12
    @property
    def const(self) -> Any:
        return self._node.get("const")

    @property
    def examples(self) -> list[Any]:
        return _any_list(self._node, "examples")

    @cached_property
    def prefix_items(self) -> list[SchemaRef]:
        return self._wrap_list(SchemaRef, "prefixItems")

    @cached_property
    def contains(self) -> SchemaRef | None:
        return self._schema("contains")

    @property
    def min_contains(self) -> int | None:
        return _opt_uint(self._node, "minContains")

    @property
    def max_contains(self) -> int | None:
        return _opt_uint(self._node, "maxContains")

    @cached_property
    def pattern_properties(self) -> dict[str, SchemaRef]:
        return self._wrap_map(SchemaRef, "patternProperties")

    @cached_property
    def dependent_schemas(self) -> dict[str, SchemaRef]:
        return self._wrap_map(SchemaRef, "dependentSchemas")

    @cached_property
    def property_names(self) -> SchemaRef | None:
        return self._schema("propertyNames")

    @cached_property
    def unevaluated_items(self) -> BoolSchema:
        return self._bool_schema("unevaluatedItems")

    @cached_property
    def unevaluated_properties(self) -> BoolSchema:
        return self._bool_schema("unevaluatedProperties")

    @cached_property
    def if_(self) -> SchemaRef | None:
        return self._schema("if")

    @cached_property
    def then(self) -> SchemaRef | None:
        return self._schema("then")

    @cached_property
    def else_(self) -> SchemaRef | None:
        return self._schema("else")

    @cached_property
    def dependent_required(self) -> dict[str, list[str]]:
        return {
            str(key): [item for item in value if isinstance(item, str)]
            for key, value in _dict(self._node, "dependentRequired").items()
            if isinstance(value, list)
        }

    @cached_property
    def defs(self) -> dict[str, SchemaRef]:
        return self._wrap_map(SchemaRef, "$defs")

    @property
    def schema_dialect(self) -> str:
        return _str(self._node, "$schema")

    @property
    def comment(self) -> str:
        return _str(self._node, "$comment")

    @property
    def schema_id(self) -> str:
        return _str(self._node, "$id")

    @property
    def anchor(self) -> str:
        return _str(self._node, "$anchor")

    @property
    def dynamic_ref(self) -> str:
        return _str(self._node, "$dynamicRef")

    @property
    def dynamic_anchor(self) -> str:
        return _str(self._node, "$dynamicAnchor")

    @property
    def content_media_type(self) -> str:
        return _str(self._node, "contentMediaType")

    @property
    def content_encoding(self) -> str:
        return _str(self._node, "contentEncoding")

    @cached_property
    def content_schema(self) -> SchemaRef | None:
        return self._schema("contentSchema")

    # kin's helpers
    def permits_null(self) -> bool:
        return self.nullable or types_includes_null(self.type)

    def is_empty(self) -> bool:
        """Whether the schema is equivalent to ``{}`` (kin's ``Schema.IsEmpty``)."""
        return _is_empty(self, set())


def _empty_ref(ref: SchemaRef | None, seen: set[int]) -> bool:
    return ref is None or _is_empty(ref.value, seen)


def _is_empty(schema: Schema, seen: set[int]) -> bool:
    if id(schema) in seen:  # a schema that contains itself: kin would recurse; call it empty there
        return True
    seen.add(id(schema))
    node = schema.raw
    if (
        schema.type is not None
        or schema.format
        or schema.enum
        or schema.unique_items
        or schema.exclusive_min.is_set()
        or schema.exclusive_max.is_set()
        or schema.nullable
        or schema.read_only
        or schema.write_only
        or schema.allow_empty_value
        or schema.min is not None
        or schema.max is not None
        or schema.multiple_of is not None
        or schema.min_length != 0
        or schema.max_length is not None
        or schema.pattern
        or schema.min_items != 0
        or schema.max_items is not None
        or schema.required
        or schema.min_props != 0
        or schema.max_props is not None
        or schema.const is not None
    ):
        return False
    if not _empty_ref(schema.not_, seen):
        return False
    additional = schema.additional_properties
    if not _empty_ref(additional.schema, seen) or additional.has is False:
        return False
    if not _empty_ref(schema.items, seen):
        return False
    if any(not _empty_ref(item, seen) for item in schema.prefix_items):
        return False
    if not _empty_ref(schema.contains, seen):
        return False
    if schema.min_contains is not None or schema.max_contains is not None:
        return False
    for group in (schema.properties, schema.pattern_properties, schema.dependent_schemas):
        if any(not _empty_ref(item, seen) for item in group.values()):
            return False
    if not _empty_ref(schema.property_names, seen):
        return False
    for bool_schema in (schema.unevaluated_items, schema.unevaluated_properties):
        if not _empty_ref(bool_schema.schema, seen) or bool_schema.has is False:
            return False
    if schema.examples:
        return False
    for listed in (schema.one_of, schema.any_of, schema.all_of):
        if any(not _empty_ref(item, seen) for item in listed):
            return False
    if not (
        _empty_ref(schema.if_, seen) and _empty_ref(schema.then, seen) and _empty_ref(schema.else_, seen)
    ):
        return False
    if schema.dependent_required or _dict(node, "$defs"):
        return False
    if any(
        _str(node, key) for key in ("$schema", "$comment", "$id", "$anchor", "$dynamicRef", "$dynamicAnchor")
    ):
        return False
    if schema.content_media_type or schema.content_encoding:
        return False
    return _empty_ref(schema.content_schema, seen)


class SchemaRef(_Ref[Schema]):
    """A schema or a ``$ref`` to one; in 3.1 the ``$ref``'s sibling keywords are laid over the target."""

    _value_cls = Schema

    @cached_property
    def value(self) -> Schema:
        if not self.ref:
            return self._ctx.wrap(Schema, self._node, self.pointer)
        ctx = self._ctx
        followed = ctx.follow(self._node)
        if followed is None:
            return ctx.wrap(Schema, None, (*self.pointer, "$ref"))
        node, pointer, chain = followed
        if ctx.is_31 and isinstance(node, dict):
            siblings: dict[str, Any] = {}
            for link in chain:
                for key, value in link.items():
                    if key != "$ref" and key in _SCHEMA_FIELDS:
                        siblings.setdefault(key, value)
            if siblings:
                found = ctx.merged.get(id(self._node))
                if found is None or found[0] is not self._node:
                    found = ctx.merged[id(self._node)] = (self._node, {**node, **siblings})
                node = found[1]
        return ctx.wrap(Schema, node, pointer)


def new_schema_ref(like: Node, data: dict[str, Any], pointer: Pointer | None = None) -> SchemaRef:
    """An inline schema reference over ``data`` (a schema built or trimmed by the caller), in the
    document of ``like`` so that its ``$ref``s resolve there; ``pointer`` defaults to ``like``'s.
    Keep ``data`` alive or pass the same mapping again to get the same wrapper back."""
    return derived_node(like, SchemaRef, data, pointer)


def derived_node(like: Node, cls: type[N], data: dict[str, Any], pointer: Pointer | None = None) -> N:
    """The ``cls`` wrapper over ``data`` (a node the caller derived from ``like``'s), in ``like``'s
    document: its ``$ref``s resolve there, and the document's memo keeps one wrapper per node."""
    return like._ctx.wrap(cls, data, like.pointer if pointer is None else pointer)


# --- components ----------------------------------------------------------------------------------


class Components(Node):
    _fields = frozenset(
        {
            "schemas",
            "parameters",
            "headers",
            "requestBodies",
            "responses",
            "securitySchemes",
            "examples",
            "links",
            "callbacks",
        }
    )

    @cached_property
    def schemas(self) -> dict[str, SchemaRef]:
        return self._wrap_map(SchemaRef, "schemas")

    @cached_property
    def parameters(self) -> dict[str, ParameterRef]:
        return self._wrap_map(ParameterRef, "parameters")

    @cached_property
    def headers(self) -> dict[str, HeaderRef]:
        return self._wrap_map(HeaderRef, "headers")

    @cached_property
    def request_bodies(self) -> dict[str, RequestBodyRef]:
        return self._wrap_map(RequestBodyRef, "requestBodies")

    @cached_property
    def responses(self) -> dict[str, ResponseRef]:
        return self._wrap_map(ResponseRef, "responses")

    @cached_property
    def security_schemes(self) -> dict[str, SecuritySchemeRef]:
        return self._wrap_map(SecuritySchemeRef, "securitySchemes")

    @cached_property
    def examples(self) -> dict[str, ExampleRef]:
        return self._wrap_map(ExampleRef, "examples")

    @cached_property
    def links(self) -> dict[str, LinkRef]:
        return self._wrap_map(LinkRef, "links")

    @cached_property
    def callbacks(self) -> dict[str, CallbackRef]:
        return self._wrap_map(CallbackRef, "callbacks")


# --- entry point ---------------------------------------------------------------------------------

_LOADED: dict[int, tuple[Mapping[str, Any], T]] = {}
_MAX_LOADED = 16


def load_openapi(data: Mapping[str, Any], document: Document | None = None) -> T:
    """The typed view of a loaded spec; the same ``data`` always gives the same ``T``."""
    found = _LOADED.get(id(data))
    if found is not None and found[0] is data:
        return found[1]
    ctx = _Context(data, document)
    t = ctx.wrap(T, data if isinstance(data, dict) else dict(data), ())
    if len(_LOADED) >= _MAX_LOADED:
        _LOADED.pop(next(iter(_LOADED)))
    _LOADED[id(data)] = (data, t)
    return t


# kin's collection type names, for annotations
SchemaRefs = list[SchemaRef]
Schemas = dict[str, SchemaRef]
ParametersMap = dict[str, ParameterRef]
Headers = dict[str, HeaderRef]
RequestBodies = dict[str, RequestBodyRef]
ResponseBodies = dict[str, ResponseRef]
SecuritySchemes = dict[str, SecuritySchemeRef]
Examples = dict[str, ExampleRef]
Links = dict[str, LinkRef]
Callbacks = dict[str, CallbackRef]
Encodings = dict[str, Encoding]
ServerVariables = dict[str, ServerVariable]
