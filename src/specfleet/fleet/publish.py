"""``specfleet publish``: upload the clients whose version is not on the index yet.

Guards, in order: the drift gate (``generated/`` is what ``specs/`` and ``templates/``
produce), a checked build (``build.ensure_built``), and the index's simple page, so a
version is never uploaded twice and a second run is a no-op. Credentials come only from
``TWINE_USERNAME``/``TWINE_PASSWORD``: twine runs with an empty config file, no keyring
and no prompts, and everything it prints is scrubbed of the password before we show it.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_plus

from packaging.utils import canonicalize_version

from specfleet.errors import SpecfleetError
from specfleet.fleet import build
from specfleet.fleet.package_index import (
    project_files,
    redact,
    sdist_versions,
)
from specfleet.layout import Project

PYPI_UPLOAD_URL = "https://upload.pypi.org/legacy/"
TOKEN_USERNAME = "__token__"
MASK = "***"
UPLOAD_TIMEOUT = 600


class Secret:
    """A string that never shows itself: not in a repr, a log line or an f-string."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    __str__ = __repr__


@dataclass(frozen=True)
class Credentials:
    """Upload credentials, read from the environment only."""

    username: str
    password: Secret

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> Credentials:
        password = environ.get("TWINE_PASSWORD", "")
        if not password:
            raise SpecfleetError(
                "no upload credentials: set TWINE_PASSWORD to an API token (TWINE_USERNAME=__token__ "
                "or unset), or TWINE_USERNAME and TWINE_PASSWORD; they are never read from a file"
            )
        return cls(environ.get("TWINE_USERNAME") or TOKEN_USERNAME, Secret(password))

    def authorization(self) -> str:
        pair = f"{self.username}:{self.password.reveal()}".encode()
        return "Basic " + base64.b64encode(pair).decode()

    def scrub(self, text: str) -> str:
        """``text`` with the password masked in every form it could be printed in."""
        password = self.password.reveal()
        forms = {
            password,
            quote(password, safe=""),
            quote_plus(password),
            self.authorization().removeprefix("Basic "),
        }
        for form in sorted(forms, key=len, reverse=True):
            text = text.replace(form, MASK)
        return text


def twine_environment(credentials: Credentials, environ: Mapping[str, str]) -> dict[str, str]:
    """Ours without TWINE_* settings, plus the credentials and no keyring, prompts or colours."""
    env = {key: value for key, value in environ.items() if not key.startswith("TWINE_")}
    if "TWINE_CERT" in environ:
        env["TWINE_CERT"] = environ["TWINE_CERT"]
    env.update(
        TWINE_USERNAME=credentials.username,
        TWINE_PASSWORD=credentials.password.reveal(),
        TWINE_NON_INTERACTIVE="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        NO_COLOR="1",
        COLUMNS="1000",  # no wrapped lines: a secret split over two lines would escape the scrub
    )
    return env


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.strip().splitlines())


def upload(files: list[Path], repository_url: str, credentials: Credentials) -> str:
    """Upload with ``python -m twine upload``; returns its output, scrubbed."""
    with tempfile.TemporaryDirectory(prefix="specfleet-twine-") as scratch:
        empty_config = Path(scratch) / "pypirc"
        empty_config.write_text("", encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "twine",
            "--no-color",
            "upload",
            "--non-interactive",
            "--disable-progress-bar",
            "--config-file",
            str(empty_config),
            "--repository-url",
            repository_url,
            *map(str, files),
        ]
        try:
            result = subprocess.run(
                command,
                env=twine_environment(credentials, os.environ),
                capture_output=True,
                text=True,
                check=False,
                timeout=UPLOAD_TIMEOUT,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise SpecfleetError(credentials.scrub(f"cannot run twine: {exc}")) from None
    # Escapes removed first: one inside the password would hide it from the scrub.
    output = credentials.scrub(build.plain(result.stdout + result.stderr))
    if result.returncode != 0:
        hint = ""
        if any(f"{status} " in output for status in ("401", "403")):
            hint = " (the index refused the credentials from TWINE_USERNAME/TWINE_PASSWORD)"
        raise SpecfleetError(f"upload to {redact(repository_url)} failed{hint}:\n{_indent(output)}")
    return output


def refuse_drift(project: Project, names: list[str] | None) -> None:
    """The drift gate: never publish a client that is not what its spec and templates produce."""
    from specfleet.fleet.drift_check import drift  # imported here: publish must load even where check cannot

    differing = drift(project, names)
    if differing:
        listed = "\n".join(f"  {name}" for name in differing)
        raise SpecfleetError(
            "refusing to publish: generated/ is not what specs/ and templates/ produce; differing files:\n"
            f"{listed}\nrun `python -m specfleet generate` and commit the result"
        )


@dataclass(frozen=True)
class Plan:
    """One client: its checked artifacts and which of them the index lacks."""

    target: build.Target
    files: list[Path]
    missing: list[Path]
    conflicts: list[str]

    @property
    def label(self) -> str:
        return f"{self.target.distribution} {self.target.version}"


def plan(target: build.Target, files: list[Path], index_url: str, authorization: str | None) -> Plan:
    """Which of ``files`` to upload: those the index lacks, never a second sdist of one version."""
    cafile = os.environ.get("TWINE_CERT") or None
    entries = project_files(index_url, target.distribution, authorization=authorization, cafile=cafile)
    on_index = {entry.filename: entry.sha256 for entry in entries}
    has_sdist = canonicalize_version(target.version) in sdist_versions(entries)
    missing: list[Path] = []
    conflicts: list[str] = []
    for path in files:
        if path.name in on_index:
            if on_index[path.name] not in (None, build.file_sha256(path)):
                conflicts.append(f"{path.name} on the index differs from this build")
        elif has_sdist and path.name.endswith(".tar.gz"):
            conflicts.append(f"the index has another sdist of {target.version} than {path.name}")
        else:
            missing.append(path)
    return Plan(target, files, missing, conflicts)
