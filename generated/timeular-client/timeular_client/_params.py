"""Request bodies given as plain dicts, models, or both mixed: one JSON for all of them.

A resource method takes a JSON body as its model, as a dict typed by the package's ``params``
``TypedDict``s (as the official SDKs take them), or as keyword arguments; whatever a value
holds (models, dicts, enums, dates, ids) is sent as the spec's JSON.
"""

import datetime
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any
from uuid import UUID

#: Values JSON holds as they are (exact types: a str enum is sent by its value).
_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_json(value: Any) -> Any:
    """``value`` as JSON: a model by its ``to_dict``, a mapping key by key, an enum by its value, a date as ISO 8601, an id as its string, an iterable as a list."""
    if type(value) in _PLAIN:
        return value
    if type(value) is dict or isinstance(value, Mapping):
        return {key: to_json(item) for key, item in value.items()}
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str | int | float):
        return value
    if isinstance(value, datetime.date):  # datetime too
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, Iterable) and not isinstance(value, bytes | bytearray):
        return [to_json(item) for item in value]
    return value


def json_body(body: Any, fields: dict[str, Any], required: bool) -> Any:
    """The JSON of a body given as a dict, or (``body`` is ``None``) as the keyword ``fields`` given
    (JSON name -> value); ``None`` when it is a model (or another body the endpoint sends itself)
    or not given at all."""
    if body is None:
        return to_json(fields) if fields or required else None
    if isinstance(body, Mapping):
        return to_json(body)
    return None


class JsonBody:
    """What a resource method hands the endpoint's ``_get_kwargs`` for a body it sends itself:
    its ``to_dict`` is the JSON already made (replaced on the request by :func:`with_json`)."""

    __slots__ = ("data",)

    def __init__(self, data: Any) -> None:
        self.data = data

    def to_dict(self) -> Any:
        return self.data


def with_json(kwargs: dict[str, Any], data: Any) -> dict[str, Any]:
    """The endpoint's request arguments, sending ``data`` as the JSON body when it is given."""
    if data is not None:
        kwargs["json"] = data
    return kwargs
