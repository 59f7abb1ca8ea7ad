"""Check every ``$ref`` before anything follows one.

openapi-spec-validator 0.9.0 follows external references by itself: it reads any
local file (and prints it in its error) and fetches URLs.  So nothing reaches it
until each ``$ref`` is known to point inside the spec, or into a file in the spec's
own folder (its provider folder, and below), at something that exists, and no chain
of references loops on itself.  Only then does :mod:`specfleet.spec.bundle` follow them.

A ``$ref`` to a whole ``.md`` or ``.txt`` file stands for that file's text, as in
Redocly's layout (``description: {$ref: ./intro.md}``); the bundler inlines it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from specfleet.errors import Problem, SpecError
from specfleet.spec.document import Document, Mark, Pointer
from specfleet.spec.load import load_document

RULE = "ref-safe"
#: What a lenient run reports, as a warning, where it replaced a ``$ref`` it cannot follow by ``Any``.
LOOSENED_RULE = "ref-unresolved"
#: Files a ``$ref`` reads as spec data; any other file in the spec's folder stands for its text
#: (Redocly-style ``description: {$ref: ./intro.md}``, code samples in ``.py`` or ``.sh``).
DATA_SUFFIXES = (".yaml", ".yml", ".json")


def is_text_file(file: Path) -> bool:
    """Whether a ``$ref`` to ``file`` stands for its text rather than for data in it."""
    return file.suffix.lower() not in DATA_SUFFIXES


def in_extension(pointer: Pointer) -> bool:
    """Whether ``pointer`` lies inside an ``x-`` extension, whose content tools pass on unread."""
    return any(isinstance(part, str) and part.startswith("x-") for part in pointer)


#: Keys whose value is data (a JSON value the spec shows or sends), never a reference to follow.
_DATA_KEYS = frozenset({"example", "default", "const", "enum"})
#: Keys whose value maps names (chosen by the spec's author) to objects: the next part is a name.
_NAMED_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas", "examples",
     "responses", "parameters", "headers", "content", "callbacks", "links", "securitySchemes",
     "requestBodies", "pathItems", "paths", "webhooks", "variables", "encoding", "mapping", "scopes"}
)  # fmt: skip


def in_data(pointer: Pointer) -> bool:
    """Whether ``pointer`` lies inside a value the spec gives as data: an ``example``, a
    ``default``, ``const`` or ``enum``, a schema's list of ``examples``, an Example's ``value``.

    A ``{"$ref": "https://..."}`` there is what the example looks like, not a reference:
    nothing follows it, and it is kept as written.
    """
    name_next = False
    for index, part in enumerate(pointer):
        if name_next:  # a name in a map: a property called "example" is a schema, not data
            name_next = False
            continue
        following = pointer[index + 1] if index + 1 < len(pointer) else None
        if part in _DATA_KEYS and (following is not None or index == len(pointer) - 1 and index > 0):
            return True
        if part == "examples" and isinstance(following, int):
            return True
        if part == "value" and index >= 2 and pointer[index - 2] == "examples" and following is not None:
            return True
        name_next = part in _NAMED_MAPS
    return False


def in_description(pointer: Pointer) -> bool:
    """Whether ``pointer`` (of a ``$ref`` key) is a reference written as a ``description``."""
    return len(pointer) >= 2 and pointer[-2] == "description" and not in_data(pointer)


def iter_refs(data: Any, pointer: Pointer = ()) -> Iterator[tuple[Pointer, str]]:
    """Yield ``(pointer of the $ref key, target)`` for every reference, depth first (none in data)."""
    stack: list[tuple[Pointer, Any]] = [(pointer, data)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not in_data((*here, "$ref")):
                yield (*here, "$ref"), ref
            stack.extend(((*here, key), value) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend(((*here, index), value) for index, value in reversed(list(enumerate(node))))


def refs_below(node: Any) -> Iterator[str]:
    """Every ``$ref`` string written below ``node``, examples included: what a part of a spec
    names, for callers that cut or widen parts (no pointers kept, so a walk over a whole spec
    stays cheap)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(value for value in item.values() if isinstance(value, dict | list))
        elif isinstance(item, list):
            stack.extend(value for value in item if isinstance(value, dict | list))


def parse_fragment(fragment: str) -> Pointer:
    """``/components/schemas/Pet`` -> ``("components", "schemas", "Pet")`` (RFC 6901 unescaped)."""
    if not fragment:
        return ()
    if not fragment.startswith("/"):
        raise ValueError("a JSON pointer starts with '/'")
    return tuple(unquote(part).replace("~1", "/").replace("~0", "~") for part in fragment[1:].split("/"))


def pointer_text(pointer: Pointer) -> str:
    """``("paths", "/pets", "get")`` -> ``/paths/~1pets/get``: the inverse of :func:`parse_fragment`."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in pointer)


def lookup(data: Any, pointer: Pointer) -> Any:
    """The node at ``pointer``; ``KeyError`` when there is none."""
    node = data
    for part in pointer:
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
        elif isinstance(node, list) and str(part).isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(part)
    return node


class RefChecker:
    """Checks the references of one spec and of the sibling files it points into.

    Files may be referenced only inside the folder of the spec the checker starts
    from (and, when ``root`` is given, inside ``root`` as well): nothing else is read.
    """

    def __init__(
        self,
        document: Document,
        root: Path | None = None,
        location: Path | None = None,
        *,
        lenient: bool = False,
    ) -> None:
        """``location`` is the file ``document`` was read from, when its ``path`` only names it.

        ``lenient``: a ``$ref`` that is safe but leads nowhere (a missing pointer or file, a
        loop) is not an error but one of :attr:`loosened`, for :func:`loosen` to replace by
        ``Any``.  Unsafe ones (a URL, a file outside the folder) stay errors, except inside an
        ``x-`` extension, whose content tools pass on unread: there they are dropped too.
        """
        self.document = document
        self.lenient = lenient
        #: (document, pointer of the ``$ref`` key, why) for each reference a lenient run drops
        self.loosened: list[tuple[Document, Pointer, str]] = []
        #: where (in the root document) and to what each reference :func:`loosen` replaced by ``Any`` was
        self.unresolved: list[tuple[Pointer, str]] = []
        real = (location or document.path).resolve()
        self.folder = real.parent
        self.root = root.resolve() if root is not None else None
        #: every loaded file, by resolved path; text files (``.md``) hold no data, only text
        self.documents: dict[Path, Document] = {real: document}
        #: id(document) -> the resolved file it was read from (its ``path`` is how it is shown)
        self.files: dict[int, Path] = {id(document): real}
        self.unreadable: set[Path] = set()
        self.problems: list[Problem] = []
        #: the same problems, as (document, pointer, message), for callers that place them themselves
        self.findings: list[tuple[Document, Pointer, str]] = []

    def check(self) -> list[Problem]:
        for pointer, target in iter_refs(self.document.data):
            self._check_one(self.document, pointer, target)
        return self.problems

    def allows(self, file: Path) -> bool:
        """Whether ``file`` (resolved) lies where this spec may read."""
        inside = file.is_relative_to(self.folder)
        return inside and (self.root is None or file.is_relative_to(self.root))

    def shown(self, file: Path) -> Path:
        """How a file in the spec's folder is named in messages: beside the root spec, as it is named."""
        return self.document.path.parent / file.relative_to(self.folder)

    def _fail(self, document: Document, pointer: Pointer, message: str, *, unsafe: bool = False) -> None:
        if self.lenient and (not unsafe or in_extension(pointer) or in_description(pointer)):
            if unsafe and in_description(pointer):
                message += "; the address is kept as its text, unread"
            elif unsafe:
                message += "; inside an extension it is dropped, unread"
            self.loosened.append((document, pointer, message))
            return
        self.problems.append(document.problem(pointer, RULE, message))
        self.findings.append((document, pointer, message))

    def _check_one(self, document: Document, pointer: Pointer, target: str) -> None:
        parts = urlsplit(target)
        if (parts.scheme or parts.netloc) and in_description(pointer):
            self._fail(
                document,
                pointer,
                f"$ref {target!r} as a description names a page outside the spec; specfleet never "
                "fetches it. Write the description as text",
                unsafe=True,
            )
            return
        if parts.scheme or parts.netloc:
            self._fail(
                document,
                pointer,
                f"$ref {target!r} points outside the spec; specfleet never fetches or reads it. "
                "Copy the schema under `components` and use a local `#/...` reference",
                unsafe=True,
            )
            return
        try:
            fragment = parse_fragment(parts.fragment)
        except ValueError:
            self._fail(
                document,
                pointer,
                f"$ref {target!r}: the part after '#' must be a JSON pointer like '#/components/schemas/Pet'",
            )
            return
        if parts.path:
            file = (self.files[id(document)].parent / unquote(parts.path)).resolve()
            if not self.allows(file):
                self._fail(
                    document,
                    pointer,
                    f"$ref {target!r} leaves the spec's folder {self.folder.name}/; only files in it "
                    "(and below) may be referenced",
                    unsafe=True,
                )
                return
            if not file.is_file():
                self._fail(
                    document,
                    pointer,
                    f"$ref {target!r}: no such file {file.relative_to(self.folder)} in the spec's folder",
                )
                return
            if is_text_file(file):
                if fragment:
                    self._fail(
                        document, pointer, f"$ref {target!r}: a text file is referenced whole, without '#'"
                    )
                else:
                    self._load_text(file, self.shown(file))
                return
            target_doc = self._load(file, self.shown(file))
            if target_doc is None:
                return
        else:
            target_doc = document
        self._resolve_chain(document, pointer, target_doc, fragment, target)

    def _resolve_chain(
        self, document: Document, pointer: Pointer, target_doc: Document, fragment: Pointer, target: str
    ) -> None:
        """Follow ``$ref``-only nodes from the target, failing on a missing pointer or a loop."""
        seen: list[tuple[Path, Pointer]] = []
        while True:
            key = (self.files[id(target_doc)], fragment)
            if key in seen:
                loop = [str(part[-1]) if part else "root" for _, part in seen[seen.index(key) :]]
                self._fail(
                    document,
                    pointer,
                    f"$ref {target!r} loops back on itself without reaching a schema: "
                    f"{' -> '.join([*loop, loop[0]])}",
                )
                return
            seen.append(key)
            try:
                node = lookup(target_doc.data, fragment)
            except KeyError:
                self._fail(
                    document,
                    pointer,
                    f"$ref {target!r} points to nothing: {'/'.join(map(str, fragment)) or 'root'} does not exist",
                )
                return
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return
            parts = urlsplit(node["$ref"])
            if parts.scheme or parts.netloc:
                return  # reported on its own when that document's references are walked
            try:
                fragment = parse_fragment(parts.fragment)
            except ValueError:
                return
            if parts.path:  # a hop into another file: follow it, so loops across files are found too
                file = (self.files[id(target_doc)].parent / unquote(parts.path)).resolve()
                if not self.allows(file) or not file.is_file() or is_text_file(file):
                    return
                hop = self._load(file, self.shown(file))
                if hop is None:
                    return
                target_doc = hop

    def _load(self, file: Path, shown_as: Path) -> Document | None:
        if file in self.documents:
            return self.documents[file]
        if file in self.unreadable:  # its problems are reported once, not at every reference
            return None
        try:
            # read what was checked, show what was written; a referenced file may hold any value
            loaded = load_document(file, shown_as, any_value=True)
        except SpecError as exc:
            self.problems.extend(exc.problems)
            self.unreadable.add(file)
            return None
        self.documents[file] = loaded
        self.files[id(loaded)] = file
        for pointer, target in iter_refs(loaded.data):
            self._check_one(loaded, pointer, target)
        return loaded

    def _load_text(self, file: Path, shown_as: Path) -> None:
        if file in self.documents or file in self.unreadable:
            return
        self.unreadable.add(file)  # until it is read below
        try:
            text = file.read_bytes()
            self.documents[file] = loaded = Document(shown_as, {}, {(): Mark(1, 1)}, text.decode("utf-8-sig"))
            self.files[id(loaded)] = file
            self.unreadable.discard(file)
        except UnicodeDecodeError:
            self.problems.append(
                Problem(str(shown_as), 1, 1, "error", RULE, "the file is not UTF-8; save it as UTF-8")
            )
        except OSError as exc:
            self.problems.append(
                Problem(str(shown_as), 1, 1, "error", "io", f"cannot read the file: {exc.strerror}")
            )


def loosen(checker: RefChecker) -> list[Problem]:
    """Replace each reference a lenient check could not follow by ``Any``; warn at each.

    The ``$ref`` key goes and its siblings (a description) stay: an empty schema is ``Any`` to
    every tool, and elsewhere (a response, a parameter) the schema check and the generator's
    repair loop say what is still missing.
    """
    warnings = []
    for document, pointer, message in checker.loosened:
        holder = lookup(document.data, pointer[:-1])
        if in_description(pointer) and isinstance(holder, dict):
            lookup(document.data, pointer[:-2])["description"] = str(holder.get("$ref"))
        elif isinstance(holder, dict):
            if isinstance(holder.get("$ref"), str) and document is checker.document:
                checker.unresolved.append((pointer[:-1], holder["$ref"]))
            holder.pop("$ref", None)
        warnings.append(document.problem(pointer, LOOSENED_RULE, f"typed loosely: {message}", "warning"))
    return warnings


def check_refs(document: Document, root: Path | None = None) -> list[Problem]:
    """Problems with the references of ``document``; empty when every one is safe to follow."""
    return RefChecker(document, root).check()
