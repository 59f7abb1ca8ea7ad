"""``specfleet publish``: upload the clients whose version is not on the index yet.

The work is done by :mod:`specfleet.fleet.publish`; this module reads the arguments and prints.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from urllib.parse import urlsplit

from specfleet.errors import SpecfleetError
from specfleet.fleet import build
from specfleet.fleet.package_index import (
    has_userinfo,
    is_loopback,
    origin,
    redact,
    simple_url_for,
    with_slash,
)
from specfleet.fleet.publish import PYPI_UPLOAD_URL, Credentials, _indent, plan, refuse_drift, upload
from specfleet.layout import find_project


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
