"""A changed scalar (or any JSON value): what it was and what it became."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def deep_equal(value1: Any, value2: Any) -> bool:
    """Go's ``reflect.DeepEqual`` over JSON values: numbers by value (YAML ints are Go float64s),
    but a boolean never equals a number."""
    if value1 is value2:
        return True
    if type(value1) is str:
        return type(value2) is str and bool(value1 == value2)
    if isinstance(value1, bool) or isinstance(value2, bool):
        return isinstance(value1, bool) and isinstance(value2, bool) and value1 == value2
    if isinstance(value1, dict):
        if not isinstance(value2, dict) or len(value1) != len(value2):
            return False
        return all(key in value2 and deep_equal(item, value2[key]) for key, item in value1.items())
    if isinstance(value1, list | tuple):
        if not isinstance(value2, list | tuple) or len(value1) != len(value2):
            return False
        return all(deep_equal(a, b) for a, b in zip(value1, value2, strict=True))
    if isinstance(value1, int | float) and isinstance(value2, int | float):
        return value1 == value2
    if type(value1) is not type(value2) and not (isinstance(value1, str) and isinstance(value2, str)):
        return False
    return bool(value1 == value2)


def json_key(value: Any) -> Any:
    """A hashable key that is equal for two values exactly when :func:`deep_equal` holds."""
    if type(value) is str:
        return value
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int | float):
        return ("num", value)
    if isinstance(value, dict):
        return ("map", frozenset((key, json_key(item)) for key, item in value.items()))
    if isinstance(value, list | tuple):
        return ("list", tuple(json_key(item) for item in value))
    if value is None:
        return ("null",)
    return ("other", repr(value))


@dataclass(slots=True)
class ValueDiff:
    """``from_`` in the base, ``to`` in the revision."""

    from_: Any
    to: Any

    def empty(self) -> bool:
        return False

    def reverse(self) -> ValueDiff:
        """The same change seen from the other side."""
        return ValueDiff(self.to, self.from_)


def get_value_diff(value1: Any, value2: Any) -> ValueDiff | None:
    if deep_equal(value1, value2):
        return None
    return ValueDiff(value1, value2)


def get_value_diff_conditional(exclude: bool, value1: Any, value2: Any) -> ValueDiff | None:
    if exclude:
        return None
    return get_value_diff(value1, value2)


def get_float64_ref_diff(value1: float | None, value2: float | None) -> ValueDiff | None:
    return get_value_diff(value1, value2)


def get_bool_ref_diff(value1: bool | None, value2: bool | None) -> ValueDiff | None:
    return get_value_diff(value1, value2)


def get_string_ref_diff_conditional(
    exclude: bool, value1: str | None, value2: str | None
) -> ValueDiff | None:
    return get_value_diff_conditional(exclude, value1, value2)


def get_u_int64_ref_diff(value1: int | None, value2: int | None) -> ValueDiff | None:
    return get_value_diff(value1, value2)


get_uint64_ref_diff = get_u_int64_ref_diff


def exclusive_bound_to_value(bound: Any) -> Any:
    """The number of a 3.1 bound, else the boolean of a 3.0 one, else None."""
    if bound is None:
        return None
    value = getattr(bound, "value", None)
    if value is not None:
        return value
    return getattr(bound, "bool_", None)


def get_exclusive_bound_diff(bound1: Any, bound2: Any) -> ValueDiff | None:
    return get_value_diff(exclusive_bound_to_value(bound1), exclusive_bound_to_value(bound2))
