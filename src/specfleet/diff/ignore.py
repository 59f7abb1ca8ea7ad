"""Changes a reviewer accepted, per provider: ``specs/<provider>/diff-ignore.toml``.

Each entry names a rule id, an operation (``"GET /pets/{petId}"``) and the reason, all
three required, so every accepted break is explained where it is reviewed.  An accepted
change is still reported (marked accepted) and still counts for the version bump; it only
stops counting for the exit code.

    [[ignore]]
    rule = "api-removed-with-deprecation"
    operation = "DELETE /pets/{petId}"
    reason = "deprecated since 1.4 and announced for removal in 2.0"
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from specfleet.diff.engine import DiffResult
from specfleet.diff.rules import REGISTRY
from specfleet.errors import Problem, SpecError
from specfleet.layout import IGNORE_FILE as IGNORE_FILE

_TEMPLATE = re.compile(r"\{([^{}]*)\}")

OperationKey = tuple[str, str]  # ("GET", "/pets/{}")


def operation_key(label: str) -> OperationKey:
    """``get /pets/{petId}`` -> ``("GET", "/pets/{}")``: renaming a path parameter keeps an entry."""
    method, _, path = label.strip().partition(" ")
    return method.upper(), _TEMPLATE.sub("{}", path.strip())


_FIELDS = ("rule", "operation", "reason")


@dataclass(frozen=True)
class IgnoreEntry:
    rule: str
    operation: str
    reason: str

    @property
    def key(self) -> tuple[str, OperationKey]:
        return self.rule, operation_key(self.operation)


def load_ignores(path: Path) -> list[IgnoreEntry]:
    """The entries of ``path``; none when it does not exist; SpecError when it is malformed."""
    if not path.is_file():
        return []

    def fail(message: str) -> SpecError:
        return SpecError(Problem(str(path), 1, 1, "error", "diff-ignore", message))

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise fail(f"invalid TOML: {exc}") from None
    unknown = sorted(set(raw) - {"ignore"})
    if unknown:
        raise fail(f"unknown key(s) {', '.join(unknown)}; list accepted changes as [[ignore]] tables")
    entries = raw.get("ignore", [])
    if not isinstance(entries, list):
        raise fail("`ignore` must be an array of tables: write each entry as [[ignore]]")
    found: list[IgnoreEntry] = []
    for number, entry in enumerate(entries, start=1):
        problem = _entry_problem(entry)
        if problem:
            raise fail(f"entry {number}{problem}")
        found.append(IgnoreEntry(entry["rule"], entry["operation"].strip(), entry["reason"].strip()))
    return found


def _entry_problem(entry: object) -> str:
    """What is wrong with one ``[[ignore]]`` table (after "entry N"), or "" when nothing is."""
    if not isinstance(entry, dict):
        return " is not a table"
    extra = sorted(set(entry) - set(_FIELDS))
    if extra:
        return f": unknown key(s) {', '.join(extra)}; an entry has rule, operation and reason"
    missing = [name for name in _FIELDS if not isinstance(entry.get(name), str) or not entry[name].strip()]
    if missing:
        return f": {', '.join(missing)} missing or empty; rule, operation and reason are all required"
    if entry["rule"] not in REGISTRY:
        return f": unknown rule id {entry['rule']!r}"
    if " " not in entry["operation"].strip():
        return f': operation {entry["operation"]!r} must read like "GET /pets/{{petId}}"'
    return ""


def apply_ignores(result: DiffResult, entries: Iterable[IgnoreEntry]) -> DiffResult:
    """Mark the changes the entries accept (a renamed path parameter still matches)."""
    reasons = {entry.key: entry.reason for entry in entries}
    if not reasons:
        return result
    changes = []
    for change in result.changes:
        reason = reasons.get((change.id, operation_key(change.operation)))
        changes.append(change.accept(reason) if reason is not None else change)
    return result.with_changes(changes)


def unused_ignores(result: DiffResult, entries: Iterable[IgnoreEntry]) -> list[IgnoreEntry]:
    """Entries that matched nothing: stale, or a typo in the operation."""
    entries = list(entries)
    if not entries:
        return []
    seen = {(change.id, operation_key(change.operation)) for change in result.changes}
    return [entry for entry in entries if entry.key not in seen]
