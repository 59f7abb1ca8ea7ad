"""Auto-pagination, read from the spec: which list operations page, and how.

Published APIs page in a few shapes, each recognised by the names a GET operation's query
parameters and success answer use (compared without case, ``_`` or ``-``):

- ``cursor``: a cursor parameter (``after``, ``starting_after``, ``cursor``, ``page_token``, ...)
  filled from a next-cursor field of the answer (``next_cursor``, ``next_page_token``, ...), or,
  for ``after``/``starting_after``, from the last item's ``id`` (OpenAI, Stripe), while
  ``has_more`` allows;
- ``offset``: ``offset``/``skip`` moved on by the items received, until a short or empty page
  or the total;
- ``page``: ``page`` counted up, until the page count, the total, a short or an empty page;
- ``link``: the next page's URL in the answer (``next``, ``next_url``, ``@odata.nextLink``, ...);
- ``link-header``: a ``Link: <...>; rel="next"`` header the answer declares.

A next link wins over parameters (the server says where the next page is); two parameter
shapes and no link are ambiguous, and the operation stays a plain call with a note saying why
(``generate --explain``).  ``[pagination]`` in ``client.toml`` names the scheme of an operation
or turns paging ``off``.  The plan carries attribute names and literals only: no spec text
becomes code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode

from specfleet.spec.operations import Operation

SCHEMES = ("cursor", "offset", "page", "link", "link-header", "off")

#: Query parameter names of each parameter shape (normalised: lower case, no ``_`` or ``-``).
CURSOR_PARAMETERS = frozenset(
    {
        "after",
        "startingafter",
        "cursor",
        "pagetoken",
        "nexttoken",
        "continuationtoken",
        "marker",
        "pagecursor",
    }
)
OFFSET_PARAMETERS = frozenset({"offset", "skip", "start", "startindex"})
PAGE_PARAMETERS = frozenset({"page", "pagenumber", "pagenum", "pageno"})
LIMIT_PARAMETERS = frozenset(
    {"limit", "perpage", "pagesize", "size", "count", "maxresults", "top", "pagelimit", "maxitems"}
)
#: Answer fields (top level, or one object down), the likelier names first.
HAS_MORE_FIELDS = ("hasmore", "hasnext", "hasnextpage", "more")
NEXT_CURSOR_FIELDS = (
    "nextcursor",
    "nextpagetoken",
    "nexttoken",
    "continuationtoken",
    "endcursor",
    "nextmarker",
    "nextpage",
    "next",
    "cursor",
    "after",
)
NEXT_LINK_FIELDS = ("nexturl", "nextlink", "nextpageurl", "odatanextlink", "next", "nextpage")
TOTAL_FIELDS = ("total", "totalcount", "totalresults", "totalitems", "totalentries")
TOTAL_PAGES_FIELDS = ("totalpages", "pagecount", "pages", "numpages", "lastpage")
LAST_ID_FIELDS = ("lastid",)
#: A cursor parameter that takes the last item's id (``after=obj_foo``).
ID_CURSORS = frozenset({"after", "startingafter"})


def _normal(name: object) -> str:
    text = name.get_untrusted_value() if isinstance(name, UntrustedString) else str(name)
    return re.sub(r"[^a-z0-9]", "", text.lower())


@dataclass(frozen=True)
class Paging:
    """How one list operation pages: literals the runtime's ``Paging`` is built from."""

    scheme: str
    #: the answer's items: the page's attribute path (empty: the answer is the array)
    items: tuple[str, ...]
    #: the items' Python type (``T`` of ``SyncPage[T]``) and what it imports
    item_type: str
    item_imports: tuple[str, ...]
    parameter: str = ""  # the query parameter moved on (its JSON name)
    limit: str = ""  # the page-size query parameter (its JSON name)
    cursor: tuple[str, ...] = ()  # the answer's next cursor or next link
    item_cursor: str = ""  # the last item's attribute holding the cursor
    has_more: tuple[str, ...] = ()
    total: tuple[str, ...] = ()
    total_pages: tuple[str, ...] = ()

    @property
    def literal(self) -> PythonCode:
        """The keyword arguments of the runtime's ``Paging(...)``."""
        fields = {
            "items": self.items,
            "parameter": self.parameter,
            "limit": self.limit,
            "cursor": self.cursor,
            "item_cursor": self.item_cursor,
            "has_more": self.has_more,
            "total": self.total,
            "total_pages": self.total_pages,
        }
        given = [f"{key}={value!r}" for key, value in fields.items() if value]
        return PythonCode(", ".join([repr(self.scheme), *given]))


@dataclass(frozen=True)
class _Field:
    path: tuple[str, ...]
    prop: Any
    #: the schema says it is a URL (``format: uri``)
    uri: bool = False


def _uri(owner: ModelProperty, prop: Any) -> bool:
    """Whether the schema of ``owner``'s property ``prop`` is written as a URL."""
    properties = getattr(owner.data, "properties", None) or {}
    schema = next((value for key, value in properties.items() if _plain(key) == _plain(prop.name)), None)
    variants = [schema, *(getattr(schema, "anyOf", None) or []), *(getattr(schema, "oneOf", None) or [])]
    formats = {_plain(getattr(variant, "schema_format", None) or "") for variant in variants}
    return bool(formats & {"uri", "url", "uri-reference"})


def _fields(page: ModelProperty, models: dict[str, ModelProperty]) -> dict[str, list[_Field]]:
    """The page's scalar fields by normalised name, top level first, then one object down."""
    found: dict[str, list[_Field]] = {}
    for item in _properties(page, models):
        inside = _properties(item, models) if isinstance(item, ModelProperty) else []
        if any(isinstance(inner, ModelProperty | ListProperty) for inner in inside):
            continue  # an object of its own (a playlist's tracks), not the page's bookkeeping
        if isinstance(item, ModelProperty):
            for inner in inside:
                if not isinstance(inner, ModelProperty | ListProperty):
                    found.setdefault(_normal(inner.name), []).append(
                        _Field((str(item.python_name), str(inner.python_name)), inner, _uri(item, inner))
                    )
        elif not isinstance(item, ListProperty):
            found.setdefault(_normal(item.name), []).insert(
                0, _Field((str(item.python_name),), item, _uri(page, item))
            )
    return found


def _properties(prop: ModelProperty, models: dict[str, ModelProperty]) -> list[Any]:
    full = models.get(str(prop.class_info.name), prop)
    return [*(full.required_properties or []), *(full.optional_properties or [])]


def _is(prop: Any, kind: type) -> bool:
    """``prop`` is of ``kind``, or a union of it and ``null``."""
    if isinstance(prop, UnionProperty):
        kinds = [inner for inner in prop.inner_properties if type(inner).__name__ != "NoneProperty"]
        return len(kinds) == 1 and isinstance(kinds[0], kind)
    return isinstance(prop, kind)


def _first(fields: dict[str, list[_Field]], names: tuple[str, ...], kind: type) -> _Field | None:
    """The first of ``names`` (in their order) the answer has, of ``kind``."""
    for name in names:
        typed = [item for item in fields.get(name, []) if _is(item.prop, kind)]
        if typed:
            return typed[0]
    return None


def _is_link(item: _Field) -> bool:
    """A URL: written as one (``format: uri``) or named as one."""
    name = _normal(item.path[-1])
    if item.uri or "url" in name or "link" in name:
        return True
    # a plain string the spec describes as a URL, or shows one of (Spotify's ``next``)
    said = " ".join(_plain(getattr(item.prop, key, None) or "") for key in ("description", "example"))
    return bool(re.search(r"\bURL\b|\blink\b|https?://", said, re.IGNORECASE))


@dataclass
class Detected:
    """A list operation's paging, or why it stays a plain call ("" when it shows no sign of paging)."""

    paging: Paging | None
    reason: str = ""


def detect(
    operation: Operation, endpoint: Endpoint, models: dict[str, ModelProperty], forced: str = ""
) -> Detected:
    """The paging of one operation (``forced``: the scheme ``client.toml`` names, or ``off``)."""
    required_body = any(body.prop.required for body in endpoint.bodies)  # Stripe's GETs declare empty ones
    if forced == "off" or operation.method.lower() != "get" or required_body:
        return Detected(None)
    answer = _answer(endpoint)
    if answer is None:
        return Detected(None, f"{forced} paging needs a list answer" if forced else "")
    items, item_prop, page = answer
    if page is not None and operation.path.rstrip("/").endswith("}"):  # one thing, holding an array
        return Detected(None)
    item_type = str(item_prop.get_type_string(no_optional=True).as_unembedded_code())
    imports = tuple(
        sorted({*item_prop.get_imports(prefix="."), *(item_prop.get_lazy_imports(prefix=".") or [])})
    )
    base: dict[str, Any] = {"items": items, "item_type": item_type, "item_imports": imports}
    fields = _fields(page, models) if page is not None else {}
    linked = _linked(operation, fields, base, forced)
    if linked is not None:
        return linked
    parameters = {_normal(item.name): item for item in endpoint.query_parameters}
    chosen = _one_shape(parameters, forced)
    if isinstance(chosen, Detected):
        return chosen
    shape, parameter = chosen
    common: dict[str, Any] = {
        **base,
        "parameter": parameter,
        "limit": next(
            (_plain(parameters[name].name) for name in sorted(parameters) if name in LIMIT_PARAMETERS), ""
        ),
        "has_more": _path(_first(fields, HAS_MORE_FIELDS, BooleanProperty)),
        "total": _path(_first(fields, TOTAL_FIELDS, IntProperty)),
        "total_pages": _path(_first(fields, TOTAL_PAGES_FIELDS, IntProperty)),
    }
    if shape != "cursor":
        return Detected(Paging(shape, **common))
    return _cursor_paging(parameter, fields, item_prop, models, common)


def _linked(
    operation: Operation, fields: dict[str, list[_Field]], base: dict[str, Any], forced: str
) -> Detected | None:
    """Paging by the next page's URL, in the answer or in its ``Link`` header; None when neither
    applies (nor did ``client.toml`` ask for one of them)."""
    link = _first(fields, NEXT_LINK_FIELDS, StringProperty)
    if forced in ("", "link") and link is not None and _is_link(link):
        return Detected(Paging("link", cursor=link.path, **base))
    if forced in ("", "link-header") and any(
        _declares_link(response.data) for response in operation.responses if response.status.startswith("2")
    ):
        return Detected(Paging("link-header", **base))
    if forced in ("link", "link-header"):
        return Detected(None, f"{forced} paging: the answer declares no next link")
    return None


def _one_shape(parameters: dict[str, Any], forced: str) -> tuple[str, str] | Detected:
    """The one way the query parameters page (cursor, offset or page) and its parameter's name,
    or why there is none: no paging parameter, or parameters of more than one way."""
    # a ``page`` that is a string is an opaque cursor (OpenAI's ``page`` and ``next_page``)
    opaque = {
        name for name in parameters if name in PAGE_PARAMETERS and _is(parameters[name], StringProperty)
    }
    shapes = {
        "cursor": sorted(name for name in parameters if name in CURSOR_PARAMETERS | opaque),
        "offset": sorted(name for name in parameters if name in OFFSET_PARAMETERS),
        "page": sorted(name for name in parameters if name in PAGE_PARAMETERS - opaque),
    }
    present = [shape for shape, names in shapes.items() if names]
    if forced:
        present = [forced] if shapes.get(forced) else []
        if not present:
            return Detected(None, f"{forced} paging: no {forced} query parameter")
    if not present:
        return Detected(None)
    if len(present) > 1 or len(shapes[present[0]]) > 1:
        said = ", ".join(f"{shape} ({', '.join(shapes[shape])})" for shape in present)
        return Detected(
            None, f"pages in more than one way: {said}; name the scheme in client.toml [pagination]"
        )
    shape = present[0]
    return shape, _plain(parameters[shapes[shape][0]].name)


def _cursor_paging(
    parameter: str,
    fields: dict[str, list[_Field]],
    item_prop: Any,
    models: dict[str, ModelProperty],
    common: dict[str, Any],
) -> Detected:
    """Where the next cursor comes from: a field of the answer, or (for ``after``-style
    parameters) the last item's id."""
    cursor = _first(fields, NEXT_CURSOR_FIELDS, StringProperty)
    if cursor is not None and not _is_link(cursor):
        return Detected(Paging("cursor", cursor=cursor.path, **common))
    if _normal(parameter) in ID_CURSORS:
        identifier = _item_id(item_prop, models)
        if identifier:
            return Detected(Paging("cursor", item_cursor=identifier, **common))
        last = _first(fields, LAST_ID_FIELDS, StringProperty)
        if last is not None:
            return Detected(Paging("cursor", cursor=last.path, **common))
    return Detected(None, f"cursor parameter {parameter!r}, but nothing in the answer gives the next cursor")


def _path(found: _Field | None) -> tuple[str, ...]:
    return found.path if found is not None else ()


def _plain(value: object) -> str:
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)


def _answer(endpoint: Endpoint) -> tuple[tuple[str, ...], Any, ModelProperty | None] | None:
    """The success answer's items (attribute path), their property, and the page object (if any)."""
    props = [
        response.prop
        for response in endpoint.responses.patterns
        if response.status_code.range is not None
        and 200 <= response.status_code.range[0] <= 299
        and response.source["attribute"] != "None"
    ]
    if len(props) != 1:
        return None
    prop = props[0]
    if isinstance(prop, ListProperty):
        return (), prop.inner_property, None
    if not isinstance(prop, ModelProperty):
        return None
    arrays = [
        item
        for item in [*(prop.required_properties or []), *(prop.optional_properties or [])]
        if isinstance(item, ListProperty)
    ]
    if len(arrays) != 1:
        return None
    return (str(arrays[0].python_name),), arrays[0].inner_property, prop


def _item_id(item: Any, models: dict[str, ModelProperty]) -> str:
    """The Python name of the items' ``id`` (a string), when every item (each member of a union
    of objects, as Stripe's lists of several kinds) has one under the same name."""
    members = item.inner_properties if isinstance(item, UnionProperty) else [item]
    found = set()
    for member in members:
        if not isinstance(member, ModelProperty):
            return ""
        names = [
            str(prop.python_name)
            for prop in _properties(member, models)
            if _plain(prop.name) == "id" and _is(prop, StringProperty)
        ]
        if not names:
            return ""
        found.add(names[0])
    return found.pop() if len(found) == 1 else ""


def _declares_link(response: dict[str, Any]) -> bool:
    headers = response.get("headers") if isinstance(response, dict) else None
    return isinstance(headers, dict) and any(str(name).lower() == "link" for name in headers)
