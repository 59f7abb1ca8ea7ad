"""Where things live, and each provider's client settings (``specs/<provider>/client.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from specfleet.errors import Problem, SpecError, SpecfleetError

SPEC_FILE = "openapi.yaml"
#: The names a provider's root spec may have; exactly one of them must exist.
SPEC_FILES = (SPEC_FILE, "openapi.yml", "openapi.json")
SETTINGS_FILE = "client.toml"

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z_][a-z0-9_]*$")]
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


class ClientSettings(_Strict):
    """What the generated package is called, its version, and its auth helpers."""

    distribution: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    package: Identifier
    version: Version
    description: str
    homepage: str | None = None
    auth: Auth = Field(default_factory=Auth)


@dataclass(frozen=True)
class Provider:
    """One provider: its spec and the settings of the client generated from it."""

    name: str
    directory: Path

    @property
    def spec_path(self) -> Path:
        """The provider's root spec: openapi.yaml, openapi.yml or openapi.json, never two."""
        found = [self.directory / name for name in SPEC_FILES if (self.directory / name).is_file()]
        if len(found) > 1:
            message = f"{found[0].name} is here too; keep one root spec per provider (delete one of them)"
            raise SpecError(Problem(str(found[1]), 1, 1, "error", "spec-file", message))
        return found[0] if found else self.directory / SPEC_FILE

    @property
    def settings_path(self) -> Path:
        return self.directory / SETTINGS_FILE

    @cached_property
    def settings(self) -> ClientSettings:
        return load_settings(self.settings_path)


def load_settings(path: Path) -> ClientSettings:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SpecError(
            Problem(str(path), 1, 1, "error", "settings", f"cannot read: {exc.strerror}")
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(Problem(str(path), 1, 1, "error", "settings", f"invalid TOML: {exc}")) from None
    try:
        return ClientSettings.model_validate(raw)
    except ValidationError as exc:
        problems = [
            Problem(
                str(path),
                1,
                1,
                "error",
                "settings",
                f"{'.'.join(map(str, err['loc'])) or 'file'}: {err['msg']}",
            )
            for err in exc.errors(include_url=False, include_input=False)
        ]
        raise SpecError(problems) from None


@dataclass(frozen=True)
class Project:
    """The repository layout: ``specs/``, ``templates/`` and ``generated/`` under one root."""

    root: Path

    @property
    def specs_dir(self) -> Path:
        return self.root / "specs"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def generated_dir(self) -> Path:
        return self.root / "generated"

    def providers(self, names: list[str] | None = None) -> list[Provider]:
        """The providers named, or all of them, in a stable order."""
        found = {
            path.parent.name: Provider(path.parent.name, path.parent)
            for path in sorted(found for name in SPEC_FILES for found in self.specs_dir.glob(f"*/{name}"))
        }
        if not names:
            return list(found.values())
        unknown = [name for name in names if name not in found]
        if unknown:
            known = ", ".join(found) or "none"
            raise SpecfleetError(f"unknown provider(s): {', '.join(unknown)} (known: {known})")
        return [found[name] for name in names]

    def output_dir(self, provider: Provider) -> Path:
        return self.generated_dir / f"{provider.name}-client"


def find_project(start: Path | None = None) -> Project:
    """The nearest directory at or above ``start`` that holds ``specs/``."""
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / "specs").is_dir() and (candidate / "pyproject.toml").is_file():
            return Project(candidate)
    raise SpecfleetError(
        f"no specfleet project (a directory with specs/ and pyproject.toml) at or above {here}"
    )
