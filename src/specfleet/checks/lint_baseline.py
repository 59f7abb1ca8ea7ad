"""Accepted lint findings: adopt a published spec as it is, and fail only on what is new.

``specs/<provider>/lint-baseline.toml`` lists the *style* findings a maintainer accepted
(like Redocly's ignore file).  An entry is keyed by rule, JSON pointer and message, never
by line, so editing elsewhere in the spec does not invalidate it.  Correctness findings
are never baselined: a spec with them cannot give a working client.  An entry that no
longer matches anything is reported, so the file stays honest.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from specfleet.checks.lint import RULES, Located
from specfleet.config import TomlLines
from specfleet.errors import Problem, SpecError
from specfleet.spec.refs import pointer_text

BASELINE_FILE = "lint-baseline.toml"
RULE = "baseline"

_HEADER = """\
# Lint findings accepted for this spec: `specfleet validate` fails only on findings not listed here.
# Rewrite it with `specfleet validate --write-baseline PROVIDER`; delete an entry to see it again.
"""


@dataclass(frozen=True, order=True)
class Entry:
    rule: str
    pointer: str  # a JSON pointer (RFC 6901) into the spec
    message: str


@dataclass
class Baseline:
    path: Path
    #: each entry, and the line of its ``[[accepted]]`` header (where a stale one is reported)
    entries: dict[Entry, int] = field(default_factory=dict)


@dataclass
class Filtered:
    """What is left of the findings, how many the baseline accepted, and its stale entries."""

    kept: list[Located]
    baselined: int
    stale: list[Problem]


def entry_of(located: Located) -> Entry:
    return Entry(located.problem.rule, pointer_text(located.pointer), located.problem.message)


def can_baseline(located: Located) -> bool:
    registered = RULES.get(located.problem.rule)
    return registered is not None and registered.kind == "style"


def load_baseline(path: Path) -> Baseline | None:
    """The baseline at ``path``, or None when there is none; a malformed one is a problem at its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SpecError(Problem(str(path), 1, 1, "error", RULE, f"cannot read: {exc.strerror}")) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(Problem(str(path), 1, 1, "error", RULE, f"invalid TOML: {exc}")) from None
    lines = TomlLines(text)
    baseline = Baseline(path)
    problems = []
    unknown = sorted(set(raw) - {"accepted"})
    if unknown:
        problems.append(
            Problem(str(path), lines.line_of((unknown[0],)), 1, "error", RULE, f"unknown key {unknown[0]!r}")
        )
    accepted = raw.get("accepted", [])
    for index, item in enumerate(accepted if isinstance(accepted, list) else []):
        line = lines.line_of(("accepted", index))
        if not (
            isinstance(item, dict)
            and set(item) == {"rule", "pointer", "message"}
            and all(isinstance(value, str) for value in item.values())
        ):
            problems.append(
                Problem(
                    str(path), line, 1, "error", RULE, "an entry has exactly `rule`, `pointer` and `message`"
                )
            )
            continue
        baseline.entries.setdefault(Entry(item["rule"], item["pointer"], item["message"]), line)
    if not isinstance(accepted, list):
        problems.append(
            Problem(str(path), 1, 1, "error", RULE, "`accepted` is a list of [[accepted]] tables")
        )
    if problems:
        raise SpecError(problems)
    return baseline


def apply_baseline(baseline: Baseline | None, found: Iterable[Located]) -> Filtered:
    """Drop the findings the baseline accepts; report its entries that match nothing."""
    found = list(found)
    if baseline is None:
        return Filtered(found, 0, [])
    kept, matched = [], set()
    for located in found:
        entry = entry_of(located)
        if can_baseline(located) and entry in baseline.entries:
            matched.add(entry)
        else:
            kept.append(located)
    stale = [
        Problem(
            str(baseline.path),
            line,
            1,
            "warning",
            RULE,
            f"accepted {entry.rule} finding at {entry.pointer or '/'} no longer occurs; remove the entry "
            "(or rewrite the file with --write-baseline)",
        )
        for entry, line in baseline.entries.items()
        if entry not in matched
    ]
    return Filtered(kept, len(found) - len(kept), sorted(stale))


def write_baseline(path: Path, found: Iterable[Located]) -> int:
    """Write every style finding as accepted, sorted so the file diffs cleanly; return how many."""
    entries = sorted({entry_of(located) for located in found if can_baseline(located)})
    blocks = [
        f"\n[[accepted]]\nrule = {_toml_string(entry.rule)}\npointer = {_toml_string(entry.pointer)}\n"
        f"message = {_toml_string(entry.message)}\n"
        for entry in entries
    ]
    path.write_text(_HEADER + "".join(blocks), encoding="utf-8")
    return len(entries)


def _toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes, less the surrogate pairs TOML does not allow."""
    escaped = json.dumps(value, ensure_ascii=False)
    return "".join(f"\\u{ord(char):04x}" if char == "\x7f" else char for char in escaped)
