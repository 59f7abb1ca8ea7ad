"""A media type is its type, subtype, structured-syntax suffix and parameters.

``application/json; charset=utf-8`` and ``application/json`` are one media type whose
parameters changed; ``application/problem+json`` is a specialisation of ``application/json``
(RFC 6838's suffix).  Two names that one contains, either way, are the same body renamed, so
its schema is still compared, for requests as for responses.
"""

from __future__ import annotations

from collections.abc import Sequence
from email.message import Message
from typing import Any, NamedTuple


class MediaType(NamedTuple):
    type: str
    subtype: str
    suffix: str
    parameters: tuple[tuple[str, str], ...]


def parse(name: str) -> MediaType | None:
    """``application/vnd.api+json; charset=UTF-8`` -> its parts; None when it is not a media type."""
    message = Message()
    message["content-type"] = name
    essence = name.split(";", 1)[0].strip().lower()
    kind, slash, subtype = essence.partition("/")
    if not slash or not kind or not subtype or subtype.count("+") > 1:
        return None
    params = message.get_params() or []
    parameters = tuple(sorted((str(k).lower(), str(v)) for k, v in params[1:] if k))
    base, _, suffix = subtype.partition("+")
    return MediaType(kind, base, suffix, parameters)


def contains(general: str, special: str) -> bool:
    """Whether every body of ``special`` is one of ``general`` (parameters aside)."""
    a, b = parse(general), parse(special)
    if a is None or b is None or a.type != b.type:
        return False
    if not a.suffix and b.suffix and b.suffix == a.subtype:  # application/json ⊇ application/x+json
        return True
    return (a.subtype, a.suffix) == (b.subtype, b.suffix)


def renaming(before: str, after: str) -> str:
    """``changed`` (parameters moved), ``specialized`` or ``generalized``."""
    a, b = parse(before), parse(after)
    if a is not None and b is not None and a.parameters != b.parameters:
        return "changed"
    if contains(before, after):
        return "specialized"
    return "generalized" if contains(after, before) else "changed"


def renamed(removed: Sequence[Any], added: Sequence[Any]) -> dict[Any, Any]:
    """Removed names paired with the added name that is the same media type renamed."""
    found: dict[Any, Any] = {}
    for before in removed:
        for after in added:
            if after not in found.values() and (
                contains(str(before), str(after)) or contains(str(after), str(before))
            ):
                found[before] = after
                break
    return found


def is_json(name: str) -> bool:
    """Whether bodies of this type are JSON (or may be: ``*/*``), where ``1`` is not ``"1"``."""
    essence = name.split(";", 1)[0].strip().lower()
    return essence in ("*/*", "application/*") or essence.endswith("json")
