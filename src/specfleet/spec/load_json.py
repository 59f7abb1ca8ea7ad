"""Read a JSON spec with the same guarantees as a YAML one: a position for every node.

libyaml reads most JSON, but by YAML's rules: it takes comments, single quotes and
trailing commas that JSON forbids, refuses keys longer than 1024 characters, and
with our event builder it costs as much as YAML (about 1 s for Stripe's 5 MB).
So a JSON spec is read in two steps, each only when it pays:

* the stdlib's C parser reads the data (0.15 s for Stripe), refusing duplicate
  keys, ``NaN`` and nesting deeper than ``MAX_DEPTH``; a valid spec needs no
  positions until something is reported about it;
* a small position-tracking decoder (:class:`_Decoder`, built on the same C string
  scanner) finds the line and column of every node the first time ``marks`` is
  asked for, and reads every file the fast path refused, so each error (duplicate
  keys with both their lines) comes from it, at the right line.
"""

from __future__ import annotations

import json.decoder
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from json.decoder import JSONDecodeError
from pathlib import Path
from typing import Any

from specfleet.errors import Problem, SpecError
from specfleet.spec.document import MAX_DEPTH, Mark, Pointer, duplicate_key

#: The stdlib's C string scanner (``json.decoder.scanstring``), which typeshed does not declare.
_scanstring: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
_WS = re.compile(r"[ \t\n\r]*")
#: whitespace, ':' and whitespace: what follows every key
_COLON = re.compile(r"[ \t\n\r]*:[ \t\n\r]*")
#: whitespace, the character that ends a member or item, and whitespace
_AFTER = re.compile(r"[ \t\n\r]*([,}\]])[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")


class _Decoder:
    """A recursive-descent JSON reader that records ``Mark``s as it goes.

    ``pos`` is the offset of the next unread character; lines are found by bisecting
    the offsets of the line breaks, so whitespace is skipped by one regex in C.
    """

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self.pos = 0
        self.newlines = [match.start() for match in re.finditer("\n", text)]
        self.marks: dict[Pointer, Mark] = {}

    # -- positions and errors ------------------------------------------------------------------

    def skip(self) -> str:
        """Skip whitespace; return the next character ('' at the end)."""
        self.pos = end = _WS.match(self.text, self.pos).end()  # type: ignore[union-attr]  # always matches
        return self.text[end : end + 1]

    def at(self, offset: int) -> Mark:
        line = bisect_left(self.newlines, offset)
        return Mark(line + 1, offset - (self.newlines[line - 1] + 1 if line else 0) + 1)

    def fail(self, message: str, mark: Mark | None = None) -> SpecError:
        mark = mark or self.at(self.pos)
        return SpecError(Problem(str(self.path), mark.line, mark.column, "error", "json", message))

    def unexpected(self, found: str, expected: str) -> SpecError:
        if not found:
            return self.fail(f"the file ends where {expected} was expected")
        if found == "'":
            return self.fail('JSON strings use double quotes ("), not single quotes')
        if found in "/#":
            return self.fail("comments are not allowed in JSON; remove them (or write the spec in YAML)")
        return self.fail(f"expected {expected}, found {found!r}")

    def unclosed(self, opened: int) -> SpecError:
        bracket = self.text[opened]
        return self.fail(f"the file ends before the '{bracket}' at line {self.at(opened).line} is closed")

    # -- values ---------------------------------------------------------------------------------

    def document(self, any_value: bool = False) -> Any:
        """The file's data: an object, or with ``any_value`` any JSON value (a referenced file)."""
        first = self.skip()
        if not first:
            raise self.fail('the file is empty; a spec is an object starting with "openapi"')
        if any_value and first != "{":
            self.marks[()] = self.at(self.pos)
            data = self.value((), 0)
            if self.skip():
                raise self.fail("more text after the end of the JSON document; keep one value per file")
            return data
        if first != "{":
            raise self.fail('the document is not an object; a spec starts with {"openapi": "3.1.0"')
        self.marks[()] = self.at(self.pos)
        data = self.object((), 0)
        if self.skip():
            raise self.fail("more text after the end of the JSON document; keep one spec per file")
        return data

    def value(self, pointer: Pointer, depth: int) -> Any:
        """The value starting at ``self.pos`` (whitespace already skipped)."""
        text, pos = self.text, self.pos
        char = text[pos : pos + 1]
        if char == '"':
            return self.string()
        if char == "{":
            return self.object(pointer, depth)
        if char == "[":
            return self.array(pointer, depth)
        number = _NUMBER.match(text, pos)
        if number is not None:
            self.pos = number.end()
            literal = number.group()
            if number.group(1) is None and number.group(2) is None:
                try:
                    return int(literal)
                except ValueError:  # longer than Python converts (4300 digits)
                    raise self.fail("an integer too long to read", self.at(pos)) from None
            return float(literal)
        for word, result in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                self.pos = pos + len(word)
                return result
        if text.startswith(("NaN", "Infinity", "-Infinity"), pos):
            raise self.fail("NaN and Infinity are not JSON numbers")
        raise self.unexpected(char, "a value (a string, number, object, array, true, false or null)")

    def string(self) -> str:
        start = self.pos
        try:
            result, self.pos = _scanstring(self.text, start + 1, True)
        except JSONDecodeError as exc:
            mark = self.at(exc.pos)
            if exc.msg.startswith("Invalid control character"):
                found = self.text[exc.pos]
                if found == "\n":
                    message = "a string is not closed on its line (JSON strings cannot span lines)"
                    raise self.fail(message, mark) from None
                raise self.fail(f"a raw control character {found!r} in a string; escape it", mark) from None
            if exc.msg.startswith("Unterminated"):
                raise self.fail("a string is never closed", self.at(start)) from None
            raise self.fail(f"{exc.msg.lower()} in a string", mark) from None
        return result

    def object(self, pointer: Pointer, depth: int) -> dict[str, Any]:
        if depth >= MAX_DEPTH:
            raise self.fail(f"nesting deeper than {MAX_DEPTH} levels")
        text, marks, newlines = self.text, self.marks, self.newlines
        opened = self.pos
        result: dict[str, Any] = {}
        self.pos += 1
        char = self.skip()
        if char == "}":
            self.pos += 1
            return result
        while True:
            if char != '"':
                raise self._not_a_key(char, opened)
            start = self.pos
            line = bisect_left(newlines, start)
            mark = Mark(line + 1, start - (newlines[line - 1] + 1 if line else 0) + 1)
            key = self.string()
            if key in result:
                self._duplicate(marks[(*pointer, key)], key, mark)
            colon = _COLON.match(text, self.pos)
            if colon is None:
                raise self.unexpected(self.skip(), f"':' after the key {key!r}")
            self.pos = colon.end()
            child = (*pointer, key)
            if text.startswith('"', self.pos):  # most values are strings: skip the dispatch
                result[key] = self.string()
            else:
                result[key] = self.value(child, depth + 1)
            # A key's mark is more useful than its value's: it is where the reader looks.
            marks[child] = mark
            after = _AFTER.match(text, self.pos)
            if after is None or after.group(1) == "]":
                raise self._not_after_value(key, opened)
            self.pos = after.end()
            if after.group(1) == "}":
                self.pos = after.end(1)
                return result
            char = text[self.pos : self.pos + 1]

    def _not_a_key(self, char: str, opened: int) -> SpecError:
        """What is wrong where an object's key should start."""
        if not char:
            return self.unclosed(opened)
        if char == "}":
            return self.fail("a comma before '}': JSON allows no trailing comma; remove it")
        return self.unexpected(char, "a key in double quotes")

    def _duplicate(self, first: Mark, key: str, mark: Mark) -> None:
        """A key written twice in one object: an error, unless a lenient load records it as a warning."""
        where = f"line {first.line}" if first.line != mark.line else f"column {first.column}"
        error = duplicate_key(
            self.path,
            mark.line,
            mark.column,
            f"duplicate key {key!r} (first at {where}); a JSON reader would silently keep "
            "only the last one, so remove or rename one of them",
        )
        if error is not None:
            raise error

    def _not_after_value(self, key: str, opened: int) -> SpecError:
        """What is wrong after the value of ``key``, where a ',' or '}' should be."""
        char = self.skip()
        if not char:
            return self.unclosed(opened)
        if char == '"':
            return self.fail(f"a ',' is missing after the value of {key!r}")
        return self.unexpected(char, f"',' or '}}' after the value of {key!r}")

    def array(self, pointer: Pointer, depth: int) -> list[Any]:
        if depth >= MAX_DEPTH:
            raise self.fail(f"nesting deeper than {MAX_DEPTH} levels")
        text, marks = self.text, self.marks
        opened = self.pos
        result: list[Any] = []
        self.pos += 1
        char = self.skip()
        if char == "]":
            self.pos += 1
            return result
        while True:
            if char == "]":
                raise self.fail("a comma before ']': JSON allows no trailing comma; remove it")
            if not char:
                raise self.unclosed(opened)
            child = (*pointer, len(result))
            marks[child] = self.at(self.pos)
            result.append(self.value(child, depth + 1))
            after = _AFTER.match(text, self.pos)
            if after is None or after.group(1) == "}":
                char = self.skip()
                if not char:
                    raise self.unclosed(opened)
                raise self.unexpected(char, "',' or ']' after an item")
            self.pos = after.end()
            if after.group(1) == "]":
                self.pos = after.end(1)
                return result
            char = text[self.pos : self.pos + 1]


class LazyMarks(Mapping[Pointer, Mark]):
    """The marks of a JSON spec, found by :class:`_Decoder` the first time one is asked for."""

    def __init__(self, path: Path, text: str, any_value: bool = False) -> None:
        self.path = path
        self.any_value = any_value
        self.text: str | None = text
        self._marks: dict[Pointer, Mark] | None = None

    @property
    def marks(self) -> dict[Pointer, Mark]:
        if self._marks is None:
            assert self.text is not None
            decoder = _Decoder(self.path, self.text)
            decoder.document(self.any_value)
            self._marks, self.text = decoder.marks, None
        return self._marks

    def __getitem__(self, pointer: Pointer) -> Mark:
        return self.marks[pointer]

    def __iter__(self) -> Iterator[Pointer]:
        return iter(self.marks)

    def __len__(self) -> int:
        return len(self.marks)


class _Refused(Exception):
    """The fast path met something only the position-tracking decoder can explain."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Refused
    return result


def _no_constant(name: str) -> Any:
    raise _Refused


def _too_deep(data: Any) -> bool:
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth >= MAX_DEPTH:
            return True
        if isinstance(node, dict):
            stack.extend((value, depth + 1) for value in node.values() if isinstance(value, (dict, list)))
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node if isinstance(value, (dict, list)))
    return False


def parse_json(path: Path, text: str, any_value: bool = False) -> tuple[Any, Mapping[Pointer, Mark]]:
    """The data of a JSON spec and the mark of every node; ``SpecError`` at the offending line.

    ``any_value``: a file a spec references may hold any JSON value, not only an object.
    """
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except (_Refused, ValueError, RecursionError):
        data = None  # JSONDecodeError is a ValueError, as is an integer too long to convert
    if (isinstance(data, dict) or (any_value and data is not None)) and not _too_deep(data):
        return data, LazyMarks(path, text, any_value)
    decoder = _Decoder(path, text)  # raises with the line; returns only if the fast path was wrong
    return decoder.document(any_value), decoder.marks
