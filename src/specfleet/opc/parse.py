"""openapi-python-client (opc) as a library: a faster parse of loaded specs, and its errors at spec lines.

opc 0.29.1 deep-copies every endpoint in ``Endpoint.sort_parameters`` only to reorder
its path-parameter list and rewrite its path; on the Stripe spec that copy is nearly all
of its 25 s of parsing.  :func:`parse` swaps in a version that copies the endpoint and
that one list (nothing else is changed), which yields the same endpoints, errors and
models in about a second.  (Its string cleaning is sped up too, by identical versions:
:mod:`specfleet.opc.strings`.)  The swap is scoped to our own parse and checked against the
pinned opc version, so a new opc release fails loudly instead of running stale code.
"""

from __future__ import annotations

import contextlib
import copy
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import version
from typing import Any

from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser import openapi as opc_openapi
from openapi_python_client.parser.errors import GeneratorError, ParseError
from openapi_python_client.schema.untrusted_string import UntrustedString

from specfleet._process.gc_pause import collector_paused
from specfleet.errors import Problem
from specfleet.opc import strings as opc_strings
from specfleet.spec.document import Document, Pointer
from specfleet.spec.refs import parse_fragment

#: The opc release :func:`_sort_parameters` was written against (``Endpoint.sort_parameters``).
OPC_VERSION = "0.29.1"
#: What opc puts before a name that is not a Python identifier (its ``field_prefix``).
FIELD_PREFIX = "field_"
#: Keywords every generated resource method has itself: a body property so named keeps the body
#: a model, and a parameter so named is renamed before opc reads it.
METHOD_KEYWORDS = frozenset({"self", "body", "extra_headers", "extra_query", "extra_body", "timeout"})
_PATH_PARAM = re.compile(r"{([a-zA-Z_-][a-zA-Z0-9_-]*)}")
_lock = threading.Lock()
#: opc's name and docstring cleaning, the same text made faster (see :mod:`specfleet.opc.strings`).
opc_strings.install(OPC_VERSION)


def _sort_parameters(*, endpoint: opc_openapi.Endpoint) -> opc_openapi.Endpoint | ParseError:
    """opc's ``Endpoint.sort_parameters`` with a shallow copy instead of ``deepcopy``.

    Only ``path_parameters`` (re-sorted in place) and ``path`` (reassigned) change, so a copy
    of the endpoint and of that one list keeps the caller's endpoint untouched, as upstream does.
    One difference, on purpose: a path that names a parameter twice (``/a/{id}/b/{id}``, which
    OpenAPI allows) is read as naming it once, where upstream drops the endpoint; the URL is
    filled by ``str.format``, which puts the one value in both places.
    """
    endpoint = copy.copy(endpoint)
    endpoint.path_parameters = list(endpoint.path_parameters)
    in_path = list(dict.fromkeys(_PATH_PARAM.findall(endpoint.path.get_untrusted_value())))
    with contextlib.suppress(ValueError):  # the comparison below reports it
        endpoint.path_parameters.sort(key=lambda param: in_path.index(param.name))
    if in_path != [param.name for param in endpoint.path_parameters]:
        return ParseError(
            detail=f"Incorrect path templating for {endpoint.path.get_untrusted_value()} "
            "(Path parameters do not match with path)",
        )
    for parameter in endpoint.path_parameters:
        endpoint.path = UntrustedString(
            endpoint.path.get_untrusted_value().replace(
                f"{{{parameter.name.get_untrusted_value()}}}", f"{{{parameter.python_name}}}"
            )
        )
    return endpoint


@contextmanager
def fast_sort_parameters() -> Iterator[None]:
    """Use :func:`_sort_parameters` for the duration of one parse (callers hold ``_lock``)."""
    installed = version("openapi-python-client")
    if installed != OPC_VERSION:  # pragma: no cover - guarded by the exact pin in pyproject.toml
        raise RuntimeError(
            f"specfleet's opc speed-up was written for openapi-python-client {OPC_VERSION}, "
            f"found {installed}; re-check Endpoint.sort_parameters before upgrading"
        )
    original = opc_openapi.Endpoint.__dict__["sort_parameters"]
    opc_openapi.Endpoint.sort_parameters = staticmethod(_sort_parameters)  # type: ignore[method-assign]
    try:
        yield
    finally:
        opc_openapi.Endpoint.sort_parameters = original  # type: ignore[method-assign]


@contextmanager
def readable_messages() -> Iterator[None]:
    """Let opc's messages quote spec text as text, for the duration of one parse.

    opc formats ``UntrustedString`` values into its error messages with f-strings, which
    prints ``<...UntrustedString object at 0x...>``.  While it parses (nothing is rendered
    then), the repr is the quoted text; rendering keeps upstream's repr, so a template
    that forgets its escaping filter still shows the marker our output check refuses.
    """
    original = UntrustedString.__dict__.get("__repr__")
    UntrustedString.__repr__ = _quoted  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        if original is None:
            del UntrustedString.__repr__
        else:  # pragma: no cover - upstream defines none
            UntrustedString.__repr__ = original  # type: ignore[method-assign]


def _quoted(self: UntrustedString) -> str:
    return repr(self.get_untrusted_value())


def parse(data: dict[str, Any], config: Config) -> GeneratorData | GeneratorError:
    """opc's own parse of already-loaded spec data (no second YAML read), made fast."""
    # opc's model of a big spec is millions of objects built at once that outlive the parse.
    with _lock, fast_sort_parameters(), readable_messages(), collector_paused():
        return GeneratorData.from_dict(data, config=config)


def parse_errors(openapi: GeneratorData) -> list[GeneratorError]:
    """Everything opc dropped while parsing: models, endpoints and responses, each once."""
    found: list[GeneratorError] = list(openapi.errors)
    seen = {id(error) for error in found}
    for collection in openapi.endpoint_collections_by_tag.values():
        for error in collection.parse_errors:
            if id(error) not in seen:
                seen.add(id(error))
                found.append(error)
    return found


_ENDPOINT = re.compile(r"WARNING parsing (?P<method>[A-Z]+) (?P<path>\S+) within ")
_SCHEMA = re.compile(r"Unable to (?:parse|process) (?:schema|parameter) (?P<ref>\S+)")
_STATUS = re.compile(r"status code '(?P<code>[^']*)'")


def pointer_of(document: Document, error: GeneratorError) -> Pointer:
    """Where in the spec an opc error is about, read from the header opc gave it."""
    header = (error.header or "").strip()
    endpoint = _ENDPOINT.match(header)
    if endpoint is not None:
        pointer: Pointer = ("paths", endpoint["path"], endpoint["method"].lower())
        status = _STATUS.search(error.detail or "")
        if status is not None:
            pointer = (*pointer, "responses", status["code"])
        return pointer
    schema = _SCHEMA.match(header)
    if schema is not None:
        reference = schema["ref"].rstrip(":")
        try:
            return parse_fragment(reference[reference.index("/") :]) if "/" in reference else ()
        except ValueError:
            return ()
    location = _pydantic_location(error.detail or "")
    return _follow(document.data, location.split(".")) if location else ()


def names_a_schema(error: GeneratorError) -> bool:
    """Whether opc's error is about a schema it names (``Unable to parse schema /components/...``)."""
    return _SCHEMA.match((error.header or "").strip()) is not None


def _pydantic_location(detail: str) -> str:
    """The first error location in a pydantic ``ValidationError`` text (opc's document model)."""
    lines = detail.splitlines()
    if len(lines) >= 2 and "validation error" in lines[0] and not lines[1].startswith(" "):
        return lines[1].strip()
    return ""


def _follow(data: Any, parts: list[str]) -> Pointer:
    """The deepest pointer in ``data`` along ``parts``, skipping pydantic's union branch names."""
    pointer: list[str | int] = []
    node = data
    for part in parts:
        if isinstance(node, dict) and part in node:
            node = node[part]
            pointer.append(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
            pointer.append(int(part))
    return tuple(pointer)


def message_of(error: GeneratorError) -> str:
    """What opc would drop and why, in one line (its boilerplate headers reworded)."""
    header = " ".join((error.header or "").split())
    detail = " ".join((error.detail or "").split()) or "no reason given"
    endpoint = _ENDPOINT.match(header)
    if endpoint is not None:
        what = "the endpoint" if "will not be generated" in header else "part of the endpoint"
        return f"openapi-python-client would drop {what} {endpoint['method']} {endpoint['path']}: {detail}"
    schema = _SCHEMA.match(header)
    if schema is not None:
        return f"openapi-python-client cannot generate {schema['ref'].rstrip(':')}: {detail}"
    if _pydantic_location(error.detail or ""):
        reason = (
            (error.detail or "").splitlines()[2].strip() if len((error.detail or "").splitlines()) > 2 else ""
        )
        return f"openapi-python-client cannot read this part of the spec: {reason or detail}"
    return f"openapi-python-client cannot generate this spec: {header}: {detail}".replace(": :", ":")


def problem(document: Document, error: GeneratorError) -> Problem:
    """An opc error as one of ours, at the spec's line: anything opc drops is an error."""
    return document.problem(
        pointer_of(document, error),
        "generator",
        message_of(error),
    )
