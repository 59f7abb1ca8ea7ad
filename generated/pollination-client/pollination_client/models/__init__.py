"""Contains all the data models used in inputs/outputs; each is imported on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth_0_token_response import Auth0TokenResponse
    from .http_validation_error import HTTPValidationError
    from .new_token import NewToken
    from .token import Token
    from .validation_error import ValidationError

    pass

#: model name -> the module that defines it
_MODULES: dict[str, str] = {
    "Auth0TokenResponse": ".auth_0_token_response",
    "HTTPValidationError": ".http_validation_error",
    "NewToken": ".new_token",
    "Token": ".token",
    "ValidationError": ".validation_error",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "Auth0TokenResponse",
    "HTTPValidationError",
    "NewToken",
    "Token",
    "ValidationError",
)
