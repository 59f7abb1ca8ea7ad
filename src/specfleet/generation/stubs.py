"""Signature-only twins (``.pyi``) of the generated models and operation modules.

A type checker reads a stub instead of the module beside it.  A big client has thousands of
model modules, each with long ``to_dict``/``from_dict`` bodies, and ``mypy`` would check every
one of them for a user script that touches four resources: a minute for OpenAI's spec against
seven seconds for the official SDK.  A stub keeps what a user's code is checked against (the
classes, their fields, every signature and docstring) and leaves the bodies out.

A stub is cut from the rendered module's own text (located by its syntax tree), never
rendered from the spec a second time, so the two cannot disagree about a name or a type; no
text is rewritten, only left out.  An attrs class becomes a plain class with the ``__init__``
attrs writes for it: mypy's attrs plugin costs more than the class.  The implementations are
still type-checked: pass the ``.py`` files to mypy by name (a directory is read through the
stubs).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from pathlib import Path

#: attrs' class decorators whose ``__init__`` :func:`_attrs_init` writes (``attrs.define`` and
#: its mutable alias); any other attrs decorator is kept, and mypy's plugin reads it.
ATTRS_DECORATORS = {("attrs", "define"), ("attrs", "mutable")}
#: attrs' functions that declare a field with options.
ATTRS_FIELDS = {("attrs", "field"), ("attr", "ib")}
#: The options of ``attrs.field`` that :func:`_attrs_init` reads or that leave ``__init__`` alone.
FIELD_OPTIONS = {"init", "default", "factory", "alias", "repr", "eq", "order", "hash", "metadata"}
#: What a stub adds so ``attrs.fields(Model)`` and ``attrs.evolve(model)`` still type-check.
_MARKER_IMPORTS = (
    "from typing import Any as _Any, ClassVar as _ClassVar\nfrom attrs import Attribute as _Attribute\n"
)
_MARKER = "__attrs_attrs__: _ClassVar[tuple[_Attribute[_Any], ...]]"
#: What every model has beside its fields: the request id of the answer it came from (the
#: runtime's descriptor in the class, which the stub declares by the type it reads as).
_REQUEST_ID = "_request_id: str | None"
#: Members a model's class binds to the runtime's objects: the stub declares what they read as.
_RUNTIME_ATTRIBUTES = {"__repr__", "_request_id"}

Imports = dict[str, tuple[str, str]]
_IDENTIFIER = re.compile(r"[^\W\d]\w*")


def _runtime_attribute(member: ast.stmt) -> bool:
    """``__repr__ = _masked_repr`` or ``_request_id = _REQUEST_ID`` in a model's class."""
    return (
        isinstance(member, ast.Assign)
        and len(member.targets) == 1
        and isinstance(member.targets[0], ast.Name)
        and member.targets[0].id in _RUNTIME_ATTRIBUTES
    )


def stub_text(source: str) -> str:
    """The ``.pyi`` for one module's source: every body ``...``, module-level calls dropped, and
    the imports only what is left uses (the names a body used are not part of the stub)."""
    tree = ast.parse(source)
    text = _Text(source)
    imported = _imported_names(tree.body)
    parts: list[str | ast.stmt] = []  # an import stays a node until every use is known
    used: set[str] = set()
    marked = False
    preamble = 0
    for statement in _without_implementations(tree.body):
        if _is_docstring(statement) or _is_future_import(statement):
            preamble = len(parts) + 1
        elif isinstance(statement, ast.Expr):
            continue  # a call run at import
        if isinstance(statement, ast.ClassDef):
            stub, attrs_class = _class_stub(statement, text, imported, used)
            marked |= attrs_class
            parts.append(stub)
        elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            parts.append(_function_stub(statement, text, used))
        elif isinstance(statement, ast.AnnAssign):
            parts.append(_declaration(statement, text, "", used))  # its type, not its value
        elif _is_import(statement) and not _is_future_import(statement):
            parts.append(statement)
        else:
            written = text.lines(statement)
            used |= _words(written)
            parts.append(written)
    for part in parts:  # a TYPE_CHECKING block that keeps an import keeps TYPE_CHECKING
        if isinstance(part, ast.If) and any(_bound(a) in used for i in part.body for a in _aliases(i)):
            used |= _words(text.segment(part.test))
    if marked:
        parts.insert(preamble, _MARKER_IMPORTS)
    return "".join(part if isinstance(part, str) else _imports(part, text, used) for part in parts)


def _aliases(statement: ast.stmt) -> list[ast.alias]:
    return statement.names if isinstance(statement, ast.Import | ast.ImportFrom) else []


def _is_import(statement: ast.stmt) -> bool:
    """An import, or an ``if TYPE_CHECKING:`` block of nothing but imports."""
    if isinstance(statement, ast.Import | ast.ImportFrom):
        return True
    return (
        isinstance(statement, ast.If)
        and isinstance(statement.test, ast.Name)
        and statement.test.id == "TYPE_CHECKING"
        and not statement.orelse
        and all(isinstance(inner, ast.Import | ast.ImportFrom) for inner in statement.body)
    )


def _imports(statement: ast.stmt, text: _Text, used: set[str]) -> str:
    """An import statement with only the names the stub uses (nothing when it uses none)."""
    if isinstance(statement, ast.If):
        kept = "".join(_imports(inner, text, used) for inner in statement.body)
        return f"{' ' * statement.col_offset}if TYPE_CHECKING:\n{kept}" if kept else ""
    assert isinstance(statement, ast.Import | ast.ImportFrom)
    names = [alias for alias in statement.names if _bound(alias) in used]
    if len(names) == len(statement.names):
        return text.lines(statement)
    if not names:
        return ""
    listed = ", ".join(alias.name + (f" as {alias.asname}" if alias.asname else "") for alias in names)
    indent = " " * statement.col_offset
    if isinstance(statement, ast.Import):
        return f"{indent}import {listed}\n"
    return f"{indent}from {'.' * statement.level}{statement.module or ''} import {listed}\n"


def _bound(alias: ast.alias) -> str:
    """The name an import binds: ``x`` for ``import x.y``, ``z`` for ``from m import y as z``."""
    return alias.asname or alias.name.split(".")[0]


def _words(written: str) -> set[str]:
    """The identifiers in some code: every name it may use (a word of a string too, which at worst
    keeps an import the stub could do without)."""
    return set(_IDENTIFIER.findall(written))


def write_stubs(modules: Iterable[Path]) -> None:
    """Write ``<module>.pyi`` beside each module (package ``__init__`` files are left alone)."""
    for module in modules:
        if module.name != "__init__.py":
            stub = stub_text(module.read_text(encoding="utf-8"))
            module.with_suffix(".pyi").write_text(stub, encoding="utf-8")


def implementation_files(package: Path) -> list[Path]:
    """Every ``.py`` under ``package``, for ``mypy`` to check the bodies its stubs leave out."""
    return sorted(path for path in package.rglob("*.py") if "__pycache__" not in path.parts)


class _Text:
    """A module's source, cut where its syntax tree says (the tree counts columns in UTF-8 bytes)."""

    def __init__(self, source: str) -> None:
        self._lines = source.splitlines(keepends=True)

    def _column(self, line: int, offset: int) -> int:
        text = self._lines[line - 1]
        return offset if text.isascii() else len(text.encode()[:offset].decode())

    def lines(self, node: ast.stmt) -> str:
        """The whole lines ``node`` spans (a statement of generated code has its lines to itself)."""
        assert node.end_lineno is not None
        return "".join(self._lines[node.lineno - 1 : node.end_lineno])

    def until(self, start: int, node: ast.stmt | ast.expr) -> str:
        """From the start of line ``start`` up to where ``node`` begins."""
        end = self._column(node.lineno, node.col_offset)
        return "".join(self._lines[start - 1 : node.lineno - 1]) + self._lines[node.lineno - 1][:end]

    def segment(self, node: ast.stmt | ast.expr) -> str:
        """Exactly ``node``'s text."""
        assert node.end_lineno is not None and node.end_col_offset is not None
        first, last = node.lineno, node.end_lineno
        begin, end = self._column(first, node.col_offset), self._column(last, node.end_col_offset)
        if first == last:
            return self._lines[first - 1][begin:end]
        middle = "".join(self._lines[first : last - 1])
        return self._lines[first - 1][begin:] + middle + self._lines[last - 1][:end]

    def annotation(self, node: ast.expr) -> str:
        """An annotation's text, in parentheses when it spans lines (so it stays one expression)."""
        written = self.segment(node)
        return f"({written})" if "\n" in written else written


def _function_stub(function: ast.FunctionDef | ast.AsyncFunctionDef, text: _Text, used: set[str]) -> str:
    """Decorators and signature as written, then the docstring, then ``...``."""
    start = function.decorator_list[0].lineno if function.decorator_list else function.lineno
    first = function.body[0]
    head = text.until(start, first)  # ends with the body's indentation, or after the colon
    used |= _words(head)
    if not _is_docstring(first):
        return head + "...\n"
    return f"{head}{text.segment(first)}\n{' ' * first.col_offset}...\n"


def _declaration(statement: ast.AnnAssign, text: _Text, indent: str, used: set[str]) -> str:
    annotation = text.annotation(statement.annotation)
    used |= _words(annotation)
    return f"{indent}{text.segment(statement.target)}: {annotation}\n"


def _class_stub(cls: ast.ClassDef, text: _Text, imported: Imports, used: set[str]) -> tuple[str, bool]:
    """The class with each method stubbed; an attrs class as a plain one (True) with attrs' ``__init__``."""
    decorator = _attrs_decorator(cls, imported)
    members = _without_implementations(cls.body)
    first = members[0]
    indent = " " * first.col_offset
    if decorator is None:
        start = cls.decorator_list[0].lineno if cls.decorator_list else cls.lineno
        parts = [text.until(start, first).rstrip(" ")]
    else:  # attrs' decorator goes, any other stays
        outer = " " * cls.col_offset
        parts = [f"{outer}@{text.segment(d)}\n" for d in cls.decorator_list if d is not decorator]
        parts.append(text.until(cls.lineno, first).rstrip(" "))
    used |= _words("".join(parts))  # kept decorators, bases
    if _is_docstring(first):
        parts.append(indent + text.segment(first) + "\n")
        members = members[1:]
    if decorator is not None:
        init, positional = _attrs_init(cls, decorator, text, imported, indent)
        parts += [
            f"{indent}{_MARKER}\n",
            f"{indent}{_REQUEST_ID}\n",
            f"{indent}__match_args__ = {tuple(positional)!r}\n",
        ]
    for member in members:
        if decorator is not None and _runtime_attribute(member):
            continue  # declared above for type checkers (``_request_id``), or object's own
        if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef):
            parts.append(_function_stub(member, text, used))
        elif isinstance(member, ast.ClassDef):
            parts.append(_class_stub(member, text, imported, used)[0])
        elif decorator is not None and isinstance(member, ast.AnnAssign) and not _is_class_var(member):
            parts.append(_declaration(member, text, indent, used))  # attrs' field: its value is in __init__
        else:
            parts.append(text.lines(member))
            used |= _words(parts[-1])
    if decorator is not None:
        parts.append(init)
    return "".join(parts), decorator is not None


def _attrs_init(
    cls: ast.ClassDef, decorator: ast.expr, text: _Text, imported: Imports, indent: str
) -> tuple[str, list[str]]:
    """The ``__init__`` attrs writes for ``cls``, and the fields it takes by position.

    Each annotated field in order is an argument, and a default makes it optional.
    ``field(init=False)`` leaves a field out, ``alias=`` renames its argument, and attrs takes
    a private field's leading underscores off its argument's name.  ``kw_only=True`` on the
    class makes every argument a keyword (and none positional for ``match``).
    """
    kw_only = isinstance(decorator, ast.Call) and any(
        k.arg == "kw_only" and isinstance(k.value, ast.Constant) and k.value.value is True
        for k in decorator.keywords
    )
    required: list[str] = []
    optional: list[str] = []
    fields: list[str] = []
    for statement in cls.body:
        if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
            continue
        if _is_class_var(statement):
            continue
        name = statement.target.id
        argument = name.lstrip("_") or name
        value = statement.value
        has_default = value is not None
        if isinstance(value, ast.Call) and _is_attrs_field(value, imported):
            options = {k.arg: k.value for k in value.keywords}
            in_init = options.get("init")
            if isinstance(in_init, ast.Constant) and in_init.value is False:
                continue
            alias = options.get("alias")
            if isinstance(alias, ast.Constant) and isinstance(alias.value, str):
                argument = alias.value
            has_default = "default" in options or "factory" in options
        fields.append(name)
        declared = f"{argument}: {text.annotation(statement.annotation)}"
        (optional if has_default else required).append(declared + (" = ..." if has_default else ""))
    arguments = ["self", *(["*"] if kw_only and fields else []), *required, *optional]
    return f"{indent}def __init__({', '.join(arguments)}) -> None: ...\n", [] if kw_only else fields


def _is_docstring(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


def _is_future_import(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.ImportFrom) and statement.module == "__future__"


def _imported_names(body: list[ast.stmt]) -> Imports:
    """Local name -> (module, name) for each ``from module import name [as local]``."""
    names: Imports = {}
    for statement in body:
        if isinstance(statement, ast.ImportFrom) and statement.module and not statement.level:
            for alias in statement.names:
                names[alias.asname or alias.name] = (statement.module, alias.name)
    return names


def _without_implementations(body: list[ast.stmt]) -> list[ast.stmt]:
    """``body`` less the implementation that follows a function's ``@overload`` variants."""
    kept: list[ast.stmt] = []
    overloaded: set[str] = set()
    for statement in body:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            if any(_name(d) == "overload" for d in statement.decorator_list):
                overloaded.add(statement.name)
            elif statement.name in overloaded:
                continue
        kept.append(statement)
    return kept


def _name(expression: ast.expr) -> str:
    """The name a decorator or annotation ends in (``overload``, ``typing.ClassVar`` -> ``ClassVar``)."""
    target = expression.func if isinstance(expression, ast.Call) else expression
    if isinstance(target, ast.Subscript):
        target = target.value
    if isinstance(target, ast.Attribute):
        return target.attr
    return target.id if isinstance(target, ast.Name) else ""


def _is_class_var(statement: ast.AnnAssign) -> bool:
    return _name(statement.annotation) == "ClassVar"


def _attrs_decorator(cls: ast.ClassDef, imported: Imports) -> ast.expr | None:
    """The ``attrs.define`` decorator of a class with no base whose ``__init__`` attrs writes."""
    if cls.bases or cls.keywords or any(_defines(s, "__init__") for s in cls.body):
        return None
    if not all(_field_understood(s, imported) for s in cls.body):
        return None
    for decorator in cls.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Name) and imported.get(target.id) in ATTRS_DECORATORS:
            keywords = decorator.keywords if isinstance(decorator, ast.Call) else []
            if all(k.arg in ("kw_only", "slots", "eq", "repr", "auto_attribs") for k in keywords):
                return decorator
    return None


def _field_understood(statement: ast.stmt, imported: Imports) -> bool:
    """Whether :func:`_attrs_init` knows every option of this field (``kw_only=`` per field, say, it does not)."""
    value = statement.value if isinstance(statement, ast.AnnAssign) else None
    if not (isinstance(value, ast.Call) and _is_attrs_field(value, imported)):
        return True
    return all(k.arg in FIELD_OPTIONS for k in value.keywords) and not value.args


def _defines(statement: ast.stmt, name: str) -> bool:
    return isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef) and statement.name == name


def _is_attrs_field(call: ast.Call, imported: Imports) -> bool:
    return isinstance(call.func, ast.Name) and imported.get(call.func.id) in ATTRS_FIELDS
