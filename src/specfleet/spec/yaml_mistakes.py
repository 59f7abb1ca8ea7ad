"""libyaml's syntax errors, said in terms of the mistake that usually causes them.

libyaml names the parser state (``found character that cannot start any token``), not the
character or the fix.  Each mistake people make in specs by hand is one small function of the
table below: it reads the error where libyaml stopped and says the fix, or passes (None).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import yaml


@dataclass(frozen=True)
class Stop:
    """Where libyaml stopped, and what it said."""

    problem: str
    context: str
    line_no: int  # 1-based
    found: str  # the character it stopped at
    before: str  # the line up to that character
    opened_at: str  # where the construct it was reading opened ("line 3, column 5", or "above")
    opened_line: int  # the line it opened on (1-based), else ``line_no``


Explanation = Callable[[Stop], str | None]
MISTAKES: list[Explanation] = []


def mistake(explain: Explanation) -> Explanation:
    """Register one explanation; the first that answers, in the order written, is the message."""
    MISTAKES.append(explain)
    return explain


def explain_yaml_error(exc: yaml.MarkedYAMLError, text: str) -> str:
    """libyaml's message, said in terms of the mistake that usually causes it."""
    problem, context = exc.problem or "", exc.context or ""
    mark, opened = exc.problem_mark, exc.context_mark
    if mark is None:
        return problem or context or "invalid YAML"
    line = _line_of(text, mark.line)
    stop = Stop(
        problem=problem,
        context=context,
        line_no=mark.line + 1,
        found=line[mark.column : mark.column + 1],
        before=line[: mark.column],
        opened_at=f"line {opened.line + 1}, column {opened.column + 1}" if opened is not None else "above",
        opened_line=opened.line + 1 if opened is not None else mark.line + 1,
    )
    for explain in MISTAKES:
        said = explain(stop)
        if said is not None:
            return said
    return f"{problem or context}" + (f" ({context} at {stop.opened_at})" if problem and context else "")


def _line_of(text: str, line: int) -> str:
    """Line ``line`` (0-based) of ``text``, without its line break."""
    start = 0
    for _ in range(line):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


@mistake
def tab(stop: Stop) -> str | None:
    if "tab character that violates indentation" not in stop.problem and not (
        "cannot start any token" in stop.problem and stop.found == "\t"
    ):
        return None
    if not stop.before.strip(" \t") or "violates indentation" in stop.problem:
        return f"a tab is indenting line {stop.line_no}; YAML indents with spaces only, so replace the tab with spaces"
    return f"a tab on line {stop.line_no} where YAML expects a value; use spaces"


@mistake
def reserved_start(stop: Stop) -> str | None:
    if "cannot start any token" not in stop.problem:
        return None
    if stop.found in ("@", "`"):
        return f"a plain value cannot start with {stop.found!r} (YAML reserves it); put the value in quotes"
    if stop.found == "%":
        return "a plain value cannot start with '%' (YAML reads it as a directive); put the value in quotes"
    return f"{stop.found!r} cannot start a value here; put the value in quotes"


@mistake
def second_colon(stop: Stop) -> str | None:
    if not stop.problem.startswith("mapping values are not allowed"):
        return None
    if ": " in stop.before or stop.before.rstrip().endswith(":"):
        return (
            f"a second ': ' on line {stop.line_no}; a value that contains ': ' must be quoted, "
            "e.g. summary: 'Note: this'"
        )
    return (
        f"line {stop.line_no} holds a 'key:' where YAML expects none: is it indented more than the key "
        "above it, or is the line above missing its ':'?"
    )


@mistake
def misaligned_key(stop: Stop) -> str | None:
    if not stop.problem.startswith("did not find expected key"):
        return None
    quote = stop.before.rstrip()[-1:]
    if stop.before.strip() and quote in ("'", '"'):
        hint = " (inside single quotes, write a ' twice: 'it''s')" if quote == "'" else ""
        return f"text after the closing quote on line {stop.line_no}; quote the whole value{hint}"
    return (
        f"line {stop.line_no} does not line up with the keys of the mapping that starts at {stop.opened_at}; "
        "check its indentation (or a missing ':')"
    )


@mistake
def outdented_top_level(stop: Stop) -> str | None:
    if not stop.problem.startswith("did not find expected <document start>"):
        return None
    return (
        f"line {stop.line_no} is indented less than the first key; all top-level keys start in the "
        "same column (usually the first)"
    )


@mistake
def list_after_key(stop: Stop) -> str | None:
    if not stop.problem.startswith("block sequence entries are not allowed"):
        return None
    return (
        f"a '- ' list item on line {stop.line_no} cannot follow its key on the same line; start the "
        "list on the next line, indented, or write it as [a, b]"
    )


@mistake
def key_without_colon(stop: Stop) -> str | None:
    if not (stop.problem.startswith("could not find expected ':'") and "simple key" in stop.context):
        return None
    return (
        f"line {stop.opened_line} has no ':'; a key needs one, and a long "
        "value that goes on over several lines must be indented under its key (or quoted)"
    )


@mistake
def key_among_items(stop: Stop) -> str | None:
    if not stop.problem.startswith("did not find expected '-' indicator"):
        return None
    return (
        f"line {stop.line_no} is a 'key: value' among the items of the list that starts at {stop.opened_at}; "
        "start a new item with '- ' or fix the indentation"
    )


@mistake
def unclosed_quote(stop: Stop) -> str | None:
    if not (stop.problem.startswith("found unexpected end of stream") and "quoted scalar" in stop.context):
        return None
    return f"the quoted string opened at {stop.opened_at} is never closed"


@mistake
def unknown_escape(stop: Stop) -> str | None:
    if not stop.problem.startswith("found unknown escape character"):
        return None
    return "unknown backslash escape in a double-quoted string; write '\\\\' for a backslash or use single quotes"


@mistake
def unclosed_bracket(stop: Stop) -> str | None:
    if not stop.problem.startswith("did not find expected ',' or"):
        return None
    bracket = "[" if "]" in stop.problem else "{"
    return (
        f"the '{bracket}' opened at {stop.opened_at} is not closed before line {stop.line_no}; "
        "add a ',' or the closing bracket"
    )
