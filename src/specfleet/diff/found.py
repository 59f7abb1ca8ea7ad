"""What the walk yields: one typed change, before it is judged and placed in a report.

The walk finds where a change is, what changed and how (``request-property`` ·
``max-length`` · ``decreased``); the rule registry (:mod:`specfleet.diff.rules`) names it
(``request-property-max-length-decreased``) and says at which levels it is judged.  ``subject`` is the property path below the schema the
change was found in; the message is written from it only when the change is reported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from specfleet.spec.document import Pointer

K = TypeVar("K")


@dataclass(frozen=True, slots=True)
class Found:
    rule: str
    text: str  # what happened, in plain words ("max length decreased from 100 to 50")
    base: Pointer | None = None  # where it was written in the base
    revision: Pointer | None = None  # ... and in the revision
    subject: tuple[str, ...] = ()  # property path below the schema ("address", "city")


def only(mine: Mapping[K, Any], theirs: Mapping[K, Any]) -> list[K]:
    """The keys of ``mine`` that ``theirs`` lacks, in ``mine``'s order (a walk must not depend on hashing)."""
    return [key for key in mine if key not in theirs]


def both(mine: Mapping[K, Any], theirs: Mapping[K, Any]) -> list[K]:
    """The keys the two share, in ``mine``'s order."""
    return [key for key in mine if key in theirs]


def where(request: bool, part: str) -> str:
    """The ``<where>`` of a rule id: ``request-property``, ``response-header``..."""
    return f"{'request' if request else 'response'}-{part}"


def code(value: object) -> str:
    """A spec value as a Markdown code span, written as is.

    Backslash escapes do not work inside backticks, so a value holding backticks gets a
    longer fence instead (CommonMark's rule), padded when it starts or ends with one.
    """
    text = shown(value)
    runs = [len(run) for run in re.findall(r"`+", text)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def shown(value: object) -> str:
    """A spec value as a message quotes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(shown(item) for item in value) + "]"
    return str(value)
