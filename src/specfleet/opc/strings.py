"""Faster, identical versions of openapi-python-client's per-character string helpers.

opc 0.29.1 cleans every name and every docstring one character at a time in Python
generator expressions (``unicodedata.category`` per character).  On Stripe's spec that is
millions of characters, seconds of parsing and rendering.  The versions here give the same
text for every input: ASCII text (nearly all of it) goes through one regular expression that
keeps or drops exactly the characters upstream keeps or drops; any other text goes through
upstream's own code.  They are installed once, only over the opc release they were checked
against (:data:`specfleet.opc.parse.OPC_VERSION`).
"""

from __future__ import annotations

import json
import re
from importlib.metadata import version
from typing import Any

import openapi_python_client
from openapi_python_client import strings
from openapi_python_client.parser.properties import protocol
from openapi_python_client.schema.untrusted_string import UntrustedString

_upstream_sanitize = strings.sanitize
_upstream_split_words = strings.split_words
_upstream_in_double_quote_literal = strings.in_double_quote_literal
_upstream_safe_for_docstring = strings.safe_for_docstring

#: ASCII characters ``sanitize`` drops: all but identifier characters, digits and its DELIMITERS.
_NOT_NAME = re.compile(r"[^A-Za-z0-9_" + re.escape(strings.DELIMITERS) + r"]")
#: What ``split_words`` splits on and keeps, compiled once.
_ASCII_UPPER = re.compile(r"[A-Z]")
_CASED_WORD = re.compile(r"([A-Z]?[a-z]+)")
_WORD = re.compile(rf"[^{re.escape(strings.DELIMITERS)}]+")
#: Category Cc (U+0000-U+001F, U+007F-U+009F) but tab, newline and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: ASCII characters of a category starting with C, but backspace, tab and form feed (ASCII has no Zl, Zp).
_ASCII_CONTROL = re.compile("[\x00-\x07\x0a\x0b\x0d-\x1f\x7f]")


def sanitize(value: str) -> str:
    """``strings.sanitize``: drop every character that is no identifier character, digit or delimiter."""
    if value.isascii():
        return _NOT_NAME.sub("", value)
    return _upstream_sanitize(value)


def split_words(value: str) -> list[str]:
    """``strings.split_words``: words at case changes and delimiters (ASCII looked at by expressions)."""
    if not value.isascii():
        return _upstream_split_words(value)
    if _ASCII_UPPER.search(value) is not None:
        value = " ".join(_CASED_WORD.split(value))
    return _WORD.findall(value)


def safe_for_docstring(value: Any) -> str:
    """``strings.safe_for_docstring``, its control-character filter done by one expression."""
    if isinstance(value, UntrustedString):
        value = value.get_untrusted_value()
    if isinstance(value, strings.PythonCode):
        value = value.as_unembedded_code()
    if not isinstance(value, str):
        value = str(value)
    value = _CONTROL.sub("", value)
    value = value.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return re.sub(
        r"\S+",
        lambda match: (
            strings._split_long_word_safely(match.group()) if "\\" in match.group() else match.group()
        ),
        value,
    )


def in_double_quote_literal(value: UntrustedString | strings.PythonCode | str) -> str:
    """``strings.in_double_quote_literal``, ASCII text filtered by one expression."""
    if isinstance(value, UntrustedString):
        value = value.get_untrusted_value()
    if isinstance(value, strings.PythonCode):
        value = value.as_unembedded_code()
    if not value.isascii():
        return _upstream_in_double_quote_literal(value)
    return json.dumps(_ASCII_CONTROL.sub("", value), ensure_ascii=False)[1:-1]


def install(expected_version: str) -> bool:
    """Put these in opc's place (its modules and its template filters), if opc is ``expected_version``."""
    if version("openapi-python-client") != expected_version:  # pragma: no cover - pinned in pyproject.toml
        return False
    strings.sanitize = sanitize
    strings.split_words = split_words
    strings.safe_for_docstring = safe_for_docstring
    strings.in_double_quote_literal = in_double_quote_literal
    protocol.safe_for_docstring = safe_for_docstring  # type: ignore[attr-defined]
    openapi_python_client.TEMPLATE_FILTERS["safe_for_docstring"] = safe_for_docstring
    openapi_python_client.TEMPLATE_FILTERS["in_double_quote_literal"] = in_double_quote_literal
    return True


#: Upstream's versions, for the tests that hold ours to the same output.
UPSTREAM = {
    "sanitize": _upstream_sanitize,
    "split_words": _upstream_split_words,
    "safe_for_docstring": _upstream_safe_for_docstring,
    "in_double_quote_literal": _upstream_in_double_quote_literal,
}
