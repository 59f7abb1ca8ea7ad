"""The spec's discriminated unions (``oneOf`` + ``discriminator``).

A payload is parsed by its discriminator value, never by trying each member in
turn, so a payload of one kind can never be read as another.
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


def parse_token_request(data: Mapping[str, Any]) -> TokenRequest:
    """Parse a TokenRequest by its discriminator; an unknown or missing value raises ``ValueError``."""
    value = data.get("type")
    parser = TOKEN_REQUEST_MAPPING.get(value) if isinstance(value, str) else None
    if parser is None:
        known = ", ".join(sorted(TOKEN_REQUEST_MAPPING))
        raise ValueError(f"{'type'} {value!r} is not one of: {known}")
    return parser(data)
