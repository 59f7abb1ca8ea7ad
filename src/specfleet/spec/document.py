"""A loaded spec: its plain data, and the file, line and column of every node, as every stage reads it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from specfleet.errors import Problem, SpecError

Pointer = tuple[str | int, ...]

#: Set by a lenient load: where a duplicate key goes as a warning (the last one kept, as every
#: YAML and JSON reader keeps it) instead of stopping the load.
DUPLICATE_KEYS: ContextVar[list[Problem] | None] = ContextVar("duplicate_keys", default=None)

DUPLICATE_RULE = "duplicate-key"


def duplicate_key(path: Path, line: int, column: int, message: str) -> SpecError | None:
    """The error for a duplicate key, or ``None`` when a lenient load records it as a warning."""
    found = DUPLICATE_KEYS.get()
    if found is None:
        return SpecError(
            Problem(
                str(path),
                line,
                column,
                "error",
                "yaml" if path.suffix.lower() != ".json" else "json",
                message,
            )
        )
    found.append(
        Problem(
            str(path),
            line,
            column,
            "warning",
            DUPLICATE_RULE,
            message.split(";")[0] + "; the last one is kept",
        )
    )
    return None


#: How deep collections may nest before we call the document hostile.
MAX_DEPTH = 200


@dataclass(frozen=True, order=True)
class Mark:
    """A 1-based line and column in a source file."""

    line: int
    column: int


class SourceMap(Mapping[Pointer, Mark]):
    """The marks of a bundled document: its root file's own, plus subtrees other files gave it.

    ``origins`` maps a pointer of the bundled document to the loaded file its subtree was
    written in and where in that file, so a problem below it is placed at that file's line.
    It travels inside ``marks`` so that a copy of the document made with new data and the
    same marks (as repairs do) still places problems in the right file.
    """

    def __init__(
        self, own: Mapping[Pointer, Mark], origins: Mapping[Pointer, tuple[Document, Pointer]]
    ) -> None:
        self.own = own
        self.origins = origins

    def __getitem__(self, pointer: Pointer) -> Mark:
        return self.own[pointer]

    def __iter__(self) -> Iterator[Pointer]:
        return iter(self.own)

    def __len__(self) -> int:
        return len(self.own)


@dataclass(frozen=True)
class Document:
    """A loaded spec: its plain data and the source position of every node."""

    path: Path
    data: dict[str, Any]
    marks: Mapping[Pointer, Mark] = field(repr=False)
    text: str = field(repr=False, default="")
    #: where and to what each ``$ref`` a lenient load replaced by ``Any`` was (lint counts them as uses)
    unresolved: tuple[tuple[Pointer, str], ...] = field(repr=False, default=())

    @property
    def origins(self) -> Mapping[Pointer, tuple[Document, Pointer]]:
        """Subtrees that came from other files (empty unless the spec was bundled)."""
        return self.marks.origins if isinstance(self.marks, SourceMap) else {}

    def locate(self, pointer: Pointer) -> tuple[Document, Pointer]:
        """The loaded file ``pointer`` was written in, and its pointer inside that file."""
        pointer = tuple(pointer)
        origins = self.origins
        if origins:
            for end in range(len(pointer), 0, -1):
                origin = origins.get(pointer[:end])
                if origin is not None:
                    source, base = origin
                    return source, (*base, *pointer[end:])
        return self, pointer

    def mark(self, pointer: Pointer) -> Mark:
        """Where ``pointer`` starts, or its nearest ancestor that exists, in the file it came from."""
        return self.where(pointer)[1]

    def where(self, pointer: Pointer) -> tuple[Path, Mark]:
        """The file and position of ``pointer``; the file differs from ``path`` in bundled specs."""
        source, pointer = self.locate(pointer)
        marks = source.marks
        while pointer:
            found = marks.get(pointer)
            if found is not None:
                return source.path, found
            pointer = pointer[:-1]
        return source.path, marks.get((), Mark(1, 1))

    def problem(self, pointer: Pointer, rule: str, message: str, level: str = "error") -> Problem:
        path, mark = self.where(pointer)
        return Problem(str(path), mark.line, mark.column, level, rule, message)
