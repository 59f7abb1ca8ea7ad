"""Where things live: the project's ``specs/``, ``templates/`` and ``generated/``, and its providers.

Kept apart from the client settings (:mod:`specfleet.config`, which loads pydantic) so that
finding the providers and their stamps costs next to nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from specfleet.errors import Problem, SpecError, SpecfleetError

if TYPE_CHECKING:
    from specfleet.config import ClientSettings

SPEC_FILE = "openapi.yaml"
#: The names a provider's root spec may have; exactly one of them must exist.
SPEC_FILES = (SPEC_FILE, "openapi.yml", "openapi.json")
SETTINGS_FILE = "client.toml"
#: A provider's accepted API changes, which ``specfleet diff`` does not fail on.
IGNORE_FILE = "diff-ignore.toml"


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
        from specfleet.config import load_settings  # pydantic loads only when settings are read

        return load_settings(self.settings_path)


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
