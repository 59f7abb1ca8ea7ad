"""Load a spec file into plain data that remembers where every node came from.

PyYAML's own loaders silently keep the last of two duplicate keys, construct
arbitrary tagged objects and expand alias bombs without limit.  We read
libyaml's event stream (C speed) and build JSON-compatible data ourselves, so
every value has a line and column and every hostile construct is refused with
one.  Scalars follow the YAML 1.2 core schema, as openapi-python-client's own
reader (ruamel) does: ``on``/``yes`` stay strings, dates stay strings.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from specfleet._process.gc_pause import collector_paused
from specfleet.errors import Problem, SpecError
from specfleet.spec.document import MAX_DEPTH, Document, Mark, Pointer, duplicate_key
from specfleet.spec.yaml_mistakes import explain_yaml_error

try:  # libyaml is what makes loading a 4 MB spec take a fraction of a second
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - wheels of PyYAML ship libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


#: How many nodes the aliases of one document may expand to, in total.
MAX_ALIAS_EXPANSION = 100_000


# YAML 1.2 core schema resolution of plain scalars.
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT_RE = re.compile(r"[-+]?[0-9]+\Z")
_OCT_RE = re.compile(r"0o[0-7]+\Z")
_HEX_RE = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT_RE = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_INF_RE = re.compile(r"[-+]?\.(inf|Inf|INF)\Z")
_NAN_RE = re.compile(r"\.(nan|NaN|NAN)\Z")


def _plain_scalar(text: str) -> Any:
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    first = text[0]
    if first.isdigit() or first in "+-.":
        if _INT_RE.match(text):
            return int(text, 10)
        if _OCT_RE.match(text):
            return int(text[2:], 8)
        if _HEX_RE.match(text):
            return int(text[2:], 16)
        if _FLOAT_RE.match(text):
            return float(text)
        if _INF_RE.match(text):
            return -math.inf if text[0] == "-" else math.inf
        if _NAN_RE.match(text):
            return math.nan
    return text


class _Builder:
    """Turns a libyaml event stream into data plus marks, refusing what a spec must not hold."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.marks: dict[Pointer, Mark] = {}
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.expanded = 0

    def fail(self, event: Any, message: str) -> SpecError:
        mark = event.start_mark
        return SpecError(Problem(str(self.path), mark.line + 1, mark.column + 1, "error", "yaml", message))

    def build(self, events: Iterator[Any], any_value: bool = False) -> Any:
        """The document's data: a mapping, or with ``any_value`` any YAML value (a referenced file)."""
        next(events)  # StreamStart
        start = next(events)
        if isinstance(start, yaml.StreamEndEvent):
            raise self.fail(start, "the file is empty; a spec is a mapping starting with `openapi: 3.1.0`")
        first = next(events)
        if not isinstance(first, yaml.MappingStartEvent) and not any_value:
            raise self.fail(first, "the document is not a mapping; a spec starts with `openapi: 3.1.0`")
        data, _ = self.node(first, events, (), 0)
        next(events)  # DocumentEnd
        after = next(events)
        if not isinstance(after, yaml.StreamEndEvent):
            raise self.fail(after, "a second YAML document in the same file; keep one spec per file")
        return data

    def node(self, event: Any, events: Iterator[Any], pointer: Pointer, depth: int) -> tuple[Any, int]:
        """Build the node that starts with ``event``; return it and its node count."""
        self.marks[pointer] = Mark(event.start_mark.line + 1, event.start_mark.column + 1)
        value: Any
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in self.anchors:
                raise self.fail(event, f"alias *{event.anchor} has no anchor before it")
            value, size = self.anchors[event.anchor]
            self.expanded += size
            if self.expanded > MAX_ALIAS_EXPANSION:
                raise self.fail(
                    event,
                    f"aliases expand to more than {MAX_ALIAS_EXPANSION} nodes (an alias bomb?); "
                    "write the repeated part once under `components` and `$ref` it",
                )
            return value, size
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!":
            raise self.fail(event, f"YAML tag {tag!r} is not allowed in a spec; remove it")
        if depth > MAX_DEPTH:
            raise self.fail(event, f"nesting deeper than {MAX_DEPTH} levels")
        if isinstance(event, yaml.ScalarEvent):
            value = _plain_scalar(event.value) if event.style is None or event.style == "" else event.value
            size = 1
        elif isinstance(event, yaml.SequenceStartEvent):
            value, size = self.sequence(events, pointer, depth)
        elif isinstance(event, yaml.MappingStartEvent):
            value, size = self.mapping(events, pointer, depth)
        else:  # pragma: no cover - libyaml emits nothing else inside a document
            raise self.fail(event, f"unexpected YAML event {type(event).__name__}")
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, size)
        return value, size

    def sequence(self, events: Iterator[Any], pointer: Pointer, depth: int) -> tuple[list[Any], int]:
        items: list[Any] = []
        size = 1
        for event in events:
            if isinstance(event, yaml.SequenceEndEvent):
                return items, size
            item, item_size = self.node(event, events, (*pointer, len(items)), depth + 1)
            items.append(item)
            size += item_size
        raise AssertionError("unterminated sequence")  # pragma: no cover

    def mapping(self, events: Iterator[Any], pointer: Pointer, depth: int) -> tuple[dict[str, Any], int]:
        result: dict[str, Any] = {}
        key_marks: dict[str, Mark] = {}
        size = 1
        for event in events:
            if isinstance(event, yaml.MappingEndEvent):
                return result, size
            if not isinstance(event, yaml.ScalarEvent):
                raise self.fail(event, "a mapping key must be a plain string, not a collection or alias")
            if event.tag is not None and event.tag != "!":
                raise self.fail(event, f"YAML tag {event.tag!r} is not allowed in a spec; remove it")
            key = event.value
            here = Mark(event.start_mark.line + 1, event.start_mark.column + 1)
            if key == "<<" and event.style is None:
                raise self.fail(event, "merge keys (`<<`) are not allowed; write the keys out or use `$ref`")
            if key in key_marks:
                first = key_marks[key]
                error = duplicate_key(
                    self.path,
                    here.line,
                    here.column,
                    f"duplicate key {key!r} (first at line {first.line}); YAML would silently keep "
                    "only the last one, so remove or rename one of them",
                )
                if error is not None:
                    raise error
            key_marks[key] = here
            value_event = next(events)
            value, value_size = self.node(value_event, events, (*pointer, key), depth + 1)
            # A key's mark is more useful than its value's: it is where the reader looks.
            self.marks[(*pointer, key)] = here
            result[key] = value
            size += value_size
        raise AssertionError("unterminated mapping")  # pragma: no cover


def _decode(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SpecError(
            Problem(str(path), line, column, "error", "encoding", "the file is not UTF-8; save it as UTF-8")
        ) from None


def load_text(path: Path, text: str, any_value: bool = False) -> Document:
    """Build a :class:`Document` from ``text``, naming ``path`` in every error.

    A ``.json`` file is read as JSON (see :mod:`specfleet.spec.load_json`), anything else as YAML.
    ``any_value``: the file is referenced from a spec, and may hold any value (a list of
    servers, a single string), not only the mapping a spec starts with.
    """
    if path.suffix.lower() == ".json":
        from specfleet.spec.load_json import parse_json  # it builds on this module's Mark

        data, marks = parse_json(path, text, any_value)
        return Document(path=path, data=data, marks=marks, text=text)
    builder = _Builder(path)
    try:
        data = builder.build(yaml.parse(text, Loader=_Loader), any_value)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise SpecError(
            Problem(
                str(path),
                line,
                column,
                "error",
                "yaml",
                f"YAML syntax error: {explain_yaml_error(exc, text)}",
            )
        ) from None
    except yaml.YAMLError as exc:  # reader errors: control characters and the like
        raise SpecError(Problem(str(path), 1, 1, "error", "yaml", f"YAML error: {exc}")) from None
    return Document(path=path, data=data, marks=builder.marks, text=text)


def load_document(path: Path, shown_as: Path | None = None, any_value: bool = False) -> Document:
    """Read and load the spec at ``path``, naming it ``shown_as`` (default ``path``) in messages."""
    name = path if shown_as is None else shown_as
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError(
            Problem(str(name), 1, 1, "error", "io", f"cannot read the file: {exc.strerror}")
        ) from None
    # A 4 MB spec is a million small objects that all live on: the collector would walk them
    # again and again while they are built, freeing nothing.
    with collector_paused():
        return load_text(name, _decode(name, raw), any_value)
