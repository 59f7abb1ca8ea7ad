"""What a package index already holds, asked through its simple API (PEP 503 HTML, PEP 691 JSON).

``publish`` asks before it uploads, so a version is never uploaded twice and running it
again is a no-op. Redirects are followed only within the index's own origin: pypiserver
answers an unknown project with a redirect to PyPI, and PyPI's files are not this index's.
"""

from __future__ import annotations

import ipaddress
import json
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from packaging.utils import (
    InvalidSdistFilename,
    canonicalize_name,
    canonicalize_version,
    parse_sdist_filename,
)

from specfleet.errors import SpecfleetError

SIMPLE_JSON = "application/vnd.pypi.simple.v1+json"
ACCEPT = f"{SIMPLE_JSON}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1"
REDIRECTS = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 5

#: Upload endpoints whose simple index lives on another host.
KNOWN_INDEXES = {
    "https://upload.pypi.org/legacy/": "https://pypi.org/simple/",
    "https://test.pypi.org/legacy/": "https://test.pypi.org/simple/",
}


def redact(url: str) -> str:
    """``url`` without any ``user:password@``, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def has_userinfo(url: str) -> bool:
    return "@" in urlsplit(url).netloc


def with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def simple_url_for(upload_url: str) -> str:
    """The simple index that goes with an upload URL: PyPI's own, else the same root (pypiserver)."""
    upload_url = with_slash(upload_url)
    if upload_url in KNOWN_INDEXES:
        return KNOWN_INDEXES[upload_url]
    parts = urlsplit(upload_url)
    path = parts.path[: -len("legacy/")] if parts.path.endswith("/legacy/") else parts.path
    return urlunsplit((parts.scheme, parts.netloc, path + "simple/", "", ""))


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


@dataclass(frozen=True)
class IndexFile:
    """One distribution file on the index, with the hash the index advertises (if any)."""

    filename: str
    sha256: str | None


def sdist_versions(files: list[IndexFile]) -> set[str]:
    """Versions (canonical) that already have an sdist: an index takes one sdist per version."""
    versions = set()
    for entry in files:
        try:
            _, version = parse_sdist_filename(entry.filename)
        except InvalidSdistFilename:
            continue
        versions.add(canonicalize_version(version))
    return versions


class _AnchorParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def _from_href(href: str) -> IndexFile:
    parts = urlsplit(href)
    filename = unquote(parts.path.rsplit("/", 1)[-1])
    algorithm, _, value = parts.fragment.partition("=")
    return IndexFile(filename, value.lower() if algorithm == "sha256" and value else None)


def parse_html(text: str) -> list[IndexFile]:
    parser = _AnchorParser()
    parser.feed(text)
    return [_from_href(href) for href in parser.hrefs]


def parse_json(text: str) -> list[IndexFile]:
    data = json.loads(text)
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list):
        raise TypeError("no 'files' list")
    found = []
    for entry in files:
        hashes = entry.get("hashes") or {}
        found.append(IndexFile(str(entry["filename"]), hashes.get("sha256")))
    return found


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hands redirects back to us, so we decide which ones to follow."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _opener(url: str, cafile: str | None) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = [
        _NoRedirects(),
        urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=cafile)),
    ]
    if is_loopback(url):
        handlers.append(urllib.request.ProxyHandler({}))  # never send loopback traffic to a proxy
    return urllib.request.build_opener(*handlers)


def project_url(index_url: str, name: str) -> str:
    return urljoin(with_slash(index_url), f"{canonicalize_name(name)}/")


def project_files(
    index_url: str,
    name: str,
    *,
    authorization: str | None = None,
    cafile: str | None = None,
    timeout: float = 30.0,
) -> list[IndexFile]:
    """The files the index lists for project ``name``; none when it does not know the project.

    ``authorization`` (an HTTP Authorization value) is sent only to the index's own origin.
    """
    url = project_url(index_url, name)
    home = origin(url)
    for _ in range(MAX_REDIRECTS + 1):
        request = urllib.request.Request(url, headers={"Accept": ACCEPT})
        if authorization is not None:
            request.add_unredirected_header("Authorization", authorization)
        try:
            with _opener(url, cafile).open(request, timeout=timeout) as response:
                content_type = response.headers.get("Content-Type", "")
                text = response.read().decode(response.headers.get_content_charset() or "utf-8")
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code == 404:
                return []
            location = exc.headers.get("Location") if exc.code in REDIRECTS else None
            if location is None:
                raise SpecfleetError(_refusal(url, exc.code)) from None
            url = urljoin(url, location)
            if origin(url) != home:
                return []  # pypiserver's fallback to another index: not on this one
            continue
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise SpecfleetError(f"cannot reach the index at {redact(url)}: {reason}") from None
        try:
            return parse_json(text) if content_type.startswith(SIMPLE_JSON) else parse_html(text)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise SpecfleetError(f"{redact(url)} is not a simple-API page: {exc}") from None
    raise SpecfleetError(f"{redact(url)}: more than {MAX_REDIRECTS} redirects")


def _refusal(url: str, status: int) -> str:
    if status in (401, 403):
        return (
            f"the index at {redact(url)} refused the query (HTTP {status}): pass --index-url "
            "with a simple index that can be read"
        )
    return f"the index at {redact(url)} answered HTTP {status}"
