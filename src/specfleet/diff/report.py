"""Reports of a diff: a terminal listing, a pull-request comment, stable JSON, a changelog entry."""

from __future__ import annotations

import datetime
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from specfleet.diff.engine import PYTHON_API, DiffResult
from specfleet.diff.model import LEVELS, Change, Level
from specfleet.diff.review import Review
from specfleet.diff.semver import parse_version

LEVEL_WORDS: dict[Level, str] = {"ERR": "breaking", "WARN": "possibly breaking", "INFO": "safe"}


def describe_bump(bump: str, base: str | None, after: str | None, arrow: str = "->") -> tuple[str, str]:
    """The bump and how it moves the version: ``("major", " (0.1.0 -> 0.2.0; below 1.0 the minor moves)")``.

    The name is always the bump the changes need, the one JSON reports; below 1.0 semver's
    convention (:func:`specfleet.diff.semver.next_version`) moves the next part down, and the
    note says so rather than renaming the bump.
    """
    if base is None or after is None:
        return bump, ""
    if after == base:
        return bump, f" (stays {base})"
    moved = f" ({base} {arrow} {after})"
    try:
        old, new = parse_version(base), parse_version(after)
    except ValueError:
        return bump, moved
    name = next(part for part, a, b in zip(("major", "minor", "patch"), old, new, strict=True) if a != b)
    if name != bump:
        return bump, f" ({base} {arrow} {after}; below 1.0 the {name} moves)"
    return bump, moved


def _bump(review: Review, arrow: str = "->") -> tuple[str, str]:
    return describe_bump(review.result.bump, review.base_version, review.next_version, arrow)


def verdict(review: Review) -> str:
    """One sentence: does this provider pass, and if not, what would make it pass."""
    if review.note:
        return review.note
    failing = review.failing
    accepted = sum(1 for change in review.result.changes if change.accepted and change.breaking)
    if not failing:
        return (
            f"passes ({accepted} breaking change{'s' if accepted != 1 else ''} accepted)"
            if accepted
            else "passes"
        )
    if review.bump_recorded:
        return f"passes: version {review.recorded_version} is already recorded"
    distinct = distinct_count(failing)
    count = f"{distinct} breaking change{'s' if distinct != 1 else ''} not accepted"
    if distinct != len(failing):
        count += f" ({len(failing):,} counted per operation)"
    fix = f"record version {review.next_version}" if review.next_version else "bump the major version"
    return f"fails: {count}; {fix} or accept them in diff-ignore.toml"


def source_of(change: Change) -> tuple[str, str]:
    """A change as written once: its rule and where (a shared component's node is one place)."""
    return change.id, change.source or change.location or change.headline


def distinct_count(changes: Sequence[Change]) -> int:
    """How many changes a reviewer reads: one per rule and source, however many operations reach it."""
    return len({source_of(change) for change in changes})


def _tally(count: int, reached: int, what: str = "") -> str:
    """``23 ERR`` or ``23 ERR (9,186 per operation)``."""
    shown = f"{count} {what}".rstrip()
    return shown if count == reached else f"{shown} ({reached:,} per operation)"


def _where(review: Review, change: Change) -> str:
    if change.line is None:
        return review.file
    return f"{change.file or review.file}:{change.line}:{change.column}"


# --- text ------------------------------------------------------------------------------------------


#: A terminal listing stops after this many groups per spec; ``--format json`` has them all.
TEXT_LIMIT = 200


def render_text(reviews: Sequence[Review], *, limit: int = TEXT_LIMIT) -> str:
    """For a terminal: ``file:line:col: LEVEL rule-id: message``, one line per change as written.

    Grouped like the markdown report: a change written once in a shared component is one line
    with the operations it reaches; at most ``limit`` lines per spec, then a pointer to JSON.
    """
    lines: list[str] = []
    for index, review in enumerate(reviews):
        result = review.result
        head = f"{review.name}: "
        if review.note:
            lines.append(head + review.note)
            continue
        if not result.changes:
            lines.append(head + "no changes")
            continue
        counts = ", ".join(
            _tally(distinct_count(found), len(found), level)
            for level in LEVELS
            if (found := _at_level(result, level))
        )
        counts = counts or f"{len(review.surface)} Python API change(s)"  # a rename, an upgrade
        name, move = _bump(review)
        lines.append(f"{head}{counts}; bump {name}{move}; {verdict(review)}")
        grouped: _Grouped = {}
        shown = total = 0
        for level in LEVELS:
            _, groups = _grouped(grouped, index, review, level)
            total += len(groups)
            for group in groups[: max(0, limit - shown)]:
                lines.append(_text_line(review, group))
                shown += 1
        if total > shown:
            lines.append(f"  … and {total - shown} more (see --format json)")
        lines.extend(f"  note: unused ignore entry {e.rule} {e.operation}" for e in review.unused)
        if review.surface:
            lines.append("  Python API of the generated package:")
            lines.extend(
                f"    {'breaking' if change.breaking else 'added'}: {change.message}"
                for change in review.surface
            )
        if review.surface_note:
            lines.append(f"  note: {review.surface_note}")
    return "\n".join(lines) + "\n"


def _text_line(review: Review, group: _Group) -> str:
    change = group.first
    accepted = f" [accepted: {change.reason}]" if change.accepted else ""
    operations = group.operations
    if len(operations) <= 1:
        text = change.headline
    else:
        listed = ", ".join(operations[:3]) + (", …" if len(operations) > 3 else "")
        text = f"{change.message} ({len(operations)} operations: {listed})"
    return f"  {_where(review, change)}: {change.judged} {change.id}: {text}{accepted}"


def _at_level(result: DiffResult, level: Level) -> list[Change]:
    return [
        change for change in result.changes if change.judged == level and not change.id.startswith(PYTHON_API)
    ]


# --- markdown --------------------------------------------------------------------------------------


def summary_line(reviews: Sequence[Review]) -> str:
    """``2 of 4 specs changed; 1 with breaking changes (numind); **1 failing** (numind)``."""
    if not reviews:
        return "No spec changed"
    changed = [review for review in reviews if review.result.changes]
    failing = [review for review in reviews if not review.ok]
    breaking = [review for review in reviews if review.result.breaking]
    parts = [f"{len(changed)} of {len(reviews)} spec{'s' if len(reviews) != 1 else ''} changed"]
    if breaking:
        parts.append(f"{len(breaking)} with breaking changes ({', '.join(r.name for r in breaking)})")
    if failing:
        parts.append(f"**{len(failing)} failing** ({', '.join(r.name for r in failing)})")
    else:
        parts.append("all pass")
    return "; ".join(parts)


#: GitHub refuses a pull-request comment longer than this.
COMMENT_LIMIT = 65_536


@dataclass
class _Group:
    """One change as a reviewer reads it: written once at its source, reached many ways."""

    first: Change  # the change with the shortest message: the most direct way to it
    operations: list[str]
    count: int = 1  # how many (operation, property path) pairs report it
    #: ``operations`` as a set: a group of Stripe's reaches thousands of operations
    seen: set[str] = field(default_factory=set)


def _groups(changes: Sequence[Change]) -> list[_Group]:
    """Changes of one rule at one source (a node of a shared component) become one group.

    oasdiff reports a change once per operation and per property path that reaches it; a
    component shared by hundreds of Stripe operations, reached through nested expansions,
    is tens of thousands of those.  Grouped by where it is written, it is one line.
    """
    groups: dict[tuple[str, str], _Group] = {}
    for change in changes:
        key = source_of(change)
        group = groups.get(key)
        if group is None:
            operations = [change.operation] if change.operation else []
            groups[key] = _Group(change, operations, seen=set(operations))
            continue
        group.count += 1
        if len(change.message) < len(group.first.message):
            group.first = change
        if change.operation and change.operation not in group.seen:
            group.seen.add(change.operation)
            group.operations.append(change.operation)
    return list(groups.values())


def _group_lines(review: Review, group: _Group, listed: int) -> list[str]:
    """A group's bullet; the operations it affects in a collapsed list of at most ``listed``."""
    change = group.first
    where = f" (`{_where(review, change)}`)" if change.line is not None else ""
    accepted = f" — accepted: {change.reason}" if change.accepted else ""
    theirs = f" (oasdiff: {change.level})" if change.level != change.judged else ""
    operations = group.operations
    if len(operations) <= 1:
        head = f"{operations[0]}: " if operations else ""
        return [f"- `{change.id}`{theirs} {_escape(head + change.message)}{where}{accepted}"]
    lines = [
        f"- `{change.id}`{theirs} {_escape(change.message)}{where}{accepted} — {len(operations)} operations",
        f"  <details><summary>{len(operations)} operations</summary>",
        "",
    ]
    lines += [f"  - {_escape(operation)}" for operation in operations[:listed]]
    if len(operations) > listed:
        lines.append(f"  - … and {len(operations) - listed} more (see `--format json`)")
    lines += ["", "  </details>"]
    return lines


def render_markdown(reviews: Sequence[Review], *, base: str | None = None, limit: int = COMMENT_LIMIT) -> str:
    """A pull-request comment: a summary line, then per provider the changes grouped by level.

    A change written once in a shared component is listed once, at its source, with the
    operations it reaches collapsed below it.  The comment fits ``limit`` characters:
    breaking changes always stay; safe ones and long operation lists give way first.
    """
    grouped: _Grouped = {}
    for listed, keep_safe in ((1000, True), (50, True), (10, True), (10, False), (3, False)):
        text = _markdown(reviews, base, listed, keep_safe, grouped)
        if len(text) <= limit:
            return text
    return (
        text[: limit - 80].rsplit("\n", 1)[0] + "\n\n… (report cut to fit a comment; see `--format json`)\n"
    )


#: each review's changes by level, grouped: worked out once for all attempts at fitting a comment
_Grouped = dict[tuple[int, Level], tuple[int, list[_Group]]]


def _grouped(grouped: _Grouped, index: int, review: Review, level: Level) -> tuple[int, list[_Group]]:
    """How many changes ``review`` has at ``level``, and their groups."""
    found = grouped.get((index, level))
    if found is None:
        changes = [
            change
            for change in review.result.changes
            if change.judged == level and not change.id.startswith(PYTHON_API)  # shown in their own section
        ]
        found = grouped[index, level] = (len(changes), _groups(changes))
    return found


def _markdown(
    reviews: Sequence[Review], base: str | None, listed: int, keep_safe: bool, grouped: _Grouped
) -> str:
    against = f" against `{base}`" if base else ""
    out = [f"## API diff{against}", "", summary_line(reviews) + ".", ""]
    for index, review in enumerate(reviews):
        result = review.result
        out.append(f"### {review.name}")
        out.append("")
        if review.note or not result.changes:
            out += [review.note or "No changes.", ""]
            continue
        name, move = _bump(review, "→")
        out.append(f"Bump: **{name}**{move} — {verdict(review)}.")
        out.append("")
        for level in LEVELS:
            count, groups = _grouped(grouped, index, review, level)
            if not count:
                continue
            tally = f"{len(groups)}" if len(groups) == count else f"{len(groups)}; {count:,} per operation"
            out.append(f"#### {level} — {LEVEL_WORDS[level]} ({tally})")
            out.append("")
            if level == "INFO" and not keep_safe:
                counts = Counter(group.first.id for group in groups)
                out += [f"- `{rule}` × {count}" for rule, count in sorted(counts.items())]
                out += ["", "(safe changes summarised to fit a comment; see `--format json`)", ""]
                continue
            for group in groups:
                out += _group_lines(review, group, listed)
            out.append("")
        for entry in review.unused:
            out.append(f"> Unused ignore entry: `{entry.rule}` {entry.operation}")
        if review.surface:
            breaking = [change for change in review.surface if change.breaking]
            added = [change for change in review.surface if not change.breaking]
            tally = f" ({len(breaking)} breaking)" if breaking else ""
            out += [f"#### Python API of the generated package{tally}", ""]
            out += [f"- **breaking**: {_escape(change.message)}" for change in breaking]
            if keep_safe:
                out += [f"- added: {_escape(change.message)}" for change in added]
            elif added:
                out.append(f"- {len(added)} additions (see `--format json`)")
            out.append("")
        if review.surface_note:
            out += [f"> {review.surface_note}", ""]
    return "\n".join(out).rstrip("\n") + "\n"


_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.DOTALL)


def _escape(text: str) -> str:
    """Keep Markdown from reading ``_`` or ``*`` in a message as markup; code spans stay as written.

    Backslash escapes do not work inside backticks (they would show), and code spans need
    none: only the text between them is escaped.
    """
    out, last = [], 0
    for match in _CODE_SPAN.finditer(text):
        out.append(_escape_plain(text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_escape_plain(text[last:]))
    return "".join(out)


def _escape_plain(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")


# --- json ------------------------------------------------------------------------------------------


def review_json(review: Review) -> dict[str, Any]:
    """One provider in the stable shape: changes, breaking, bump, versions and the verdict."""
    result = review.result
    return {
        "changes": [change.as_json() for change in result.changes],
        "breaking": result.breaking,
        "bump": result.bump,
        "version": review.base_version,
        "next_version": review.next_version,
        "recorded_version": review.recorded_version,
        "bump_recorded": review.bump_recorded,
        "ok": review.ok,
        "file": review.file,
        "note": review.note,
        "python_api": [change.as_json() for change in review.surface],
        "python_api_note": review.surface_note,
    }


def render_json(reviews: Sequence[Review], *, base: str | None = None, per_provider: bool = True) -> str:
    """``{"providers": {name: {...}}, "breaking", "ok"}``, or the one review's object for two files."""
    if not per_provider and len(reviews) == 1:
        payload = review_json(reviews[0])
    else:
        payload = {
            "base": base,
            "providers": {review.name: review_json(review) for review in reviews},
            "breaking": any(review.result.breaking for review in reviews),
            "ok": all(review.ok for review in reviews),
        }
    return json.dumps(payload, indent=2) + "\n"


# --- changelog -------------------------------------------------------------------------------------

_SECTIONS = ("Breaking changes", "Added", "Deprecated", "Changed", "Documentation")


def _section(change: Change) -> str:
    if change.breaking:
        return "Breaking changes"
    return {"added": "Added", "deprecated": "Deprecated", "docs": "Documentation"}.get(change.kind, "Changed")


def changelog_entry(result: DiffResult, version: str, date: datetime.date | str) -> str:
    """A CHANGELOG.md entry for ``version``: the changes in words, grouped by what they mean."""
    day = date.isoformat() if isinstance(date, datetime.date) else date
    out = [f"## {version} - {day}", ""]
    if not result.changes:
        return "\n".join([*out, "No changes to the API.", ""])
    for section in _SECTIONS:
        seen: dict[str, None] = {}
        for change in result.changes:
            if _section(change) == section:
                seen.setdefault(change.headline)
        if seen:
            out += [f"### {section}", "", *(f"- {message}" for message in seen), ""]
    return "\n".join(out)
