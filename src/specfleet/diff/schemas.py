"""Compare two schemas in one place of an operation: the bulk of every API diff.

The same comparison serves every place a schema sits (a parameter, a request or response
body, a response header); the place says which way data flows and where a change is.  A
keyword that narrows what a request accepts, or widens what a response returns, is what
breaks callers, and the rule registry carries that verdict per id: this module only says
*what* changed and *how* (``max-length`` · ``decreased``), after reading the spellings that
mean the same as one (nullability, absent bounds, a parameter's items).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from specfleet.diff import rules
from specfleet.diff.found import Found, both, code, only
from specfleet.diff.lifecycle import DEFAULT, Options, property_lifecycle
from specfleet.spec.document import Pointer

Follow = Callable[[Any, Pointer], tuple[Any, Pointer]]


#: A schema and where it is, on one side of the diff.
Side = tuple[Any, Pointer]


@dataclass(frozen=True, slots=True)
class Below:
    """The changes of the ``$ref`` pair ``key``, found once, at property path ``subject``."""

    key: Key
    subject: tuple[str, ...]


Key = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Place:
    """Where a schema sits: ``top`` names the schema itself, ``nested`` its properties."""

    top: str  # "request-body", "request-parameter", "response-body", "response-header"
    nested: str  # "request-property", "request-parameter-property", "response-property"...
    request: bool
    #: how values travel: "json" tells 1 from "1"; "loose" (text media, headers) reads any value
    #: as a string; "parameter" is a loose wire value; "parameter-property" may be either
    typing: str = "json"
    #: a query or cookie parameter sent form-exploded, where one value is a one-element array
    exploded: bool = False

    def prefix(self, subject: tuple[str, ...]) -> str:
        """The ``where`` of a change at property path ``subject``.

        A parameter's ``items`` are its values (``?tag=a&tag=b``): a change there is the
        parameter's own unless a rule names the parameter's properties for it.
        """
        if not subject:
            return self.top
        if self.typing == "parameter" and all(step == "items" for step in subject):
            return _ITEMS_OF_PARAMETER
        return self.nested


#: a parameter's items: its nested rules first, then the parameter's own (see :meth:`Place.prefix`)
_ITEMS_OF_PARAMETER = "request-parameter-items"


#: numeric and size bounds: keyword -> rule word.  Whether a move breaks callers (a request's
#: max decreased, a response's max increased) is the registry's verdict, not this module's.
BOUNDS: dict[str, str] = {
    "minimum": "min",
    "maximum": "max",
    "exclusiveMinimum": "exclusive-min",
    "exclusiveMaximum": "exclusive-max",
    "minLength": "min-length",
    "maxLength": "max-length",
    "minItems": "min-items",
    "maxItems": "max-items",
    "minContains": "min-contains",
    "maxContains": "max-contains",
}

#: keywords whose presence is the change: keyword -> rule word (added / removed)
PRESENCE: dict[str, str] = {
    "if": "if",
    "then": "then",
    "else": "else",
    "contains": "contains",
    "propertyNames": "property-names",
    "unevaluatedItems": "unevaluated-items",
    "unevaluatedProperties": "unevaluated-properties",
    "contentSchema": "content-schema",
}

#: keywords holding one schema whose own changes matter as the property's do
SUBSCHEMAS = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)

#: keywords that only describe a schema; an allOf member made of these adds no constraint
ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "externalDocs",
        "$comment",
        "default",
        "x-extensible-enum",
    }
)
ANNOTATION_PREFIX = "x-"

#: widening a number's format or type keeps every old value valid
WIDER_FORMATS = {
    ("float", "double"),
    ("int32", "int64"),
    ("int32", "bigint"),
    ("int64", "bigint"),
    ("date", "date-time"),
    ("time", "date-time"),
}


def accepts(old: tuple[str, Any], new: tuple[str, Any], loose: bool) -> bool:
    """Whether every value of type/format ``old`` is still valid under ``new``."""
    (old_type, old_format), (new_type, new_format) = old, new
    type_ok = (
        old_type == new_type
        or (old_type, new_type) == ("integer", "number")
        or (loose and new_type == "string")
    )
    format_ok = not new_format or old_format == new_format or (old_format, new_format) in WIDER_FORMATS
    return type_ok and format_ok


def type_verdict(typing: str, request: bool, old: tuple[str, Any], new: tuple[str, Any]) -> str:
    """How a type/format change reads: generalized, specialized, compatible or changed.

    A request must keep accepting what it accepted; a response must keep returning what its
    callers can read.  Loosely typed values (text media, headers, parameters) are strings on
    the wire, so any value still reads as a string.  An object parameter's property may travel
    either way: the two readings disagreeing is a plain "changed".
    """
    if typing == "parameter-property":
        strict, loose = accepts(old, new, False), accepts(old, new, True)
        return "generalized" if strict and loose else "specialized" if not strict and not loose else "changed"
    if typing == "parameter":
        return "generalized" if accepts(old, new, True) else "changed"
    if request:
        if accepts(old, new, False):
            return "generalized"
        return "compatible" if typing == "loose" and accepts(old, new, True) else "changed"
    if accepts(new, old, False):
        return "specialized"
    if typing == "loose" and accepts(new, old, True):
        return "compatible"
    return "generalized" if accepts(old, new, False) else "changed"


def type_union(schema: Mapping[str, Any]) -> tuple[str, set[str]] | None:
    """``oneOf: [{type: string}, {type: integer}]``: a list of types spelled as a composition."""
    for keyword in ("oneOf", "anyOf"):
        members = schema.get(keyword)
        if (
            "type" not in schema
            and isinstance(members, list)
            and members
            and all(
                isinstance(m, dict)
                and set(m) <= {"type", "format", "description", "title"}
                and isinstance(m.get("type"), str)
                for m in members
            )
        ):
            return keyword, {str(m["type"]) for m in members}
    return None


def types_of(schema: Mapping[str, Any]) -> tuple[set[str], bool]:
    """The schema's types without ``null``, and whether it accepts ``null`` (3.0 or 3.1 style)."""
    union = type_union(schema)
    raw = schema.get("type") if union is None else sorted(union[1])
    found = {raw} if isinstance(raw, str) else {str(t) for t in raw} if isinstance(raw, list) else set()
    nullable = "null" in found or schema.get("nullable") is True
    if not nullable:
        nullable = any(_bare_null(s) for key in ("oneOf", "anyOf") for s in schema.get(key) or [])
    found.discard("null")
    return found, nullable


#: keywords that say what a value may be: a schema without any accepts ``null`` already
_CONSTRAINING = ("type", "$ref", "allOf", "anyOf", "oneOf", "enum", "const")


def _constrained(schema: Mapping[str, Any]) -> bool:
    return any(key in schema for key in _CONSTRAINING)


#: bounds whose absence means a value: no ``minItems`` is 0 items, no ``minLength`` 0 characters
ABSENT: dict[str, int] = {"minItems": 0, "minLength": 0}


def _bare_null(schema: Any) -> bool:
    if not isinstance(schema, dict) or schema.get("type") not in ("null", ["null"]):
        return False
    return all(k == "type" or k in ANNOTATIONS or k.startswith(ANNOTATION_PREFIX) for k in schema)


def null_wrapped(schema: Mapping[str, Any]) -> tuple[Any, Pointer, bool] | None:
    """(the non-null member, its pointer below the schema, True) for ``anyOf``/``oneOf: [X, null]``
    and for 3.0's ``allOf: [X]`` with ``nullable: true``.

    Only a bare wrapper counts: the schema says nothing beside the composition but prose.
    """
    for keyword in ("anyOf", "oneOf"):
        members = schema.get(keyword)
        if not isinstance(members, list) or len(members) != 2:
            continue
        nulls = [i for i, member in enumerate(members) if _bare_null(member)]
        if len(nulls) != 1:
            continue
        if any(k != keyword and k not in ANNOTATIONS and not k.startswith(ANNOTATION_PREFIX) for k in schema):
            continue
        other = 1 - nulls[0]
        return members[other], (keyword, other), True
    # 3.0's nullable $ref: ``allOf: [$ref]`` beside ``nullable: true``
    members = schema.get("allOf")
    if (
        schema.get("nullable") is True
        and isinstance(members, list)
        and len(members) == 1
        and all(
            k in ("allOf", "nullable") or k in ANNOTATIONS or k.startswith(ANNOTATION_PREFIX) for k in schema
        )
    ):
        return members[0], ("allOf", 0), True
    return None


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with its nullability taken out (judged already): no ``nullable``, no ``"null"`` type."""
    kind = schema.get("type")
    if "nullable" not in schema and not (isinstance(kind, list) and "null" in kind):
        return schema
    out = {k: v for k, v in schema.items() if k != "nullable"}
    if isinstance(kind, list):
        rest = [t for t in kind if t != "null"]
        out["type"] = rest[0] if len(rest) == 1 else rest
    return out


def _constraints(schema: Mapping[str, Any]) -> dict[str, Any]:
    """What a schema asks of a value beside its type and nullability."""
    return {
        k: v
        for k, v in schema.items()
        if k not in ("type", "nullable", "format")
        and k not in ANNOTATIONS
        and not k.startswith(ANNOTATION_PREFIX)
    }


def _is_annotation(schema: Any) -> bool:
    return isinstance(schema, dict) and all(
        k in ANNOTATIONS or k.startswith(ANNOTATION_PREFIX) for k in schema
    )


class SchemaDiff:
    """Compares schema pairs; a ``$ref`` pair to an unchanged component is never opened."""

    def __init__(
        self, follow: tuple[Follow, Follow], unchanged: Callable[[Any, Any], bool], options: Options = DEFAULT
    ) -> None:
        self.follow = follow
        self.options = options
        self.unchanged = unchanged
        #: a ``$ref`` pair's own changes and the ``$ref`` pairs below it, found once per walk
        self._nodes: dict[Key, list[Found | Below]] = {}

    def compare(
        self, place: Place, a: Any, ap: Pointer, b: Any, bp: Pointer, subject: tuple[str, ...] = ()
    ) -> list[Found]:
        """Every change from schema ``a`` to ``b``, below property path ``subject``.

        A component reached along several paths of one schema changed once: it is reported
        at the first path the walk takes (document order), not once per path (on Stripe's
        pair, where every error response reaches most components, that is 50x fewer).
        """
        items: list[Found | Below] = []
        self._pair(place, (a, ap), (b, bp), subject, items, frozenset(), {})
        out: list[Found] = []
        self._expand(items, (), set(), out)
        return out

    def _expand(
        self, items: list[Found | Below], above: tuple[str, ...], done: set[Key], out: list[Found]
    ) -> None:
        for item in items:
            if isinstance(item, Found):
                out.append(
                    Found(item.rule, item.text, item.base, item.revision, (*above, *item.subject))
                    if above
                    else item
                )
            elif item.key not in done:
                done.add(item.key)
                self._expand(self._nodes[item.key], (*above, *item.subject), done, out)

    # --- one pair ---------------------------------------------------------------------------

    def _pair(
        self,
        place: Place,
        was: Side,
        now: Side,
        subject: tuple[str, ...],
        out: list[Found | Below],
        seen: frozenset[tuple[int, int]],
        context: dict[str, bool],
    ) -> None:
        a, ap = was
        b, bp = now
        if self.unchanged(a, b):
            return
        ref_a = a.get("$ref") if isinstance(a, dict) else None
        ref_b = b.get("$ref") if isinstance(b, dict) else None
        key: Key | None = None
        if isinstance(ref_a, str) and isinstance(ref_b, str) and len(a) == 1 and len(b) == 1:
            key = (ref_a, ref_b, place, bool(subject), tuple(sorted(context.items())))
            if key in self._nodes:
                out.append(Below(key, subject))
                return
        a, ap = self.follow[0](a, ap)
        b, bp = self.follow[1](b, bp)
        if not isinstance(a, dict) or not isinstance(b, dict):
            return
        pair = (id(a), id(b))
        if pair in seen:  # a cycle: what is above is being compared already
            return
        seen = seen | {pair}
        if key is None:
            self._keywords(place, (a, ap), (b, bp), subject, out, seen, context)
            return
        found: list[Found | Below] = []
        self._keywords(place, (a, ap), (b, bp), subject, found, seen, context)
        depth = len(subject)
        self._nodes[key] = [
            Found(i.rule, i.text, i.base, i.revision, i.subject[depth:])
            if isinstance(i, Found)
            else Below(i.key, i.subject[depth:])
            for i in found
        ]
        out.append(Below(key, subject))

    def _keywords(
        self,
        place: Place,
        was: Side,
        now: Side,
        subject: tuple[str, ...],
        out: list[Found | Below],
        seen: frozenset[tuple[int, int]],
        context: dict[str, bool],
    ) -> None:
        a, ap = was
        b, bp = now
        where = _where(place, subject, context)

        def emit(
            what: str, how: str, text: str, *, base: Pointer | None = ap, rev: Pointer | None = bp
        ) -> None:
            rule = _named(where, what, how)
            if rule is not None:
                out.append(Found(rule, text, base, rev, subject))

        if self._nullable_wrapping(place, (a, ap), (b, bp), subject, out, seen, context, emit):
            return
        if self._wrapped(place, a, b, emit):
            return
        typing = "parameter-property" if place.typing == "parameter" and subject else place.typing
        self._types(typing, place, a, b, emit)
        self._values(place, a, b, emit)
        self._pattern(a, b, emit)
        if subject and a.get("description") != b.get("description"):
            emit("description", "changed", "description changed")
        for check in _FLAT_CHECKS:
            check(a, b, emit)
        self._dependent_required(a, b, emit)
        self._prefix_items(a, b, emit)
        self._discriminator(a, b, emit)
        self._composition(place, (a, ap), (b, bp), subject, out, seen, context, emit)
        self._properties(place, (a, ap), (b, bp), subject, out, seen, context)
        for keyword in SUBSCHEMAS:
            old, new = a.get(keyword), b.get(keyword)
            if isinstance(old, dict) and isinstance(new, dict):
                self._pair(
                    place, (old, (*ap, keyword)), (new, (*bp, keyword)), (*subject, keyword), out, seen, {}
                )
        old_items, new_items = a.get("prefixItems"), b.get("prefixItems")
        if isinstance(old_items, list) and isinstance(new_items, list):
            for i, (old, new) in enumerate(zip(old_items, new_items, strict=False)):
                at = ("prefixItems", i)
                self._pair(
                    place,
                    (old, (*ap, *at)),
                    (new, (*bp, *at)),
                    (*subject, f"prefixItems[{i}]"),
                    out,
                    seen,
                    {},
                )

    # --- keyword families -------------------------------------------------------------------

    def _wrapped(self, place: Place, a: dict[str, Any], b: dict[str, Any], emit: Callable[..., None]) -> bool:
        """A schema moved, unchanged in meaning, into a new ``oneOf``: one change, not dozens."""
        if "oneOf" in a or "oneOf" not in b or "type" in b or "properties" in b or type_union(b) is not None:
            return False
        if "type" not in a and "properties" not in a and "$ref" not in a:
            return False
        emit("one-of", "wrapped", "the schema was wrapped in a oneOf")
        return True

    def _types(
        self, typing: str, place: Place, a: dict[str, Any], b: dict[str, Any], emit: Callable[..., None]
    ) -> None:
        old, old_null = types_of(a)
        new, new_null = types_of(b)
        old_format, new_format = a.get("format"), b.get("format")
        if place.exploded and typing == "parameter" and new == {"array"} and old and "array" not in old:
            # ?tag=a is a one-element array when the parameter is form-exploded: a scalar that
            # became an array of the same values accepts every call it did
            how = "generalized" if self._items_accept(a, b, old) else "changed"
            shown = "/".join(sorted(old))
            emit("type", how, f"type changed from {code(shown)} to an array of {code(shown)} values")
        elif len(old) > 1 or len(new) > 1:
            if old and new and old != new:
                how = "narrowed" if old - new else "widened"
                emit("list-of-types", how, f"types {how} from {code(sorted(old))} to {code(sorted(new))}")
        elif old and new and (old != new or old_format != new_format):
            before = (next(iter(old)), a.get("format") or None)
            after = (next(iter(new)), b.get("format") or None)
            text = f"type changed from {code(_type_text(before))} to {code(_type_text(after))}"
            emit("type", type_verdict(typing, place.request, before, after), text)
        # "null" in a type list makes a typed value nullable; an untyped one accepted null already
        if old_null != new_null and (
            a.get("nullable") != b.get("nullable") or (_constrained(a) and _constrained(b))
        ):
            how = "added" if new_null else "removed"
            emit("nullable", how, f"the value {'may now' if new_null else 'may no longer'} be null")

    def _items_accept(self, scalar: dict[str, Any], array: dict[str, Any], types: set[str]) -> bool:
        """Whether ``array``'s items take every value ``scalar`` took: its types, no new constraint."""
        items = self.follow[1](array.get("items"), ())[0]
        if not isinstance(items, dict):
            return False
        item_types, _ = types_of(items)
        # a query value is text on the wire: any type reads as a string, an integer as a number
        if not all(any(accepts((t, None), (i, None), True) for i in item_types) for t in types):
            return False
        return _constraints(scalar) == _constraints(items)

    def _nullable_wrapping(
        self,
        place: Place,
        was: Side,
        now: Side,
        subject: tuple[str, ...],
        out: list[Found | Below],
        seen: frozenset[tuple[int, int]],
        context: dict[str, bool],
        emit: Callable[..., None],
    ) -> bool:
        """``anyOf``/``oneOf`` with a ``null`` member is the other member, nullable: one notion.

        Either side may be written that way (3.1's idiom for a nullable ``$ref``); the two
        cores are compared as the schema, and only nullability is reported for the wrapping.
        """
        a, ap = was
        b, bp = now
        wrapped_a, wrapped_b = null_wrapped(a), null_wrapped(b)
        if wrapped_a is None and wrapped_b is None:
            return False
        wrapper, other = (
            (wrapped_a, b) if wrapped_b is None else (wrapped_b, a) if wrapped_a is None else (None, a)
        )
        if wrapper is not None and isinstance(other.get(str(wrapper[1][0])), list):
            return False  # a union that gained or lost members: its members are compared
        core_a, core_ap, null_a = wrapped_a or (_without_null(a), ap, types_of(a)[1])
        core_b, core_bp, null_b = wrapped_b or (_without_null(b), bp, types_of(b)[1])
        if wrapped_a is not None:
            core_ap = (*ap, *core_ap)
        if wrapped_b is not None:
            core_bp = (*bp, *core_bp)
        if null_a != null_b:
            how = "added" if null_b else "removed"
            emit("nullable", how, f"the value {'may now' if null_b else 'may no longer'} be null")
        if isinstance(core_a, dict) and isinstance(core_b, dict):
            core_a, core_b = _without_null(core_a), _without_null(core_b)
            self._pair(place, (core_a, core_ap), (core_b, core_bp), subject, out, seen, context)
        return True

    def _values(self, place: Place, a: dict[str, Any], b: dict[str, Any], emit: Callable[..., None]) -> None:
        _enum_values(a.get("enum"), b.get("enum"), emit)
        old_ext, new_ext = a.get("x-extensible-enum"), b.get("x-extensible-enum")
        if isinstance(old_ext, list) and isinstance(new_ext, list):
            for value in old_ext:
                if value not in new_ext:
                    emit(
                        "x-extensible-enum-value",
                        "removed",
                        f"extensible enum value {code(value)} was removed",
                    )
        for keyword, word in (("const", "const"), ("default", "default-value")):
            _fixed_value(keyword, word, a, b, emit)

    def _pattern(self, a: dict[str, Any], b: dict[str, Any], emit: Callable[..., None]) -> None:
        old, new = a.get("pattern") or None, b.get("pattern") or None
        if old == new:
            return
        if old is None:
            emit("pattern", "added", f"pattern {code(new)} was added")
        elif new is None:
            emit("pattern", "removed", f"pattern {code(old)} was removed")
        elif new in (".*", "^.*$"):
            emit(
                "pattern",
                "generalized",
                f"pattern changed from {code(old)} to {code(new)}, which accepts anything",
            )
        else:
            emit("pattern", "changed", f"pattern changed from {code(old)} to {code(new)}")

    def _dependent_required(self, a: dict[str, Any], b: dict[str, Any], emit: Callable[..., None]) -> None:
        old, new = a.get("dependentRequired") or {}, b.get("dependentRequired") or {}
        for name in sorted(old.keys() | new.keys()):
            if name not in old:
                emit("dependent-required", "added", f"dependentRequired {code(name)} was added")
            elif name not in new:
                emit("dependent-required", "removed", f"dependentRequired {code(name)} was removed")
            elif old[name] != new[name]:
                emit("dependent-required", "changed", f"dependentRequired {code(name)} changed")

    def _prefix_items(self, a: dict[str, Any], b: dict[str, Any], emit: Callable[..., None]) -> None:
        old, new = a.get("prefixItems") or [], b.get("prefixItems") or []
        if len(new) > len(old):
            emit("prefix-items", "added", f"{len(new) - len(old)} prefixItems were added")
        elif len(new) < len(old):
            emit("prefix-items", "removed", f"{len(old) - len(new)} prefixItems were removed")

    def _discriminator(self, a: dict[str, Any], b: dict[str, Any], emit: Callable[..., None]) -> None:
        old, new = a.get("discriminator"), b.get("discriminator")
        if not isinstance(old, dict) and not isinstance(new, dict):
            return
        if not isinstance(old, dict):
            emit("discriminator", "added", "a discriminator was added")
            return
        if not isinstance(new, dict):
            emit("discriminator", "removed", "the discriminator was removed")
            return
        if old.get("propertyName") != new.get("propertyName"):
            emit(
                "discriminator-property-name",
                "changed",
                f"the discriminator property changed from {code(old.get('propertyName'))} to {code(new.get('propertyName'))}",
            )
        old_map, new_map = old.get("mapping") or {}, new.get("mapping") or {}
        for key in only(new_map, old_map):
            emit("discriminator-mapping", "added", f"discriminator mapping {code(key)} was added")
        for key in only(old_map, new_map):
            emit("discriminator-mapping", "deleted", f"discriminator mapping {code(key)} was deleted")
        for key in both(old_map, new_map):
            if old_map[key] != new_map[key]:
                emit("discriminator-mapping", "changed", f"discriminator mapping {code(key)} changed")

    def _composition(
        self,
        place: Place,
        was: Side,
        now: Side,
        subject: tuple[str, ...],
        out: list[Found | Below],
        seen: frozenset[tuple[int, int]],
        context: dict[str, bool],
        emit: Callable[..., None],
    ) -> None:
        a, ap = was
        b, bp = now
        for keyword, word in (("allOf", "all-of"), ("anyOf", "any-of"), ("oneOf", "one-of")):
            old, new = a.get(keyword), b.get(keyword)
            if not isinstance(old, list) and not isinstance(new, list):
                continue
            old, new = old if isinstance(old, list) else [], new if isinstance(new, list) else []
            pairs, added, removed = self._members(old, new)
            if self._claimed(a, b, keyword) or self._claimed(b, a, keyword):
                continue
            for i, j in pairs:
                member = (*subject, f"{keyword}[{_member_key(new[j], j)}]")
                self._pair(
                    place,
                    (old[i], (*ap, keyword, i)),
                    (new[j], (*bp, keyword, j)),
                    member,
                    out,
                    seen,
                    context,
                )
            for j in added:
                if _bare_null(new[j]):
                    continue  # a null member is nullability, reported as such
                emit(
                    word,
                    "added-annotation-only" if keyword == "allOf" and _is_annotation(new[j]) else "added",
                    f"{_member_name(new[j], j)} was added to `{keyword}`",
                    rev=(*bp, keyword, j),
                )
            for i in removed:
                if _bare_null(old[i]):
                    continue
                emit(
                    word,
                    "removed-annotation-only" if keyword == "allOf" and _is_annotation(old[i]) else "removed",
                    f"{_member_name(old[i], i)} was removed from `{keyword}`",
                    base=(*ap, keyword, i),
                )

    @staticmethod
    def _claimed(a: dict[str, Any], b: dict[str, Any], keyword: str) -> bool:
        """A plain type that became (or stopped being) a union of types is a types change only."""
        union = type_union(b)
        return union is not None and union[0] == keyword and "type" in a and keyword not in a

    def _members(self, old: list[Any], new: list[Any]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
        """Pair a composition's members: by ``$ref``, then by equal content, then by title or position."""
        left, right = list(range(len(old))), list(range(len(new)))
        pairs: list[tuple[int, int]] = []

        def match(key: Callable[[Any], object]) -> None:
            for i in list(left):
                k = key(old[i])
                if k is None:
                    continue
                for j in right:
                    if key(new[j]) == k:
                        pairs.append((i, j))
                        left.remove(i)
                        right.remove(j)
                        break

        match(lambda s: s.get("$ref") if isinstance(s, dict) else None)
        left_follow, right_follow = self.follow

        def content(follow: Follow) -> Callable[[Any], object]:
            def key(schema: Any) -> object:
                found = follow(schema, ())[0]
                if isinstance(found, dict):
                    return repr({k: v for k, v in found.items() if k not in ANNOTATIONS})
                return repr(found)

            return key

        _pair_equal(content(left_follow), content(right_follow), old, new, (pairs, left, right))
        match(lambda s: s.get("title") if isinstance(s, dict) and "$ref" not in s else None)
        inline_left = [i for i in left if not (isinstance(old[i], dict) and "$ref" in old[i])]
        inline_right = [j for j in right if not (isinstance(new[j], dict) and "$ref" in new[j])]
        for i, j in zip(inline_left, inline_right, strict=False):
            pairs.append((i, j))
            left.remove(i)
            right.remove(j)
        return sorted(pairs), right, left

    def _properties(
        self,
        place: Place,
        was: Side,
        now: Side,
        subject: tuple[str, ...],
        out: list[Found | Below],
        seen: frozenset[tuple[int, int]],
        context: dict[str, bool],
    ) -> None:
        a, ap = was
        b, bp = now
        old_props: dict[str, Any] = a["properties"] if isinstance(a.get("properties"), dict) else {}
        new_props: dict[str, Any] = b["properties"] if isinstance(b.get("properties"), dict) else {}
        if not old_props and not new_props and "required" not in a and "required" not in b:
            return
        old_req = set(a.get("required") or []) if isinstance(a.get("required"), list) else set()
        new_req = set(b.get("required") or []) if isinstance(b.get("required"), list) else set()
        request = place.request
        for name in [*new_props, *(n for n in old_props if n not in new_props)]:
            name = str(name)
            sub = (*subject, name)
            old_raw, new_raw = old_props.get(name), new_props.get(name)
            old_s = self.follow[0](old_raw, (*ap, "properties", name))[0] if old_raw is not None else None
            new_s = self.follow[1](new_raw, (*bp, "properties", name))[0] if new_raw is not None else None
            old_s = old_s if isinstance(old_s, dict) else {}
            new_s = new_s if isinstance(new_s, dict) else {}
            rev_ptr: Pointer = (*bp, "properties", name)
            base_ptr: Pointer = (*ap, "properties", name)
            nested = place.nested
            if old_raw is None:
                required = name in new_req
                if request and new_s.get("readOnly"):
                    continue  # the server sets it: callers never send it
                where = nested if request else _RESPONSE_PROPERTY[bool(new_s.get("writeOnly"))]
                how = "added-required" if required else "added-optional"
                if required and request and "default" in new_s and nested == "request-property":
                    how = "added-required-with-default"
                if (rule := _named(where, "property", how)) is not None:
                    out.append(Found(rule, "was added", None, rev_ptr, sub))
                continue
            if new_raw is None:
                if request and old_s.get("readOnly"):
                    continue
                where = nested if request else _RESPONSE_PROPERTY[bool(old_s.get("writeOnly"))]
                how = "removed" if request else "removed-required" if name in old_req else "removed-optional"
                if (rule := _named(where, "property", how)) is not None:
                    out.append(Found(rule, "was removed", base_ptr, None, sub))
                continue
            # a change of requiredness is written in the parent's ``required`` list
            self._requiredness(
                place,
                name,
                (old_s, new_s),
                (old_req, new_req),
                (
                    (*ap, "required") if "required" in a else base_ptr,
                    (*bp, "required") if "required" in b else rev_ptr,
                ),
                sub,
                out,
            )
            out.extend(
                property_lifecycle(place.request, nested, old_s, new_s, base_ptr, rev_ptr, sub, self.options)
            )
            flags = {"readOnly": bool(new_s.get("readOnly")), "writeOnly": bool(new_s.get("writeOnly"))}
            self._pair(place, (old_raw, base_ptr), (new_raw, rev_ptr), sub, out, seen, flags)

    def _requiredness(
        self,
        place: Place,
        name: str,
        schemas: tuple[dict[str, Any], dict[str, Any]],
        required: tuple[set[str], set[str]],
        pointers: tuple[Pointer, Pointer],
        sub: tuple[str, ...],
        out: list[Found | Below],
    ) -> None:
        """A property that became required or optional (``schemas``, ``required``, ``pointers``: old, new)."""
        (old_s, new_s), (old_req, new_req), (base_ptr, rev_ptr) = schemas, required, pointers
        was, now = name in old_req, name in new_req
        if was != now and not (place.request and new_s.get("readOnly")):
            where = place.nested if place.request else _RESPONSE_PROPERTY[bool(new_s.get("writeOnly"))]
            how = "added" if now else "removed"
            if now and place.request and "default" in new_s and where == "request-property":
                how = "added-with-default"
            if (rule := _named(where, "required", how)) is not None:
                out.append(Found(rule, f"became {'required' if now else 'optional'}", base_ptr, rev_ptr, sub))
        where = _FLAGGED[(place.request, now)]
        for keyword, word in (("readOnly", "read-only"), ("writeOnly", "write-only")):
            old, new = bool(old_s.get(keyword)), bool(new_s.get(keyword))
            if old != new and (rule := _named(where, word, "added" if new else "removed")) is not None:
                out.append(Found(rule, f"became {'' if new else 'not '}{word}", base_ptr, rev_ptr, sub))


#: a response property's place, by whether it is write-only (callers never read it)
_RESPONSE_PROPERTY = {False: "response-property", True: "response-write-only-property"}
#: a property's place for its read-only and write-only flags: (request?, required?) -> where
_FLAGGED = {
    (True, True): "request-required-property",
    (True, False): "request-optional-property",
    (False, True): "response-required-property",
    (False, False): "response-optional-property",
}


def _type_text(type_format: tuple[str, Any]) -> str:
    kind, fmt = type_format
    return f"{kind} ({fmt})" if fmt else kind


def _member_key(schema: Any, index: int) -> str:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    return str(index)


def _member_name(schema: Any, index: int) -> str:
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return f"schema {code(ref.rsplit('/', 1)[-1])}"
        if isinstance(schema.get("title"), str):
            return f"schema {code(schema['title'])}"
    return f"member #{index}"


_NAMES: dict[tuple[str, str, str], str | None] = {}


def _named(where: str, what: str, how: str) -> str | None:
    """The registry's id for a schema change; a parameter's items fall back to the parameter."""
    key = (where, what, how)
    if key not in _NAMES:
        if where == _ITEMS_OF_PARAMETER:
            found = rules.name("request-parameter-property", what, how) or rules.name(
                "request-parameter", what, how
            )
        else:
            found = rules.name(where, what, how)
        _NAMES[key] = found
    return _NAMES[key]


def _enum_values(old: Any, new: Any, emit: Callable[..., None]) -> None:
    """A value that became an enum, and each enum value added or removed."""
    if isinstance(new, list) and not isinstance(old, list):
        emit("enum", "added", "the value became an enum")
    elif isinstance(old, list):
        new = new if isinstance(new, list) else []
        for value in new:
            if value not in old:
                emit("enum-value", "added", f"enum value {code(value)} was added")
        for value in old:
            if value not in new:
                emit("enum-value", "removed", f"enum value {code(value)} was removed")


def _fixed_value(
    keyword: str, word: str, a: dict[str, Any], b: dict[str, Any], emit: Callable[..., None]
) -> None:
    """``const`` or ``default``: added, removed or changed."""
    old, new = a.get(keyword), b.get(keyword)
    if old == new and (keyword in a) == (keyword in b):
        return
    if keyword not in a:
        emit(word, "added", f"{keyword} {code(new)} was added")
    elif keyword not in b:
        emit(word, "removed", f"{keyword} {code(old)} was removed")
    else:
        emit(word, "changed", f"{keyword} changed from {code(old)} to {code(new)}")


def _pair_equal(
    left_key: Callable[[Any], object],
    right_key: Callable[[Any], object],
    old: list[Any],
    new: list[Any],
    state: tuple[list[tuple[int, int]], list[int], list[int]],
) -> None:
    """Pair the members still unpaired whose content is equal (``state``: pairs, unpaired old, unpaired new)."""
    pairs, left, right = state
    for i in list(left):
        for j in right:
            if left_key(old[i]) == right_key(new[j]):
                pairs.append((i, j))
                left.remove(i)
                right.remove(j)
                break


# --- keywords judged on their own (no sub-schema): one small function each ----------------------


def _bounds(a: dict[str, Any], b: dict[str, Any], emit: Callable[..., None]) -> None:
    """``maxLength``, ``minimum``, ``maxItems``...: set, unset, increased or decreased."""
    for keyword, word in BOUNDS.items():
        old, new = a.get(keyword, ABSENT.get(keyword)), b.get(keyword, ABSENT.get(keyword))
        if old == new or isinstance(old, bool) or isinstance(new, bool):
            continue
        if old is None:
            emit(word, "set", f"{word} was set to {code(new)}")
        elif new is None:
            emit(word, "unset", f"{word} {code(old)} was removed")
        elif isinstance(old, (int, float)) and isinstance(new, (int, float)):
            how = "increased" if new > old else "decreased"
            emit(word, how, f"{word} changed from {code(old)} to {code(new)}")


def _presence(a: dict[str, Any], b: dict[str, Any], emit: Callable[..., None]) -> None:
    """Keywords whose presence alone is the change (``uniqueItems``...)."""
    for keyword, word in PRESENCE.items():
        if (keyword in a) != (keyword in b):
            how = "added" if keyword in b else "removed"
            emit(word, how, f"{code(keyword)} was {how}")


def _content_keywords(a: dict[str, Any], b: dict[str, Any], emit: Callable[..., None]) -> None:
    """``contentMediaType`` and ``contentEncoding``: changed."""
    for keyword, word in (
        ("contentMediaType", "content-media-type"),
        ("contentEncoding", "content-encoding"),
    ):
        if a.get(keyword) != b.get(keyword):
            emit(
                word, "changed", f"`{keyword}` changed from {code(a.get(keyword))} to {code(b.get(keyword))}"
            )


def _keyword_maps(a: dict[str, Any], b: dict[str, Any], emit: Callable[..., None]) -> None:
    """``patternProperties`` and ``dependentSchemas``: each entry added or removed."""
    for keyword, word in (
        ("patternProperties", "pattern-property"),
        ("dependentSchemas", "dependent-schema"),
    ):
        old_map, new_map = a.get(keyword) or {}, b.get(keyword) or {}
        for name in only(new_map, old_map):
            emit(word, "added", f"{keyword} {code(name)} was added")
        for name in only(old_map, new_map):
            emit(word, "removed", f"{keyword} {code(name)} was removed")


_FLAT_CHECKS = (_bounds, _presence, _content_keywords, _keyword_maps)


def _where(place: Place, subject: tuple[str, ...], context: dict[str, bool]) -> str:
    """The rules' location word for a schema at ``place`` (a read-only request property, a
    write-only response property, are places of their own)."""
    where = place.prefix(subject)
    if where == "request-property" and context.get("readOnly", False):
        return "request-read-only-property"
    if where == "response-property" and context.get("writeOnly", False):
        return "response-write-only-property"
    return where
