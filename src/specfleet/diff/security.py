"""Security changes: which credentials a call needs, and what the schemes themselves ask for.

A security requirement is a list of alternatives; each alternative names schemes that must
all be satisfied, with OAuth scopes.  Alternatives are paired by the schemes they name, so
a new scope on an existing alternative is a scope change, not a new requirement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from specfleet.diff.found import Found, code
from specfleet.diff.rules import rule_id
from specfleet.spec.document import Pointer

Alternative = dict[str, list[str]]  # scheme -> scopes, all needed together


def _alternatives(value: Any) -> list[Alternative]:
    if not isinstance(value, list):
        return []
    return [
        {str(k): [str(s) for s in v] if isinstance(v, list) else [] for k, v in entry.items()}
        for entry in value
        if isinstance(entry, dict)
    ]


def _shown(alternative: Alternative) -> str:
    return " and ".join(code(name) for name in sorted(alternative)) or "no authentication"


def _requirement_changes(
    prefix: str, old: Any, new: Any, base: Pointer | None, rev: Pointer | None
) -> Iterator[Found]:
    """Alternatives kept as they were pair first; of the rest, one alternative per set of schemes
    on each side is the same alternative with other scopes.  When several alternatives name the
    same schemes, which became which cannot be told: those are removed and added."""
    before, after = _alternatives(old), _alternatives(new)
    for alternative in list(before):
        if alternative in after:
            before.remove(alternative)
            after.remove(alternative)

    def by_names(alternatives: list[Alternative]) -> dict[frozenset[str], list[Alternative]]:
        found: dict[frozenset[str], list[Alternative]] = {}
        for alternative in alternatives:
            found.setdefault(frozenset(alternative), []).append(alternative)
        return found

    old_groups, new_groups = by_names(before), by_names(after)
    for names in sorted(old_groups.keys() | new_groups.keys(), key=sorted):
        olds, news = old_groups.get(names, []), new_groups.get(names, [])
        if len(olds) == len(news) == 1:
            yield from _scope_changes(prefix, olds[0], news[0], base, rev)
            continue
        for alternative in news:
            yield Found(
                rule_id(prefix, "requirement", "added"),
                f"security requirement {_shown(alternative)} was added",
                base,
                rev,
            )
        for alternative in olds:
            yield Found(
                rule_id(prefix, "requirement", "removed"),
                f"security requirement {_shown(alternative)} was removed",
                base,
                rev,
            )


def _scope_changes(
    prefix: str, old: Alternative, new: Alternative, base: Pointer | None, rev: Pointer | None
) -> Iterator[Found]:
    """One alternative on each side naming the same schemes: the scopes each scheme gained and lost."""
    for scheme in sorted(old):
        for scope, how in [
            *((scope, "added") for scope in new[scheme] if scope not in old[scheme]),
            *((scope, "removed") for scope in old[scheme] if scope not in new[scheme]),
        ]:
            yield Found(
                rule_id(prefix, "scope", how), f"scope {code(scope)} of {code(scheme)} was {how}", base, rev
            )


def operation_changes(
    old: Mapping[str, Any], new: Mapping[str, Any], base: Pointer, rev: Pointer
) -> Iterator[Found]:
    """Security written on the operation itself (``security`` there overrides the global one)."""
    if old.get("security") == new.get("security"):
        return
    yield from _requirement_changes("api-security", old.get("security"), new.get("security"), base, rev)


def global_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[Found]:
    if old.get("security") == new.get("security"):
        return
    pointer: Pointer = ("security",)
    yield from _requirement_changes(
        "api-global-security",
        old.get("security"),
        new.get("security"),
        pointer if "security" in old else None,
        pointer if "security" in new else None,
    )


Follow = Callable[[Any, Pointer], tuple[Any, Pointer]]


def _schemes(data: Mapping[str, Any]) -> dict[str, Any]:
    components = data.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    return schemes if isinstance(schemes, dict) else {}


def component_changes(
    old: Mapping[str, Any], new: Mapping[str, Any], follow_old: Follow, follow_new: Follow
) -> Iterator[Found]:
    """Schemes added, removed, or changed in what a client must do to satisfy them."""
    before, after = _schemes(old), _schemes(new)
    for name in sorted(after.keys() - before.keys()):
        yield Found(
            rule_id("security-scheme", "scheme", "added"),
            f"security scheme {code(name)} was added",
            None,
            ("components", "securitySchemes", name),
        )
    for name in sorted(before.keys() - after.keys()):
        yield Found(
            rule_id("security-scheme", "scheme", "removed"),
            f"security scheme {code(name)} was removed",
            ("components", "securitySchemes", name),
            None,
        )
    for name in sorted(before.keys() & after.keys()):
        a, ap = follow_old(before[name], ("components", "securitySchemes", name))
        b, bp = follow_new(after[name], ("components", "securitySchemes", name))
        if not isinstance(a, dict) or not isinstance(b, dict) or a == b:
            continue
        if a.get("type") != b.get("type"):
            yield Found(
                rule_id("security-scheme", "type", "changed"),
                f"security scheme {code(name)} changed type from {code(a.get('type'))} to {code(b.get('type'))}",
                ap,
                bp,
            )
            continue
        yield from _flows(name, a.get("flows"), b.get("flows"), ap, bp)


def _flows(name: str, old: Any, new: Any, ap: Pointer, bp: Pointer) -> Iterator[Found]:
    old = old if isinstance(old, dict) else {}
    new = new if isinstance(new, dict) else {}
    for flow in sorted(old.keys() & new.keys()):
        a, b = old[flow], new[flow]
        if not isinstance(a, dict) or not isinstance(b, dict):
            continue
        where = f"security scheme {code(name)} (`{flow}` flow)"
        for key, what in (("authorizationUrl", "oauth-url"), ("tokenUrl", "oauth-token-url")):
            if a.get(key) != b.get(key):
                yield Found(rule_id("security-scheme", what, "changed"), f"{where}: `{key}` changed", ap, bp)
        old_scopes, new_scopes = a.get("scopes") or {}, b.get("scopes") or {}
        for scope in sorted(new_scopes.keys() - old_scopes.keys()):
            yield Found(
                rule_id("security-scheme", "oauth-scope", "added"),
                f"{where}: scope {code(scope)} was added",
                ap,
                bp,
            )
        for scope in sorted(old_scopes.keys() - new_scopes.keys()):
            yield Found(
                rule_id("security-scheme", "oauth-scope", "removed"),
                f"{where}: scope {code(scope)} was removed",
                ap,
                bp,
            )
        for scope in sorted(old_scopes.keys() & new_scopes.keys()):
            if old_scopes[scope] != new_scopes[scope]:
                yield Found(
                    rule_id("security-scheme", "oauth-scope", "changed"),
                    f"{where}: scope {code(scope)} changed",
                    ap,
                    bp,
                )
