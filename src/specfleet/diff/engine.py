"""Compare two specs: pair what they share, run every rule on each pair, collect Changes.

The release step calls :func:`compare` directly.  Schemas are compared once per pair of
nodes and direction however many operations share them (see :class:`_SchemaGraph`): that
is what keeps two 4 MB specs to seconds.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from specfleet.diff.model import BREAKING_LEVELS, LEVELS, Bump, Change, Finding, Level
from specfleet.diff.operations import Operation, SpecView, spec_view
from specfleet.diff.resolve import SchemaView, match_alternatives
from specfleet.diff.rules import (
    OPERATION_CHECKS,
    PARAMETER_CHECKS,
    SCHEMA_CHECKS,
    SPEC_CHECKS,
    Direction,
    OperationPair,
    ParameterPair,
    Rule,
    SchemaPair,
    SpecPair,
)
from specfleet.diff.rules.schemas import hidden
from specfleet.diff.semver import required_bump
from specfleet.diff.unchanged import Unchanged
from specfleet.load import Document
from specfleet.refs import pointer_text

_METHOD_ORDER = {
    m: i for i, m in enumerate(("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"))
}


@dataclass(frozen=True)
class DiffResult:
    """Every change between two specs, and what they mean for the client's version."""

    changes: tuple[Change, ...]
    base_version: str | None = None  # info.version of the base
    revision_version: str | None = None  # info.version of the revision

    @property
    def breaking(self) -> bool:
        return any(change.breaking for change in self.changes)

    @property
    def bump(self) -> Bump:
        return required_bump(self.changes)

    def with_changes(self, changes: Iterable[Change]) -> DiffResult:
        return replace(self, changes=tuple(changes))

    def max_level(self) -> Level | None:
        levels = {change.level for change in self.changes}
        return next((level for level in LEVELS if level in levels), None)

    def failing(self, levels: frozenset[Level] = BREAKING_LEVELS) -> list[Change]:
        """Changes at ``levels`` that no reviewer accepted: what makes the exit code 1."""
        return [change for change in self.changes if change.level in levels and not change.accepted]


def compare(
    base: Document | Mapping[str, Any], revision: Document | Mapping[str, Any], *, skip_unchanged: bool = True
) -> DiffResult:
    """Every change from ``base`` to ``revision`` (loaded documents, or plain spec dicts).

    ``skip_unchanged=False`` compares everything, even what is provably equal (for tests).
    """
    base_document, base_data = _unpack(base)
    revision_document, revision_data = _unpack(revision)
    comparison = _Comparison(
        spec_view(base_data, base_document),
        spec_view(revision_data, revision_document),
        Unchanged(base_data, revision_data) if skip_unchanged else None,
    )
    found = sorted(comparison.run(), key=_order)
    return DiffResult(
        changes=tuple(_locate(change, finding, revision_document) for change, finding in found),
        base_version=comparison.base.info_version,
        revision_version=comparison.revision.info_version,
    )


def _unpack(spec: Document | Mapping[str, Any]) -> tuple[Document | None, Mapping[str, Any]]:
    if isinstance(spec, Document):
        return spec, spec.data
    return None, spec


def _order(item: tuple[Change, Finding]) -> tuple[object, ...]:
    change = item[0]
    method = change.operation.partition(" ")[0]
    return LEVELS.index(change.level), change.path, _METHOD_ORDER.get(method, 99), change.id, change.message


def _locate(change: Change, finding: Finding, document: Document | None) -> Change:
    """Point the change into the revision (with line and column when it came from a file)."""
    pointer = finding.revision if finding.revision is not None else finding.base
    if pointer is None:
        return change
    located = replace(change, location=pointer_text(pointer))
    if document is not None and finding.revision is not None:
        path, mark = document.where(finding.revision)
        file = None if path == document.path else _shown(path)
        located = replace(located, line=mark.line, column=mark.column, file=file)
    return located


def _shown(path: Path) -> str:
    """A file of a split spec as the user would name it: relative to where they stand."""
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


class _Comparison:
    """Runs the rules over everything the two specs share."""

    def __init__(self, base: SpecView, revision: SpecView, unchanged: Unchanged | None) -> None:
        self.base = base
        self.revision = revision
        self.unchanged = unchanged
        self.found: list[tuple[Change, Finding]] = []
        self.schemas = _SchemaGraph(unchanged)
        self._bodies: list[tuple[Operation, str, _PairKey]] = []

    def run(self) -> list[tuple[Change, Finding]]:
        pair = SpecPair(self.base, self.revision)
        for rule, check in SPEC_CHECKS:
            for finding in check(pair):
                method, path = finding.operation or ("", "")
                self._emit(rule, finding, f"{method} {path}", path, finding.message)
        for key, revision in self.revision.operations.items():
            base = self.base.operations.get(key)
            if base is not None and not self._same(base.source, revision.source):
                self._operation(OperationPair(base, revision))
        self.schemas.mark_changes()
        for operation, area, root in self._bodies:
            for rule, finding in self.schemas.findings(root):
                subject = _subject(finding.subject)
                message = (
                    f"{area} property '{subject}' {finding.message}"
                    if subject
                    else f"{area} {finding.message}"
                )
                self._emit(rule, finding, operation.label, operation.path, message)
        return self.found

    def _same(self, base: Any, revision: Any) -> bool:
        return self.unchanged is not None and self.unchanged.same(base, revision)

    def _emit(self, rule: Rule, finding: Finding, operation: str, path: str, message: str) -> None:
        change = Change(rule.id, rule.level, rule.kind, operation, path, f"{operation}: {message}")
        self.found.append((change, finding))

    def _operation(self, pair: OperationPair) -> None:
        operation = pair.revision
        for rule, check in OPERATION_CHECKS:
            for finding in check(pair):
                self._emit(rule, finding, operation.label, operation.path, finding.message)
        for key, revision in operation.parameters.items():
            base = pair.base.parameters.get(key)
            if base is not None and not self._same(base.source, revision.source):
                self._parameter(ParameterPair(pair, base, revision))
        base_body, revision_body = pair.base.request_body, operation.request_body
        if base_body is not None and revision_body is not None:
            for name, media in revision_body.content.items():
                old = base_body.content.get(name)
                if old is not None and old.schema is not None and media.schema is not None:
                    area = _area("request body", name, revision_body.content)
                    self._bodies.append(
                        (operation, area, self.schemas.add(old.schema, media.schema, "request"))
                    )
        for status, response in operation.responses.items():
            old_response = pair.base.responses.get(status)
            if old_response is None:
                continue
            for name, media in response.content.items():
                old = old_response.content.get(name)
                if old is not None and old.schema is not None and media.schema is not None:
                    area = _area(f"response {status}", name, response.content)
                    self._bodies.append(
                        (operation, area, self.schemas.add(old.schema, media.schema, "response"))
                    )

    def _parameter(self, pair: ParameterPair) -> None:
        operation, parameter = pair.operation.revision, pair.revision
        for rule, check in PARAMETER_CHECKS:
            for finding in check(pair):
                self._emit(
                    rule, finding, operation.label, operation.path, f"{parameter.label} {finding.message}"
                )


#: a pair of schemas met at the same place: (id of base view, id of revision view, direction, at_root)
_PairKey = tuple[int, int, Direction, bool]


@dataclass
class _PairNode:
    """One schema pair, compared once however many operations reach it."""

    local: list[tuple[Rule, Finding]]  # what the rules find at this pair itself
    children: list[tuple[str, _PairKey]]  # ("name" | "[]" | "(Alternative)", child pair)


class _SchemaGraph:
    """Every schema pair reachable from a request or response body, with its findings.

    Pairs are discovered without recursion (a chain of a thousand ``$ref``s is fine) and
    compared once; pairs with a change at or below them are marked; then each operation
    collects the changes below its bodies breadth first, reporting a changed pair once, at
    its shallowest path.  A schema that contains itself is just a cycle in this graph.
    """

    def __init__(self, unchanged: Unchanged | None) -> None:
        self.unchanged = unchanged
        self.nodes: dict[_PairKey, _PairNode] = {}
        self._parents: dict[_PairKey, list[_PairKey]] = {}
        self._changed: set[_PairKey] = set()

    def add(self, base: SchemaView, revision: SchemaView, direction: Direction) -> _PairKey:
        root: _PairKey = (id(base), id(revision), direction, True)
        stack = [(root, base, revision)]
        while stack:
            key, old, new = stack.pop()
            if key in self.nodes:
                continue
            if self.unchanged is not None and self.unchanged.same(old.node, new.node):
                self.nodes[key] = _PairNode([], [])
                continue
            pair = SchemaPair(old, new, key[3])
            node = self.nodes[key] = _PairNode(
                [(rule, finding) for rule, check in SCHEMA_CHECKS[direction] for finding in check(pair)], []
            )
            for step, child_old, child_new, child_at_root in _children(pair, direction):
                child: _PairKey = (id(child_old), id(child_new), direction, child_at_root)
                node.children.append((step, child))
                self._parents.setdefault(child, []).append(key)
                if child not in self.nodes:
                    stack.append((child, child_old, child_new))
        return root

    def mark_changes(self) -> None:
        """Mark every pair with a change at or below it, walking parent links up from each change."""
        todo = [key for key, node in self.nodes.items() if node.local]
        self._changed = set(todo)
        while todo:
            for parent in self._parents.get(todo.pop(), ()):
                if parent not in self._changed:
                    self._changed.add(parent)
                    todo.append(parent)

    def findings(self, root: _PairKey) -> Iterator[tuple[Rule, Finding]]:
        """The changes at and below ``root``, each changed pair once, at its shallowest path."""
        if root not in self._changed:
            return
        queue: deque[tuple[_PairKey, tuple[str, ...]]] = deque([(root, ())])
        seen = {root}
        while queue:
            key, path = queue.popleft()
            node = self.nodes[key]
            for rule, finding in node.local:
                yield rule, replace(finding, subject=(*path, *finding.subject))
            for step, child in node.children:
                if child in self._changed and child not in seen:
                    seen.add(child)
                    queue.append((child, (*path, step)))


def _children(pair: SchemaPair, direction: Direction) -> list[tuple[str, SchemaView, SchemaView, bool]]:
    """The pairs directly below: common properties, array items, matched union members."""
    base, revision = pair.base, pair.revision
    found: list[tuple[str, SchemaView, SchemaView, bool]] = []
    for name, old in base.properties.items():
        new = revision.properties.get(name)
        if new is not None and not hidden(old, direction) and not hidden(new, direction):
            found.append((name, old, new, False))
    if base.items is not None and revision.items is not None:
        found.append(("[]", base.items, revision.items, False))
    for keyword in ("oneOf", "anyOf"):
        members = revision.alternatives(keyword)
        pairs, _, _ = match_alternatives(base.alternatives(keyword), members)
        for old, new in pairs:
            found.append((f"({new.label(members.index(new))})", old, new, pair.at_root))
    return sorted(found, key=lambda item: item[0])


def _area(words: str, media_type: str, content: Mapping[str, object]) -> str:
    """``request body``, or ``request body (application/xml)`` when there is more than JSON."""
    return words if media_type == "application/json" and len(content) == 1 else f"{words} ({media_type})"


def _subject(subject: tuple[str, ...]) -> str:
    """``("tags", "[]", "name")`` -> ``tags[].name``; a body that is a list reads as its items."""
    text = ""
    for step in subject:
        if step == "[]" or step.startswith("("):
            text += step
        else:
            text += f".{step}" if text else step
    while text.startswith("[]"):
        text = text[2:].lstrip(".")
    return text or ("items" if subject else "")
