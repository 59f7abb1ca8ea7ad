"""``specfleet publish``: upload the clients whose version is not on the index yet.

Guards, in order: the drift gate (``generated/`` is what ``specs/`` and ``templates/``
produce), a checked build (``build.ensure_built``), and the index's simple page, so a
version is never uploaded twice and a second run is a no-op. Credentials come only from
``TWINE_USERNAME``/``TWINE_PASSWORD``: twine runs with an empty config file, no keyring
and no prompts, and everything it prints is scrubbed of the password before we show it.
"""

from __future__ import annotations

import argparse
import base64
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_plus, urlsplit

from packaging.utils import canonicalize_version

from specfleet import build
from specfleet.config import Project, find_project
from specfleet.errors import SpecfleetError
from specfleet.index import (
    has_userinfo,
    is_loopback,
    origin,
    project_files,
    redact,
    sdist_versions,
    simple_url_for,
    with_slash,
)

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
    from specfleet.check import drift  # imported here: publish must load even where check cannot

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


def _check_url(option: str, url: str) -> None:
    if has_userinfo(url):
        raise SpecfleetError(f"{option}: put credentials in TWINE_USERNAME/TWINE_PASSWORD, not in the URL")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SpecfleetError(f"{option}: {redact(url)} is not an http(s) URL")


def _warn(message: str) -> None:
    print(f"specfleet publish: warning: {message}", file=sys.stderr)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("providers", nargs="*", metavar="PROVIDER", help="clients to publish (default: all)")
    parser.add_argument(
        "--repository-url",
        help=f"upload URL (default: $TWINE_REPOSITORY_URL, else PyPI: {PYPI_UPLOAD_URL})",
    )
    parser.add_argument(
        "--index-url",
        help="simple index asked what is already published (default: derived from the upload URL)",
    )
    parser.add_argument("--dry-run", action="store_true", help="say what would be uploaded, upload nothing")


def main(args: argparse.Namespace) -> int:
    repository_url = with_slash(
        args.repository_url or os.environ.get("TWINE_REPOSITORY_URL") or PYPI_UPLOAD_URL
    )
    _check_url("--repository-url", repository_url)
    index_url = with_slash(args.index_url or simple_url_for(repository_url))
    _check_url("--index-url", index_url)
    # A dry run needs no credentials, but uses them to read a private index when they are set.
    wants_credentials = not args.dry_run or bool(os.environ.get("TWINE_PASSWORD"))
    credentials = Credentials.from_environment(os.environ) if wants_credentials else None
    if urlsplit(repository_url).scheme == "http" and not is_loopback(repository_url) and not args.dry_run:
        _warn(f"{redact(repository_url)} is plain http: the password crosses the network unencrypted")
    # Sent to the index only when it is the upload host itself (a private pypiserver, say).
    same_host = origin(index_url) == origin(repository_url)
    authorization = credentials.authorization() if credentials is not None and same_host else None

    project = find_project()
    names = [provider.name for provider in project.providers(args.providers or None)]
    refuse_drift(project, names if args.providers else None)

    started = time.perf_counter()
    uploaded = skipped = 0
    for target in build.targets(project, names):
        files, rebuilt = build.ensure_built(target)
        if rebuilt:
            print(f"{target.provider}: built {build.describe(project, files)}")
        step = plan(target, files, index_url, authorization)
        for conflict in step.conflicts:
            _warn(
                f"{step.label}: {conflict}; a published version never changes, so bump the version "
                f"in specs/{target.provider}/client.toml to publish this build"
            )
        if not step.missing:
            print(f"{step.label}: already on {redact(index_url)}, skipped")
            skipped += 1
            continue
        names_missing = ", ".join(path.name for path in step.missing)
        if args.dry_run or credentials is None:
            print(f"{step.label}: would upload {names_missing} to {redact(repository_url)}")
            uploaded += 1
            continue
        print(f"{step.label}: uploading {names_missing} to {redact(repository_url)}")
        began = time.perf_counter()
        output = upload(step.missing, repository_url, credentials)
        if output.strip():
            print(_indent(output))
        print(f"{step.label}: uploaded ({time.perf_counter() - began:.1f} s)")
        uploaded += 1
    verb = "would publish" if args.dry_run else "published"
    elapsed = time.perf_counter() - started
    print(f"{verb} {uploaded} client(s), {skipped} already on the index ({elapsed:.1f} s)")
    return 0
