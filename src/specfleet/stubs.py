"""Signature-only twins (``.pyi``) of the generated models and operation modules.

A type checker reads a stub instead of the module beside it.  A big client has thousands of
model modules, each with long ``to_dict``/``from_dict`` bodies, and ``mypy`` would check every
one of them for a user script that touches four resources: a minute for OpenAI's spec against
seven seconds for the official SDK.  A stub keeps what a user's code is checked against (the
classes, their fields, every signature and docstring) and leaves the bodies out.

A stub is derived from the rendered module itself, never rendered from the spec a second
time, so the two cannot disagree about a name or a type.  An attrs class becomes a plain class
with the ``__init__`` attrs writes for it: mypy's attrs plugin costs more than the class.
The implementations are still type-checked: pass the ``.py`` files to mypy by name (a
directory would be read through the stubs).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

#: attrs' class decorators whose ``__init__`` :func:`_attrs_init` writes (``attrs.define`` and
#: its mutable alias); any other attrs decorator is kept, and mypy's plugin reads it.
ATTRS_DECORATORS = {("attrs", "define"), ("attrs", "mutable")}
#: The options of ``attrs.field`` that :func:`_attrs_init` reads or that leave ``__init__`` alone.
FIELD_OPTIONS = {"init", "default", "factory", "alias", "repr", "eq", "order", "hash", "metadata"}
#: What a stub adds so ``attrs.fields(Model)`` and ``attrs.evolve(model)`` still type-check.
_MARKER_IMPORTS = (
    "from typing import Any as _Any, ClassVar as _ClassVar\nfrom attrs import Attribute as _Attribute"
)
_MARKER = "__attrs_attrs__: _ClassVar[tuple[_Attribute[_Any], ...]]"


def stub_text(source: str) -> str:
    """The ``.pyi`` for one module's source: every body ``...``, module-level calls dropped."""
    tree = ast.parse(source)
    imported = _imported_names(tree.body)
    marked = False
    body: list[ast.stmt] = []
    for statement in _without_implementations(tree.body):
        if isinstance(statement, ast.Expr) and not _is_docstring(statement):
            continue  # a call run at import (``setattr(Model, "__repr__", ...)``)
        if isinstance(statement, ast.ClassDef):
            marked |= _stub_class(statement, imported)
        elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            _stub_function(statement)
        elif isinstance(statement, ast.AnnAssign):
            statement.value = None  # stubs declare a variable's type, not its value
        body.append(statement)
    if marked:
        body[_preamble_length(body) : _preamble_length(body)] = ast.parse(_MARKER_IMPORTS).body
    tree.body = body
    return ast.unparse(tree) + "\n"


def write_stubs(modules: Iterable[Path]) -> None:
    """Write ``<module>.pyi`` beside each module (package ``__init__`` files are left alone)."""
    for module in modules:
        if module.name != "__init__.py":
            text = stub_text(module.read_text(encoding="utf-8"))
            module.with_suffix(".pyi").write_text(text, encoding="utf-8")


def implementation_files(package: Path) -> list[Path]:
    """Every ``.py`` under ``package``, for ``mypy`` to check the bodies its stubs leave out."""
    return sorted(path for path in package.rglob("*.py") if "__pycache__" not in path.parts)


def _is_docstring(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


def _preamble_length(body: list[ast.stmt]) -> int:
    """How many statements open ``body`` and must stay first: its docstring, ``__future__`` imports."""
    length = 1 if body and _is_docstring(body[0]) else 0
    while length < len(body):
        statement = body[length]
        if not (isinstance(statement, ast.ImportFrom) and statement.module == "__future__"):
            break
        length += 1
    return length


def _imported_names(body: list[ast.stmt]) -> dict[str, tuple[str, str]]:
    """Local name -> (module, name) for each ``from module import name [as local]``."""
    names: dict[str, tuple[str, str]] = {}
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
            if any(_decorator_name(d) == "overload" for d in statement.decorator_list):
                overloaded.add(statement.name)
            elif statement.name in overloaded:
                continue
        kept.append(statement)
    return kept


def _decorator_name(decorator: ast.expr) -> str:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    if isinstance(target, ast.Attribute):
        return target.attr
    return target.id if isinstance(target, ast.Name) else ""


def _stub_function(function: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    docstring = function.body[:1] if function.body and _is_docstring(function.body[0]) else []
    function.body = [*docstring, ast.Expr(ast.Constant(...))]


def _stub_class(cls: ast.ClassDef, imported: dict[str, tuple[str, str]]) -> bool:
    """Stub ``cls`` in place; True when it was an attrs class and now carries attrs' marker."""
    body: list[ast.stmt] = []
    for statement in _without_implementations(cls.body):
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            _stub_function(statement)
        elif isinstance(statement, ast.ClassDef):
            _stub_class(statement, imported)
        body.append(statement)
    cls.body = body
    decorator = _attrs_decorator(cls, imported)
    if decorator is None:
        return False
    kw_only = isinstance(decorator, ast.Call) and any(
        k.arg == "kw_only" and isinstance(k.value, ast.Constant) and k.value.value is True
        for k in decorator.keywords
    )
    init, positional = _attrs_init(cls, imported, kw_only=kw_only)
    cls.decorator_list.remove(decorator)
    first = 1 if cls.body and _is_docstring(cls.body[0]) else 0
    # what attrs sets for ``match`` statements: the fields its __init__ takes by position
    match_args = ast.Assign(
        [ast.Name("__match_args__", ast.Store())], ast.Tuple([ast.Constant(n) for n in positional])
    )
    cls.body[first:first] = [ast.parse(_MARKER).body[0], ast.fix_missing_locations(match_args)]
    cls.body.append(init)
    return True


def _attrs_decorator(cls: ast.ClassDef, imported: dict[str, tuple[str, str]]) -> ast.expr | None:
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


def _field_understood(statement: ast.stmt, imported: dict[str, tuple[str, str]]) -> bool:
    """Whether :func:`_attrs_init` knows every option of this field (``kw_only=`` per field, say, it does not)."""
    value = statement.value if isinstance(statement, ast.AnnAssign) else None
    if not (isinstance(value, ast.Call) and _is_attrs_field(value, imported)):
        return True
    return all(k.arg in FIELD_OPTIONS for k in value.keywords) and not value.args


def _defines(statement: ast.stmt, name: str) -> bool:
    return isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef) and statement.name == name


def _attrs_init(
    cls: ast.ClassDef, imported: dict[str, tuple[str, str]], *, kw_only: bool
) -> tuple[ast.FunctionDef, list[str]]:
    """The ``__init__`` attrs writes, and the fields it takes by position.

    Each annotated field in order is an argument, and a default makes it optional.

    ``field(init=False)`` leaves a field out, ``alias=`` renames its argument, and attrs takes
    a private field's leading underscores off its argument's name.  Each field's value is
    removed from the stub (``x: int``), as stubs write class attributes.
    """
    required: list[ast.arg] = []
    optional: list[ast.arg] = []
    fields: list[str] = []
    for statement in cls.body:
        if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
            continue
        if _is_class_var(statement.annotation):
            continue
        name = statement.target.id
        argument_name = name.lstrip("_") or name
        value = statement.value
        statement.value = None
        has_default = value is not None
        if isinstance(value, ast.Call) and _is_attrs_field(value, imported):
            options = {k.arg: k.value for k in value.keywords}
            in_init = options.get("init")
            if isinstance(in_init, ast.Constant) and in_init.value is False:
                continue
            alias = options.get("alias")
            if isinstance(alias, ast.Constant) and isinstance(alias.value, str):
                argument_name = alias.value
            has_default = "default" in options or "factory" in options
        fields.append(name)
        argument = ast.arg(argument_name, statement.annotation)
        (optional if has_default else required).append(argument)
    [init] = ast.parse("def __init__(self) -> None: ...").body  # the node's fields vary by Python
    assert isinstance(init, ast.FunctionDef)
    if kw_only:
        init.args.kwonlyargs = [*required, *optional]
        init.args.kw_defaults = [None] * len(required) + [ast.Constant(...)] * len(optional)
    else:
        init.args.args += [*required, *optional]
        init.args.defaults = [ast.Constant(...)] * len(optional)
    return ast.fix_missing_locations(init), [] if kw_only else fields


def _is_class_var(annotation: ast.expr) -> bool:
    target = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    return _decorator_name(target) == "ClassVar"


def _is_attrs_field(call: ast.Call, imported: dict[str, tuple[str, str]]) -> bool:
    return isinstance(call.func, ast.Name) and imported.get(call.func.id) in {
        ("attrs", "field"),
        ("attr", "ib"),
    }
