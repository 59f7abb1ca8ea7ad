"""Values typed by the way they travel: what a user sends, and what a server answers.

A user has strings: an enum's values, an id, a date.  What a user sends (parameters, request
bodies, the keyword fields of a body) takes them as they are (``Literal["asc", "desc"] | Order``,
``UUID | str``, ``datetime.date | str``), and mypy still refuses a value the spec does not list.

A server adds enum values, union members and discriminator values the spec does not list yet,
and drops fields the spec still calls required.  What a server answers parses all the same: an
enum it does not know is kept as the string it came as (``Order | str``), a union member it does
not know as the JSON it came as (``A | B | dict[str, Any]``), so mypy makes a user handle them.

openapi-python-client types a property by its class, whatever the direction, so each property is
given a subclass of its own class (same fields, other type strings and, where the rendering
differs, a template of ours) before anything reads its type: the plan, the templates, the stubs.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.schema import Schema
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode

#: Sent by a user: plain strings accepted, unknown values refused.
SENT = "sent"
#: Answered by a server: what the spec does not list kept as it came.
ANSWERED = "answered"
#: What the modules whose signatures name ``Literal`` must import.
LITERAL_IMPORT = "from typing import Literal"
#: Members a server adds to: an answered union keeps a value none of its members reads as the
#: JSON type of these (an object, an enum's string).  Not dates or ids: one that does not parse
#: is a broken answer, not a newer one.  Not lists: their items are kept when unknown (see
#: retyped), and a list type cannot be told apart at run time.
_GROWING = (ModelProperty, EnumProperty, LiteralEnumProperty)
#: What templates parse by a function that can fail (anything else is taken as it comes).
_PARSED = (
    *_GROWING,
    ListProperty,
    UnionProperty,
    DateProperty,
    DateTimeProperty,
    UuidProperty,
    ConstProperty,
    FileProperty,
)


class SentEnum(EnumProperty):
    """An enum a user sends: its values as plain strings too."""

    __slots__ = ()
    direction: ClassVar[str] = SENT

    def get_base_type_string(self) -> PythonCode:
        return PythonCode(f"{_literal(self.values.values())} | {self.class_info.name}")

    def get_instance_type_string(self) -> PythonCode:
        return PythonCode(self.class_info.name)

    def get_imports(self, *, prefix: str) -> set[str]:
        return {*super().get_imports(prefix=prefix), LITERAL_IMPORT}


class AnsweredEnum(EnumProperty):
    """An enum a server answers: a value the spec does not list stays the ``str`` (or ``int``) it came as."""

    __slots__ = ()
    direction: ClassVar[str] = ANSWERED

    def get_base_type_string(self) -> PythonCode:
        return PythonCode(f"{self.class_info.name} | {self.value_type.__name__}")

    def get_instance_type_string(self) -> PythonCode:
        return PythonCode(self.class_info.name)


def _sent_scalar(base: type[Any]) -> type[Any]:
    """``base`` (a uuid, date or date-time) sent as its own type or as the string a user has."""

    def get_base_type_string(self: Any) -> PythonCode:
        return PythonCode(f"{base._type_string} | str")

    def get_instance_type_string(self: Any) -> PythonCode:
        return PythonCode(base._type_string)

    return type(
        f"Sent{base.__name__}",
        (base,),
        {
            "__slots__": (),
            "__doc__": f"{base.__name__[:-8]} a user sends, as the string they have or typed.",
            "direction": SENT,
            "get_base_type_string": get_base_type_string,
            "get_instance_type_string": get_instance_type_string,
        },
    )


_SENT_SCALARS: dict[type[Any], type[Any]] = {
    base: _sent_scalar(base) for base in (UuidProperty, DateProperty, DateTimeProperty)
}


class AnsweredUnion(UnionProperty):
    """A union a server answers: a member the spec does not list stays the JSON it came as.

    Its members are parsed as the spec writes them (strictly, so that one never passes for
    another); what none of them reads is typed by the JSON types of those members.
    """

    __slots__ = ()
    direction: ClassVar[str] = ANSWERED

    def _get_inner_type_strings(self, json: bool) -> set[PythonCode]:
        found = super()._get_inner_type_strings(json)
        if not json:
            found |= {
                inner.get_type_string(no_optional=True, json=True)
                for inner in self.inner_properties
                if isinstance(inner, _GROWING)
            }
        return found

    def keeps_unknown(self) -> bool:
        """Whether a value none of the members reads is kept (else it is a broken answer)."""
        return any(
            isinstance(inner, _GROWING) or not isinstance(inner, (*_PARSED, NoneProperty))
            for inner in self.inner_properties
        )


def _literal(values: Iterable[object]) -> str:
    # repr() of a str or int is a Python literal of it whatever the spec wrote: no spec text becomes code.
    return "Literal[" + ", ".join(repr(value) for value in dict.fromkeys(values)) + "]"


def _as(prop: Any, kind: type[Any]) -> Any:
    found = copy.copy(prop)
    found.__class__ = kind
    return found


def retyped(prop: Any, direction: str, *, enums: bool = True) -> Any:
    """``prop`` typed for ``direction``: a copy when anything changes (a property opc reached by
    ``$ref`` shares its members with every other use of it), else ``prop`` itself.  Without
    ``enums``, an answered enum stays upstream's (an endpoint's module parses no enum by itself)."""
    if isinstance(prop, EnumProperty):
        if direction == ANSWERED and not enums:
            return prop
        return _as(prop, SentEnum if direction == SENT else AnsweredEnum)
    if direction == SENT and type(prop) in _SENT_SCALARS:
        return _as(prop, _SENT_SCALARS[type(prop)])
    if isinstance(prop, ListProperty):
        inner = retyped(prop.inner_property, direction, enums=enums)
        if inner is prop.inner_property:
            return prop
        listed = copy.copy(prop)
        listed.inner_property = inner
        return listed
    if isinstance(prop, UnionProperty):
        if direction == ANSWERED:
            # A list member's items are read like any answered value (kept when unknown): a list
            # type cannot be told from another at run time, so a list member must not fail.
            answered = _as(prop, AnsweredUnion)
            answered.inner_properties = [
                retyped(each, ANSWERED, enums=enums) if isinstance(each, ListProperty) else each
                for each in prop.inner_properties
            ]
            return answered
        found = copy.copy(prop)
        found.inner_properties = [retyped(each, SENT) for each in prop.inner_properties]
        return found
    return prop


def _uses(prop: Any, kind: type[Any]) -> bool:
    if isinstance(prop, kind):
        return True
    if isinstance(prop, ListProperty):
        return _uses(prop.inner_property, kind)
    if isinstance(prop, UnionProperty):
        return any(_uses(each, kind) for each in prop.inner_properties)
    return False


def _models_named(prop: Any) -> Iterator[str]:
    if isinstance(prop, ModelProperty):
        yield str(prop.class_info.name)
    elif isinstance(prop, ListProperty):
        yield from _models_named(prop.inner_property)
    elif isinstance(prop, UnionProperty):
        for each in prop.inner_properties:
            yield from _models_named(each)


def _fields(model: Any) -> list[Any]:
    extra = model.additional_properties
    return [
        *(model.required_properties or []),
        *(model.optional_properties or []),
        *([extra] if extra else []),
    ]


def _reached(starts: Iterable[Any], models: dict[str, Any]) -> set[str]:
    """The models these properties reach, through fields, lists and unions."""
    seen: set[str] = set()
    todo = [name for prop in starts for name in _models_named(prop)]
    while todo:
        name = todo.pop()
        if name in seen or name not in models:
            continue
        seen.add(name)
        todo.extend(found for prop in _fields(models[name]) for found in _models_named(prop))
    return seen


def apply(openapi: GeneratorData) -> None:
    """Type every property of ``openapi`` by the direction it travels, before anything reads its type.

    A model only ever sent is typed as sent; every other one (answered, both, or reached by no
    operation: events and webhooks a user parses) as answered, and its ``from_dict`` tolerates
    what a server adds or drops.
    """
    models = {str(model.class_info.name): model for model in openapi.models}
    endpoints = [
        endpoint for tag in openapi.endpoint_collections_by_tag.values() for endpoint in tag.endpoints
    ]
    answered = _reached((response.prop for endpoint in endpoints for response in endpoint.responses), models)
    sent = _reached(
        (
            prop
            for endpoint in endpoints
            for prop in [*_parameters(endpoint), *(body.prop for body in endpoint.bodies)]
        ),
        models,
    )
    for name, model in models.items():
        direction = SENT if name in sent and name not in answered else ANSWERED
        model.__class__ = SentModel if direction == SENT else AnsweredModel
        for props in (model.required_properties, model.optional_properties):
            if props is not None:
                props[:] = [retyped(prop, direction) for prop in props]
        if isinstance(model.additional_properties, _PARSED):
            model.additional_properties = retyped(model.additional_properties, direction)
        if model.relative_imports is not None and any(_uses(prop, SentEnum) for prop in _fields(model)):
            model.relative_imports.add(LITERAL_IMPORT)
    for endpoint in endpoints:
        for props in _parameter_lists(endpoint):
            props[:] = [retyped(prop, SENT) for prop in props]
        for body in endpoint.bodies:
            body.prop = retyped(body.prop, SENT)
        for response in endpoint.responses:
            response.prop = retyped(response.prop, ANSWERED, enums=False)
        if any(
            _uses(prop, SentEnum)
            for prop in [*_parameters(endpoint), *(body.prop for body in endpoint.bodies)]
        ):
            endpoint.relative_imports.add(LITERAL_IMPORT)


def _parameter_lists(endpoint: Any) -> list[list[Any]]:
    return [
        endpoint.path_parameters,
        endpoint.query_parameters,
        endpoint.header_parameters,
        endpoint.cookie_parameters,
    ]


def _parameters(endpoint: Any) -> list[Any]:
    return [prop for props in _parameter_lists(endpoint) for prop in props]


class SentModel(ModelProperty):
    """A model only ever sent: ``from_dict`` as upstream's (a user builds these; a server never answers one)."""

    __slots__ = ()
    direction: ClassVar[str] = SENT


class AnsweredModel(ModelProperty):
    """A model a server answers: ``from_dict`` reads a field the spec calls required but the body lacks as unset."""

    __slots__ = ()
    direction: ClassVar[str] = ANSWERED


def _plain(value: object) -> str:
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)


def member_condition(models: dict[str, Any]) -> Callable[[Any, str], PythonCode | str]:
    """The Jinja filter that writes when a JSON value is one member of an answered union.

    A model member's ``from_dict`` tolerates missing fields and unknown enum values, so it cannot
    tell members apart by failing: the value must be an object holding the member's required
    fields (deprecated ones aside: a server drops those first) with the values its single-valued
    enums and consts fix (a discriminator).  Anything else is that member's own type check.
    """

    def condition(prop: Any, source: str) -> PythonCode | str:
        model = models.get(str(prop.class_info.name)) if isinstance(prop, ModelProperty) else None
        if model is None:
            return ""  # not a model: its own type check
        declared = model.data.properties or {}
        parts = [f"isinstance({source}, dict)"]
        for field in model.required_properties or []:
            key = _plain(field.name)
            schema = declared.get(key)
            fixed = _fixed_value(field)
            if fixed is not None:
                parts.append(f"{source}.get({key!r}) == {fixed!r}")
            elif not (isinstance(schema, Schema) and schema.deprecated):
                parts.append(f"{key!r} in {source}")
        return PythonCode(" and ".join(parts))

    return condition


def _fixed_value(field: Any) -> str | int | None:
    """The one value a field can hold (a one-value enum or a const), if it is a string or int."""
    if isinstance(field, EnumProperty) and len(field.values) == 1:
        return next(iter(field.values.values()))
    if (
        isinstance(field, ConstProperty)
        and isinstance(field.value.raw_value, str | int)
        and not isinstance(field.value.raw_value, bool)
    ):
        return field.value.raw_value
    return None
