"""Read a JSON spec with the same guarantees as a YAML one: a position for every node.

libyaml reads most JSON, but not all of it (tabs between tokens, ``\\/`` escapes) and
its events cost as much as YAML's.  This small decoder walks the text once with the
stdlib's C string scanner, keeps the line and column of every key and value, and
refuses duplicate keys with both of their lines instead of keeping the last one.
Strings in JSON never hold a raw line break, so lines are counted in whitespace only.
"""

from __future__ import annotations

import json.decoder
import re
from collections.abc import Callable
from json.decoder import JSONDecodeError
from pathlib import Path
from typing import Any

from specfleet.errors import Problem, SpecError
from specfleet.load import MAX_DEPTH, Mark, Pointer

#: The stdlib's C string scanner (``json.decoder.scanstring``), which typeshed does not declare.
_scanstring: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_CLOSERS = {"{": "}", "[": "]"}


class _Decoder:
    """A recursive-descent JSON reader that records ``Mark``s as it goes."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self.pos = 0
        self.line = 1
        self.line_start = 0
        self.marks: dict[Pointer, Mark] = {}

    # -- positions and errors ------------------------------------------------------------------

    def skip(self) -> str:
        """Skip whitespace, counting lines; return the next character ('' at the end)."""
        text, pos = self.text, self.pos
        end = _WS.match(text, pos).end()  # type: ignore[union-attr]  # matches the empty string
        if end != pos:
            newline = text.rfind("\n", pos, end)
            if newline >= 0:
                self.line += text.count("\n", pos, end)
                self.line_start = newline + 1
            self.pos = end
        return text[end : end + 1]

    def here(self) -> Mark:
        return Mark(self.line, self.pos - self.line_start + 1)

    def at(self, offset: int) -> Mark:
        """The mark of any offset (used only on the error path)."""
        line = self.text.count("\n", 0, offset) + 1
        return Mark(line, offset - (self.text.rfind("\n", 0, offset) + 1) + 1)

    def fail(self, message: str, mark: Mark | None = None) -> SpecError:
        mark = mark or self.here()
        return SpecError(Problem(str(self.path), mark.line, mark.column, "error", "json", message))

    def unexpected(self, found: str, expected: str) -> SpecError:
        if not found:
            return self.fail(f"the file ends where {expected} was expected")
        if found == "'":
            return self.fail('JSON strings use double quotes ("), not single quotes')
        if found in "/#":
            return self.fail("comments are not allowed in JSON; remove them (or write the spec in YAML)")
        return self.fail(f"expected {expected}, found {found!r}")

    # -- values ---------------------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        first = self.skip()
        if not first:
            raise self.fail('the file is empty; a spec is an object starting with "openapi"')
        if first != "{":
            raise self.fail('the document is not an object; a spec starts with {"openapi": "3.1.0"')
        self.marks[()] = self.here()
        data = self.value((), 0)
        if self.skip():
            raise self.fail("more text after the end of the JSON document; keep one spec per file")
        assert isinstance(data, dict)
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
                if len(literal) > 4000:
                    raise self.fail("an integer with more than 4000 digits")
                return int(literal)
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
                    raise self.fail(
                        "a string is not closed on its line (JSON strings cannot span lines)", mark
                    ) from None
                raise self.fail(f"a raw control character {found!r} in a string; escape it", mark) from None
            if exc.msg.startswith("Unterminated"):
                raise self.fail("a string is never closed", self.at(start)) from None
            raise self.fail(f"{exc.msg.lower()} in a string", mark) from None
        return result

    def object(self, pointer: Pointer, depth: int) -> dict[str, Any]:
        if depth >= MAX_DEPTH:
            raise self.fail(f"nesting deeper than {MAX_DEPTH} levels")
        opened = self.here()
        marks = self.marks
        result: dict[str, Any] = {}
        self.pos += 1
        char = self.skip()
        if char == "}":
            self.pos += 1
            return result
        while True:
            if char != '"':
                if not char:
                    raise self.fail(f"the file ends before the '{{' at line {opened.line} is closed")
                if char == "}":
                    raise self.fail("a comma before '}': JSON allows no trailing comma; remove it")
                raise self.unexpected(char, "a key in double quotes")
            mark = self.here()
            key = self.string()
            if key in result:
                first = marks[(*pointer, key)]
                where = f"line {first.line}" if first.line != mark.line else f"column {first.column}"
                raise self.fail(
                    f"duplicate key {key!r} (first at {where}); a JSON reader would silently keep "
                    "only the last one, so remove or rename one of them",
                    mark,
                )
            if self.skip() != ":":
                raise self.unexpected(self.text[self.pos : self.pos + 1], f"':' after the key {key!r}")
            self.pos += 1
            self.skip()
            child = (*pointer, key)
            result[key] = self.value(child, depth + 1)
            # A key's mark is more useful than its value's: it is where the reader looks.
            marks[child] = mark
            char = self.skip()
            if char == ",":
                self.pos += 1
                char = self.skip()
                continue
            if char == "}":
                self.pos += 1
                return result
            if not char:
                raise self.fail(f"the file ends before the '{{' at line {opened.line} is closed")
            if char == '"':
                raise self.fail(f"a ',' is missing after the value of {key!r}")
            raise self.unexpected(char, f"',' or '}}' after the value of {key!r}")

    def array(self, pointer: Pointer, depth: int) -> list[Any]:
        if depth >= MAX_DEPTH:
            raise self.fail(f"nesting deeper than {MAX_DEPTH} levels")
        opened = self.here()
        marks = self.marks
        result: list[Any] = []
        self.pos += 1
        char = self.skip()
        if char == "]":
            self.pos += 1
            return result
        while True:
            if char == "]":
                raise self.fail("a comma before ']': JSON allows no trailing comma; remove it")
            child = (*pointer, len(result))
            marks[child] = self.here()
            result.append(self.value(child, depth + 1))
            char = self.skip()
            if char == ",":
                self.pos += 1
                char = self.skip()
                continue
            if char == "]":
                self.pos += 1
                return result
            if not char:
                raise self.fail(f"the file ends before the '[' at line {opened.line} is closed")
            raise self.unexpected(char, "',' or ']' after an item")


def parse_json(path: Path, text: str) -> tuple[dict[str, Any], dict[Pointer, Mark]]:
    """The data of a JSON spec and the mark of every node; ``SpecError`` at the offending line."""
    decoder = _Decoder(path, text)
    return decoder.document(), decoder.marks
