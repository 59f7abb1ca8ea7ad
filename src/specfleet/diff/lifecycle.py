"""Deprecation, ``x-sunset`` and ``x-stability-level``: how an API tells callers what will go.

Operations, parameters and properties share one lifecycle; only the rule ids differ, so
each kind of element is a row of :data:`NAMES` and one function judges them all.  A
deprecated element may be removed once its sunset date has passed; before that (or when the
date cannot be read) removing it breaks callers who were promised the notice.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from specfleet.diff.found import Found, code
from specfleet.diff.rules import name, rule_id
from specfleet.spec.document import Pointer

STABILITY = ("draft", "alpha", "beta", "stable")


@dataclass(frozen=True)
class Options:
    """How much notice a deprecation must give (days before ``x-sunset``), by stability."""

    days_beta: int = 0
    days_stable: int = 0
    stability_level: str = ""  # the least stable level still checked; "" is beta, oasdiff's default
    today: datetime.date | None = None

    def notice(self, element: Mapping[str, Any]) -> int:
        level = element.get("x-stability-level")
        return self.days_beta if level == "beta" else self.days_stable

    def checked(self, element: Mapping[str, Any]) -> bool:
        """Whether changes to ``element`` are judged at all: below the floor an API may change freely.

        An element without a (known) ``x-stability-level`` is stable.
        """
        level = element.get("x-stability-level")
        rank = STABILITY.index(level) if level in STABILITY else len(STABILITY) - 1
        floor = self.stability_level if self.stability_level in STABILITY else "beta"
        return rank >= STABILITY.index(floor)

    @property
    def day(self) -> datetime.date:
        return self.today or datetime.datetime.now(datetime.UTC).date()


DEFAULT = Options()


@dataclass(frozen=True)
class Names:
    """The rule ids one kind of element uses for its lifecycle ("" when no rule reports it)."""

    deprecated: str
    with_sunset: str
    reactivated: str
    sunset_missing: str
    sunset_invalid: str
    too_small: str
    changed_too_small: str
    sunset_deleted: str
    stability_decreased: str
    stability_increased: str
    sunset_unreadable: str  # a kept deprecation whose x-sunset changed to or from no date


def _names(where: str) -> Names:
    def rule(what: str, how: str) -> str:
        return name(where, what, how) or ""

    return Names(
        rule("deprecation", "added"),
        rule("deprecation", "added-with-sunset") or rule("deprecation", "added"),
        rule("deprecation", "removed"),
        rule("deprecation", "added-without-sunset"),
        rule("deprecation", "added-with-unreadable-sunset") or rule("sunset", "unreadable"),
        rule("deprecation", "added-with-short-sunset"),
        rule("sunset", "moved-earlier"),
        rule("sunset", "removed"),
        rule("stability", "decreased"),
        rule("stability", "increased"),
        rule("sunset", "unreadable"),
    )


#: kind of element -> where its rules are
NAMES: dict[str, Names] = {
    kind: _names(where)
    for kind, where in (
        ("operation", "api"),
        ("parameter", "request-parameter"),
        ("request-property", "request-property"),
        ("response-property", "response-property"),
    )
}


def sunset(element: Mapping[str, Any]) -> datetime.date | str | None:
    """The ``x-sunset`` date; the raw text when it is not a date; None when there is none.

    A date (``2025-01-02``) or an RFC 3339 timestamp with its offset; a local time without
    one names no single day, so it is not a date.
    """
    raw = element.get("x-sunset")
    if raw is None:
        return None
    if isinstance(raw, datetime.datetime):
        return raw.date() if raw.tzinfo is not None else str(raw)
    if isinstance(raw, datetime.date):
        return raw
    text = str(raw).strip()
    if not isinstance(raw, str):
        return text
    try:
        if len(text) == 10:
            return datetime.date.fromisoformat(text)
        stamp = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return stamp.date() if stamp.tzinfo is not None else text


#: Makes one finding of a rule id and its text (None when the kind has no such rule).
Finder = Callable[[str, str], Found | None]


def changes(
    kind: str,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    base: Pointer | None,
    rev: Pointer | None,
    options: Options = DEFAULT,
    subject: tuple[str, ...] = (),
) -> Iterator[Found]:
    """Deprecation, sunset and stability changes of one element present in both specs."""
    names = NAMES[kind]

    def found(rule: str, text: str) -> Found | None:
        return Found(rule, text, base, rev, subject) if rule else None

    for value in (old.get("x-stability-level"), new.get("x-stability-level")):
        if value is not None and value not in STABILITY:
            # the notice an element owes depends on its stability: without one, nothing else is judged
            yield Found(
                rule_id("api", "stability", "invalid"),
                f"has an unknown x-stability-level {code(value)}",
                base,
                rev,
                subject,
            )
            return
    was, now = bool(old.get("deprecated")), bool(new.get("deprecated"))
    items: list[Found | None] = []
    if now and not was:
        items.append(_deprecated(names, new, options, found))
    elif was and not now:
        items.append(found(names.reactivated, "is no longer deprecated"))
    elif was and now:
        items.append(_sunset_moved(names, old, new, options, found))
    if names.stability_increased and options.checked(old):
        items.extend(_stability(names, old, new, found))
    yield from (item for item in items if item is not None)


def _deprecated(names: Names, new: Mapping[str, Any], options: Options, found: Finder) -> Found | None:
    """An element newly deprecated: with a sunset far enough away, or owing one."""
    date = sunset(new)
    days = options.notice(new)
    if date is None:
        notice = f" without the {days} days' notice x-sunset must give" if days else ""
        return found(names.sunset_missing if days else names.deprecated, "was deprecated" + notice)
    if isinstance(date, str):
        return found(
            names.sunset_invalid, f"was deprecated with an x-sunset that is not a date: {code(date)}"
        )
    if (date - options.day).days < days:
        return found(names.too_small, f"was deprecated with sunset {code(date)}, less than {days} days away")
    return found(names.with_sunset, f"was deprecated with sunset {code(date)}")


def _sunset_moved(
    names: Names, old: Mapping[str, Any], new: Mapping[str, Any], options: Options, found: Finder
) -> Found | None:
    """A deprecated element that stays deprecated: its sunset lost, unreadable, or moved earlier."""
    before, after = sunset(old), sunset(new)
    if before is not None and after is None:
        return found(names.sunset_deleted, "kept its deprecation but lost its x-sunset date")
    if (isinstance(after, str) or isinstance(before, str)) and before != after:
        return found(
            names.sunset_unreadable or names.sunset_invalid,
            f"x-sunset changed from {code(before)} to {code(after)}, and one of them is not a date",
        )
    if isinstance(before, datetime.date) and isinstance(after, datetime.date) and after < before:
        days = options.notice(new)
        if (after - options.day).days < days or not days:
            return found(
                names.changed_too_small, f"moved its sunset earlier, from {code(before)} to {code(after)}"
            )
    return None


def _stability(
    names: Names, old: Mapping[str, Any], new: Mapping[str, Any], found: Any
) -> Iterator[Found | None]:
    before, after = old.get("x-stability-level"), new.get("x-stability-level")
    if before == after or before not in STABILITY or after is None:
        return
    rank_before, rank_after = STABILITY.index(before), STABILITY.index(after)
    how = "decreased" if rank_after < rank_before else "increased"
    rule = names.stability_decreased if how == "decreased" else names.stability_increased
    yield found(rule, f"stability {how} from {code(before)} to {code(after)}")


def removal(kind: str, old: Mapping[str, Any], options: Options = DEFAULT) -> str | None:
    """How removing a deprecated element reads: ``with-deprecation``, ``before-sunset``,
    ``sunset-parse``, ``without-deprecation``; None once its sunset date has passed."""
    if not old.get("deprecated"):
        return "without-deprecation"
    date = sunset(old)
    if date is None:
        return "with-deprecation"
    if isinstance(date, str):
        return "sunset-parse"
    return "before-sunset" if date > options.day else None


def property_lifecycle(
    request: bool,
    nested: str,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    base: Pointer,
    rev: Pointer,
    subject: tuple[str, ...],
    options: Options = DEFAULT,
) -> Iterator[Found]:
    """Lifecycle changes of a body property (parameters' own properties have none in oasdiff)."""
    kind = "request-property" if request else "response-property"
    if nested != kind:
        return iter(())
    if (
        old.get("deprecated") == new.get("deprecated")
        and old.get("x-stability-level") == new.get("x-stability-level")
        and old.get("x-sunset") == new.get("x-sunset")
    ):
        return iter(())
    return changes(kind, old, new, base, rev, options, subject)
