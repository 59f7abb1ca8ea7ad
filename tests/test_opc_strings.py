"""specfleet's faster copies of opc's string cleaning give upstream's exact output."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from openapi_python_client import TEMPLATE_FILTERS, strings

from specfleet.opc import strings as opc_strings

TRICKY = [
    "",
    "plain_name",
    "Name With Spaces-and.dots\\back",
    "emoji 🎉 and accents éàü",
    "controls \x00\x01\x07\x08\t\n\x0b\x0c\r\x1b\x7f\x85\x9f end",
    "line\u2028para\u2029zero-width\u200b bom\ufeff private\ue000",
    'triple """ quotes and \\ backslashes \\\\',
    "\\" * 200,
    "a" * 300 + "\\" + "b" * 100,
    "".join(chr(i) for i in range(0x300)),
    "1leading_digit",
    "{path}/param?x=1&y=2",
]
STRIPE = Path("/work/shared/real-specs/stripe/spec3-2023-09-12.yaml")
NAMES = ["sanitize", "split_words", "safe_for_docstring", "in_double_quote_literal"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("text", TRICKY)
def test_same_output_as_upstream(name: str, text: str) -> None:
    assert getattr(opc_strings, name)(text) == opc_strings.UPSTREAM[name](text)


@pytest.mark.parametrize("name", NAMES)
def test_every_character_alone_is_treated_as_upstream_treats_it(name: str) -> None:
    ours, upstream = getattr(opc_strings, name), opc_strings.UPSTREAM[name]
    different = [hex(i) for i in range(0x3000) if ours(chr(i)) != upstream(chr(i))]
    assert different == []


def test_every_string_of_a_real_spec_is_treated_as_upstream_treats_it() -> None:
    texts: set[str] = set()
    stack = [yaml.load(STRIPE.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            texts.update(map(str, node))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        else:
            texts.add(str(node))
    for name in NAMES:
        ours, upstream = getattr(opc_strings, name), opc_strings.UPSTREAM[name]
        assert [text for text in texts if ours(text) != upstream(text)] == []


def test_installed_where_opc_and_its_templates_look_them_up() -> None:
    assert strings.sanitize is opc_strings.sanitize
    assert strings.split_words is opc_strings.split_words
    assert TEMPLATE_FILTERS["safe_for_docstring"] is opc_strings.safe_for_docstring
    assert TEMPLATE_FILTERS["in_double_quote_literal"] is opc_strings.in_double_quote_literal
