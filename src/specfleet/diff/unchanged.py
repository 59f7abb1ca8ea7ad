"""Skip what cannot have changed, so a big diff costs what changed, not what the spec weighs.

Two nodes whose YAML is equal, and whose ``$ref``s lead only to components that are equal
in both specs (and whose own references are, in turn), resolve to the same thing, so no
rule can find anything in them.  Which components are unchanged is worked out once per
diff: a component is *tainted* when it differs, is missing on one side, or references a
tainted component.  Equality of plain data is checked by Python's C code, which is what
makes this fast.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Target = tuple[str, str]  # ("schemas", "Pet")


def _component(ref: str) -> Target | None:
    """``#/components/schemas/Pet[/...]`` -> ``("schemas", "Pet")``; None for anything else."""
    parts = ref.split("/")
    if len(parts) >= 4 and parts[0] == "#" and parts[1] == "components":
        return parts[2], parts[3].replace("~1", "/").replace("~0", "~")
    return None


def _references(node: Any) -> set[Target] | None:
    """The components ``node`` refers to; None when a reference goes anywhere else."""
    found: set[Target] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                target = _component(ref)
                if target is None:
                    return None
                found.add(target)
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return found


def _sections(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    components = spec.get("components")
    if not isinstance(components, dict):
        return {}
    return {name: section for name, section in components.items() if isinstance(section, dict)}


class Unchanged:
    """Answers "can these two nodes differ once resolved?" for one base/revision pair."""

    def __init__(self, base: Mapping[str, Any], revision: Mapping[str, Any]) -> None:
        self.tainted = self._tainted(_sections(base), _sections(revision))

    @staticmethod
    def _tainted(base: dict[str, dict[str, Any]], revision: dict[str, dict[str, Any]]) -> set[Target]:
        users: dict[Target, list[Target]] = {}
        tainted: list[Target] = []
        missing = object()
        for section in base.keys() | revision.keys():
            old_section, new_section = base.get(section, {}), revision.get(section, {})
            for name in old_section.keys() | new_section.keys():
                target = (section, str(name))
                old, new = old_section.get(name, missing), new_section.get(name, missing)
                if old is missing or new is missing or old != new:
                    tainted.append(target)
                    continue
                references = _references(old)
                if references is None:
                    tainted.append(target)
                    continue
                for used in references:
                    users.setdefault(used, []).append(target)
        seen = set(tainted)
        while tainted:
            for user in users.get(tainted.pop(), ()):
                if user not in seen:
                    seen.add(user)
                    tainted.append(user)
        return seen

    def same(self, base: Any, revision: Any) -> bool:
        """Whether ``base`` and ``revision`` are equal and resolve to equal things."""
        if base != revision:
            return False
        references = _references(base)
        return references is not None and not (references & self.tainted)
