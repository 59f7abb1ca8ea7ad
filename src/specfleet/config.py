"""Each provider's client settings (``specs/<provider>/client.toml``); where things live: :mod:`specfleet.layout`."""

from __future__ import annotations

import contextlib
import json
import keyword
import os
import re
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from specfleet.errors import Problem, SpecError

#: What a generated client imports at run time: a package of the same name would shadow it.
CLIENT_DEPENDENCIES = frozenset({"httpx", "attr", "attrs", "dateutil"})


def _not_a_keyword(name: str) -> str:
    """A keyword is no function, argument or package name: the generated code would not compile."""
    if keyword.iskeyword(name):
        raise ValueError(f"{name!r} is a Python keyword; choose another name")
    return name


def _importable_package(name: str) -> str:
    """A package named like a standard-library module or a client dependency shadows it on import."""
    if name in sys.stdlib_module_names:
        raise ValueError(f"{name!r} is a standard-library module: the client would shadow it")
    if name in CLIENT_DEPENDENCIES:
        raise ValueError(f"{name!r} is a module the client itself imports: the client would shadow it")
    return name


Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z_][a-z0-9_]*$"), AfterValidator(_not_a_keyword)]
PackageName = Annotated[Identifier, AfterValidator(_importable_package)]
Version = Annotated[str, StringConstraints(pattern=r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TokenLogin(_Strict):
    """A helper that trades credentials for a token through one of the provider's operations.

    ``timeular_client.sign_in(api_key, api_secret)`` is one: it posts ``arguments`` as the
    body of ``operation`` and binds the response's ``token_field`` to ``scheme``.
    """

    kind: Literal["token-login"] = "token-login"
    function: Identifier
    operation: str
    scheme: str
    body_schema: str
    arguments: dict[Identifier, str]
    constants: dict[str, str] = Field(default_factory=dict)
    token_field: str
    refresh_token_field: str | None = None
    expires_in_field: str | None = None


class TokenRefresh(_Strict):
    """How a token from a login is renewed: ``operation`` with a body carrying the refresh token."""

    operation: str
    body_schema: str
    token_argument: str
    constants: dict[str, str] = Field(default_factory=dict)


class LoginUrl(_Strict):
    """A helper that asks the provider for the URL a user must visit to log in."""

    function: Identifier
    operation: str
    arguments: dict[Identifier, str]


class Auth(_Strict):
    logins: list[TokenLogin] = Field(default_factory=list)
    refresh: TokenRefresh | None = None
    login_url: LoginUrl | None = None
    #: ``with_api_key(key)``-style helpers: function name -> security scheme the value is bound to.
    static: dict[Identifier, str] = Field(default_factory=dict)


RuleSetting = Literal["error", "warning", "off"]


class LintSettings(_Strict):
    """``[lint]``: how strict validation is for this provider's spec.

    ``repair-schema = true`` lets the unambiguous schema repairs run on every validation
    (as ``--lenient`` does for one run); every other key is a *style* rule id set to
    ``error``, ``warning`` or ``off``.  Correctness rules cannot be set: they are what
    makes a spec usable at all.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    repair_schema: bool = Field(default=False, alias="repair-schema")
    rules: dict[str, RuleSetting] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _split_rules(cls, raw: Any) -> Any:
        """Rule ids sit beside ``repair-schema`` in the table; gather them under ``rules``."""
        if not isinstance(raw, dict):
            return raw
        options = {key: value for key, value in raw.items() if key in ("repair-schema", "repair_schema")}
        return {**options, "rules": {key: value for key, value in raw.items() if key not in options}}


class ClientSettings(_Strict):
    """What the generated package is called, its version, and its auth helpers."""

    distribution: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    package: PackageName
    version: Version
    description: str
    homepage: str | None = None
    #: the package's SPDX license expression (``project.license``); an adopted spec's own
    #: ``info.license`` is used when this is not given, and nothing is claimed when neither is
    license: (
        Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$")]
        | None
    ) = None
    #: ``"Name <email>"`` or ``"Name"`` each; an adopted spec's ``info.contact`` when not given
    authors: list[str] = Field(default_factory=list)
    #: where the spec came from (a URL or a sentence), said in the README
    source: str | None = None
    auth: Auth = Field(default_factory=Auth)
    lint: LintSettings = Field(default_factory=LintSettings)
    #: ``[resources]``: operationId (or ``"GET /path"``) -> the dotted name its method gets
    #: (``"api_keys.list"``), and ``prefix``: the path the resource tree drops (``"/api/auth"``).
    #: ``generate`` keeps every name it chose here, so that no later endpoint moves one.
    resources: dict[
        str,
        Annotated[str, StringConstraints(pattern=r"^([a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*|/[^\s{}]*)$")],
    ] = Field(default_factory=dict)
    #: ``[pagination]``: operationId -> how its list pages (``cursor``, ``offset``, ``page``,
    #: ``link``, ``link-header``), or ``off``, over what is read from the spec.
    pagination: dict[str, Literal["cursor", "offset", "page", "link", "link-header", "off"]] = Field(
        default_factory=dict
    )

    @model_validator(mode="after")
    def _one_prefix(self) -> ClientSettings:
        """A path is the value of ``prefix`` only: every other key names a method."""
        for key, value in self.resources.items():
            if value.startswith("/") and key != RESOURCE_PREFIX:
                raise ValueError(f"resources.{key}: {value!r} is a path; only {RESOURCE_PREFIX} takes one")
        return self

    @property
    def resource_prefix(self) -> str | None:
        """The path the resource tree drops, when ``[resources]`` records one."""
        value = self.resources.get(RESOURCE_PREFIX)
        return value if value is not None and value.startswith("/") else None

    @property
    def resource_names(self) -> dict[str, str]:
        """``[resources]`` without its prefix: operation -> dotted method name."""
        return {key: value for key, value in self.resources.items() if not value.startswith("/")}


#: The ``[resources]`` key whose value is a path: the prefix the resource tree drops.
RESOURCE_PREFIX = "prefix"


def load_settings(path: Path) -> ClientSettings:
    """Read ``client.toml``; every mistake is a problem at its line."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(Problem(shown, 1, 1, "error", "settings", f"cannot read: {exc.strerror}")) from None
    except UnicodeDecodeError as exc:
        line = text_line_of(path.read_bytes(), exc.start)
        raise SpecError(Problem(shown, line, 1, "error", "settings", "not UTF-8 text")) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column, reason = toml_error_position(exc, text)
        raise SpecError(
            Problem(shown, line, column, "error", "settings", f"invalid TOML: {reason}")
        ) from None
    lines = TomlLines(text)
    try:
        settings = ClientSettings.model_validate(raw)
    except ValidationError as exc:
        problems = [
            _settings_problem(path, lines, _user_loc(err["loc"]), err["msg"].removeprefix("Value error, "))
            for err in exc.errors(include_url=False, include_input=False)
        ]
        raise SpecError(problems) from None
    return settings


def settings_problem_at(path: Path, loc: tuple[int | str, ...], message: str) -> Problem:
    """A problem with a value of the settings file at ``path`` that loaded (say, a ``[lint]``
    rule id lint does not know), at the line that sets it."""
    return _settings_problem(path, TomlLines(path.read_text(encoding="utf-8")), loc, message)


def _user_loc(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """Pydantic's place of an error, as the user wrote it (``[lint]`` keys sit in one table)."""
    loc = tuple(part for part in loc if part != "[key]")  # a bad key is named by the key itself
    if loc[:2] == ("lint", "rules"):
        return ("lint", *loc[2:])
    return loc


def display_path(path: Path) -> str:
    """A path as messages show it: relative to where the user stands, when it is below it."""
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except (ValueError, OSError):
        return str(path)


def text_line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def toml_error_position(exc: tomllib.TOMLDecodeError, text: str) -> tuple[int, int, str]:
    """Line, column and reason of a TOML syntax error (tomllib only says them in its message)."""
    message = str(exc)
    where = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if where:
        return int(where[1]), int(where[2]), message[: where.start()].strip()
    if "(at end of document)" in message:
        lines = text.splitlines() or [""]
        return len(lines), len(lines[-1]) + 1, message.replace("(at end of document)", "").strip()
    return 1, 1, message


def _settings_problem(path: Path, lines: TomlLines, loc: tuple[int | str, ...], message: str) -> Problem:
    line, column = lines.position_of(loc)
    where = ".".join(map(str, loc)) or "file"
    return Problem(display_path(path), line, column, "error", "settings", f"{where}: {message}")


class TomlLines:
    """Where each key of a TOML file is written, by a line scan (tomllib keeps no positions).

    Enough for the files we write: ``[table]``, ``[[array.of.tables]]`` and ``key = value``
    lines, including dotted and quoted keys.  A key it cannot find falls back to its table.
    """

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
    _KEY = re.compile(
        r"^\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))*)\s*="
    )

    def __init__(self, text: str) -> None:
        self.positions: dict[tuple[int | str, ...], tuple[int, int]] = {}
        table: tuple[int | str, ...] = ()
        counts: dict[tuple[str | int, ...], int] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            header = self._HEADER.match(line)
            if header:
                keys = self._keys(header[2])
                if header[1] == "[[":
                    index = counts.get(keys, 0)
                    counts[keys] = index + 1
                    table = (*keys, index)
                else:
                    table = keys
                self.positions.setdefault(table, (number, header.start(1) + 1))
                continue
            key = self._KEY.match(line)
            if key:
                self.positions.setdefault((*table, *self._keys(key[1])), (number, key.start(1) + 1))

    @staticmethod
    def _keys(dotted: str) -> tuple[str, ...]:
        parts = re.findall(r"\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+)", dotted)
        return tuple(next(part for part in groups if part) if any(groups) else "" for groups in parts)

    def position_of(self, loc: tuple[int | str, ...]) -> tuple[int, int]:
        """Line and column of the key at ``loc``, else of the nearest table or key around it."""
        while loc:
            if loc in self.positions:
                return self.positions[loc]
            loc = loc[:-1]
        return 1, 1

    def line_of(self, loc: tuple[int | str, ...]) -> int:
        return self.position_of(loc)[0]


#: The helper each kind of security scheme gets when ``[auth]`` names none: what a developer
#: who knows the official SDKs looks for first.
HELPER_BY_KIND = {"api_key": "with_api_key", "bearer": "with_token", "basic": "basic"}


def scheme_kind(data: dict[str, Any]) -> str:
    """api_key | bearer | basic | none: what credential a security scheme takes."""
    kind, scheme = data.get("type"), str(data.get("scheme", "")).lower()
    if kind == "apiKey" or (kind == "http" and scheme not in ("basic", "bearer")):
        return "api_key"
    if kind == "http" and scheme == "basic":
        return "basic"
    if kind in ("http", "oauth2", "openIdConnect"):
        return "bearer"
    return "none"


def derived_auth(schemes: dict[str, Any], uses: dict[str, int] | None = None) -> Auth:
    """``[auth]`` for a spec with none written: a typed helper per security scheme, named by the
    kind of credential (``with_api_key``, ``with_token``, ``basic``).  Of two schemes of a kind,
    the one more operations accept (``uses``) gets that name, the other ``with_<scheme name>``."""
    static: dict[str, str] = {}
    counts = uses or {}
    for name, data in sorted(schemes.items(), key=lambda item: (-counts.get(item[0], 0), item[0])):
        kind = scheme_kind(data if isinstance(data, dict) else {})
        if kind == "none":
            continue
        function = HELPER_BY_KIND[kind]
        if function in static:
            function = "with_" + re.sub(
                r"[^a-z0-9]+", "_", re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
            ).strip("_")
        if (
            re.fullmatch(r"[a-z_][a-z0-9_]*", function)
            and not keyword.iskeyword(function)
            and function not in static
        ):
            static[function] = name
    return Auth(static=static)


_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_RESOURCES_HEADER = re.compile(r"^\s*\[\s*resources\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_RECORD_NOTE = (
    "# The client's method names, kept as the resource tree first chose them: `specfleet generate`\n"
    "# adds each new operation's line. Edit a name to rename its method (the review reports it).\n"
)


def record_resources(path: Path, record: dict[str, str]) -> list[str]:
    """Add to ``path``'s ``[resources]`` each name of ``record`` it does not hold yet, keeping
    every other line as written; returns the keys added.

    The record is what keeps a client's names when its spec grows: an endpoint added later,
    even outside the prefix every path shared, names only itself.  A ``resources`` written as
    an inline table is left alone (it cannot grow by lines).
    """
    text = path.read_text(encoding="utf-8")
    existing = tomllib.loads(text).get("resources", {})
    missing = {key: value for key, value in record.items() if key not in existing}
    if not missing or not isinstance(existing, dict):
        return []
    ordered = sorted(missing.items(), key=lambda item: (item[0] != RESOURCE_PREFIX, item[1], item[0]))
    added = [f"{_toml_key(key)} = {json.dumps(value)}" for key, value in ordered]
    lines = text.splitlines()
    header = next((index for index, line in enumerate(lines) if _RESOURCES_HEADER.match(line)), None)
    if header is None:
        if existing:
            return []  # ``resources = {...}`` inline
        body = text.rstrip("\n") + "\n\n" + _RECORD_NOTE + "[resources]\n" + "\n".join(added) + "\n"
    else:
        end = next(
            (index for index in range(header + 1, len(lines)) if _ANY_HEADER.match(lines[index])), len(lines)
        )
        while end > header + 1 and not lines[end - 1].strip():
            end -= 1
        body = "\n".join([*lines[:end], *added, *lines[end:]]) + "\n"
    if {key: value for key, value in tomllib.loads(body).get("resources", {}).items()} != existing | missing:
        return []  # a layout this line editor does not follow: leave the file as it is
    handle, scratch = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(body)
        os.replace(scratch, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(scratch)
    return [key for key, _ in ordered]


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key)
