"""Reading the ``x-sunset`` date of a deprecated element."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any

SUNSET_EXTENSION = "x-sunset"


class SunsetDateError(ValueError):
    """An ``x-sunset`` value that is not a date."""


def get_sunset(extensions: Mapping[str, Any] | None) -> tuple[Any, bool]:
    """The raw ``x-sunset`` value and whether it is present."""
    if not extensions or SUNSET_EXTENSION not in extensions:
        return None, False
    return extensions[SUNSET_EXTENSION], True


def get_sunset_date(sunset: Any) -> datetime.date:
    """The sunset as a date: ``YYYY-MM-DD`` or an RFC 3339 timestamp; raises SunsetDateError."""
    if isinstance(sunset, datetime.datetime):
        return sunset.date()
    if isinstance(sunset, datetime.date):
        return sunset
    if isinstance(sunset, bytes | bytearray):
        try:
            sunset = json.loads(sunset)
        except ValueError as error:
            raise SunsetDateError(f"failed to unmarshal sunset json: {error}") from None
    if not isinstance(sunset, str):
        raise SunsetDateError("sunset value isn't a string nor valid json")
    try:
        if len(sunset) == 10:
            return datetime.date.fromisoformat(sunset)
    except ValueError:
        pass
    try:
        return _parse_rfc3339(sunset).date()
    except ValueError:
        raise SunsetDateError(f"sunset date doesn't conform with RFC3339: {sunset}") from None


def _parse_rfc3339(text: str) -> datetime.datetime:
    """A full RFC 3339 timestamp (date, 'T', time and a zone are all required)."""
    if len(text) < 20 or text[10] not in "Tt":
        raise ValueError(text)
    stamp = datetime.datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00"))
    if stamp.tzinfo is None:
        raise ValueError(text)
    return stamp
