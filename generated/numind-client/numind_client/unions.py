"""The spec's discriminated unions (``oneOf`` + ``discriminator``).

A payload is parsed by its discriminator value, never by trying each member in
turn, so a payload of one kind can never be read as another; a kind the spec does
not list is kept as it came.
"""

from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

from .models import (
    TokenCodeRequest,
    TokenRefreshRequest,
)

TokenRequest: TypeAlias = TokenCodeRequest | TokenRefreshRequest
#: discriminator value -> parser of that member
TOKEN_REQUEST_MAPPING: dict[str, Callable[[Mapping[str, Any]], TokenRequest]] = {
    "ai.numind.extract.shared.TokenCodeRequest": TokenCodeRequest.from_dict,
    "ai.numind.extract.shared.TokenRefreshRequest": TokenRefreshRequest.from_dict,
}


def parse_token_request(data: Mapping[str, Any]) -> TokenRequest | dict[str, Any]:
    """Parse a TokenRequest by its discriminator.

    A discriminator value the spec does not list (a kind the server added since) is kept as it
    came, as a ``dict``; a missing one raises ``ValueError``.
    """
    value = data.get("type")
    if not isinstance(value, str):
        known = ", ".join(sorted(TOKEN_REQUEST_MAPPING))
        raise ValueError(f"{'type'} {value!r} is not one of: {known}")
    parser = TOKEN_REQUEST_MAPPING.get(value)
    return dict(data) if parser is None else parser(data)
